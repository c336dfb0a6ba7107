/**
 * Knowing where you are: which screen the page shows, from the portal map (login, OTP, the
 * "Dash Board", the registration form, an error or maintenance page, or an unknown page), and
 * waiting after an action until the portal has answered, whether the page navigated or
 * updated in place (an OTP verified by AJAX, a form revealed, a table redrawn). The check runs
 * in the page, polled there, so no round trip is spent per candidate.
 */
import type { Page } from 'playwright';
import { ERROR_PAGE_TEXTS, element, type PortalMap } from '../portal-map.js';
import { openFramedPages } from './content-frame.js';
import { type Finder, type PageMark, toQuery } from './find-element.js';
import { openFramesetFrame } from './frameset.js';
import type { PortalLib, ScreenSignature, ScreenWait, ScreenWaitResult } from './in-page.js';
import { callPortalLib, LIB_INSTALLED, REPLACED } from './page-lib.js';

export type Screen = 'error-page' | 'registration' | 'otp' | 'login' | 'dashboard' | 'unknown';

export const SCREEN_NAMES: Record<Screen, string> = {
  'error-page': 'an error or maintenance page',
  registration: 'the API registration form',
  otp: 'an OTP page',
  login: 'the login page',
  dashboard: 'the "Dash Board" page',
  unknown: 'a page the portal map does not know',
};

/**
 * In this order: the first screen whose marks show wins (the sidebar stays beside an OTP panel).
 * An OTP panel that waits for "Send OTP" is the OTP screen before its field shows.
 * The registration form is also known by its table of registered GSPs, after the OTP panel (a
 * page may hold both while the OTP is asked): a form whose "Through GSP" was renamed is still
 * the form, where the bot stops on the missing option itself rather than on an unknown page.
 */
function signatures(map: PortalMap): ScreenSignature[] {
  const q = (address: Parameters<typeof element>[1]) => toQuery(element(map, address));
  return [
    { key: 'error-page', shows: [], titleHas: [...ERROR_PAGE_TEXTS] },
    { key: 'registration', shows: [q('registration.throughGsp'), q('registration.gspSelect')] },
    { key: 'otp', shows: [q('loginOtp.field'), q('apiOtp.field'), q('apiOtp.send')] },
    { key: 'registration', shows: [q('result.registeredTable')] },
    { key: 'login', shows: [q('login.username'), q('home.loginButton')] },
    // Where "Create API User" can be reached is the dashboard, whatever its heading reads.
    {
      key: 'dashboard',
      shows: [q('dashboard.heading'), q('dashboard.apiRegistration'), q('dashboard.createApiUser')],
    },
  ];
}

/**
 * What a frame of a frameset may show, the furthest step first (frameset.ts): the menu that
 * leads to "Create API User" before a frame that only says "Dash Board".
 */
function framesetSignatures(map: PortalMap): ScreenSignature[] {
  const q = (address: Parameters<typeof element>[1]) => toQuery(element(map, address));
  return [
    { key: 'registration', shows: [q('registration.throughGsp'), q('registration.gspSelect')] },
    { key: 'otp', shows: [q('loginOtp.field'), q('apiOtp.field'), q('apiOtp.send')] },
    { key: 'registration', shows: [q('result.registeredTable')] },
    { key: 'login', shows: [q('login.username')] },
    { key: 'menu', shows: [q('dashboard.apiRegistration'), q('dashboard.createApiUser')] },
    { key: 'dashboard', shows: [q('dashboard.heading')] },
  ];
}

export interface PortalAnswer {
  /** What ended the wait. */
  why: ScreenWaitResult['why'];
  screen: Screen;
  /** For a new page: its title and first heading, to name an unknown page. */
  title?: string;
  heading?: string;
  /** Error texts that appeared on the page (not alerts). */
  errors: string[];
}

export class ScreenWatch {
  private signatures: ScreenSignature[];
  private inFrames: ScreenSignature[];
  private counter = 0;

