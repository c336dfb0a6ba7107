/**
 * Popups, wherever they come from: the topmost box drawn above the page, over a layer that dims
 * it or as a dialog on top (src/in-page/popups.ts finds them by hit-testing the window), closed
 * by its own Exit / Close / × / OK / `data-dismiss` control, else by Esc, else by the control an
 * operator shows. A popup holding what a step needs (a login, a Yes/No) is the step's: never
 * closed here. Several may follow one another (the technical-contact form, then an advisory).
 * A popup whose text the map knows is closed without a word; an unknown one is logged with its
 * title and closed the same way. This class does not decide when to close: a locator handler
 * does it whenever a popup stands in the way of an action, and the page objects call `closeAll`
 * when a target is covered.
 */
import type { Locator, Page } from 'playwright';
import { PortalChanged } from '../errors.js';
import type { Logger } from '../log.js';
import type { PortalMap } from '../portal-map.js';
import { type OnUnresolved, portalSelector } from './find-element.js';
import type { PopupGlance } from './in-page.js';
import { callPortalLib, REPLACED } from './page-lib.js';
import { FIRST_TRY_MS } from './settled.js';

/** Never more in a row: a popup that comes back each time it is closed is a portal problem. */
const MAX_IN_A_ROW = 5;

/** How long a popup has to go after Esc (a fade takes 150 to 300 ms) before it is taken as staying. */
const ESCAPE_MS = 1500;

export class Popups {
  /** The popups the closer may close (the map's technical-contact popup among them, whatever it holds). */
  any!: Locator;
  private knownTexts: string[] = [];
  private closeTexts: string[] = [];
  private readonly onUnresolved?: OnUnresolved;
  private handlerInstalled = false;
  /** Set while closing: the close control's own click must not run the handler again. */
  private closing = false;
  /** Titles of the popups closed so far, for the report. */
  readonly closed: string[] = [];

  constructor(
    readonly page: Page,
    map: PortalMap,
    private readonly log: Logger | undefined,
    private readonly timeout: number,
    hooks: {
      /** Shows the bot a popup's close control when none reads as one (see teacher.ts). */
      onUnresolved?: OnUnresolved;
    } = {},
  ) {
    this.onUnresolved = hooks.onUnresolved;
    this.useMap(map);
  }

  /** The popup texts and close controls of this map from now on (an operator showed one). */
  useMap(map: PortalMap): void {
    this.knownTexts = map.popups.elements.technicalContact?.texts.map((t) => t.toLowerCase()) ?? [];
    this.closeTexts = [...(map.popups.elements.close?.texts ?? [])];
    this.any = this.page.locator(portalSelector({ op: 'popups', known: this.knownTexts }));
  }

