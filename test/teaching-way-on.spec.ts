/**
 * A way on (issue 18 §3): a page the portal map does not know stands between two steps and
 * holds nothing the next step needs, only a control that takes the run on (the mock's
 * `interstitial` fault: an "Advisory" after the login OTP, a welcome page before the home page).
 * A test plays the operator at a terminal, as test/teaching.spec.ts does: it reads each question
 * as it is printed, types the captcha and OTPs, clicks in the page with the mouse (trusted
 * events, as a person's hand) and answers y. The teacher is forced on, as a headed run on a
 * terminal would have it; the browser itself is headless.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_GSP } from '../src/config.js';
import { DEMO, expect, readReport, test } from './fixtures.js';
import { INTERSTITIAL_TEXTS } from './mock-portal/interstitial-pages.js';
import { click, Operator, type Reply, runTeaching, usual } from './teaching-operator.js';

const KA = { gstin: '29AABCE1234F1Z1', login: 'demo_ka', password: 'Demo@Pass2', suffix: 'acme_ka' } as const;
const ADVISORY = INTERSTITIAL_TEXTS.advisory;
const LANDING = INTERSTITIAL_TEXTS.landing;

/** Clicks the way on of the page the question names. */
function showsTheWayOn(question: string): Reply | undefined {
  if (!/^I do not know the page|^Click what takes you on/.test(question)) return undefined;
  if (question.includes(`"${ADVISORY.heading}"`)) return click(ADVISORY.wayOn);
  if (question.includes(`"${LANDING.heading}"`)) return click(LANDING.wayOn);
  return undefined;
}

test.describe('an "Advisory" page after the login OTP, passed only by "Proceed to Dashboard"', () => {
  test.use({ mockConfig: { faults: { interstitial: 'advisory' } } });

  test('the operator clicks the way on; it is kept as a way on, and a headless run takes it without asking', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
    const first = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([showsTheWayOn, usual]),
      settings: { portalMapFile },
      teach: true,
    });
    expect(first.result.error?.message).toBeUndefined();
    expect(first.result.status).toBe('registered');
    expect(first.operator.asked(/Click what takes you on/)).toEqual([
      'I do not know the page "Advisory". Click what takes you on to the main menu (the "Dash Board" with API Registration) in the browser window (or press Enter to stop).',
    ]);
    expect(first.operator.asked(/\(y\/n\)$/)).toEqual([
      'Use the control reading "Proceed to Dashboard" as the way on from the page "Advisory" to the main menu (the "Dash Board" with API Registration) from now on? (y/n)',
    ]);
    expect(
      first.operator.lines.some((line) => /^Learned: the way on from the page "Advisory"/.test(line)),
    ).toBe(true);
    expect(mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin)).toMatchObject([
      { gsp: DEFAULT_GSP, username: 'API_acme01' },
    ]);
    const file = JSON.parse(readFileSync(portalMapFile, 'utf8'));
    expect(file).toEqual({
      wayOn: [
        {
          page: { title: 'Advisory', heading: 'Advisory' },
          toward: 'dashboard',
          click: { texts: ['Proceed to Dashboard'] },
          learnedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
          learnedOn: `${mock.url}/Home/Advisory`,
        },
      ],
    });

    expect(readReport(first.result.runDir).waysOn).toMatchObject([
      {
        page: { heading: 'Advisory' },
        toward: 'dashboard',
        click: { texts: ['Proceed to Dashboard'] },
        taughtNow: true,
      },
    ]);
    expect(readFileSync(join(first.result.runDir, 'report.html'), 'utf8')).toContain(
      'The portal showed a page einv-gsp did not know, “Advisory”, on the way to the main menu',
    );
    // `einv-gsp drift` lists it with the learned entries, for the team to add the page to the map.
    const drift = spawnSync(
      process.execPath,
      [
        '--',
        'bin/einv-gsp.js',
        'drift',
        'test/recordings/mock-accessible-2026-11-25',
        '--portal-map',
        portalMapFile,
      ],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          ...(process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {}),
        },
        encoding: 'utf8',
      },
    );
    expect(drift.status, drift.stderr).toBe(0);
    expect(drift.stdout).toContain(
      `Ways on past pages the map does not know, in ${portalMapFile} (an operator showed each):\n  "Proceed to Dashboard" on the page headed "Advisory", titled "Advisory", toward the main menu (the "Dash Board" with API Registration) (learned `,
    );

    // Headless: nobody could be asked, and nobody is.
    const second = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      teach: undefined,
      operator: new Operator([usual]),
      settings: { portalMapFile },
      account: KA,
    });
    expect(second.result.error?.message).toBeUndefined();
    expect(second.result.status).toBe('registered');
    expect(second.operator.asked(/Click|\(y\/n\)$/)).toEqual([]);
    expect(readReport(second.result.runDir).waysOn?.map((wayOn) => wayOn.taughtNow ?? false)).toEqual([
      false,
    ]);
    expect(
      second.operator.lines.some((line) =>
        line.startsWith(
          'The page "Advisory" is not a page the portal map knows: going on to the main menu (the "Dash Board" with API Registration) by the way on learned for it, the control reading "Proceed to Dashboard".',
        ),
      ),
    ).toBe(true);
  });

  test('headless without a way on: exit 4 naming the step and the page, with the remedy, its screenshot and report', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
    const { result, operator } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      teach: undefined,
      operator: new Operator([usual]),
      settings: { portalMapFile },
    });
    expect(operator.asked(/Click|\(y\/n\)$/)).toEqual([]);
    expect(result.error?.exitCode).toBe(4);
    expect(result.error?.message).toBe(
      `During "Second factor (login OTP)" the portal showed a page the portal map does not know, titled "Advisory" with the heading "Advisory" (/Home/Advisory), and the main menu (the "Dash Board" with API Registration) is not on it.`,
    );
    expect(result.error?.remedy).toMatch(
      /This run could not be shown the way on \(the browser runs without a window\): a headed run on a terminal .* remembers it as a way on in the portal-map file/,
    );
    const report = readReport(result.runDir);
    expect(report.error?.step).toBe('twoFactor');
    expect(readdirSync(result.runDir)).toContain('03-twoFactor-failed.png');
    expect(existsSync(portalMapFile)).toBe(false);
    expect(mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin)).toEqual([]);
  });
});

