/**
 * report.html, opened from disk in the browser as an operator (or the customer) would: every step
 * with its pictures, cut to their content and captioned with when they were taken, what to do
 * next, the error where a run failed, a batch's rows with links, nothing fetched from anywhere.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { displayIsoTime } from '../src/local-time.js';
import { pictureContent } from '../src/picture-content.js';
import type { BatchRecord, Report } from '../src/report-data.js';
import { renderBatchReport, writeBatchReport, writeRunReport } from '../src/report-html.js';
import { STEPS } from '../src/steps.js';
import { DEMO, expect, HAPPY_ANSWERS, pngsIn, readReport, test } from './fixtures.js';
import { DIALECTS } from './mock-portal/types.js';

/** Opens a file in the page and returns every URL the page asked for besides data: URLs. */
async function openFromDisk(page: Page, file: string): Promise<{ href: string; requested: string[] }> {
  const requested: string[] = [];
  page.on('request', (request) => {
    // A data: URL is the page's own bytes, not a fetch (Chromium does not report them today).
    if (!request.url().startsWith('data:')) requested.push(request.url());
  });
  const href = pathToFileURL(file).href;
  await page.goto(href);
  return { href, requested };
}

/** The decoded width of each image under `scope`: 0 for a picture the browser could not show. */
function imageWidths(page: Page, scope: string): Promise<number[]> {
  return page
    .locator(`${scope} img`)
    .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
}

/** The colours of report.html's captions: the soft grey of a plain one, the red of a failure, amber. */
const PLAIN_CAPTION = 'rgb(89, 99, 110)';
const FAILED_CAPTION = 'rgb(207, 34, 46)';
const CANCELLED_CAPTION = 'rgb(154, 103, 0)';

/** The technical contact the mock's popup shows in every dialect (its main-menu pages). */
const TECHNICAL_CONTACT = { mobile: '9123456780', email: 'ravi.sharma@example.in' };

/** Text of the page without its pictures (data: URLs), for what must never be written in it. */
function textWithoutPictures(html: string): string {
  return html.replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, 'data:');
}