  /**
   * What covers `target` without being a popup by the page's looks (no dialog role, no modal,
   * no large overlay), closed all the same when it holds a control the map knows for closing.
   */
  async closeCover(target: Locator): Promise<void> {
    const control = target
      .locator(portalSelector({ op: 'covered-by' }))
      .first()
      .locator(portalSelector({ op: 'popup-close', texts: this.closeTexts, covering: true }));
    if ((await control.count()) === 0) return;
    // One short try, never the whole budget: a cover on its way out (a dialog kept in the page
    // and hidden once faded, Carbon's) takes its control with it as the click waits, and the
    // click would wait for it until the step's time ran out. A cover still there is looked at
    // again by the caller once the page is still.
    try {
      await control.first().click({ timeout: Math.min(this.timeout, FIRST_TRY_MS) });
    } catch (error) {
      if (this.page.isClosed() || !(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    }
  }

  /**
   * Closes popups whenever one shows before an action (Playwright checks the handler's locator
   * before each action), however late it comes.
   */
  async closeWhenShown(): Promise<void> {
    if (this.handlerInstalled) return;
    this.handlerInstalled = true;
    await this.page.addLocatorHandler(
      this.any.first(),
      async () => {
        if (!this.closing) await this.closeAll();
      },
      { noWaitAfter: true },
    );
  }

  /** The words of the topmost popup the closer may close ('' when none shows): a message dialog's, say. */
  async topText(): Promise<string> {
    const seen = (await callPortalLib(this.page, `.popupGlance([], ${JSON.stringify(this.knownTexts)})`)) as {
      text: string;
    };
    return seen.text;
  }

  /** Closes every popup now showing, one after another. */
  async closeAll(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    try {
      await this.closeEach();
    } finally {
      this.closing = false;
    }
  }

  private async closeEach(): Promise<void> {
    let seen = await this.glance();
    for (let closedNow = 0; ; closedNow++) {
      const popup = this.any.first();
      if (seen.count === 0) return;
      const { text, title } = seen;
      if (closedNow >= MAX_IN_A_ROW) {
        throw new PortalChanged(
          `A popup keeps coming back after being closed ${MAX_IN_A_ROW} times: "${title}".`,
        );
      }
      const known = this.knownTexts.some((known) => text.toLowerCase().includes(known));
      if (known) this.log?.info({ popup: title }, 'closing a known popup');
      else this.log?.warn({ popup: title }, 'closing a popup the portal map does not know');
      let control = popup
        .locator(portalSelector({ op: 'popup-close', texts: this.closeTexts, known: this.knownTexts }))
        .first();
      // Esc goes to the whole page: with a popup a step needs showing too (its Yes/No), it would
      // answer that one. What shows no way out then stays for the action to meet, if in its way.
      if (!seen.closable && seen.held) return;
      if (!seen.closable) {
        const afterEscape = await this.closedByEscape(text);
        if (afterEscape) {
          this.closed.push(title);
          seen = afterEscape;
          continue;
        }
      }
      if (!seen.closable) {
        const problem = new PortalChanged(
          `A popup covers the page and has no control reading ${this.closeTexts.map((t) => `"${t}"`).join(', ')}: "${title}".`,
          'Look at the screenshot. If the portal shows a new popup, put its close control\'s text in a portal-map file under "popups.close" (see the README), or report it.',
        );
        if (!this.onUnresolved) throw problem;
        control = await this.onUnresolved({
          address: 'popups.close',
          screen: 'a popup',
          what: `the control that closes the popup "${title}"`,
          problem,
          why: 'missing',
          within: popup,
        });
      }
      if (!(await this.clickedToClose(control, text))) {
        // Gone by itself as it was clicked (closed by the page, its closing fade ended, hidden
        // and kept in the page for its next use): what shows now is looked at afresh.
        this.closed.push(title);
        seen = await this.glance();
        continue;
      }
      this.closed.push(title);
      seen = await this.goneOrClickedAgain(control, text);
    }
  }

  /**
   * Gone within a first try, or, when the same popup still shows with nothing started by the
   * click, its control clicked once more, as a person does when a click did not take (a dialog
   * still moving into place under a loaded machine's pointer); then the rest of the budget.
   */
  private async goneOrClickedAgain(control: Locator, text: string): Promise<PopupGlance> {
    const deadline = Date.now() + this.timeout;
    try {
      return await this.gone(text, Math.min(this.timeout, FIRST_TRY_MS));
    } catch (error) {
      if (this.page.isClosed() || !(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    }
    // Playwright's click waits for the control to stand still: a dialog still moving is waited out.
    const now = await this.glance();
    if (now.count === 0 || now.text !== text) return now;
    this.log?.debug(
      { act: 'click', element: 'popups.close', screen: 'a popup', tries: 2 },
      'acted on the page',
    );
    await this.clickWhileShown(control, text, deadline).catch(() => false);
    return this.gone(text, Math.max(1, deadline - Date.now()));
  }

  /**
   * Clicks the popup's close control, with a short first try: a control that does not take the
   * click may belong to a popup no longer there (hidden as the click waited, a dialog kept in the
   * page once closed), which a look says; then there is nothing to click (false). A popup still
   * there gets the rest of the budget, looked at between tries.
   */
  private async clickedToClose(control: Locator, text: string): Promise<boolean> {
    const deadline = Date.now() + this.timeout;
    try {
      await control.click({ timeout: Math.min(this.timeout, FIRST_TRY_MS) });
      return true;
    } catch (error) {
      if (this.page.isClosed() || !(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    }
    return this.clickWhileShown(control, text, deadline);
  }

  /**
   * Clicks the control of the popup still showing `text`, a short try at a time, looking between
   * tries: a popup that took its first click late (a loaded machine) goes as it is clicked again,
   * fading and sliding out, and takes its control with it; a click waiting for that control would
   * wait out the budget. False when the popup went (or another took its place) before a try took.
   */
  private async clickWhileShown(control: Locator, text: string, deadline: number): Promise<boolean> {
    for (;;) {
      const now = await this.glance();
      if (now.count === 0 || now.text !== text) return false;
      try {
        await control.click({ timeout: Math.max(1, Math.min(FIRST_TRY_MS, deadline - Date.now())) });
        return true;
      } catch (error) {
        if (this.page.isClosed() || !(error instanceof Error) || error.name !== 'TimeoutError') throw error;
        if (Date.now() >= deadline) throw error;
      }
    }
  }

  /** The topmost popup the closer may close, in one look. */
  private async glance(): Promise<PopupGlance> {
    return (await callPortalLib(
      this.page,
      `.popupGlance(${JSON.stringify(this.closeTexts)}, ${JSON.stringify(this.knownTexts)})`,
    )) as PopupGlance;
  }

  /**
   * Esc, as a person tries when a popup shows no way out they know (Bootstrap modals and most
   * dialog libraries close on it): whether the popup went.
   */
  private async closedByEscape(text: string): Promise<PopupGlance | undefined> {
    await this.page.keyboard.press('Escape');
    return this.gone(text, ESCAPE_MS).catch(() => undefined);
  }

  /**
   * Gone, or replaced by the next one: either way this one's text is no longer on top (the text
   * as the page lib reads it; a locator's `hasText` reads table cells without the spaces
   * between them, and would find it gone at once). Waited for in the page, which answers with
   * the look that saw it go (the next popup, if any); a document that replaced the page is
   * looked at afresh.
   */
  private async gone(text: string, timeout: number): Promise<PopupGlance> {
    const call = `.popupGone(${JSON.stringify(text)}, ${JSON.stringify(this.closeTexts)}, ${JSON.stringify(this.knownTexts)}, ${timeout})`;
    let seen: PopupGlance | 'timeout';
    try {
      seen = (await callPortalLib(this.page, call)) as PopupGlance | 'timeout';
    } catch (error) {
      if (this.page.isClosed() || !(error instanceof Error) || !REPLACED.test(error.message)) throw error;
      return this.glance();
    }
    if (seen === 'timeout')
      throw new PopupStays(`The popup "${text.slice(0, 80)}" was still shown after ${timeout} ms.`);
    return seen;
  }
}

/** Named as Playwright's own timeouts are: a popup that did not go in time. */
class PopupStays extends Error {
  override name = 'TimeoutError';
}
