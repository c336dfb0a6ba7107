/**
 * The features the browser is started without: Playwright's own, which our `--disable-features`
 * must repeat (Chromium reads only the last one), and the address bar's popup pages, which cost a
 * run CPU for nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { chromiumArgs, OWN_DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from '../../src/browser.js';

/** The features the installed Playwright turns off, read from its source as it is shipped. */
function installedPlaywrightDisabledFeatures(): string[] {
  const bundle = readFileSync(
    createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle'),
    'utf8',
  );
  const list = /\bdisabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(bundle)?.[1];
  if (list === undefined)
    throw new Error("Playwright's list of disabled features was not found in its bundle");
  const code = list
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return [...code.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
}

test('our --disable-features repeats every feature the installed Playwright turns off, and adds ours', () => {
  expect([...PLAYWRIGHT_DISABLED_FEATURES]).toEqual(installedPlaywrightDisabledFeatures());
  const flags = chromiumArgs().filter((arg) => arg.startsWith('--disable-features='));
  expect(flags).toHaveLength(1);
  expect(flags[0]?.slice('--disable-features='.length).split(',')).toEqual([
    ...PLAYWRIGHT_DISABLED_FEATURES,
    ...OWN_DISABLED_FEATURES,
  ]);
});

test('a new window preloads no page of the address bar: its one target is the tab', async ({ browser }) => {
  const devTools = await browser.newBrowserCDPSession();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    const own = await context.newCDPSession(page);
    const { targetInfo } = await own.send('Target.getTargetInfo');
    const { targetInfos } = await devTools.send('Target.getTargets', { filter: [{}] });
    const windowTargets = targetInfos.filter(
      (target) => target.browserContextId === targetInfo.browserContextId,
    );
    expect(windowTargets.map((target) => `${target.type} ${target.url}`).sort()).toEqual([
      'page about:blank',
      'tab about:blank',
    ]);
  } finally {
    await context.close();
    await devTools.detach();
  }
});