  constructor(
    readonly page: Page,
    map: PortalMap,
    /** Its looks mark the page for a wait (see `answerTo`). */
    private readonly finder: Finder,
  ) {
    this.signatures = signatures(map);
    this.inFrames = framesetSignatures(map);
  }

  /** Screens are known by this map's marks from now on (an operator showed the bot one). */
  useMap(map: PortalMap): void {
    this.signatures = signatures(map);
    this.inFrames = framesetSignatures(map);
  }

  /** The mark of the last action `answerTo` ran: what its first look saw before it acted. */
  lastMark: PageMark | undefined;

  /** The screen the last look or wait found: what a picture taken since shows, without another look. */
  lastSeen: Screen | undefined;

  /** The error texts showing when the last action began, and those its answer brought. */
  private before: string[] = [];
  private verdicts: string[] = [];

  /** The screen showing now. */
  async current(): Promise<Screen> {
    return (await this.glance()).screen;
  }

  /**
   * The screen showing now and the error texts the last action brought: those that were not on
   * the page before it, whether the page was redrawn in place or replaced (a note always printed
   * under the form is no verdict). A refusal the page shows again after the same refusal is new.
   */
  async glanceAfterAction(): Promise<{ screen: Screen; errors: string[] }> {
    const seen = await this.glance();
    return { screen: seen.screen, errors: this.newTexts(seen.errors) };
  }

  /**
   * The error texts a wait's answer brought. In place, the page compared them with those before
   * the action; a new page is compared here (the note always under a form is on it too).
   */
  private answeredTexts(result: ScreenWaitResult): string[] {
    if (result.why === 'navigated') return this.newTexts(result.errors);
    this.verdicts = result.why === 'screen' ? [] : result.errors;
    return this.verdicts;
  }

  private newTexts(errors: string[]): string[] {
    const fresh = errors.filter((text) => !this.before.includes(text) || this.verdicts.includes(text));
    this.verdicts = fresh;
    return fresh;
  }

  /** The screen showing now and its error texts (`.divError`, `.text-danger`, validation summaries...). */
  async glance(): Promise<{ screen: Screen; errors: string[] }> {
    const seen = (await callPortalLib(this.page, `.glance(${JSON.stringify(this.signatures)})`)) as {
      screen: Screen;
      errors: string[];
    };
    this.lastSeen = seen.screen;
    return seen;
  }

  /**
   * Runs the action, which marks the page, and waits until one of the `expected` screens shows,
   * the page is replaced by another (judged once it has loaded), or a new error text appears.
   * `interrupt` ends the wait early (an alert, a server error, a failed load); its value is
   * returned as is.
   *
   * The mark (a token in the page, and the error texts already showing) is set by the action's
   * first look at its element, in the same round trip (see `Finder.look`). An action that looks
   * at nothing, `page.goto`, replaces the page, and a page without the mark is a new page.
   * A page the action opens in a shell's content frame is opened as the page (content-frame.ts).
   */
  async answerTo<T>(
    action: () => Promise<void>,
    expected: readonly Screen[],
    timeout: number,
    interrupt: Promise<T>[] = [],
  ): Promise<PortalAnswer | T> {
    this.counter += 1;
    const mark: PageMark = { token: `einv-${Date.now().toString(36)}-${this.counter}` };
    this.finder.mark = mark;
    this.lastMark = mark;
    const stopWatchingFrame = openFramedPages(this.page, this.finder.log);
    try {
      try {
        await action();
      } finally {
        this.finder.endMark(mark);
      }
      this.before = mark.errorsBefore ?? [];
      return await this.waitFor(expected, timeout, interrupt, mark.token, this.before);
    } finally {
      stopWatchingFrame();
    }
  }

