/**
 * Showing the bot a changed portal: the mock with a renamed menu item, a popup whose only way
 * out reads "Proceed", and "Through GSP" renamed "Through GSP partner", every id scrambled. A
 * test plays the operator at a terminal: it reads each question as it is printed, types the
 * captcha and OTPs, clicks in the page with the mouse (Playwright's mouse gives the page
 * trusted events, as a person's hand does) and answers y. The teacher is forced on, as a
 * headed run on a terminal would have it; the browser itself is headless.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBatch } from '../flows/batch-journey.js';
import { registerWith } from '../flows/register-gstin.js';
import { BatchFolder } from '../src/batch/folder.js';
import { checkBatchFile } from '../src/batch/plan.js';
import { DEFAULT_GSP } from '../src/config.js';
import { SecretValues } from '../src/secret-values.js';
import { LineTerminal } from '../src/terminal.js';
import { DEMO, expect, findSecrets, readReport, SECRETS, test } from './fixtures.js';
import { CHANGED_PORTAL } from './mock-portal/state.js';
import { click, Operator, type Reply, runTeaching, usual } from './teaching-operator.js';

const KA = { gstin: '29AABCE1234F1Z1', login: 'demo_ka', password: 'Demo@Pass2', suffix: 'acme_ka' } as const;
const TN = { gstin: '33AABCE1234F1ZC', login: 'demo_tn', password: 'Demo@Pass3' } as const;

/** Clicks what the changed mock shows instead of what the map knows. */
function showsTheChangedElement(question: string): Reply | undefined {
  if (!question.startsWith('I cannot find')) return undefined;
  if (question.includes('"User Credentials"')) return click('API User Credentials');
  if (question.includes('closes the popup')) return click('Proceed');
  if (question.includes('"Through GSP"')) return click('Through GSP partner');
  return undefined;
}

function readMapFile(file: string): Record<string, Record<string, Record<string, unknown>>> {
  return JSON.parse(readFileSync(file, 'utf8'));
}