test('a finished run leaves an owner-only report.html showing every step with its picture, offline', async ({
  page,
  runFlow,
}) => {
  const { result } = await runFlow({ answers: HAPPY_ANSWERS });
  expect(result.status).toBe('registered');
  const report = readReport(result.runDir);
  const file = join(result.runDir, 'report.html');
  expect(statSync(file).mode & 0o077).toBe(0);

  const { href, requested } = await openFromDisk(page, file);

  await expect(page).toHaveTitle(new RegExp(`${DEMO.gstin}.*registered`));
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText(DEMO.gstin);
  await expect(summary).toContainText('API_acme01');
  await expect(summary).toContainText(report.portalUrl);
  await expect(summary.locator('.badge')).toHaveText('registered');
  // The portal shows the GSP exactly as it was asked for: nothing to point out.
  expect(report.gspShownAs).toBe(report.gsp);
  await expect(summary).not.toContainText('shown on the portal as');
  await expect(page.getByRole('region', { name: /Failed at step/ })).toHaveCount(0);

  const shown = await page
    .locator('[data-step]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.step));
  expect(shown).toEqual(report.steps.map((step) => step.name));
  for (const step of report.steps) {
    const item = page.locator(`[data-step="${step.name}"]`);
    await expect(item.getByRole('heading', { name: step.title, exact: true })).toBeVisible();
    const pictures = step.earlier ? 2 : 1;
    await expect(item.getByRole('img')).toHaveCount(pictures);
    for (const alt of await item
      .getByRole('img')
      .evaluateAll((images) => images.map((i) => i.getAttribute('alt'))))
      expect(alt).toContain(step.title);
    const widths = await imageWidths(page, `[data-step="${step.name}"]`);
    expect(widths, `the pictures of ${step.name}`).toHaveLength(pictures);
    for (const width of widths) expect(width, `a picture of ${step.name}`).toBeGreaterThan(0);
    // A step that went well is captioned plainly, not in the red of a failure.
    for (const caption of await item.locator('figcaption').all()) {
      await expect(caption).toHaveCSS('color', PLAIN_CAPTION);
      await expect(caption).toHaveCSS('font-weight', '400');
    }
  }
  expect(requested.filter((url) => url !== href)).toEqual([]);
});

test('the sign-in step is pictured as filled before Login, and again on the login OTP page after it', async ({
  page,
  runFlow,
}) => {
  const { result } = await runFlow({ answers: HAPPY_ANSWERS });
  const signIn = readReport(result.runDir).steps.find((step) => step.name === 'signIn');
  expect(signIn).toMatchObject({
    screenshot: '02-signIn.png',
    shows: 'an OTP page',
    earlier: {
      screenshot: '02-signIn-form-filled.png',
      when: 'the form as filled, before Login was clicked',
      shows: 'the login page',
    },
  });
  expect(pngsIn(result.runDir)).toContain('02-signIn-form-filled.png');

  await openFromDisk(page, join(result.runDir, 'report.html'));
  const captions = page.locator('[data-step="signIn"] figcaption');
  await expect(captions).toHaveText([
    'Taken during this step: the form as filled, before Login was clicked. It shows the login page.',
    'The page after this step. It shows an OTP page.',
  ]);
  await expect(page.locator('[data-step="signIn"]')).not.toContainText(
    'The page after this step. It shows the login page',
  );
});

test('a registered run says what to do next: the username and where the password is, never the password', async ({
  page,
  runFlow,
}) => {
  const { result } = await runFlow({ answers: HAPPY_ANSWERS });
  expect(result.status).toBe('registered');
  const file = join(result.runDir, 'report.html');
  await openFromDisk(page, file);
  const next = page.getByRole('region', { name: 'What to do next' });
  await expect(next).toContainText(
    'Give DEFMACRO SOFTWARE PRIVATE LIMITED the API username API_acme01 and the password you set for it in this run (EINV_API_PASSWORD, or typed when asked).',
  );
  expect(readFileSync(file, 'utf8')).not.toContain(DEMO.apiPassword);
});

test('pictures are cut where the page content ends, and a click shows the whole picture', async ({
  page,
  runFlow,
}) => {
  const { result } = await runFlow({ answers: HAPPY_ANSWERS });
  const report = readReport(result.runDir);
  await openFromDisk(page, join(result.runDir, 'report.html'));

  // The home page: a short page on a 1280 × 900 picture.
  const step = page.locator('[data-step="openPortal"]');
  const frame = step.locator('.frame');
  const image = frame.getByRole('img');
  const natural = await image.evaluate((img) => ({
    width: (img as HTMLImageElement).naturalWidth,
    height: (img as HTMLImageElement).naturalHeight,
  }));
  expect(natural).toEqual({ width: 1280, height: 900 });
  const cut = await frame.boundingBox();
  const shown = await image.boundingBox();
  if (!cut || !shown) throw new Error('the picture is not shown');
  expect(cut.height).toBeLessThan(shown.height / 2);

  await image.click();
  await expect(step.getByRole('checkbox', { name: 'Show the whole picture' })).toBeChecked();
  await expect
    .poll(async () => (await frame.boundingBox())?.height ?? 0)
    .toBeGreaterThanOrEqual(shown.height);
  await image.click();
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeCloseTo(cut.height, 0);

  // All steps together: a fraction of the height the whole pictures take.
  const heights = await page.locator('.frame').evaluateAll((frames) =>
    frames.map((f) => ({
      shown: f.getBoundingClientRect().height,
      whole: (f.querySelector('img') as HTMLImageElement).getBoundingClientRect().height,
    })),
  );
  expect(heights).toHaveLength(report.steps.length + 1);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  expect(sum(heights.map((h) => h.shown))).toBeLessThan(0.7 * sum(heights.map((h) => h.whole)));
});

test('a picture is cut only below its content, whatever repeats there', async ({ page }) => {
  // A sidebar down the whole page, content ending at y = 401, then the same rows to the bottom.
  await page.setViewportSize({ width: 400, height: 900 });
  await page.setContent(`<body style="margin:0;background:#eef">
<div style="position:absolute;top:0;bottom:0;left:0;width:80px;background:#234"></div>
<div style="margin-left:100px;height:300px;background:#fff"></div>
<div id="end" style="margin:100px 0 0 100px;height:1px;background:#f00"></div>
</body>`);
  const end = await page.locator('#end').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(end).toBe(401);
  const png = await page.screenshot({ fullPage: true });
  expect(pictureContent(png)).toEqual({ width: 400, height: 900, contentHeight: end + 12 });

  // Nothing but one colour: only the padding is kept; a page with content to its end is whole.
  await page.setContent('<body style="margin:0;background:#eef"></body>');
  expect(pictureContent(await page.screenshot({ fullPage: true }))?.contentHeight).toBe(12);
  await page.setContent('<body style="margin:0;height:900px;background:linear-gradient(#fff,#000)"></body>');
  expect(pictureContent(await page.screenshot({ fullPage: true }))?.contentHeight).toBe(900);
  expect(pictureContent(Buffer.from('not a picture'))).toBeUndefined();
});

test.describe('a GSP asked for in other letters', () => {
  test('says how the portal shows it', async ({ page, runFlow }) => {
    const { result } = await runFlow({
      answers: HAPPY_ANSWERS,
      settings: { dryRun: true },
      target: { gsp: 'Defmacro Software Private Limited' },
    });
    expect(result.status).toBe('dry-run');
    await openFromDisk(page, join(result.runDir, 'report.html'));
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText(
      'Defmacro Software Private Limited (shown on the portal as DEFMACRO SOFTWARE PRIVATE LIMITED)',
    );
    await expect(page.getByRole('region', { name: 'What to do next' })).toContainText(
      'Nothing was submitted: Submit was not clicked. Run the same command without --dry-run to create API_acme01.',
    );
  });
});

test.describe('a run the portal refused at Submit', () => {
  test.use({ mockConfig: { faults: { refusePassword: true } } });

  test('shows the error box with the step, the message and the page at that moment', async ({
    page,
    runFlow,
  }) => {
    const { result } = await runFlow({ answers: HAPPY_ANSWERS });
    expect(result.status).toBe('failed');
    const report = readReport(result.runDir);
    const error = report.error;
    if (!error) throw new Error('the failed run has no error in report.json');

    const { href, requested } = await openFromDisk(page, join(result.runDir, 'report.html'));

    await expect(page).toHaveTitle(/failed/);
    const box = page.getByRole('region', { name: /Failed at step Submit/ });
    await expect(box).toBeVisible();
    // The step by its title and the kind in words; their ids stay in report.json.
    expect(error).toMatchObject({ step: 'submit', kind: 'refused' });
    await expect(box.getByRole('heading')).toHaveText(`Failed at step ${STEPS.submit}`);
    await expect(box.locator('dt', { hasText: 'Kind' }).locator('+ dd')).toHaveText('the portal refused');
    await expect(box).not.toContainText('(submit)');
    await expect(box).toContainText(error.message);
    if (error.portalText) await expect(box).toContainText(error.portalText);
    if (report.next) await expect(box).toContainText(report.next);
    await expect(page.getByRole('region', { name: 'What to do next' })).toHaveCount(0);

    const failed = page.locator(`[data-step="${error.step}"]`);
    await expect(failed).toHaveClass(/\bfailed\b/);
    await expect(page.locator('[data-step].failed')).toHaveCount(1);
    await expect(failed.getByRole('img')).toHaveAttribute('alt', /failed/);
    await expect(failed.getByText('The page at that moment')).toBeVisible();
    // Only the failure's caption is in red.
    await expect(failed.locator('figcaption')).toHaveCSS('color', FAILED_CAPTION);
    for (const caption of await page.locator('[data-step]:not(.failed) figcaption').all())
      await expect(caption).toHaveCSS('color', PLAIN_CAPTION);
    await box.getByRole('link', { name: 'See the page at that moment' }).click();
    await expect(page).toHaveURL(`${href}#step-${error.step}`);
    expect((await imageWidths(page, `[data-step="${error.step}"]`))[0]).toBeGreaterThan(0);
    expect(requested.filter((url) => url !== href)).toEqual([]);
  });
});

for (const dialect of DIALECTS) {
  test.describe(`a popup with no way to close it, ${dialect} dialect`, () => {
    test.use({ mockConfig: { dialect, faults: { popup: 'always', popupWithoutClose: true } } });

    test('is named by its title in the error, never by the values it shows', async ({ page, runFlow }) => {
      const { result } = await runFlow({ answers: HAPPY_ANSWERS });
      expect(result.status).toBe('failed');
      const report = readReport(result.runDir);
      expect(report.error?.step).toBe('dashboard');
      expect(report.error?.message).toContain(': "Contacts of Technical Person".');
      const html = textWithoutPictures(readFileSync(join(result.runDir, 'report.html'), 'utf8'));
      const written = [JSON.stringify(report), html, readFileSync(join(result.runDir, 'run.log'), 'utf8')];
      for (const text of written) {
        expect(text).not.toContain(TECHNICAL_CONTACT.mobile);
        expect(text).not.toContain(TECHNICAL_CONTACT.email);
      }
      await openFromDisk(page, join(result.runDir, 'report.html'));
      await expect(page.getByRole('region', { name: /Failed at step/ })).toContainText(
        '"Contacts of Technical Person"',
      );
    });
  });
}

test('a cancelled step is captioned in amber, not as a failure', async ({ page }, testInfo) => {
  const runDir = testInfo.outputPath('run');
  mkdirSync(runDir, { recursive: true });
  await page.setContent('<h1 style="margin:0;height:300px">The login OTP page</h1>');
  writeFileSync(join(runDir, '03-twoFactor-cancelled.png'), await page.screenshot({ fullPage: true }));
  // As report.json says it once a cancelled step is recorded as such (parsed, as the renderer
  // may meet a status this version does not type).
  const report = JSON.parse(
    JSON.stringify({
      tool: { name: 'einv-gsp', version: 'test' },
      gstin: DEMO.gstin,
      gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
      apiUsername: 'API_acme01',
      portalUrl: 'http://127.0.0.1:1/',
      dryRun: false,
      status: 'cancelled',
      startedAt: '2026-01-05T10:00:00.000Z',
      steps: [
        {
          name: 'twoFactor',
          title: 'Second factor (login OTP)',
          status: 'cancelled',
          screenshot: '03-twoFactor-cancelled.png',
          startedAt: '2026-01-05T10:00:10.000Z',
          durationMs: 5000,
        },
      ],
      error: { step: 'twoFactor', kind: 'cancelled', message: 'Cancelled.' },
    }),
  ) as Report;
  writeRunReport(runDir, report);
  await openFromDisk(page, join(runDir, 'report.html'));
  const step = page.locator('[data-step="twoFactor"]');
  await expect(step).not.toHaveClass(/\bfailed\b/);
  await expect(step.locator('.badge')).toHaveText('cancelled');
  await expect(step.locator('figcaption')).toHaveText('The page at that moment: when the run was cancelled.');
  await expect(step.locator('figcaption')).toHaveCSS('color', CANCELLED_CAPTION);
  await expect(page.getByRole('region', { name: 'What to do next' })).toHaveCount(0);
});

test('what an operator showed the bot is told as the customer reads it: what, how it reads now, when', async ({
  page,
}, testInfo) => {
  const runDir = testInfo.outputPath('run');
  mkdirSync(runDir, { recursive: true });
  const report: Report = {
    tool: { name: 'einv-gsp', version: 'test' },
    gstin: DEMO.gstin,
    gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
    apiUsername: 'API_acme01',
    portalUrl: 'http://127.0.0.1:1/',
    dryRun: true,
    status: 'dry-run',
    startedAt: '2026-01-05T10:00:00.000Z',
    steps: [],
    learned: [
      {
        address: 'registration.throughGsp',
        texts: ['Through GSP partner'],
        ids: ['rdoGsp'],
        learnedAt: '2026-01-05T09:12:03Z',
        learnedOn: 'http://127.0.0.1:1/Register',
        taughtNow: true,
      },
      {
        address: 'dashboard.userCredentials',
        texts: ['Client Credentials'],
        learnedAt: '2026-01-02T08:00:00Z',
        dropped: true,
      },
    ],
  };
  writeRunReport(runDir, report);
  await openFromDisk(page, join(runDir, 'report.html'));
  const learned = page.getByRole('region', { name: 'Learned from an operator' });
  const items = learned.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toHaveText(
    `The "Through GSP" option on the API registration form now reads “Through GSP partner” on the portal; a person showed it to einv-gsp on ${displayIsoTime('2026-01-05T09:12:03Z')} at http://127.0.0.1:1/Register, in this run.`,
  );
  await expect(items.nth(1)).toContainText(
    'The "User Credentials" menu group read “Client Credentials” on the portal',
  );
  await expect(items.nth(1)).toContainText('nothing matched that any more');
  for (const internal of [
    'src/portal-map.ts',
    'registration.throughGsp',
    'dashboard.userCredentials',
    'rdoGsp',
    'Fold',
  ])
    await expect(learned).not.toContainText(internal);
});

test('a batch with generated API passwords: each run report says which file holds its password', async ({
  page,
  mock,
  runCli,
}, testInfo) => {
  const file = testInfo.outputPath('gstins.csv');
  writeFileSync(file, `GSTIN,Portal_Username,api_username\n${DEMO.gstin},${DEMO.portalUsername},acme01\n`);
  const run = await runCli({
    args: ['batch', '--file', file, '--headless', '--portal-url', mock.url, '--generate-api-passwords'],
    env: { EINV_PORTAL_PASSWORD: DEMO.portalPassword },
    stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
  });
  expect(run.code).toBe(0);
  const batchDir = join(run.outDir, 'batch-gstins');
  const credentials = join(batchDir, 'credentials.csv');
  const batch = JSON.parse(readFileSync(join(batchDir, 'batch.json'), 'utf8')) as BatchRecord;
  const runDir = resolve(batchDir, batch.rows[0]?.runDir ?? '');
  expect(readReport(runDir).apiPasswordAt).toBe(credentials);
  await openFromDisk(page, join(runDir, 'report.html'));
  await expect(page.getByRole('region', { name: 'What to do next' })).toContainText(
    `Give DEFMACRO SOFTWARE PRIVATE LIMITED the API username API_acme01 and the password einv-gsp generated for it, in ${credentials}`,
  );
  const password = readFileSync(credentials, 'utf8').trim().split('\n')[1]?.split(',')[3] ?? '';
  expect(password).not.toBe('');
  expect(readFileSync(join(runDir, 'report.html'), 'utf8')).not.toContain(password);
});

test('a batch report counts rows by status, links to each run and escapes what the portal said', async ({
  page,
}, testInfo) => {
  const batchDir = testInfo.outputPath('batch');
  const runDir = 'runs/2026-01-05T10-00-00Z_27AABCE1234F1Z5';
  mkdirSync(join(batchDir, runDir), { recursive: true });

  // Two real PNGs of different widths, so the thumbnail can be told to be the last step's.
  const shots = [
    { file: '01-openPortal.png', width: 40 },
    { file: '02-submit.png', width: 64 },
  ];
  for (const shot of shots) {
    await page.setContent(`<div style="width:${shot.width}px;height:30px;background:#2a7"></div>`);
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: shot.width, height: 30 } });
    writeFileSync(join(batchDir, runDir, shot.file), png);
  }
  const runReport: Report = {
    tool: { name: 'einv-gsp', version: 'test' },
    gstin: '27AABCE1234F1Z5',
    gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
    apiUsername: 'API_acme01',
    portalUrl: 'http://127.0.0.1:1/',
    dryRun: false,
    status: 'registered',
    startedAt: '2026-01-05T10:00:00.000Z',
    finishedAt: '2026-01-05T10:01:00.000Z',
    durationMs: 60_000,
    steps: [
      {
        name: 'openPortal',
        title: 'Open the portal',
        status: 'ok',
        screenshot: shots[0]?.file,
        startedAt: '2026-01-05T10:00:00.000Z',
        durationMs: 1200,
      },
      {
        name: 'submit',
        title: 'Submit',
        status: 'ok',
        screenshot: shots[1]?.file,
        startedAt: '2026-01-05T10:00:50.000Z',
        durationMs: 900,
      },
    ],
  };
  writeFileSync(join(batchDir, runDir, 'report.json'), JSON.stringify(runReport));
  writeRunReport(join(batchDir, runDir), runReport);

  const hostile = '<script>document.title="pwned"</script> & "quoted"';
  const batch: BatchRecord = {
    tool: { name: 'einv-gsp', version: 'test' },
    file: 'gstins.csv',
    portalUrl: 'http://127.0.0.1:1/',
    dryRun: false,
    startedAt: '2026-01-05T10:00:00.000Z',
    finishedAt: '2026-01-05T10:05:00.000Z',
    status: 'finished',
    rows: [
      {
        line: 2,
        gstin: '27AABCE1234F1Z5',
        gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
        apiUsername: 'API_acme01',
        mobileHolder: 'Asha & Ravi <Accounts>',
        status: 'registered',
        exitCode: 0,
        runDir,
        durationMs: 60_000,
        attempts: 1,
      },
      {
        line: 3,
        gstin: '29AABCE1234F1Z1',
        gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
        apiUsername: 'API_acme02',
        status: 'failed',
        exitCode: 3,
        runDir: 'runs/gone #2',
        durationMs: 12_345,
        error: { step: 'submit', kind: 'refused', message: hostile },
        next: 'Choose another --api-username',
        attempts: 2,
      },
      {
        line: 4,
        gstin: '33AABCE1234F1Z8',
        gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
        apiUsername: 'API_acme03',
        status: 'failed',
        exitCode: 4,
        error: { step: 'openPortal', kind: 'server-error', message: 'The portal answered 500' },
        attempts: 1,
      },
      {
        line: 5,
        gstin: '07AABCE1234F1Z2',
        gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
        apiUsername: 'API_acme04',
        status: 'pending',
        attempts: 0,
      },
    ],
  };

  const html = renderBatchReport(batch, batchDir);
  expect(html).not.toContain('<script');
  expect(html).toContain('&lt;script&gt;');
  expect(html).toContain('Asha &amp; Ravi &lt;Accounts&gt;');

  writeBatchReport(batchDir, batch);
  const file = join(batchDir, 'report.html');
  expect(readFileSync(file, 'utf8')).toBe(html);
  expect(statSync(file).mode & 0o077).toBe(0);
  const { href, requested } = await openFromDisk(page, file);

  const counts = Object.fromEntries(
    await page
      .locator('.counts li')
      .evaluateAll((items) =>
        items.map((item) => [
          (item as HTMLElement).dataset.status,
          Number(item.querySelector('.count')?.textContent),
        ]),
      ),
  );
  expect(counts).toEqual({ registered: 1, failed: 2, pending: 1, total: 4 });
  await expect(page.locator('tr[data-gstin]')).toHaveCount(4);

  const registered = page.locator('tr[data-gstin="27AABCE1234F1Z5"]');
  await expect(registered).toContainText('Asha & Ravi <Accounts>');
  await expect(registered.getByRole('link')).toHaveAttribute('href', `${runDir}/report.html`);
  expect(await imageWidths(page, 'tr[data-gstin="27AABCE1234F1Z5"]')).toEqual([64]);
  await expect(registered.getByRole('img')).toHaveAttribute('alt', /27AABCE1234F1Z5.*Submit/);

  const missing = page.locator('tr[data-gstin="29AABCE1234F1Z1"]');
  await expect(missing).toContainText(hostile);
  await expect(missing).toContainText('Choose another --api-username');
  await expect(missing).toContainText('no screenshot');
  await expect(missing.getByRole('link')).toHaveAttribute('href', 'runs/gone%20%232/report.html');
  await expect(page.locator('tr[data-gstin="33AABCE1234F1Z8"]')).toContainText(
    `${STEPS.openPortal} (a server error at the portal): The portal answered 500`,
  );
  await expect(page.locator('tr[data-gstin="33AABCE1234F1Z8"]')).toContainText('no run yet');
  await expect(page.locator('tr[data-gstin="07AABCE1234F1Z2"]').getByRole('link')).toHaveCount(0);
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/pwned/);
  expect(requested.filter((url) => url !== href)).toEqual([]);

  await registered.getByRole('link').click();
  await expect(page).toHaveURL(pathToFileURL(join(batchDir, runDir, 'report.html')).href);
  await expect(page.locator('[data-step]')).toHaveCount(2);
});
