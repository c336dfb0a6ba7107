import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';
import { BUILT_IN_MAP, loadPortalMap } from '../src/portal-map.js';
import { checkDrift, type DriftReport, similarity } from '../src/recording/drift-check.js';
import { test as base, type CommandRun, DEMO, expect, HAPPY_ANSWERS } from './fixtures.js';

const RECORDINGS = fileURLToPath(new URL('./recordings', import.meta.url));
/** Every recording kept under test/recordings/: the bot must find what it needs on all of them. */
const recordings = readdirSync(RECORDINGS)
  .filter((name) => existsSync(join(RECORDINGS, name, 'recording.json')))
  .sort();
/** The latest recording of the mock's default markup: the one the doctored tests edit. */
const MOCK_RECORDING = join(
  RECORDINGS,
  recordings.filter((name) => name.startsWith('mock-accessible-')).at(-1) ?? 'missing',
);

/** What a report holds besides "found" and optional absences: one line per step and entry. */
function problems(report: DriftReport): string[] {
  return report.steps.flatMap((step) =>
    step.checks
      .filter((check) => check.verdict !== 'found' && check.verdict !== 'absent')
      .map((check) => `${step.step} ${check.address} ${check.verdict}`),
  );
}

/** A copy of the mock's recording with its pages edited, as if the portal had changed. */
function doctored(dir: string, edit: (html: string, file: string) => string): string {
  cpSync(MOCK_RECORDING, dir, { recursive: true });
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8'), file));
  }
  return dir;
}

/**
 * `einv-gsp drift` in the test's process (test/in-process.ts), in the worker's shared browser:
 * its exit code and what it printed.
 */
const test = base.extend<{ drift: (...argv: string[]) => Promise<{ code: number; out: string }> }>({
  drift: async ({ cliBrowser }, use) => {
    await use(async (...argv) => {
      const lines: string[] = [];
      const code = await main(
        {
          argv: ['drift', ...argv],
          env: process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {},
          stdin: process.stdin,
          print: (line) => lines.push(line),
          printError: (line) => lines.push(line),
        },
        { browser: await cliBrowser() },
      );
      return { code, out: lines.join('\n') };
    });
  },
});

/**
 * A registration against the live mock, recorded as an operator would (register --record):
 * through the real command, or in the test's process.
 */
