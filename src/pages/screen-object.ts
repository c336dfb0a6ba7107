/**
 * What every page object does the same way: act on a map entry as a careful person would.
 * Find it (exactly one, visible), make sure nothing covers it (closing popups that do), act,
 * and for a typed value read it back. Page objects add their screen's intents on top; this
 * class knows nothing of flows, dry runs or evidence.
 */
import type { Locator, Request } from 'playwright';
import { PortalChanged } from '../errors.js';
import { ACT_WORDS } from '../in-page/kinds.js';
import type { ElementAddress } from '../portal-map.js';
import { type BoxesTyped, typeIntoBoxes } from './digit-boxes.js';
import { type Finder, portalSelector, toQuery, where } from './find-element.js';
import { callPortalLib, evaluateFound, LIB_INSTALLED, NOT_FOUND, REPLACED } from './page-lib.js';
import type { Popups } from './popups.js';
import { actStarted, FIRST_TRY_MS, settle } from './settled.js';

/**
 * Closing a popup took the element away with it: the click on the popup's Exit closed the menu
 * the element was in (Bootstrap closes an open dropdown on any click but its toggle's), or the
 * pointer left the submenu it opened. The way to the element is to be walked again.
 */
export class GoneWithPopup extends PortalChanged {
  constructor(entry: string) {
    super(`${entry} was no longer shown once a popup over it was closed.`);
  }
}

/**
 * Whether a choice (or the control its label draws) is checked, natively or as its ARIA state
 * says: its own, or that of the radio drawn around it (UI5 keeps the state on the `div` with
 * `role="radio"` that holds its input).
 */
function checkedAsSaid(el: Element): boolean {
  const input = el instanceof HTMLLabelElement ? el.control : el;
  if (!input) return false;
  const said = input.closest('[role="radio"],[role="checkbox"]') ?? input;
  return (input instanceof HTMLInputElement && input.checked) || said.getAttribute('aria-checked') === 'true';
}

/**
 * The options the list opened at `field` offers (lists.ts `offeredOptions`: the box drawn nearest
 * under it, not every list item of the page); with `name`, the one option reading it exactly.
 */
export function offeredAt(field: Locator, name?: string): Locator {
  if (name === undefined) return field.locator(portalSelector({ op: 'offered' }));
  // Read in the page, as drawn: Playwright's text match does not see the words an option draws
  // through a slot of its shadow root (Material Web's md-select-option).
  return field.locator(portalSelector({ op: 'offered', name })).first();
}

/**
 * The search box an opened list gave the focus to: one that can be typed into, not a read-only
 * box that keeps the focus itself (Materialize's, Element's el-select).
 */
export const TYPED_FOCUS = 'input:focus:not([readonly])';

/** What `after` reads besides what `before` read around it (the same text before and after the new). */
function addedTo(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before.at(-1 - end) === after.at(-1 - end)
  )
    end++;
  return after.slice(start, after.length - end).trim();
}

/** What the bot does to an element, as the run log's trail names it (see `ScreenObject.acted`). */
export type ActKind =
  | 'click'
  | 'double-click'
  | 'open-by-arrow'
  | 'hover'
  | 'check'
  | 'choose'
  | 'unheard'
  | 'walk-again';

export abstract class ScreenObject {
  /** The screen in the operator's words, for messages: "the API registration form". */
  abstract readonly screen: string;

  constructor(
    protected readonly finder: Finder,
    protected readonly popups: Popups,
  ) {}

  protected get page() {
    return this.finder.page;
  }

  protected get timeout() {
    return this.finder.timeout;
  }

  /** A lazy locator for an entry (re-resolved at every use). */
  locator(address: ElementAddress): Locator {
    return this.finder.locator(address);
  }

