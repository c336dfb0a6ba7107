/**
 * The portal generator: a seed draws the same forms every time, the dialects are presets of it,
 * the runner and the control endpoint take a variant, and every form's trait check holds, in a
 * real Chromium, on the screen the form draws, and fails on every other form of its part.
 */
import { spawn } from 'node:child_process';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { ANSWERS, DEMO, expect, test } from './fixtures.js';
import { type RaisedAlert, TraitBroken, type TraitContext, type TraitScreen } from './mock-portal/forms.js';
import { POPUP_TITLE } from './mock-portal/popup-forms.js';
import { type MockPortal, startMockPortal } from './mock-portal/server.js';
import { ALERTS } from './mock-portal/state.js';
import { DIALECTS } from './mock-portal/types.js';
import {
  type Forms,
  formNames,
  formOf,
  formsOfSeed,
  PART_NAMES,
  type Part,
  PRESETS,
  presetOf,
} from './mock-portal/variants.js';

const WRONG_OTP = '000000';

test.describe('drawing forms from a seed', () => {
  test('a seed draws the same forms every time, and seeds between them draw every form of every part', () => {
    expect(formsOfSeed(7)).toEqual(formsOfSeed(7));
    const drawn = Array.from({ length: 200 }, (_, seed) => formsOfSeed(seed));
    for (const part of PART_NAMES) {
      expect(new Set(drawn.map((forms) => forms[part]))).toEqual(new Set(formNames(part)));
    }
  });

  test('every form is handled: --only-handled draws what the full draw does, seed for seed', () => {
    const unhandled = PART_NAMES.flatMap((part) =>
      formNames(part)
        .filter((name) => formOf(part, name)?.unhandled !== undefined)
        .map((name) => `${part}=${name}`),
    );
    expect(unhandled).toEqual([]);
    for (let seed = 0; seed < 100; seed++) {
      expect(formsOfSeed(seed, { onlyHandled: true })).toEqual(formsOfSeed(seed));
    }
  });

  test('each dialect is a preset, and the state shows the forms and the seed', async () => {
    const mock = await startMockPortal({ quiet: true, dialect: 'bootstrap' });
    try {
      expect(mock.state()).toMatchObject({ dialect: 'bootstrap', forms: PRESETS.bootstrap });
      mock.reset({ variant: 12 });
      expect(mock.state()).toMatchObject({
        forms: formsOfSeed(12),
        seed: 12,
        dialect: formsOfSeed(12).markup,
      });
      mock.reset({ variant: { popup: 'panel-dimmer' } });
      expect(mock.state().forms).toEqual({ ...PRESETS.bootstrap, popup: 'panel-dimmer' });
      expect(presetOf(mock.state().forms)).toBeUndefined();
      mock.reset();
      expect(presetOf(mock.state().forms)).toBe('bootstrap');
      const post = (body: unknown) =>
        fetch(`${mock.url}/__mock/reset`, { method: 'POST', body: JSON.stringify(body) });
      const unknownForm = await post({ variant: { popup: 'toast' } });
      expect(unknownForm.status).toBe(400);
      expect((await unknownForm.json()).error).toBe(
        'variant: unknown popup form "toast"; known: dialog-role, bootstrap-modal, plain-overlay, panel-dimmer, late, two-in-sequence, none',
      );
      expect((await post({ variant: -1 })).status).toBe(400);
      expect((await post({ variant: { colour: 'red' } })).status).toBe(400);
    } finally {
      await mock.close();
    }
  });

  test('npm run mock -- --variant <seed> prints the forms it drew', async () => {
    const forms = formsOfSeed(5);
    // Without npm's variables, so the runner watches only this process (see main.ts).
    const { npm_lifecycle_event: _npm, ...env } = process.env;
    const args = ['dist/test/mock-portal/main.js', '--port', '0', '--variant', '5', '--scramble-ids'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const exited = new Promise<number | null>((done) => child.on('close', done));
    try {
      await expect.poll(() => out).toContain('Ctrl-C');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toContain(`Forms of seed 5: ${PART_NAMES.map((part) => `${part}=${forms[part]}`).join(' ')}`);
    expect(out).toContain('ids scrambled');

    const wrong = spawn(process.execPath, [args[0] ?? '', '--port', '0', '--variant', 'popup=toast'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let stderr = '';
    wrong.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    expect(await new Promise<number | null>((done) => wrong.on('close', done))).toBe(2);
    expect(stderr).toContain('mock portal: --variant: unknown popup form "toast"; known: dialog-role,');
  });
});

/** Where the page keeps its alerts: the tab's session storage outlives each document. */
const RAISED_ALERTS = '__raisedAlerts';
/** Where the document keeps its visible text as it was when it had loaded. */
const TEXT_AT_LOAD = '__textAtLoad';

/** A browser context on the mock whose pages record their alerts with how far the document had loaded. */
async function openContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript((key) => {
    const original = window.alert.bind(window);
    window.alert = (text?: unknown) => {
      const raised = JSON.parse(sessionStorage.getItem(key) ?? '[]') as unknown[];
      raised.push({ text: String(text), readyState: document.readyState });
      sessionStorage.setItem(key, JSON.stringify(raised));
      original(text);
    };
  }, RAISED_ALERTS);
  await context.addInitScript((key) => {
    window.addEventListener('load', () => {
      // biome-ignore lint/performance/useDomNodeTextContent: the text a person sees, hidden parts left out
      (window as unknown as Record<string, string>)[key] = document.body?.innerText ?? '';
    });
  }, TEXT_AT_LOAD);
  return context;
}

/** A new tab of the context: its own session storage, so its own alerts. */
async function newTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // A dialog raised as the context closes cannot be accepted any more: nothing to do then.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  return page;
}

/** A browser page on the mock in a context of its own (a session of its own). */
async function openPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await openContext(browser);
  return { page: await newTab(context), close: () => context.close() };
}

/** Drives the page to the screen a trait check runs on, the way the drawn forms lead there. */
async function reach(page: Page, mock: MockPortal, screen: TraitScreen): Promise<void> {
  // The menu is measured with nothing over it.
  if (screen === 'menu') mock.setFaults({ popup: 'never' });
  await page.goto(mock.url);
  if (screen === 'home') return;
  // The login form may show at once (form-on-home), behind a link, or behind the header's button.
  const link = page.locator('a[href]:not([href^="#"]):not([href^="javascript:"])', {
    hasText: /^\s*Login\s*$/,
  });
  if (!(await page.locator('#txt_password').isVisible())) {
    if ((await link.count()) > 0) await link.click();
    else await page.locator('#btnLogin').click();
  }
  await page.locator('#txt_password').waitFor();
  if (screen === 'login') return;
  await page.locator('#txtUserName').fill(DEMO.portalUsername);
  await page.locator('#txt_password').fill(DEMO.portalPassword);
  await page.locator('#CaptchaCode').fill(ANSWERS.captcha);
  await submitFrom(page.locator('#CaptchaCode'));
  await page.waitForURL('**/Home/TwoFactor');
  if (screen === 'message') return wrongLoginOtp(page);
  await page.locator('#txtOtp').fill(ANSWERS.loginOtp);
  await submitFrom(page.locator('#txtOtp'));
  await page.waitForURL('**/Home/MainMenu');
  await fromMainMenu(page, mock, screen, false);
}

/** One wrong login OTP on the OTP page: the page that answers it is the message screen. */
async function wrongLoginOtp(page: Page): Promise<void> {
  await page.locator('#txtOtp').fill(WRONG_OTP);
  await submitFrom(page.locator('#txtOtp'));
  await page.waitForURL('**/Home/VerifyLoginOtp');
}

/** Wrong tries a login OTP takes before the mock answers that it expired (its `otpMaxAttempts`). */
const WRONG_TRIES = 3;

/** Screens reached after login, where a session once logged in can be reused by another tab. */
const AFTER_LOGIN = new Set<TraitScreen>(['popup', 'main-menu', 'menu', 'api-otp', 'register']);

/**
 * From the main menu just loaded (`opened`) or from anywhere in a logged-in session, to the
 * screen; `verified` says the session's API OTP was verified already (the registration form
 * then opens by its address).
 */
async function fromMainMenu(
  page: Page,
  mock: MockPortal,
  screen: TraitScreen,
  verified: boolean,
  opened = true,
) {
  if (screen === 'menu') mock.setFaults({ popup: 'never' });
  if (!opened && (screen === 'menu' || screen === 'main-menu' || screen === 'popup')) {
    await page.goto(`${mock.url}/Home/MainMenu`);
  }
  if (screen === 'menu' || screen === 'main-menu') return;
  if (screen === 'api-otp') {
    await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
    return;
  }
  if (screen === 'register' && verified) {
    await page.goto(`${mock.url}/ApiRegistration/Register`);
    await page.getByText('Do you wish to Register your GSTIN for').filter({ visible: true }).waitFor();
    return;
  }
  // A form that draws no popup, or a late one, is for its trait to judge: wait 3 s at most.
  if (opened || screen === 'popup') {
    await page
      .getByText(POPUP_TITLE)
      .first()
      .waitFor({ timeout: 3000 })
      .catch(() => undefined);
  }
  if (screen === 'popup') return;
  if (screen === 'register') {
    // The API OTP in its one field (the page opens with it), then the form, shown in place or as a page.
    await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
    const otp = page.locator('input[type="text"],input:not([type])').filter({ visible: true }).first();
    await otp.fill(ANSWERS.apiOtp);
    await otp.press('Enter');
    await page.getByText('Do you wish to Register your GSTIN for').filter({ visible: true }).waitFor();
    return;
  }
  // The next page after login finds its session gone; the alerts counted are the expiry's own.
  const expired = () => mock.state().events.filter((event) => event.type === 'session-expired').length;
  const before = expired();
  await page.evaluate((key) => sessionStorage.removeItem(key), RAISED_ALERTS);
  mock.setFaults({ expireSessionAt: 'api-otp' });
  // Where the page goes from there (home, at once or after a word) is the form's to check.
  await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
  expect(expired(), 'the session expired at the API OTP page').toBe(before + 1);
}

/**
 * Submits the field's form as Enter would with a submit button; a form whose buttons are links
 * or scripted boxes (the buttons part) has no implicit submission, so the form is asked directly.
 */
async function submitFrom(field: Locator): Promise<void> {
  await field.evaluate((el) => (el as HTMLInputElement).form?.requestSubmit());
}

function contextOf(page: Page): TraitContext {
  return {
    page,
    alerts: () =>
      page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '[]') as RaisedAlert[], RAISED_ALERTS),
    textAtLoad: () =>
      page.evaluate((key) => (window as unknown as Record<string, string>)[key] ?? '', TEXT_AT_LOAD),
    message: ALERTS.otpWrong,
  };
}