async function recordFresh(url: string, run: CommandRun, dir: string): Promise<string> {
  const recorded = await run({
    args: [
      'register',
      '--headless',
      '--portal-url',
      url,
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
  return dir;
}

function jsonFile(path: string, value: unknown): string {
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const map = BUILT_IN_MAP;

test.describe('drift: the recordings against the portal map', () => {
  for (const name of recordings) {
    test(`finds everything the bot needs on the pages of ${name}`, async ({ browser }) => {
      const report = await checkDrift(join(RECORDINGS, name), { browser, map });
      expect(problems(report).filter((line) => !line.endsWith(' changed'))).toEqual([]);
      expect(report.missing).toBe(0);
      expect(report.blocking).toBe(0);
    });
  }

  test('checks every step of the recorded mock, menus collapsed or not', async ({ browser }) => {
    const report = await checkDrift(MOCK_RECORDING, { browser, map });

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
    expect(problems(report)).toEqual([]);
    const menu = report.steps.find((step) => step.step === 'twoFactor')?.checks ?? [];
    expect(menu.find((check) => check.address === 'dashboard.userCredentials')).toMatchObject({
      verdict: 'found',
      via: 'text',
      matched: 'a "User Credentials"',
      hidden: true,
    });
    // The popup is up on the page the login OTP leads to: its close control is needed there.
    expect(menu.find((check) => check.address === 'popups.close')).toMatchObject({
      verdict: 'found',
      required: true,
    });
  });

  test('finds everything on the mock’s current pages, through the command line', async ({
    mock,
    runCli,
    drift,
  }, testInfo) => {
    const dir = await recordFresh(mock.url, runCli, testInfo.outputPath('fresh'));

    const { code, out } = await drift(dir);
    expect(out).toMatch(/Nothing the bot needs is missing/);
    expect(out).toMatch(/^ {3}dashboard\.createApiUser +found +a "Create API User"/m);
    expect(code).toBe(0);
  });

  test.describe('with every id the real portal is not known to carry scrambled', () => {
    test.use({ mockConfig: { dialect: 'bootstrap', scrambleIds: true } });
    test('finds everything by what a person reads', async ({ mock, runInProcess, drift }, testInfo) => {
      const dir = await recordFresh(mock.url, runInProcess, testInfo.outputPath('fresh'));

      // The Bootstrap form's own ids are not on the pages the bot passed.
      expect(readFileSync(join(dir, '07-throughGsp.html'), 'utf8')).not.toContain('ApiUserModel_GspCode');
      const { code, out } = await drift(dir);
      expect(out).toMatch(/Nothing the bot needs is missing/);
      expect(code).toBe(0);
    });
  });
});

test.describe('drift: a doctored recording', () => {
  let baseline: string[] = [];
  test.beforeAll(async ({ browser }) => {
    baseline = problems(await checkDrift(MOCK_RECORDING, { browser, map }));
  });

  test('a renamed "Through GSP" fails and names it, even with the radio’s id kept, with the portal-map override', async ({
    browser,
    drift,
  }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html.replace(/(<input[^>]*id="rbGSP"[^>]*>\s*)Through GSP</, '$1Through GSP partner<'),
    );
    expect(readFileSync(join(dir, '07-throughGsp.html'), 'utf8')).toMatch(
      /id="rbGSP"[^>]*> Through GSP partner/,
    );

    const report = await checkDrift(dir, { browser, map });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'apiOtp registration.throughGsp missing',
      'throughGsp registration.throughGsp missing',
    ]);
    expect(report.fixes).toEqual({ 'registration.throughGsp': { texts: ['Through GSP partner'] } });
    const check = report.steps.find((s) => s.step === 'apiOtp')?.checks[0];
    expect(check).toMatchObject({
      name: 'the "Through GSP" option on the API registration form',
      required: true,
      closest: expect.arrayContaining([expect.stringMatching(/Through GSP partner/)]),
    });

    const { code, out } = await drift(dir);
    expect(code).toBe(4);
    expect(out).toMatch(
      /registration\.throughGsp +MISSING +the "Through GSP" option on the API registration form - .*portal-map override \{"registration":\{"throughGsp":\{"texts":\["Through GSP partner"\]\}\}\}/,
    );
    expect(out).toContain('--portal-map <file>');

    // An id never decides a choice with consequences: teaching the radio's id changes nothing.
    const idOnly = jsonFile(testInfo.outputPath('ids.json'), {
      registration: { throughGsp: { ids: ['rbGSP'] } },
    });
    expect((await drift(dir, '--portal-map', idOnly)).code).toBe(4);

    const suggested = /^ {2}(\{.*\})$/m.exec(out)?.[1] ?? '';
    const fixed = await drift(
      dir,
      '--portal-map',
      jsonFile(testInfo.outputPath('map.json'), JSON.parse(suggested)),
    );
    expect(fixed.out).toMatch(/Nothing the bot needs is missing/);
    expect(fixed.code).toBe(0);
  });

  test('a renamed "Create API User" is missing; the older labels file still fixes it', async ({
    browser,
    drift,
  }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html.replace('>Create API User</a>', '>Create New API User</a>'),
    );

    const report = await checkDrift(dir, { browser, map });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'twoFactor dashboard.createApiUser missing',
      'dashboard dashboard.createApiUser missing',
    ]);
    expect(report.fixes).toEqual({ 'dashboard.createApiUser': { texts: ['Create New API User'] } });

    const labels = jsonFile(testInfo.outputPath('labels.json'), { menuCreateApiUser: 'Create New API User' });
    const fixed = await drift(dir, '--labels', labels);
    expect(fixed.out).toMatch(/Nothing the bot needs is missing/);
    expect(fixed.code).toBe(0);
    const followed = await checkDrift(dir, { browser, map: loadPortalMap([labels]) });
    expect(followed.blocking).toBe(0);
  });

  test('a removed "Through GSP" radio is missing, with no guess', async ({ browser }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html.replace(/<label><input[^>]*id="rbGSP"[^>]*>\s*Through GSP<\/label>/, ''),
    );

    const report = await checkDrift(dir, { browser, map });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'apiOtp registration.throughGsp missing',
      'throughGsp registration.throughGsp missing',
    ]);
    // "Through ERP" is still on the page: it must never be offered as the new "Through GSP".
    expect(report.fixes).toEqual({});
    const check = report.steps.find((s) => s.step === 'apiOtp')?.checks[0];
    expect(check?.note).toMatch(/looked for radio reading "Through GSP", never "Directly"/);
    expect(check?.note).toMatch(/put its new text under registration\.throughGsp in a portal-map file/);
  });

  test('ids changed everywhere, texts intact: nothing new is missing', async ({ browser }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html
        .replace(/\b(id|for)="([^"]+)"/g, '$1="x7$2"')
        .replace(/getElementById\('([^']+)'\)/g, "getElementById('x7$1')"),
    );
    expect(readFileSync(join(dir, '01-openPortal.html'), 'utf8')).toContain('id="x7txtUserName"');

    const report = await checkDrift(dir, { browser, map });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([]);
    expect(report.blocking).toBe(0);
  });

  test('a field renamed but still found by its known id is changed, not missing, with the override', async ({
    browser,
  }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html.replace(
        '<td>Username</td><td><input id="txtUserName"',
        '<td>Login Name</td><td><input id="txtUserName"',
      ),
    );

    const report = await checkDrift(dir, { browser, map });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'openPortal login.username changed',
    ]);
    expect(report.blocking).toBe(0);
    expect(report.fixes).toEqual({ 'login.username': { texts: ['Login Name'] } });
  });

  test('two Submit buttons are ambiguous: a run would stop there', async ({ browser, drift }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html.replace(
        /(<button type="submit" id="btnSubmitApiUser">Submit<\/button>)/,
        '$1 <button type="submit">Submit</button>',
      ),
    );

    const report = await checkDrift(dir, { browser, map });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'throughGsp registration.submit ambiguous',
      'fillCredentials registration.submit ambiguous',
    ]);
    expect(report.blocking).toBe(2);
    expect((await drift(dir)).code).toBe(4);
  });

  test('a folder without recording.json is bad input', async ({ drift }) => {
    const { code, out } = await drift(test.info().outputPath('not-a-recording'));
    expect(code).toBe(2);
    expect(out).toMatch(/is not a recording/);
  });
});

test.describe('how close a text on the page is to a label', () => {
  const cases: [string, string, boolean][] = [
    ['User Credentials', 'API User Credentials', true],
    ['Create API User', 'Create New API User', true],
    ['Through GSP', 'Through GSP partner', true],
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