  /**
   * `fn(element, arg)` on the entry's element in the page's own world, found there by the portal
   * library (null when none shows): for reading or marking it, not acting (see page-lib.ts). Given
   * the locator a search returned (`located`), an element the map's words do not find (one an
   * operator showed for this run only, see teacher.ts) is that locator's.
   */
  protected async evaluateOn<A, R>(
    address: ElementAddress,
    fn: (element: Element | null, arg: A) => R | Promise<R>,
    arg: A,
    located?: Locator,
  ): Promise<R> {
    const query = toQuery(this.finder.entry(address));
    const value = await evaluateFound(this.page, query, fn, arg, located ? 'say' : 'call');
    if (value !== NOT_FOUND || !located) return value as R;
    // The same function, through Playwright: its argument goes as the same JSON.
    const onLocated = fn as (element: Element, arg: unknown) => R | Promise<R>;
    return located.evaluate(onLocated, arg as unknown, { timeout: this.timeout });
  }

  isShown(address: ElementAddress): Promise<boolean> {
    return this.finder.isShown(address);
  }

  /**
   * Exactly one visible element for the entry, not covered by anything that cannot be closed.
   * What covers it is closed as a popup is (by its Exit / Close control, or one an operator
   * once showed); failing that, an operator at a terminal may show what closes it. A control
   * drawn by its own label (a custom-control radio) is reached through that label: the label
   * of the same control is the control.
   */
  protected async reachable(address: ElementAddress, timeout = this.timeout): Promise<Locator> {
    const closedBefore = this.popups.closed.length;
    const {
      locator: target,
      cover: seen,
      throughLabel,
    } = await this.finder.findToAct(address, this.screen, { cover: true, timeout });
    if (throughLabel) return target.locator(portalSelector({ op: 'own-label' }));
    let cover = seen;
    if (cover) {
      await this.popups.closeAll();
      cover = await this.finder.coveredBy(target);
    }
    // A cover with nothing drawn on it (a shade, a popup faded out on its way out of the page) is
    // waited out below: its control, clicked again, may go with it as the click is made.
    if (cover && !(await this.finder.coverIsBare(target))) {
      await this.popups.closeCover(target);
      cover = await this.finder.coveredBy(target);
    }
    if (cover) {
      // A popup still leaving (its closing animation, its layer fading after it) is waited out,
      // as a person waits for the page to stop moving before deciding what covers it.
      await settle(this.page, this.finder.activity, this.timeout);
      cover = await this.finder.coveredBy(target);
    }
    let bare = cover !== undefined && (await this.finder.coverIsBare(target));
    if (cover && !bare) {
      // What covers it once the page is still, a popup come late, is closed as before.
      await this.popups.closeAll();
      cover = await this.finder.coveredBy(target);
      bare = cover !== undefined && (await this.finder.coverIsBare(target));
    }
    if (bare) {
      // A shade with nothing on it (the dimming layer fading out after its popup closed, a page
      // greyed while it works): a person waits for it to go, then clicks.
      await target
        .locator(portalSelector({ op: 'covered-by' }))
        .waitFor({ state: 'detached', timeout: this.timeout })
        .catch(() => undefined);
      cover = await this.finder.coveredBy(target);
    }
    if (cover && !bare) {
      // A dialog still on its way out (Bootstrap 3's fade before its `display: none`, a second
      // notice closing as the first did) is given a first try to go before it is taken for
      // something no control of the map closes.
      await target
        .locator(portalSelector({ op: 'covered-by' }))
        .waitFor({ state: 'detached', timeout: Math.min(this.timeout, FIRST_TRY_MS) })
        .catch(() => undefined);
      cover = await this.finder.coveredBy(target);
    }
    if (cover) {
      const problem = new PortalChanged(
        `${cover} covers ${where(this.finder.entry(address), this.screen)}, and it is not a popup with an Exit or Close control.`,
        'Look at the screenshot in the run folder: close what covers the page by hand in a headed run, or report it with the run folder attached.',
      );
      const within = target.locator(portalSelector({ op: 'covered-by' }));
      const close = await this.finder.unresolved({
        address: 'popups.close',
        screen: this.screen,
        problem,
        why: 'covered',
        within,
      });
      await close.click({ timeout: this.timeout });
      if (await this.finder.coveredBy(target)) throw problem;
    }
    await this.notGoneWithPopup(address, target, closedBefore);
    return target;
  }