/** Every trait of the part, run on the screen drawn with `forms`: which held, and why the others did not. */
async function traitsOn(browser: Browser, mock: MockPortal, part: Part, forms: Forms) {
  mock.reset({ variant: forms, fixed: ANSWERS, faults: { popup: 'always' } });
  const verdicts: Record<string, string> = {};
  // One login serves every check on a screen after login, each in a tab of its own: the forms
  // are drawn by the mock, not by the session, and a login per check was most of this spec's time.
  // The login OTP's message likewise: one login serves as many wrong tries as answer "wrong".
  let session: { context: BrowserContext; verified: boolean } | undefined;
  let atOtp: { context: BrowserContext; wrong: number } | undefined;
  try {
    for (const name of formNames(part)) {
      const trait = formOf(part, name)?.trait;
      if (!trait) throw new Error(`no trait for ${part}=${name}`);
      const { screen } = trait;
      if (screen === 'message' && atOtp && atOtp.wrong >= WRONG_TRIES) {
        await atOtp.context.close();
        atOtp = undefined;
      }
      const reused = screen === 'message' ? atOtp !== undefined : session !== undefined;
      let page: Page;
      let close: () => Promise<void>;
      if (AFTER_LOGIN.has(screen)) {
        session ??= { context: await openContext(browser), verified: false };
        page = await newTab(session.context);
        close = () => page.close();
      } else if (screen === 'message') {
        atOtp ??= { context: await openContext(browser), wrong: 0 };
        page = await newTab(atOtp.context);
        close = () => page.close();
      } else {
        ({ page, close } = await openPage(browser));
      }
      try {
        if (!reused) await reach(page, mock, screen);
        else if (screen === 'message') {
          await page.goto(`${mock.url}/Home/TwoFactor`);
          await wrongLoginOtp(page);
        } else await fromMainMenu(page, mock, screen, session?.verified ?? false, false);
        if (session && screen === 'register') session.verified = true;
        if (atOtp && screen === 'message') atOtp.wrong += 1;
        await trait.check(contextOf(page));
        verdicts[name] = 'holds';
      } catch (error) {
        if (!(error instanceof TraitBroken)) throw error;
        verdicts[name] = error.message;
      } finally {
        await close();
      }
    }
  } finally {
    await session?.context.close();
    await atOtp?.context.close();
  }
  return verdicts;
}