test.describe('a portal whose texts and ids differ from the map', () => {
  test.use({
    mockConfig: { faults: { ...CHANGED_PORTAL }, scrambleIds: true },
    extraSecrets: [KA.password, TN.password],
  });

  test('the operator shows the renamed menu item, the popup’s way out and the renamed radio; the run registers, and the next run asks nothing', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
    const first = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([usual, showsTheChangedElement]),
      settings: { portalMapFile },
    });
    expect(first.result.error?.message).toBeUndefined();
    expect(first.result.status).toBe('registered');
    const { operator } = first;
    expect(operator.asked(/^I cannot find/)).toEqual([
      'I cannot find the control that closes the popup "Contacts of Technical Person". Click it in the browser window (or press Enter to stop).',
      'I cannot find the "User Credentials" menu group on the "Dash Board" page. Click it in the browser window (or press Enter to stop).',
      'I cannot find the "Through GSP" option on the API registration form. Click it in the browser window (or press Enter to stop).',
    ]);
    // Each answer is shown back in the map's terms before it is kept; the choice with
    // consequences is confirmed with its visible text quoted.
    expect(operator.asked(/\(y\/n\)$/)).toEqual([
      'Use the control reading "Proceed" in the popup as the control that closes a popup from now on? (y/n)',
      'Use the menu entry reading "API User Credentials" as the "User Credentials" menu group from now on? (y/n)',
      'The "Through GSP" option on the API registration form is a choice with consequences. You clicked the radio reading "Through GSP partner". Is "Through GSP partner" the "Through GSP" option on the API registration form, from now on? (y/n)',
    ]);
    expect(
      operator.lines.some((line) =>
        /^Learned: .* Saved to .*einv-gsp\.portal\.json.* `einv-gsp drift` lists it, to fold into src\/portal-map\.ts\.$/.test(
          line,
        ),
      ),
    ).toBe(true);
    expect(readFileSync(join(first.result.runDir, 'report.html'), 'utf8')).toContain(
      'Learned from an operator',
    );
    // The run clicked, checked and registered by itself after each answer.
    expect(mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin)).toMatchObject([
      { gsp: DEFAULT_GSP, username: 'API_acme01', password: DEMO.apiPassword },
    ]);

    const file = readMapFile(portalMapFile);
    expect(file).toMatchObject({
      popups: { close: { texts: ['Proceed'] } },
      dashboard: { userCredentials: { texts: ['API User Credentials'] } },
      registration: { throughGsp: { texts: ['Through GSP partner'] } },
    });
    for (const entry of [
      file.popups?.close,
      file.dashboard?.userCredentials,
      file.registration?.throughGsp,
    ]) {
      expect(entry?.learnedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(entry?.learnedOn).toMatch(new RegExp(`^${mock.url}/`));
      // The mock scrambles every id per page load: none of them is worth keeping.
      expect(entry?.ids).toBeUndefined();
    }
    expect(readReport(first.result.runDir).learned?.map((entry) => [entry.address, entry.taughtNow])).toEqual(
      [
        ['popups.close', true],
        ['dashboard.userCredentials', true],
        ['registration.throughGsp', true],
      ],
    );

    // The next run, another GSTIN: the file answers every question the portal raised.
    const second = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([usual]),
      settings: { portalMapFile },
      account: KA,
    });
    expect(second.result.error?.message).toBeUndefined();
    expect(second.result.status).toBe('registered');
    expect(second.operator.asked(/^I cannot find|\(y\/n\)$/)).toEqual([]);
    expect(readReport(second.result.runDir).learned?.map((entry) => entry.taughtNow ?? false)).toEqual([
      false,
      false,
      false,
    ]);
  });

  test('a batch of three rows asks once, on the first row only', async ({ browser, mock }, testInfo) => {
    const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
    const csv = testInfo.outputPath('gstins.csv');
    writeFileSync(
      csv,
      `gstin,portal_username,api_username\n${DEMO.gstin},${DEMO.portalUsername},acme_mh\n${KA.gstin},${KA.login},acme_ka\n${TN.gstin},${TN.login},acme_tn\n`,
    );
    const env = {
      [`EINV_PORTAL_PASSWORD_${DEMO.gstin}`]: DEMO.portalPassword,
      [`EINV_PORTAL_PASSWORD_${KA.gstin}`]: KA.password,
      [`EINV_PORTAL_PASSWORD_${TN.gstin}`]: TN.password,
      EINV_API_PASSWORD: DEMO.apiPassword,
    };
    const plan = checkBatchFile(csv, { portalUrl: mock.url, headless: true, portalMap: portalMapFile }, env, {
      canAsk: false,
      generateApiPasswords: false,
    });
    const folder = new BatchFolder(
      testInfo.outputPath('runs'),
      csv,
      { tool: { name: 'einv-gsp', version: 'test' }, portalUrl: mock.url, dryRun: false },
      plan.rows,
    );
    const operator = new Operator([usual, showsTheChangedElement]);
    const secrets = new SecretValues();
    const terminal = new LineTerminal(
      (line) => operator.print(line),
      (text) => secrets.scrub(text),
    );
    const settings = { ...plan.settings, outDir: folder.dir, timeoutMs: 4000 };
    const asksBefore: number[] = [];
    const outcome = await runBatch({
      folder,
      rows: plan.rows,
      dryRun: false,
      human: operator.human,
      terminal,
      runRow: async (row) => {
        asksBefore.push(operator.asked(/^I cannot find/).length);
        const result = await registerWith(
          browser,
          {
            settings,
            target: row.target,
            secrets: { portalPassword: row.portalPassword as string, apiPassword: row.apiPassword as string },
          },
          {
            human: operator.human,
            terminal,
            secrets,
            version: 'test',
            teach: true,
            onPage: (page) => {
              operator.page = page;
            },
          },
        );
        return { status: result.status, exitCode: result.error?.exitCode ?? 0, runDir: result.runDir };
      },
    });
    operator.human.close();
    if (operator.failure) throw operator.failure;
    expect(outcome.rows.map((row) => row.status)).toEqual(['registered', 'registered', 'registered']);
    expect(operator.asked(/^I cannot find/)).toHaveLength(3);
    // Every question was asked during the first row; the second and third found it all.
    expect(asksBefore).toEqual([0, 3, 3]);
    expect(
      mock
        .state()
        .apiUsers.map((user) => user.gstin)
        .sort(),
    ).toEqual([DEMO.gstin, KA.gstin, TN.gstin].sort());
    expect(findSecrets(testInfo.outputDir, [...SECRETS, KA.password, TN.password])).toEqual([]);
  });
});