  /** Throws `GoneWithPopup` when a popup closed since `closedBefore` took the element away. */
  private async notGoneWithPopup(address: ElementAddress, target: Locator, closedBefore: number) {
    if (this.popups.closed.length === closedBefore || (await target.isVisible())) return;
    throw new GoneWithPopup(where(this.finder.entry(address), this.screen));
  }

  /**
   * Without waiting for a navigation the click starts (the screen wait that follows sees it):
   * the short first try would otherwise time out on a slow portal after the click was sent, and
   * the click be tried again on the next page.
   */
  protected click(address: ElementAddress): Promise<void> {
    return this.reachAndAct('click', address, (target, timeout) =>
      target.click({ timeout, noWaitAfter: true }),
    );
  }

  /** A double click, as a person opens a tree's folder whose words a click only selects. */
  protected doubleClick(address: ElementAddress): Promise<void> {
    return this.reachAndAct('double-click', address, (target, timeout) =>
      target.dblclick({ timeout, noWaitAfter: true }),
    );
  }

  /**
   * The arrow (or plus) on a group's line clicked, where the group's words only select it (an
   * ADF tree's folder opens by its disclosure icon alone). False when the line draws none.
   */
  protected async clickArrowOf(address: ElementAddress): Promise<boolean> {
    const arrow = this.finder.locator(address).locator(portalSelector({ op: 'disclosure' }));
    if ((await arrow.count()) !== 1) return false;
    await this.reachAndAct('open-by-arrow', address, (target, timeout) =>
      target.locator(portalSelector({ op: 'disclosure' })).click({ timeout, noWaitAfter: true }),
    );
    return true;
  }

  /**
   * A choice drawn as a control to click (a chip, a radio drawn by a script): clicked, and not
   * clicked again when a first try that timed out after its click (a loaded machine) left it
   * chosen, as it or a choice inside it says (checked, or `aria-checked`/`-selected`/`-pressed`).
   */
  protected choose(address: ElementAddress): Promise<void> {
    return this.reachAndAct(
      'choose',
      address,
      (target, timeout) => target.click({ timeout, noWaitAfter: true }),
      () => this.chosen(address),
    );
  }

  /**
   * Whether the entry's own element (not the label a click may go through) says it is chosen:
   * checked, or `aria-checked`/`-selected`/`-pressed`, itself or a choice inside it. Asked before
   * a second try of a choice, whose first may have timed out after its click was made.
   */
  private chosen(address: ElementAddress): Promise<boolean> {
    return this.evaluateOn(
      address,
      (el) => {
        const says = (e: Element) =>
          (e instanceof HTMLInputElement && e.checked) ||
          ['aria-checked', 'aria-selected', 'aria-pressed'].some((name) => e.getAttribute(name) === 'true');
        if (!el) return false;
        const inside = el.querySelectorAll('input[type="radio"], input[type="checkbox"], [role="radio"]');
        return says(el) || Array.from(inside).some(says);
      },
      undefined,
    ).catch(() => false);
  }

  /**
   * The pointer over the element, as for a click: reached first, what covers it closed. The look
   * that reached it has checked what Playwright's own checks would (one visible element, nothing
   * over it), so the pointer goes there at once (`force`).
   */
  protected hover(address: ElementAddress): Promise<void> {
    return this.reachAndAct('hover', address, (target, timeout) => target.hover({ timeout, force: true }));
  }

  /**
   * `check()` through the label when the label draws the control: Playwright checks the label's
   * control. A script that draws the choice may cancel the native click and keep the choice in
   * its own state (Vuetify's v-radio prevents the input's click): the click is made, and the
   * choice counts as made when the input says so to a screen reader (`aria-checked`). A face that
   * names no input (Fomantic's `<label>`, whose click a script turns into the choice) is clicked
   * as a person clicks it, and the choice read from the input itself.
   */
  protected check(address: ElementAddress): Promise<void> {
    return this.reachAndAct(
      'check',
      address,
      async (target, timeout) => {
        try {
          await target.check({ timeout });
        } catch (error) {
          if (error instanceof Error && /Not a checkbox or radio button/.test(error.message)) {
            await target.click({ timeout, noWaitAfter: true });
            if (await this.chosen(address)) return;
            throw new PortalChanged(
              `a click on ${where(this.finder.entry(address), this.screen)} did not choose it.`,
              'Look at the screenshot in the run folder; if the portal changed, report it with the run folder attached.',
            );
          }
          if (!(error instanceof Error) || !/did not change its state/.test(error.message)) throw error;
          if (!(await target.evaluate(checkedAsSaid, undefined, { timeout }))) throw error;
        }
      },
      // A first try that timed out after its click was made (a loaded machine): chosen, not clicked again.
      () => this.chosen(address),
    );
  }

