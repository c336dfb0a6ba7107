/**
 * What a person reads names a step by its title and a failure by its kind in words, never by
 * the ids the code knows them by (`openCreateApiUser`, `changed`, `menu-group`): on the terminal
 * of `register` and `batch`, in a run's report.html and in a batch's. The ids stay in report.json,
 * batch.json, run.log and the pages' data- attributes, for scripts and the team.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { ErrorKind } from '../src/errors.js';
import type { ElementKind } from '../src/portal-map.js';
import type { BatchRecord } from '../src/report-data.js';
import { STEPS } from '../src/steps.js';
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

const OPEN_MENU = STEPS.openCreateApiUser;

/** Every id a person must not read: the steps', the failure kinds', the element kinds'. */
const STEP_IDS = Object.keys(STEPS);
const ERROR_KINDS: ErrorKind[] = [
  'config',
  'refused',
  'changed',
  'timeout',
  'server-error',
  'unreachable',
  'session-expired',
  'unknown-outcome',
  'cancelled',
  'internal',
];
const ELEMENT_KINDS: ElementKind[] = ['text-field', 'password-field', 'otp-field', 'menu-group', 'menu-item'];

/** The ids a text shows, matched as whole words and in their own case ("Dashboard" is a title). */
function idsIn(text: string, ids: readonly string[] = [...STEP_IDS, ...ELEMENT_KINDS]): string[] {
  return ids.filter((id) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(text));
}

/** The page as a person reads it: its visible text (no attributes, no pictures). */
async function openReport(page: Page, file: string): Promise<string> {
  await page.goto(pathToFileURL(file).href);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, words kept apart as shown
  return page.locator('body').innerText();
}

test.describe('a run whose menu the portal renamed', () => {
  test.use({ mockConfig: { faults: { menuLabel: 'API Access Keys' } } });

  test('names the step it failed at by its title, on the terminal and in report.html', async ({
    mock,
    page,
    runCli,
  }) => {
    const run = await runCli({
      args: ['register', '--headless', '--dry-run', '--portal-url', mock.url, ...DEMO_TARGET],
      env: DEMO_ENV,
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });
    expect(run.code).toBe(4);
    const terminal = `${run.stdout}\n${run.stderr}`;
    expect(run.stderr).toContain(
      `Failed at "${OPEN_MENU}": Could not find the "User Credentials" menu group`,
    );
    expect(run.stderr).toContain('Looked for: menu entry reading "User Credentials"');
    expect(idsIn(terminal)).toEqual([]);

    // The record keeps the ids.
    const runDir = onlyRunDir(run.outDir);
    const report = readReport(runDir);
    expect(report.error).toMatchObject({ step: 'openCreateApiUser', kind: 'changed' });

    const text = await openReport(page, join(runDir, 'report.html'));
    const box = page.getByRole('region', { name: `Failed at step ${OPEN_MENU}`, exact: true });
    await expect(box).toBeVisible();
    await expect(box.locator('dt', { hasText: 'Kind' }).locator('+ dd')).toHaveText(
      'the portal was not as expected',
    );
    await expect(box.locator('dt', { hasText: 'Step' })).toHaveCount(0);
    await expect(page.locator('[data-step="openCreateApiUser"] .badge')).toHaveText('failed');
    await expect(page.locator('[data-step="openPortal"] .badge')).toHaveText('done');
    expect(idsIn(text)).toEqual([]);
    expect(
      idsIn(
        text,
        ERROR_KINDS.filter((kind) => kind !== 'cancelled'),
      ),
    ).toEqual([]);
    expect(await page.title()).toBe(`${DEMO.gstin} — failed — einv-gsp`);
  });

  test('a batch names it by its title too, on the terminal and in both reports', async ({
    mock,
    page,
    runCli,
  }, testInfo) => {
    const file = testInfo.outputPath('gstins.csv');
    writeFileSync(file, `GSTIN,Portal_Username,api_username\n${DEMO.gstin},${DEMO.portalUsername},acme01\n`);
    const run = await runCli({
      args: ['batch', '--file', file, '--headless', '--dry-run', '--portal-url', mock.url],
      env: DEMO_ENV,
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });
    expect(run.code).toBe(4);
    expect(run.stdout).toContain(`${DEMO.gstin}: FAILED at "${OPEN_MENU}": Could not find`);
    expect(idsIn(`${run.stdout}\n${run.stderr}`)).toEqual([]);

    const batchDir = join(run.outDir, 'batch-gstins');
    const batch = JSON.parse(readFileSync(join(batchDir, 'batch.json'), 'utf8')) as BatchRecord;
    expect(batch.rows[0]?.error).toMatchObject({ step: 'openCreateApiUser', kind: 'changed' });

    const text = await openReport(page, join(batchDir, 'report.html'));
    await expect(page.locator(`tr[data-gstin="${DEMO.gstin}"]`)).toContainText(
      `${OPEN_MENU} (the portal was not as expected): Could not find`,
    );
    expect(idsIn(text)).toEqual([]);
    expect(idsIn(text, ERROR_KINDS)).toEqual([]);

    const runText = await openReport(
      page,
      join(resolve(batchDir, batch.rows[0]?.runDir ?? ''), 'report.html'),
    );
    await expect(
      page.getByRole('region', { name: `Failed at step ${OPEN_MENU}`, exact: true }),
    ).toBeVisible();
    expect(idsIn(runText)).toEqual([]);
  });
});

test('a cancelled run names the step it stopped at by its title, on the terminal and in report.html', async ({
  mock,
  page,
  runCli,
}) => {
  // Input ends after the captcha: the login OTP is never answered.
  const run = await runCli({
    args: ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET],
    env: DEMO_ENV,
    stdin: `${HAPPY_ANSWERS[0]}\n`,
  });
  expect(run.code).toBe(130);
  expect(run.stdout).toContain(`Cancelled at "${STEPS.twoFactor}". Nothing was submitted.`);
  expect(idsIn(`${run.stdout}\n${run.stderr}`)).toEqual([]);

  const runDir = onlyRunDir(run.outDir);
  expect(readReport(runDir).error).toMatchObject({ step: 'twoFactor', kind: 'cancelled' });
  const text = await openReport(page, join(runDir, 'report.html'));
  const box = page.getByRole('region', { name: `Cancelled at step ${STEPS.twoFactor}`, exact: true });
  await expect(box).toBeVisible();
  await expect(box.locator('dt', { hasText: 'Kind' }).locator('+ dd')).toHaveText('cancelled');
  await expect(page.locator('[data-step="twoFactor"] .badge')).toHaveText('cancelled');
  expect(idsIn(text)).toEqual([]);
  expect(mock.state().submits).toBe(0);
});