test.describe('asked for the way on past the advisory', () => {
  test.use({ mockConfig: { faults: { interstitial: 'advisory' } } });

  test('Enter instead of a click stops the run: exit 4 with the diagnosis, nothing learned', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
    const enter = (question: string) => (/Click what takes you on/.test(question) ? '' : undefined);
    const { result, operator } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([enter, usual]),
      settings: { portalMapFile },
      teach: true,
    });
    expect(operator.asked(/Click what takes you on/)).toHaveLength(1);
    expect(result.error?.exitCode).toBe(4);
    expect(result.error?.message).toMatch(/^During "Second factor \(login OTP\)" the portal showed a page/);
    expect(result.error?.remedy).toMatch(/^Stopped at the terminal instead of a click\./);
    expect(existsSync(portalMapFile)).toBe(false);
  });
});

test.describe('a welcome page before the home page, left by the link "Continue to the e-Invoice System"', () => {
  test.use({ mockConfig: { faults: { interstitial: 'landing' } } });

  test('headless without a way on stops at "Open the portal"; shown once in a dry run, a headless run goes through', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
    const refused = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      teach: undefined,
      operator: new Operator([usual]),
      settings: { portalMapFile },
    });
    expect(refused.result.error?.exitCode).toBe(4);
    expect(refused.result.error?.message).toMatch(
      /^During "Open the portal" the portal showed a page the portal map does not know, titled "e-Invoice System \| Welcome" with the heading "Welcome to the e-Invoice System" \(\/\), and the login form is not on it\.$/,
    );
    expect(readReport(refused.result.runDir).error?.step).toBe('openPortal');

    const taught = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([showsTheWayOn, usual]),
      settings: { portalMapFile, dryRun: true },
      teach: true,
    });
    expect(taught.result.error?.message).toBeUndefined();
    expect(taught.result.status).toBe('dry-run');
    expect(taught.operator.asked(/Click what takes you on/)).toEqual([
      'I do not know the page "Welcome to the e-Invoice System". Click what takes you on to the login form in the browser window (or press Enter to stop).',
    ]);
    expect(JSON.parse(readFileSync(portalMapFile, 'utf8')).wayOn).toMatchObject([
      {
        page: { title: LANDING.title, heading: LANDING.heading },
        toward: 'login',
        click: { texts: [LANDING.wayOn] },
      },
    ]);

    const again = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      teach: undefined,
      operator: new Operator([usual]),
      settings: { portalMapFile },
    });
    expect(again.result.error?.message).toBeUndefined();
    expect(again.result.status).toBe('registered');
    expect(again.operator.asked(/Click|\(y\/n\)$/)).toEqual([]);
  });
});