  /**
   * Acts on a reachable element with a short first try (see `FIRST_TRY_MS`): a click that
   * something else would receive, or an element not yet ready, is looked at again at once (what
   * covers it is closed or named), then the action is tried with the rest of the budget, unless
   * it took effect already (`done`: a radio chosen by a first try that timed out after its click).
   */
  private async reachAndAct(
    kind: ActKind,
    address: ElementAddress,
    act: (target: Locator, timeout: number) => Promise<void>,
    done?: (target: Locator) => Promise<boolean>,
  ): Promise<void> {
    const deadline = Date.now() + this.timeout;
    const target = await this.reachable(address);
    const closedBefore = this.popups.closed.length;
    const took = this.tookEffect();
    try {
      await act(target, firstTry(deadline));
      this.acted(kind, address);
    } catch (error) {
      if (this.page.isClosed() || !(error instanceof Error) || error.name !== 'TimeoutError') throw error;
      // The click went through and its page is on its way (a confirm() held the click past the
      // first try on a loaded machine): a second click would press Submit on the page it brings.
      // Its request may not have been sent yet: the document itself says it has begun to leave.
      if (took.happened() || (await this.leaving())) return this.acted(kind, address, { late: true });
      // Submit's question came up over the page (its Yes/No, drawn by the page's script on a loaded
      // machine after the first try ran out): the click went through, and the step answers it.
      if (address === 'registration.submit' && (await this.questionRaised()))
        return this.acted(kind, address, { late: true });
      // An act whose effect can be read (a choice made) is not made twice.
      if (done && (await done(target))) return this.acted(kind, address, { late: true });
      // The popup handler may have closed a popup during the action, and the element with it.
      await this.notGoneWithPopup(address, target, closedBefore);
      const again = await this.reachable(address, Math.max(1, deadline - Date.now()));
      await act(again, secondTry(deadline));
      this.acted(kind, address, { tries: 2 });
    } finally {
      took.stop();
    }
  }

  /**
   * The run log's trail of what the bot did on the page, for a failure to be read afterwards: the
   * act, the map entry it was done on and the screen, never a value typed (`late`: a first try
   * timed out after its act had taken effect; `tries`: made again after a first try timed out).
   */
  protected acted(kind: ActKind, address: ElementAddress, detail: Record<string, unknown> = {}): void {
    this.finder.log?.debug(
      { act: kind, element: address, screen: this.screen, ...detail },
      'acted on the page',
    );
  }

  /**
   * Whether the document has begun to leave (a link followed, a form posted: the Navigation API's
   * `navigate`, seen in the page the moment it happens), or is already gone.
   */
  protected async leaving(): Promise<boolean> {
    try {
      return (await this.page.evaluate(`${LIB_INSTALLED}.reaction()`)) === true;
    } catch (error) {
      return !this.page.isClosed() && error instanceof Error && REPLACED.test(error.message);
    }
  }

  /** A question showing over the page, asking Yes or No (see `questionYes` in src/in-page/popups.ts). */
  private async questionRaised(): Promise<boolean> {
    return (
      (await this.page
        .locator(portalSelector({ op: 'question-yes' }))
        .count()
        .catch(() => 0)) > 0
    );
  }

