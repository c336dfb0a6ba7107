/**
 * The portal generator: a seed draws the same forms every time, the dialects are presets of it,
 * the runner and the control endpoint take a variant, and every form's trait check holds, in a
 * real Chromium, on the screen the form draws, and fails on every other form of its part.
 */
import { spawn } from 'node:child_process';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { ANSWERS, expect, test } from './fixtures.js';
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
  PARTS,
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

/**
 * The text the registration form shows once it is open; the API OTP is not what the register
 * screen's traits are about.
 */
const REGISTER_QUESTION = 'Do you wish to Register your GSTIN for';

/**
 * Drives the page to the screen a trait check runs on. The screens after the password start from
 * the mock's `/__mock/jump` (a session already at that stage): the traits check what the mock
 * draws, not the way there. What a screen is about is still done in the page: the login entry
 * opened as it offers, the wrong login OTP typed and sent, the session lost at the next page, and
 * the API OTP typed when the form opens on the OTP's own page (`panel-hidden-form`).
 */
async function reach(page: Page, mock: MockPortal, screen: TraitScreen, forms: Forms): Promise<void> {
  const jump = (to: string) => page.goto(`${mock.url}/__mock/jump?to=${to}`);
  switch (screen) {
    case 'home':
      await page.goto(mock.url);
      return;
    case 'login':
      return openLogin(page, mock);
    case 'message':
      await jump('login-otp');
      return wrongLoginOtp(page);
    case 'menu':
    case 'main-menu':
      await jump('main-menu');
      return;
    case 'popup':
      await jump('main-menu');
      // A form that draws no popup, or a late one, is for its trait to judge: wait 3 s at most.
      await page
        .getByText(POPUP_TITLE)
        .first()
        .waitFor({ timeout: 3000 })
        .catch(() => undefined);
      return;
    case 'api-otp':
      await jump('api-otp');
      return;
    case 'register':
      if (PARTS.otp[forms.otp].render.withHiddenForm) {
        // The form opens in place once the OTP (its page's one field) is verified.
        await jump('api-otp');
        const otp = page.locator('input[type="text"],input:not([type])').filter({ visible: true }).first();
        await otp.fill(ANSWERS.apiOtp);
        await otp.press('Enter');
      } else await jump('register');
      await page.getByText(REGISTER_QUESTION).filter({ visible: true }).waitFor();
      return;
    case 'expiry':
      return loseSession(page, mock);
  }
}

