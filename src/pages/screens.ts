/**
 * Knowing where you are: which screen the page shows, from the portal map (login, OTP, the
 * "Dash Board", the registration form, an error or maintenance page, or an unknown page), and
 * waiting after an action until the portal has answered, whether the page navigated or
 * updated in place (an OTP verified by AJAX, a form revealed, a table redrawn). The check runs
 * in the page, polled there, so no round trip is spent per candidate.
 */
import type { Page } from 'playwright';
import { ERROR_PAGE_TEXTS, element, type PortalMap } from '../portal-map.js';
import { toQuery } from './find-element.js';
import {
  PORTAL_LIB_SOURCE,
  type ScreenSignature,
  type ScreenWait,
  type ScreenWaitResult,
} from './in-page.js';

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
 * The registration form is also known by its table of registered GSPs, after the OTP panel (a
 * page may hold both while the OTP is asked): a form whose "Through GSP" was renamed is still
 * the form, where the bot stops on the missing option itself rather than on an unknown page.
 */
function signatures(map: PortalMap): ScreenSignature[] {
  const q = (address: Parameters<typeof element>[1]) => toQuery(element(map, address));
  return [
    { key: 'error-page', shows: [], titleHas: [...ERROR_PAGE_TEXTS] },
    { key: 'registration', shows: [q('registration.throughGsp'), q('registration.gspSelect')] },
    { key: 'otp', shows: [q('loginOtp.field'), q('apiOtp.field')] },
    { key: 'registration', shows: [q('result.registeredTable')] },
    { key: 'login', shows: [q('login.username'), q('home.loginButton')] },
    { key: 'dashboard', shows: [q('dashboard.heading'), q('dashboard.apiRegistration')] },
  ];
}

/**
 * The in-page library as a document keeps it once sent (a new document starts without it), and
 * the expression that sends it to a document without it. The page's own scripts never read it.
 */
const LIB_KEPT = 'globalThis.__einvPortalLib';
const LIB_INSTALLED = `(${LIB_KEPT} ??= ${PORTAL_LIB_SOURCE})`;

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
  private counter = 0;

  constructor(
    readonly page: Page,
    map: PortalMap,
  ) {
    this.signatures = signatures(map);
  }

  /** Screens are known by this map's marks from now on (an operator showed the bot one). */
  useMap(map: PortalMap): void {
    this.signatures = signatures(map);
  }

  /** The screen the last look or wait found: what a picture taken since shows, without another look. */
  lastSeen: Screen | undefined;

  /** The screen showing now. */
  async current(): Promise<Screen> {
    this.lastSeen = (await this.inPage(`.classify(${JSON.stringify(this.signatures)})`)) as Screen;
    return this.lastSeen;
  }

  /** Error texts showing now (`.divError`, `.text-danger`, validation summaries...). */
  async inlineErrors(): Promise<string[]> {
    return (await this.inPage('.inlineErrors()')) as string[];
  }

  /**
   * Calls the in-page library, sending its source (~26 KB) only to a document that has not
   * kept it yet: sent with every question, it was a fifth of all the bytes a run sent the
   * browser (which compiles every copy) in the profile of a run.
   */
  private async inPage(call: string, before = ''): Promise<unknown> {
    const missing = '__einv-no-lib__';
    const kept = await this.page.evaluate(
      `(() => { ${before} return ${LIB_KEPT} ? ${LIB_KEPT}${call} : ${JSON.stringify(missing)}; })()`,
    );
    if (kept !== missing) return kept;
    return this.page.evaluate(`(() => { ${before} return ${LIB_INSTALLED}${call}; })()`);
  }

  /**
   * Marks the page, runs the action, and waits until one of the `expected` screens shows, the
   * page is replaced by another (judged once it has loaded), or a new error text appears.
   * `interrupt` ends the wait early (an alert, a server error, a failed load); its value is
   * returned as is.
   */
  async answerTo<T>(
    action: () => Promise<void>,
    expected: readonly Screen[],
    timeout: number,
    interrupt: Promise<T>[] = [],
  ): Promise<PortalAnswer | T> {
    this.counter += 1;
    const token = `einv-${Date.now().toString(36)}-${this.counter}`;
    const errorsBefore = await this.inPage(
      '.inlineErrors()',
      `window.__einvToken = ${JSON.stringify(token)};`,
    ).catch(() => [] as string[]);
    await action();
    return this.waitFor(expected, timeout, interrupt, token, errorsBefore as string[]);
  }

  /** Waits for one of the screens without acting first (a page just opened). */
  async until<T>(
    expected: readonly Screen[],
    timeout: number,
    interrupt: Promise<T>[] = [],
  ): Promise<PortalAnswer | T> {
    return this.waitFor(expected, timeout, interrupt, 'none', []);
  }

  private async waitFor<T>(
    expected: readonly Screen[],
    timeout: number,
    interrupt: Promise<T>[],
    token: string,
    errorsBefore: string[],
  ): Promise<PortalAnswer | T> {
    const wait: ScreenWait = { screens: this.signatures, expected: [...expected], token, errorsBefore };
    const answered = this.page
      .waitForFunction(`${LIB_INSTALLED}.waitForScreen(${JSON.stringify(wait)})`, undefined, {
        timeout,
        polling: 30,
      })
      .then(async (handle) => {
        const result = (await handle.jsonValue()) as ScreenWaitResult;
        await handle.dispose();
        this.lastSeen = result.screen as Screen;
        return {
          why: result.why,
          screen: result.screen as Screen,
          ...(result.why === 'navigated' ? { title: result.title, heading: result.heading } : {}),
          errors: result.why === 'screen' ? [] : result.errors,
        } satisfies PortalAnswer;
      });
    return Promise.race([answered, ...interrupt]);
  }
}