  /**
   * Whether the page asked for a new document in its main frame or opened a dialog since this
   * was called: signs that an action timed out only after it had taken effect.
   */
  private tookEffect(): { happened: () => boolean; stop: () => void } {
    let seen = false;
    const onRequest = (request: Request) => {
      if (request.isNavigationRequest() && request.frame() === this.page.mainFrame()) seen = true;
    };
    const onDialog = () => {
      seen = true;
    };
    this.page.on('request', onRequest);
    this.page.on('dialog', onDialog);
    return {
      happened: () => seen,
      stop: () => {
        this.page.off('request', onRequest);
        this.page.off('dialog', onDialog);
      },
    };
  }

  /**
   * Types a value, to be read back by the next look at the page (the next element's, or
   * `confirmTyped`): a field that cut the value short (maxlength) or changed it would send
   * something else than the operator meant, so the run stops before any Submit, naming the
   * field and the limit (never the value).
   */
  protected async fill(address: ElementAddress, value: string): Promise<void> {
    await this.withoutLook(address, (target, timeout) => target.fill(value, { timeout }), {
      usable: (target) => target.isEditable({ timeout: this.timeout }),
      refused: 'does not take typing (it is disabled or read-only)',
    });
    this.finder.typedInto(address, value);
  }

  /**
   * Acts on an entry without a look at the page first, where nothing can cover what is acted on
   * for a person either (typing, choosing from a list, reading): Playwright's own checks (one
   * visible element, two matches fail, usable) run in the same call, and a popup in the way is
   * closed by the handler. The first try is short (see `FIRST_TRY_MS`); when it fails, one look
   * says why: missing once the page has settled, more than one (or an operator shows it, see
   * teacher.ts); found, the action is tried again with the rest of the budget, and an element
   * there but still not usable then is said to be so.
   */
  protected async withoutLook<T>(
    address: ElementAddress,
    act: (target: Locator, timeout: number) => Promise<T>,
    unusable?: { usable: (target: Locator) => Promise<boolean>; refused: string },
  ): Promise<T> {
    const deadline = Date.now() + this.timeout;
    try {
      return await act(this.locator(address), firstTry(deadline));
    } catch (error) {
      if (this.page.isClosed() || !(error instanceof Error)) throw error;
      if (error.name !== 'TimeoutError' && !/strict mode violation/i.test(error.message)) throw error;
    }
    const { locator } = await this.finder.findToAct(address, this.screen, {
      timeout: Math.max(1, deadline - Date.now()),
    });
    try {
      return await act(locator, secondTry(deadline));
    } catch (error) {
      if (this.page.isClosed() || !(error instanceof Error) || error.name !== 'TimeoutError') throw error;
      if (unusable && !(await unusable.usable(locator))) {
        throw new PortalChanged(
          `${where(this.finder.entry(address), this.screen)} shows but ${unusable.refused}.`,
          'Look at the screenshot in the run folder: the portal may expect another step first. Report it with the run folder attached.',
        );
      }
      throw error;
    }
  }

  /** Reads back what was typed and not read back yet: a form left as it is, or shown in evidence. */
  protected confirmTyped(): Promise<void> {
    return this.finder.confirmTyped();
  }