test.describe('trait checks, in a real browser', () => {
  test.describe.configure({ timeout: 300_000 });

  for (const part of PART_NAMES) {
    test(`each ${part} form's trait holds on it and on no other ${part} form`, async ({ browser }) => {
      const mock = await startMockPortal({ quiet: true, fixed: ANSWERS });
      try {
        for (const drawn of formNames(part)) {
          const verdicts = await traitsOn(browser, mock, part, { ...PRESETS.accessible, [part]: drawn });
          for (const [name, verdict] of Object.entries(verdicts)) {
            if (name === drawn) expect(verdict, `${part}=${drawn}'s own trait`).toBe('holds');
            else expect(verdict, `${part}=${name}'s trait on ${part}=${drawn}`).not.toBe('holds');
          }
        }
      } finally {
        await mock.close();
      }
    });
  }

  // One test a part: the parts' forms in every dialect are too many journeys for one test's time.
  for (const part of PART_NAMES.filter((name) => name !== 'markup')) {
    test(`every ${part} form draws what it claims in every dialect, ids scrambled too`, async ({
      browser,
    }) => {
      const mock = await startMockPortal({ quiet: true, fixed: ANSWERS, scrambleIds: true });
      try {
        for (const dialect of DIALECTS) {
          for (const name of formNames(part)) {
            const forms = { ...PRESETS[dialect], [part]: name };
            const trait = formOf(part, name)?.trait;
            if (!trait) throw new Error(`no trait for ${part}=${name}`);
            mock.reset({ variant: forms, fixed: ANSWERS, faults: { popup: 'always' } });
            const { page, close } = await openPage(browser);
            try {
              await reach(page, mock, trait.screen);
              await trait.check(contextOf(page));
            } catch (error) {
              throw new Error(`${dialect}, ${part}=${name}: ${(error as Error).message}`);
            } finally {
              await close();
            }
          }
        }
      } finally {
        await mock.close();
      }
    });
  }
});