/** The login form, the way the login entry offers it: at once (form-on-home), behind a link (in this window or a new one), or behind the header's button. */
async function openLogin(page: Page, mock: MockPortal): Promise<void> {
  await page.goto(mock.url);
  const link = page.locator('a[href]:not([href^="#"]):not([href^="javascript:"])', {
    hasText: /^\s*Login\s*$/,
  });
  if (!(await page.locator('#txt_password').isVisible())) {
    // A link aimed at a new window (new-window) is followed here, as the bot follows it.
    if ((await link.count()) > 0 && (await link.getAttribute('target')) === '_blank')
      await page.goto(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
    else if ((await link.count()) > 0) await link.click();
    else await page.locator('#btnLogin').click();
  }
  await page.locator('#txt_password').waitFor();
}

/** One wrong login OTP on the OTP page: the page that answers it is the message screen. */
async function wrongLoginOtp(page: Page): Promise<void> {
  await page.locator('#txtOtp').fill(WRONG_OTP);
  await submitFrom(page.locator('#txtOtp'));
  await page.waitForURL('**/Home/VerifyLoginOtp');
}

/** From the main menu, the next page finds its session gone; the alerts counted are the expiry's own. */
async function loseSession(page: Page, mock: MockPortal): Promise<void> {
  await page.goto(`${mock.url}/__mock/jump?to=main-menu`);
  await page.evaluate((key) => sessionStorage.removeItem(key), RAISED_ALERTS);
  mock.setFaults({ expireSessionAt: 'api-otp' });
  // Where the page goes from there (home, at once or after a word) is the form's to check.
  await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
  const expired = mock.state().events.filter((event) => event.type === 'session-expired');
  expect(expired, 'the session expired at the API OTP page').toHaveLength(1);
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

/**
 * The traits that only look at the page: they read it, and may wait for it to change by itself
 * (a late popup, a toast leaving, a lost session's page going home), but never click, type or
 * dispatch an event. A register screen's look may first show the GSP section with the page's own
 * `regModeChanged('G')` (`revealGspSection`), which every such trait calls alike, so calling it
 * again changes nothing. The looks at one screen run side by side on one drawing of it; every
 * other trait acts on the page and has a drawing of its own, as does a form left out here.
 */
const LOOKS: { readonly [P in Part]: readonly string[] } = {
  markup: ['accessible', 'legacy-table', 'bootstrap'],
  loginEntry: ['header-panel', 'link-to-page', 'form-on-home'],
  popup: ['dialog-role', 'bootstrap-modal', 'plain-overlay', 'panel-dimmer', 'late', 'none'],
  message: [
    'alert-on-load',
    'alert-while-parsing',
    'inline-class',
    'red-text',
    'font-colour',
    'toast',
    'reworded',
  ],
  sessionExpiry: ['redirect', 'alert-then-redirect', 'login-page-message'],
  buttons: ['button', 'input-submit', 'a-btn', 'plain-link', 'div-handler'],
  menu: ['dashboard-link'],
  otp: ['one-field', 'password-type', 'panel-hidden-form'],
  pageChrome: ['none', 'fixed-sidebar', 'cookie-bar'],
  labels: ['for', 'wrapping', 'cell', 'div-above', 'placeholder', 'aria-label'],
  registrationType: ['radios-label', 'bare-text', 'custom-radio', 'select'],
  gspPicker: ['select', 'chosen'],
  submit: [],
};

/** One drawing of a screen, and the traits (of one part: its forms' names) checked on it. */
interface Sitting {
  forms: Forms;
  screen: TraitScreen;
  part: Part;
  names: string[];
  scrambleIds: boolean;
}

/** The sittings that check every trait of the part on the screens drawn with `forms`. */
function sittingsFor(part: Part, forms: Forms, scrambleIds = false): Sitting[] {
  const looks = new Map<TraitScreen, string[]>();
  const sittings: Sitting[] = [];
  for (const name of formNames(part)) {
    const { screen } = traitOf(part, name);
    if (LOOKS[part].includes(name)) looks.set(screen, [...(looks.get(screen) ?? []), name]);
    else sittings.push({ forms, screen, part, names: [name], scrambleIds });
  }
  for (const [screen, names] of looks) sittings.push({ forms, screen, part, names, scrambleIds });
  return sittings;
}

function traitOf(part: Part, name: string) {
  const trait = formOf(part, name)?.trait;
  if (!trait) throw new Error(`no trait for ${part}=${name}`);
  return trait;
}

/**
 * A browser context and its one tab, kept from sitting to sitting. A new context or tab costs a
 * renderer process, which was half the file's CPU; the tab's document is new at every sitting
 * anyway, and what outlives it is put back as a new tab has it (see `sit`).
 */
interface Seat {
  context: BrowserContext;
  page: Page;
}

async function openSeat(browser: Browser): Promise<Seat> {
  const context = await openContext(browser);
  return { context, page: await newTab(context) };
}

/**
 * Draws the sitting's screen on a mock of its own (so that sittings run side by side without
 * sharing a session, a fault or an event) and runs its traits on it at once: the verdict of each,
 * `holds` or why not. Anything but a broken trait (a screen not reached, a page closed) is thrown.
 * The seat's tab starts as a new one would: no cookies (they ignore the port, so the last mock's
 * session would be sent), the pointer at the corner, and its alerts (session storage, kept per
 * origin, and a port may come round again) cleared when the sitting ends, or the tab replaced.
 */
async function sit(seat: Seat, sitting: Sitting): Promise<Record<string, string>> {
  const mock = await startMockPortal({
    quiet: true,
    fixed: ANSWERS,
    variant: sitting.forms,
    scrambleIds: sitting.scrambleIds,
    // The menu is measured with nothing over it.
    faults: { popup: sitting.screen === 'menu' ? 'never' : 'always' },
  });
  try {
    const { page } = seat;
    await seat.context.clearCookies();
    await page.mouse.move(0, 0);
    await reach(page, mock, sitting.screen, sitting.forms);
    const verdicts = await Promise.allSettled(
      sitting.names.map(async (name) => {
        await traitOf(sitting.part, name).check(contextOf(page));
        return 'holds';
      }),
    );
    return Object.fromEntries(
      verdicts.map((verdict, index) => {
        if (verdict.status === 'fulfilled') return [sitting.names[index], verdict.value];
        if (verdict.reason instanceof TraitBroken) return [sitting.names[index], verdict.reason.message];
        throw verdict.reason;
      }),
    );
  } finally {
    const cleared = await seat.page
      .evaluate(() => sessionStorage.clear())
      .then(
        () => true,
        () => false,
      );
    if (!cleared) {
      await seat.page.close().catch(() => undefined);
      seat.page = await newTab(seat.context);
    }
    await mock.close();
  }
}

/**
 * How many screens are drawn at once, each in a seat of its own. Most of a check's time is the
 * page's own waiting (a late popup's 3 s, Submit's 4 s of nothing happening), which side by side
 * costs the time of one.
 */
const SIDE_BY_SIDE = 4;

/**
 * The worker's seats, kept from test to test (a failed test ends its worker, and the seats with
 * it), opened as the first sittings need them.
 */
const seated = test.extend<object, { seats: Seat[] }>({
  seats: [
    async ({ browser: _browser }, use) => {
      const seats: Seat[] = [];
      await use(seats);
      await Promise.all(seats.map((seat) => seat.context.close()));
    },
    { scope: 'worker' },
  ],
});

/** Every sitting's verdicts, `SIDE_BY_SIDE` sittings at a time; every sitting ends before an error is thrown. */
async function sitAll(
  browser: Browser,
  seats: Seat[],
  sittings: Sitting[],
): Promise<Record<string, string>[]> {
  const verdicts: Record<string, string>[] = [];
  const errors: unknown[] = [];
  let next = 0;
  const sitOn = async (place: number) => {
    if (next >= sittings.length) return;
    const seat =
      seats[place] ??
      (await openSeat(browser).then(
        (opened) => {
          seats[place] = opened;
          return opened;
        },
        (error: unknown) => {
          errors.push(error);
        },
      ));
    if (!seat) return;
    for (let index = next++; index < sittings.length; index = next++) {
      const sitting = sittings[index] as Sitting;
      verdicts[index] = await sit(seat, sitting).catch((error: unknown) => {
        errors.push(error);
        return {};
      });
    }
  };
  await Promise.all(Array.from({ length: SIDE_BY_SIDE }, (_, place) => sitOn(place)));
  if (errors.length > 0) throw errors[0];
  return verdicts;
}

test.describe('the jump control', () => {
  test('starts a session at a stage and opens its page; an unknown stage or account is a 400', async () => {
    const mock = await startMockPortal({ quiet: true });
    try {
      const jump = (query: string) => fetch(`${mock.url}/__mock/jump?${query}`, { redirect: 'manual' });
      const answer = await jump('to=register&username=demo_ka');
      expect(answer.status).toBe(302);
      expect(answer.headers.get('location')).toBe('/ApiRegistration/Register');
      const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = await fetch(`${mock.url}/ApiRegistration/Register`, {
        headers: { cookie },
        redirect: 'manual',
      });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('29AABCE1234F1Z1');
      expect(mock.state().events.map((event) => event.type)).toEqual([]);

      const atOtp = await jump('to=login-otp');
      expect(atOtp.headers.get('location')).toBe('/Home/TwoFactor');
      expect(mock.state().events.map((event) => event.type)).toEqual(['otp-sent']);
      expect((await jump('to=submit')).status).toBe(400);
      expect((await jump('to=main-menu&username=nobody')).status).toBe(400);
    } finally {
      await mock.close();
    }
  });
});

test.describe('trait checks, in a real browser', () => {
  test.describe.configure({ timeout: 300_000 });

  for (const part of PART_NAMES) {
    seated(
      `each ${part} form's trait holds on it and on no other ${part} form`,
      async ({ browser, seats }) => {
        const drawn = formNames(part);
        const sittings = drawn.map((name) => sittingsFor(part, { ...PRESETS.accessible, [part]: name }));
        const verdicts = await sitAll(browser, seats, sittings.flat());
        let seen = 0;
        drawn.forEach((form, index) => {
          const count = sittings[index]?.length ?? 0;
          const onForm = Object.assign({}, ...verdicts.slice(seen, seen + count)) as Record<string, string>;
          seen += count;
          expect(Object.keys(onForm).sort(), `the traits checked on ${part}=${form}`).toEqual(
            [...drawn].sort(),
          );
          for (const [name, verdict] of Object.entries(onForm)) {
            if (name === form) expect(verdict, `${part}=${form}'s own trait`).toBe('holds');
            else expect(verdict, `${part}=${name}'s trait on ${part}=${form}`).not.toBe('holds');
          }
        });
      },
    );
  }

  // One test a part: the parts' forms in every dialect are too many screens for one test's time.
  for (const part of PART_NAMES.filter((name) => name !== 'markup')) {
    seated(
      `every ${part} form draws what it claims in every dialect, ids scrambled too`,
      async ({ browser, seats }) => {
        const sittings = DIALECTS.flatMap((dialect) =>
          formNames(part).map(
            (name): Sitting => ({
              forms: { ...PRESETS[dialect], [part]: name },
              screen: traitOf(part, name).screen,
              part,
              names: [name],
              scrambleIds: true,
            }),
          ),
        );
        const verdicts = await sitAll(browser, seats, sittings);
        const broken = sittings.flatMap((sitting, index) => {
          const [name] = sitting.names;
          const verdict = verdicts[index]?.[name ?? ''];
          return verdict === 'holds' ? [] : [`${sitting.forms.markup}, ${part}=${name}: ${verdict}`];
        });
        expect(broken).toEqual([]);
      },
    );
  }
});