  /**
   * Gives an entry its value the way the form it is drawn in takes one (see `KindForm.act` in
   * src/in-page/kinds.ts): types into a field, chooses from a native list, opens a list drawn
   * without one and clicks the line reading the value (`openList`, `chooseInOpenList`: a page
   * object that read the list's names first keeps the box it opened), ticks a choice, clicks a
   * control. The one place a form's act meets the page: a new act gets its case here. A choice
   * never takes a value the entry must never be (`never`), whether drawn as a radio or a list.
   */
  protected async enter(address: ElementAddress, value = ''): Promise<BoxesTyped | undefined> {
    const entry = this.finder.entry(address);
    const {
      form: { act, form },
      boxes,
    } = await this.finder.formOf(address, this.screen);
    if (act.startsWith('choose')) this.refuseNever(address, value);
    switch (act) {
      case 'fill':
      case 'keys-across': {
        // Boxes side by side on one line take one keystroke each (see `Finder.formOf`).
        if (boxes) {
          // A call the page made since the typing began, answered already or not, is the boxes' own
          // doing. Its request may reach Node only after a first look, so the page is let settle.
          const { activity } = this.finder;
          const madeBefore = activity.made;
          const query = JSON.stringify(toQuery(entry));
          return typeIntoBoxes(this.locator(address), boxes, value, {
            name: entry.name,
            timeout: this.timeout,
            readBack: async () =>
              String(await callPortalLib(this.page, `.joinedDigits(${query}, ${JSON.stringify(boxes)})`)),
            afterLastDigit: async () => {
              const leaving = await actStarted(this.page, activity);
              await settle(this.page, activity, this.timeout);
              return leaving || activity.made > madeBefore;
            },
          });
        }
        await this.fill(address, value);
        return undefined;
      }
      case 'choose-option':
        await this.select(address, value);
        return undefined;
      case 'check':
        await this.check(address);
        return undefined;
      case 'click':
        await this.click(address);
        return undefined;
      case 'choose-from-list': {
        const { locator } = await this.finder.findToAct(address, this.screen);
        await this.chooseInOpenList(address, locator, value);
        return undefined;
      }
      case 'choose-typed':
      case 'read':
        throw new PortalChanged(
          `${where(entry, this.screen)} is drawn as a ${form}, which the bot cannot ${ACT_WORDS[act]} yet.`,
          'Look at the screenshot in the run folder, and report it with the run folder attached.',
        );
    }
  }

  /**
   * A list drawn without a native one (a box that opens a search box and lines to click): the box
   * clicked open, the name typed into the search box it gives the focus to (when `wanted` is
   * given and it has one), and the names its options read once the page has settled.
   */
  protected async openList(address: ElementAddress, box: Locator, wanted?: string): Promise<string[]> {
    await this.holdFace(address, box);
    // The text boxes drawn before the click are the form's, not the list's, whichever has the
    // focus once it opened (jQuery Mobile's list opens as a page of its own, the username field
    // still focused behind it): a search box is one the list brings, or the box's own.
    await this.page.evaluate(() => {
      const drawn = new WeakSet<Element>();
      for (const input of Array.from(document.querySelectorAll('input')))
        if (input.getClientRects().length > 0) drawn.add(input);
      Object.assign(globalThis, { __einvFieldsBefore: drawn, __einvTypedFace: undefined });
    });
    // Where the widget draws its own face over the box (a placeholder laid over a read-only
    // input), that face is what a person clicks.
    const face = box.locator(portalSelector({ op: 'own-label' }));
    await ((await face.count()) === 1 ? face : box).click({ timeout: this.timeout });
    await settle(this.page, this.finder.activity, this.timeout);
    const search = this.page.locator(TYPED_FOCUS);
    const searched =
      wanted !== undefined &&
      (await search.count()) > 0 &&
      (await search
        .first()
        .evaluate((input) => {
          const { __einvFieldsBefore: before, __einvListFace: face } = globalThis as {
            __einvFieldsBefore?: WeakSet<Element>;
            __einvListFace?: Element;
          };
          return !before?.has(input) || face?.contains(input) === true;
        })
        .catch(() => false));
    if (searched) {
      await search.fill(wanted, { timeout: this.timeout });
      // A search typed into the box's own face (DevExtreme's dxSelectBox) reads as the name until
      // the box lets the focus go: held, so the choice is read back once it has (`leaveTypedFace`).
      await search.first().evaluate((input) => {
        const face = (globalThis as { __einvListFace?: Element }).__einvListFace;
        Object.assign(globalThis, { __einvTypedFace: face?.contains(input) ? input : undefined });
      });
      await settle(this.page, this.finder.activity, this.timeout);
    }
    const query = JSON.stringify(toQuery(this.finder.entry(address)));
    // A box the map's words do not find (shown by an operator, or gone for its search box), or
    // that is not the one drawn (a native list holding only the choice, its options drawn by the
    // box over it, as Choices.js keeps them), is read through its locator.
    const read = (await callPortalLib(this.page, `.offeredTexts(${query})`)) as string[] | null;
    const offered = read?.length ? read : await offeredAt(await this.offersNear(box)).allInnerTexts();
    const texts = offered.map((text) => text.trim()).filter((text) => text !== '');
    // Nothing at all under a box opened without a search: not a list the bot can read.
    if (texts.length === 0 && !searched) {
      throw new PortalChanged(
        `${where(this.finder.entry(address), this.screen)} is drawn by the page without a native list, and showed no names once opened: not a list the bot can read.`,
        'Look at the screenshot in the run folder, and report it with the run folder attached.',
      );
    }
    return texts;
  }