test.describe('"Through GSP" renamed', () => {
  test.use({ mockConfig: { faults: { throughGspLabel: 'Through GSP partner' } } });

  test('a "Directly" radio offered for "Through GSP" is refused and the question asked again; a dry run can be taught', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('portal.json');
    let offered = 0;
    const wrongFirst = (question: string): Reply | undefined => {
      if (!/^(I cannot find|Click) the "Through GSP" option/.test(question)) return undefined;
      offered += 1;
      return click(offered === 1 ? 'Directly' : 'Through GSP partner');
    };
    const { result, operator } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([wrongFirst, usual]),
      settings: { portalMapFile, dryRun: true },
    });
    expect(result.error?.message).toBeUndefined();
    expect(result.status).toBe('dry-run');
    expect(mock.state().submits).toBe(0);
    expect(operator.lines.filter((line) => line.includes('That is the radio reading "Directly"'))).toEqual([
      '! That is the radio reading "Directly": the "Through GSP" option on the API registration form is never "Directly", "Through ERP", "Through Client-Id of other". Not taken.',
    ]);
    expect(offered).toBe(2);
    expect(readMapFile(portalMapFile).registration?.throughGsp?.texts).toEqual(['Through GSP partner']);
  });

  test('no click before the timeout ends the run as before: exit 4 with the diagnosis, nothing learned', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('portal.json');
    const nothing = (question: string): Reply | undefined =>
      question.startsWith('I cannot find') ? async () => undefined : undefined;
    const { result } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([nothing, usual]),
      settings: { portalMapFile, teachTimeoutMs: 1500 },
    });
    expect(result.status).toBe('failed');
    expect(result.error?.exitCode).toBe(4);
    expect(result.error?.message).toMatch(
      /Could not find the "Through GSP" option on the API registration form\. Looked for: radio reading "Through GSP".*Closest on the page: .*"Through GSP partner"/,
    );
    expect(result.error?.remedy).toMatch(/^Nothing was clicked in the browser window within 2 s\./);
    expect(existsSync(portalMapFile)).toBe(false);
    expect(mock.state().submits).toBe(0);
  });

  test('Enter instead of a click stops the run the same way', async ({ browser, mock }, testInfo) => {
    const portalMapFile = testInfo.outputPath('portal.json');
    const enter = (question: string): Reply | undefined =>
      question.startsWith('I cannot find') ? '' : undefined;
    const { result } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([enter, usual]),
      settings: { portalMapFile },
    });
    expect(result.error?.exitCode).toBe(4);
    expect(result.error?.remedy).toMatch(/^Stopped at the terminal instead of a click\./);
    expect(existsSync(portalMapFile)).toBe(false);
  });

  test('Ctrl-C while waiting for the click cancels the run (130) and nothing is learned', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('portal.json');
    const ctrlC = new AbortController();
    const interrupt = (question: string): Reply | undefined =>
      question.startsWith('I cannot find')
        ? async () => {
            ctrlC.abort();
          }
        : undefined;
    const { result } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([interrupt, usual]),
      settings: { portalMapFile },
      signal: ctrlC.signal,
    });
    expect(result.status).toBe('cancelled');
    expect(result.error?.exitCode).toBe(130);
    expect(existsSync(portalMapFile)).toBe(false);
  });

  test('headless, nobody is asked: exit 4 with the diagnosis, saying a headed run on a terminal could be shown it', async ({
    browser,
    mock,
  }, testInfo) => {
    const { result, operator } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([usual]),
      settings: { portalMapFile: testInfo.outputPath('portal.json') },
      teach: undefined,
    });
    expect(operator.asked(/^I cannot find|\(y\/n\)$/)).toEqual([]);
    expect(result.error?.exitCode).toBe(4);
    expect(result.error?.message).toMatch(/^Could not find the "Through GSP" option/);
    expect(result.error?.remedy).toMatch(
      /This run could not be shown the element \(the browser runs without a window\): a headed run on a terminal/,
    );
  });

  test('a learned entry that no longer finds anything is dropped with a note, never stretched to fit', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('portal.json');
    writeFileSync(
      portalMapFile,
      JSON.stringify({
        dashboard: { userCredentials: { texts: ['Client Credentials'] } },
        registration: {
          throughGsp: {
            texts: ['Through GSP (old)'],
            learnedAt: '2026-01-05T10:00:00Z',
            learnedOn: `${mock.url}/x`,
          },
        },
      }),
    );
    const { result, operator } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([usual]),
      settings: { portalMapFile },
      teach: undefined,
    });
    expect(result.error?.exitCode).toBe(4);
    expect(
      operator.lines.some((line) =>
        line.startsWith(
          '! What a person showed for the "Through GSP" option on the API registration form ("Through GSP (old)", on 2026-01-05T10:00:00Z) no longer finds anything here: forgotten, and taken out of',
        ),
      ),
    ).toBe(true);
    // Dropped from the file; what the operator wrote by hand stays.
    expect(readMapFile(portalMapFile)).toEqual({
      dashboard: { userCredentials: { texts: ['Client Credentials'] } },
    });
    expect(readReport(result.runDir).learned).toMatchObject([
      { address: 'registration.throughGsp', dropped: true },
    ]);
  });
});