  /** Waits for one of the screens without acting first (a page just opened). */
  async until<T>(
    expected: readonly Screen[],
    timeout: number,
    interrupt: Promise<T>[] = [],
  ): Promise<PortalAnswer | T> {
    this.before = [];
    return this.waitFor(expected, timeout, interrupt, 'none', []);
  }

  /**
   * Waits for one of the screens while the page goes on by itself after its last answer (an OTP
   * taken, the next page a moment later): words showing already are no answer; new ones, or a
   * new page, end the wait as ever. The screen it ends on; undefined past the timeout.
   */
  async goneOnTo(expected: readonly Screen[], timeout: number): Promise<Screen | undefined> {
    const token = this.lastMark?.token ?? 'none';
    const { errors } = await this.glance().catch(() => ({ errors: [] as string[] }));
    const answer = await this.waitFor<never>(expected, timeout, [], token, errors).catch(() => undefined);
    return answer?.screen;
  }

  private async waitFor<T>(
    expected: readonly Screen[],
    timeout: number,
    interrupt: Promise<T>[],
    token: string,
    errorsBefore: string[],
  ): Promise<PortalAnswer | T> {
    const wait: ScreenWait = { screens: this.signatures, expected: [...expected], token, errorsBefore };
    const over = { value: false };
    const answered = this.waitInPage(wait, timeout, over).then((result) => {
      over.value = true;
      this.lastSeen = result.screen as Screen;
      return {
        why: result.why,
        screen: result.screen as Screen,
        ...(result.why === 'navigated' ? { title: result.title, heading: result.heading } : {}),
        errors: this.answeredTexts(result),
      } satisfies PortalAnswer;
    });
    try {
      return await Promise.race([answered, ...interrupt]);
    } finally {
      answered.catch(() => undefined);
      if (!over.value) {
        // Something else ended the wait (an alert, say): the page stops checking.
        over.value = true;
        this.stopWaiting();
      }
    }
  }

  /**
   * The wait itself, in the page (see `screenWaiter`, src/in-page/screen-wait.ts): one call per
   * document, answered as soon as the document shows the answer. A navigation ends the call with its document, and the new
   * document is asked at once. Past the timeout, a `TimeoutError` as Playwright's own waits throw.
   */
  private async waitInPage(
    wait: ScreenWait,
    timeout: number,
    over: { value: boolean },
  ): Promise<ScreenWaitResult> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const ms = deadline - Date.now();
      if (over.value) throw new Error('The wait for the portal was ended by another answer.');
      if (ms <= 0) throw new WaitTimeout(`The wait for the portal's answer exceeded ${timeout} ms.`);
      let result: Awaited<ReturnType<PortalLib['screenWaiter']>>;
      try {
        // With the library: the document the action led to is new, and lacks it (an init script
        // would put it in every document, but Chromium's own error page then never draws).
        result = (await this.page.evaluate(
          `${LIB_INSTALLED}.screenWaiter(${JSON.stringify({ wait, ms })})`,
        )) as Awaited<ReturnType<PortalLib['screenWaiter']>>;
      } catch (error) {
        if (this.page.isClosed() || !(error instanceof Error) || !REPLACED.test(error.message)) throw error;
        continue;
      }
      if (result === 'timeout' || result === 'stopped') continue;
      // A frameset draws nothing of its own: its frame showing the way on is opened, and asked.
      if (
        (result.screen === 'unknown' || result.screen === 'error-page') &&
        (await openFramesetFrame(
          this.page,
          this.inFrames,
          Math.max(0, deadline - Date.now()),
          this.finder.log,
        ))
      )
        continue;
      return result;
    }
  }

  /** Ends a wait still checking in the page (its answer no longer wanted). */
  private stopWaiting(): void {
    if (this.page.isClosed()) return;
    this.page.evaluate('globalThis.__einvStopWait?.()').catch(() => undefined);
  }
}

/** Named as Playwright's own timeouts are, which is what callers test. */
class WaitTimeout extends Error {
  override name = 'TimeoutError';
}