  /** Holds the box a list is drawn in, in the page's own world, to read the choice back from it. */
  private async holdFace(address: ElementAddress, box: Locator): Promise<void> {
    await this.evaluateOn(
      address,
      (element) => {
        Object.assign(globalThis, { __einvListFace: element });
      },
      undefined,
      box,
    );
  }

  /**
   * Where an open list's offers are drawn: under its box, or under the search box it gave the
   * focus to when the box made way for it (ui-select hides its face while its search box is open).
   */
  private async offersNear(box: Locator): Promise<Locator> {
    if (await box.isVisible()) return box;
    const search = this.page.locator(TYPED_FOCUS);
    return (await search.count()) > 0 ? search : box;
  }

  /**
   * The option reading `name` clicked in a list drawn without a native one, opened by `openList`
   * (opened again, searched for the name, when it has closed since), then the box read back: it shows what was chosen, and
   * no longer its placeholder, so it is held by the element found before the click.
   */
  protected async chooseInOpenList(address: ElementAddress, box: Locator, name: string): Promise<void> {
    // The box is held in the page's own world, as found before the click (a new document drops
    // it); a box hidden while its list is open (its search box in its place) as `openList` held it.
    const held = await this.page
      .evaluate('globalThis.__einvListFace?.isConnected === true')
      .catch(() => false);
    if (!held || (await box.isVisible())) {
      await box.waitFor({ state: 'attached', timeout: this.timeout });
      await this.holdFace(address, box);
    }
    // A face that is a text box (Ant Design's combobox) shows the choice as its value, or beside
    // it in the smallest box around it that reads any words, the box emptied once chosen; so does
    // a face that draws nothing itself.
    const reads = async () =>
      String(
        await this.page.evaluate(() => {
          const face = (globalThis as { __einvListFace?: HTMLElement }).__einvListFace;
          if (!face?.isConnected) return '';
          // biome-ignore lint/performance/useDomNodeTextContent: what is drawn, not hidden markup
          const words = (el: HTMLElement) => el.innerText.replace(/\s+/g, ' ').trim();
          // A box around a text box (dijit's FilteringSelect: a combobox holding its arrow, its
          // validation mark and the text box) shows the choice in the box a person types into.
          const typedIn = (el: HTMLElement) =>
            Array.from(el.querySelectorAll('input'))
              .filter(
                (input) => !input.readOnly && input.type !== 'hidden' && input.getClientRects().length > 0,
              )
              .map((input) => input.value.trim())
              .filter((value) => value !== '')
              .join(' ');
          // A web component drawing its box in its own shadow root (Ionic's ion-select: its label
          // and its choice drawn there, its light DOM the hidden options) shows the choice there.
          const drawnInShadow = (el: HTMLElement) => {
            const root = el.shadowRoot;
            if (!root) return '';
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            const texts: string[] = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const holder = node.parentElement;
              if (holder?.closest('style,script') || !holder?.checkVisibility({ opacityProperty: true }))
                continue;
              texts.push(node.textContent ?? '');
            }
            return texts.join(' ').replace(/\s+/g, ' ').trim();
          };
          const own =
            face instanceof HTMLInputElement
              ? face.value.trim()
              : words(face) || typedIn(face) || drawnInShadow(face);
          if (own !== '') return own;
          // A face that draws nothing itself (a transparent combobox button over Ionic's box, in
          // the same shadow root) shows the choice in the box around it.
          const up = (el: Element) =>
            el.parentElement ??
            (el.parentNode instanceof ShadowRoot ? (el.parentNode.host as HTMLElement) : null);
          let box = up(face);
          for (let depth = 0; box && depth < 3; depth++, box = up(box))
            if (words(box) !== '') return words(box);
          return '';
        }),
      );
    // A label that floats above the choice stays in the box, and its arrow after it (Vuetify's
    // v-select): what the box read before the choice, still read around it, is not the choice.
    const label = await reads();
    const chosen = (shown: string) => shown === name || addedTo(label, shown) === name;
    // The name clicked where it is offered (searched for when it is not), kept, and the focus let
    // go: whether the search was typed into the face.
    const pick = async (): Promise<boolean> => {
      if ((await offeredAt(await this.offersNear(box), name).count()) === 0)
        await this.openList(address, box, name);
      await offeredAt(await this.offersNear(box), name).click({ timeout: this.timeout });
      await settle(this.page, this.finder.activity, this.timeout);
      await this.keepChoice(box, name);
      return this.leaveTypedFace();
    };
    const typed = await pick();
    let shown = await reads();
    // A click the box lost (its search applied on a timer, the list drawn anew between the press
    // and the release) leaves it empty once the focus went: the list is opened again, unsearched
    // where the name is offered so, and the name chosen once more.
    if (!chosen(shown) && typed) {
      await this.openList(address, box);
      await pick();
      shown = await reads();
    }
    if (!chosen(shown)) {
      throw new PortalChanged(
        `${where(this.finder.entry(address), this.screen)} shows "${shown}" after choosing "${name}". Stopped before Submit.`,
      );
    }
  }

  /**
   * Presses the OK of a box of choices that keeps the choice ticked open until answered (Ionic's
   * alert: a radio per name, then Cancel and OK; see popups.ts `keptBy`), once the page has
   * settled. A list that closed on the click has none.
   */
  private async keepChoice(box: Locator, name: string): Promise<void> {
    const keep = (await this.offersNear(box)).locator(portalSelector({ op: 'offer-kept', name })).first();
    if ((await keep.count()) === 0) return;
    await keep.click({ timeout: this.timeout });
    await settle(this.page, this.finder.activity, this.timeout);
  }

  /**
   * Lets the focus go from the box's own face where the search was typed into it (see
   * `openList`), as a person moving on does, once the page has settled: whether it was.
   */
  private async leaveTypedFace(): Promise<boolean> {
    const typed = await this.page
      .evaluate(() => {
        const input = (globalThis as { __einvTypedFace?: HTMLInputElement }).__einvTypedFace;
        if (!input?.isConnected) return 'no';
        if (document.activeElement !== input) return 'left';
        input.blur();
        return 'blurred';
      })
      .catch(() => 'no');
    if (typed === 'blurred') await settle(this.page, this.finder.activity, this.timeout);
    return typed !== 'no';
  }

  /** Stops before a choice takes a value its entry must never be (`never`), however it is drawn. */
  protected refuseNever(address: ElementAddress, value: string): void {
    const entry = this.finder.entry(address);
    if ((entry.never ?? []).some((text) => folded(text) === folded(value))) {
      throw new PortalChanged(`"${value}" is never chosen for ${where(entry, this.screen)}.`);
    }
  }

  /**
   * Chooses an option by its visible text; the next look checks that it is the one the list
   * shows (a page script may change it back, or pick another).
   */
  protected async select(address: ElementAddress, label: string): Promise<void> {
    await this.withoutLook(address, (target, timeout) => target.selectOption({ label }, { timeout }), {
      usable: (target) => target.isEnabled({ timeout: this.timeout }),
      refused: 'cannot be changed (it is disabled)',
    });
    this.finder.chosenIn(address, label);
  }
}

/** A text as compared with the map's: case and runs of white space folded. */
function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The first try's timeout: short (see `FIRST_TRY_MS`), within the budget. */
function firstTry(deadline: number): number {
  return Math.max(1, Math.min(FIRST_TRY_MS, deadline - Date.now()));
}

/** The second try's: the rest of the budget, and never less than a first try (the element was just found). */
function secondTry(deadline: number): number {
  return Math.max(FIRST_TRY_MS, deadline - Date.now());
}