test.describe('the element shows by itself while the question waits', () => {
  test.use({ mockConfig: { faults: { menuLabel: 'API User Credentials' } } });

  test('the question is withdrawn, nothing is learned, and the run goes on', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
    // Instead of a click, the page draws the entry as the map knows it (a portal drawing it late).
    const drawsItLate = (question: string): Reply | undefined =>
      question.startsWith('I cannot find the "User Credentials" menu group')
        ? (page) =>
            page.evaluate(() => {
              for (const link of Array.from(document.querySelectorAll('a')))
                if (link.textContent?.trim() === 'API User Credentials')
                  link.textContent = 'User Credentials';
            })
        : undefined;
    const { result, operator } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([usual, drawsItLate]),
      settings: { portalMapFile },
    });
    expect(result.error?.message).toBeUndefined();
    expect(result.status).toBe('registered');
    expect(operator.asked(/^I cannot find/)).toHaveLength(1);
    expect(operator.asked(/\(y\/n\)$/)).toEqual([]);
    expect(operator.lines).toContain(
      'The "User Credentials" menu group shows now by itself: going on without a click.',
    );
    expect(existsSync(portalMapFile)).toBe(false);
  });
});

test.describe('a control no words find alone', () => {
  // "User Credentials" reads "API Registration", as its own group does: no text finds it alone.
  test.use({ mockConfig: { faults: { menuLabel: 'API Registration' } } });

  test('is used for this run only and said so, not refused; nothing is saved', async ({
    browser,
    mock,
  }, testInfo) => {
    const portalMapFile = testInfo.outputPath('einv-gsp.portal.json');
    const clicksTheInnerGroup = (question: string): Reply | undefined =>
      question.startsWith('I cannot find the "User Credentials" menu group')
        ? async (page) => {
            const box = await page.getByText('API Registration', { exact: true }).nth(1).boundingBox();
            if (!box) throw new Error('no second "API Registration" on the page');
            await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          }
        : undefined;
    const { result, operator } = await runTeaching(browser, mock, testInfo.outputPath('runs'), {
      operator: new Operator([usual, clicksTheInnerGroup]),
      settings: { portalMapFile },
    });
    expect(result.error?.message).toBeUndefined();
    expect(result.status).toBe('registered');
    // Asked once: the step's later uses of the entry on the same page take the same control.
    expect(operator.asked(/^I cannot find/)).toHaveLength(1);
    expect(operator.asked(/\(y\/n\)$/)).toEqual([
      'No words find it alone on this page ("API Registration" read elsewhere too). Use the menu entry reading "API Registration" as the "User Credentials" menu group for this run only? (y/n)',
    ]);
    expect(operator.lines.some((line) => /for this run only: .*so nothing is saved\.$/.test(line))).toBe(
      true,
    );
    expect(existsSync(portalMapFile)).toBe(false);
    expect(mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin)).toHaveLength(1);
  });
});
