/**
 * report.html, opened from disk in the browser as an operator would: every step with its picture,
 * the error where a run failed, a batch's rows with links, nothing fetched from anywhere.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { BatchRecord } from '../src/batch/record.js';
import type { Report } from '../src/evidence.js';
import { renderBatchReport, writeBatchReport, writeRunReport } from '../src/report-html.js';
import { DEMO, expect, HAPPY_ANSWERS, readReport, test } from './fixtures.js';

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
  await expect(page.getByRole('region', { name: /Failed at step/ })).toHaveCount(0);

  const shown = await page
    .locator('[data-step]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.step));
  expect(shown).toEqual(report.steps.map((step) => step.name));
  for (const step of report.steps) {
    const item = page.locator(`[data-step="${step.name}"]`);
    await expect(item.getByRole('heading', { name: step.title, exact: true })).toBeVisible();
    expect(await item.getByRole('img').getAttribute('alt')).toContain(step.title);
    const widths = await imageWidths(page, `[data-step="${step.name}"]`);
    expect(widths, `the picture of ${step.name}`).toHaveLength(1);
    expect(widths[0], `the picture of ${step.name}`).toBeGreaterThan(0);
  }
  expect(requested.filter((url) => url !== href)).toEqual([]);
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
    await expect(box).toContainText(error.step);
    await expect(box).toContainText(error.kind);
    await expect(box).toContainText(error.message);
    if (error.portalText) await expect(box).toContainText(error.portalText);
    if (report.next) await expect(box).toContainText(report.next);

    const failed = page.locator(`[data-step="${error.step}"]`);
    await expect(failed).toHaveClass(/\bfailed\b/);
    await expect(page.locator('[data-step].failed')).toHaveCount(1);
    await expect(failed.getByRole('img')).toHaveAttribute('alt', /failed/);
    await expect(failed.getByText('The page at that moment')).toBeVisible();
    await box.getByRole('link', { name: 'See the page at that moment' }).click();
    await expect(page).toHaveURL(`${href}#step-${error.step}`);
    expect((await imageWidths(page, `[data-step="${error.step}"]`))[0]).toBeGreaterThan(0);
    expect(requested.filter((url) => url !== href)).toEqual([]);
  });
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
  await expect(page.locator('tr[data-gstin="33AABCE1234F1Z8"]')).toContainText('no run yet');
  await expect(page.locator('tr[data-gstin="07AABCE1234F1Z2"]').getByRole('link')).toHaveCount(0);
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/pwned/);
  expect(requested.filter((url) => url !== href)).toEqual([]);

  await registered.getByRole('link').click();
  await expect(page).toHaveURL(pathToFileURL(join(batchDir, runDir, 'report.html')).href);
  await expect(page.locator('[data-step]')).toHaveCount(2);
});