test('a malformed way on in the portal-map file is refused before any browser starts', () => {
  const testInfo = test.info();
  const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
  writeFileSync(
    portalMapFile,
    JSON.stringify({
      registration: { throughGsp: { texts: ['Through GSP partner'] } },
      wayOn: [
        { page: { heading: 'Advisory' }, toward: 'dashboard', click: { texts: ['Proceed to Dashboard'] } },
        { page: {}, toward: 'menu', click: { texts: [], selector: '#btn' } },
      ],
    }),
  );
  // An address nothing listens on: a browser that started would fail on it, not on the file.
  const ran = spawnSync(
    process.execPath,
    [
      '--',
      'bin/einv-gsp.js',
      'register',
      '--headless',
      '--portal-url',
      'http://127.0.0.1:9',
      '--gstin',
      DEMO.gstin,
      '--portal-username',
      DEMO.portalUsername,
      '--api-username',
      DEMO.apiUsernameSuffix,
      '--portal-map',
      portalMapFile,
      '--out',
      testInfo.outputPath('runs'),
    ],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        EINV_PORTAL_PASSWORD: DEMO.portalPassword,
        EINV_API_PASSWORD: DEMO.apiPassword,
      },
      encoding: 'utf8',
    },
  );
  expect(ran.status).toBe(2);
  const said = ran.stderr.split('\n').map((line) => line.trim());
  const problem = (text: string) => `portal map file ${portalMapFile}: ${text}`;
  expect(said).toEqual(
    expect.arrayContaining([
      problem('wayOn[1].page must give a title, a heading or a path'),
      problem('wayOn[1].toward must be what the way on leads to: one of login, dashboard, otp, registration'),
      problem('wayOn[1].click.texts must list at least one text'),
      expect.stringMatching(
        /^portal map file .*: wayOn\[1\]\.click has "selector", which is not a field of a way on/,
      ),
    ]),
  );
  expect(said.some((line) => line.includes('wayOn[0]'))).toBe(false);
  // No run was started: no run folder was made.
  expect(existsSync(testInfo.outputPath('runs'))).toBe(false);
});

test.describe('the advisory in the bootstrap dialect, every id scrambled', () => {
  test.use({ mockConfig: { dialect: 'bootstrap', scrambleIds: true, faults: { interstitial: 'advisory' } } });

  test('a way on written by hand in the portal-map file is taken headless, by its words alone', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
    writeFileSync(
      portalMapFile,
      JSON.stringify({
        wayOn: [
          { page: { heading: 'Advisory' }, toward: 'dashboard', click: { texts: ['Proceed to Dashboard'] } },
        ],
      }),
    );
    const { result, operator } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      teach: undefined,
      operator: new Operator([usual]),
      settings: { portalMapFile },
    });
    expect(result.error?.message).toBeUndefined();
    expect(result.status).toBe('registered');
    expect(operator.asked(/Click|\(y\/n\)$/)).toEqual([]);
    expect(mock.state().events.map((event) => event.type)).toContain('user-created');
  });
});
