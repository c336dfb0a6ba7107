/**
 * The "Dash Board" after login: the session's GSTIN in the header, and the way to "Create API
 * User": a direct link when the dashboard shows one (a tile, a quick link), else the menu,
 * API Registration → User Credentials → Create API User, however its groups open (a collapse
 * accordion on the real portal; a flyout under the pointer, a tree that slides open or a navbar
 * dropdown elsewhere). Popups that cover it are closed by `Popups`.
 */
import type { Request } from 'playwright';
import type { ElementAddress } from '../portal-map.js';
import { ElementNotFound, type Glanced, portalSelector, where } from './find-element.js';
import { GoneWithPopup, ScreenObject } from './screen-object.js';
import { FIRST_TRY_MS, settle } from './settled.js';

/** Walks through the menu to Create API User at most: the first, and one after each popup closed on the way. */
const MAX_WALKS = 3;

const GSTIN_IN_TEXT = /\b([0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][A-Z0-9][0-9A-Z])\b/;

export class DashboardPage extends ScreenObject {
  readonly screen = 'the "Dash Board" page';

  async waitUntilShown(): Promise<void> {
    await this.finder.find('dashboard.heading', this.screen);
  }

  /** The GSTIN the portal shows for this session, read from the text a person sees. */
  async sessionGstin(): Promise<string | undefined> {
    // biome-ignore lint/performance/useDomNodeTextContent: only the text a person sees counts, not hidden markup
    const text = await this.page.locator('body').innerText();
    const labelled = /GSTIN\s*[:-]?\s*([0-9A-Z]{15})/.exec(text);
    return labelled?.[1] ?? GSTIN_IN_TEXT.exec(text)?.[1];
  }

  /**
   * Takes "Create API User" where it shows already (a dashboard tile, a group left open), else
   * opens API Registration → User Credentials to it. Groups already open stay open. One look
   * says what shows and which group opens by a click.
   */
  async openCreateApiUser(): Promise<void> {
    const create = 'dashboard.createApiUser';
    const credentials = 'dashboard.userCredentials';
    // A popup may come late, over the open menu, and closing it close the menu too: the way is
    // walked again from where the page stands then (a popup or two, one after the other).
    for (let walks = 1; ; walks++) {
      const closedBefore = this.popups.closed.length;
      try {
        let [shown, group, registration] = await this.finder.glance([
          create,
          credentials,
          'dashboard.apiRegistration',
        ]);
        if (!shown?.shown && !group?.shown && !registration?.shown && (await this.unfoldMenu()))
          [shown, group, registration] = await this.finder.glance([
            create,
            credentials,
            'dashboard.apiRegistration',
          ]);
        if (!shown?.shown && !group?.shown)
          [shown, group] = await this.open('dashboard.apiRegistration', credentials, registration?.toggle, [
            create,
            credentials,
          ]);
        if (!shown?.shown) await this.open(credentials, create, group?.toggle);
        this.finder.markAgain();
        await this.clickHeard(create);
        return;
      } catch (error) {
        if (walks >= MAX_WALKS || !(await this.lostToPopup(error, closedBefore))) throw error;
        // One showing now (come late, after the step's look; no action met it): closed first.
        await this.popups.closeAll();
        this.acted('walk-again', create, { walks });
      }
    }
  }

  /**
   * Clicks the entry, and checks that the entry heard the click: a popup that comes at that very
   * instant takes it (the button goes down on the entry and up on the popup's backdrop, so the
   * click goes to neither: the Kendo rendition's jQuery UI notice over its mega-menu). Then the
   * popup is closed and the way walked again, as a person clicks again once it is gone. A click
   * that brought a new page, or an entry that cannot be watched, counts as heard.
   */
  private async clickHeard(address: ElementAddress): Promise<void> {
    // The entry is marked in the page's own world, where the question is asked after the click: a
    // new document has no mark, and counts as heard. An entry not there within a first try is
    // left to the click, which waits for it, explains it or asks for it.
    await this.locator(address)
      .waitFor({ state: 'attached', timeout: Math.min(this.timeout, FIRST_TRY_MS) })
      .catch(() => undefined);
    const watched = await this.evaluateOn(
      address,
      (element) => {
        if (!element) return false;
        const mark = { heard: false, element };
        Object.assign(globalThis, { __einvHeard: mark });
        element.addEventListener('click', () => Object.assign(mark, { heard: true }), {
          capture: true,
          once: true,
        });
        return true;
      },
      undefined,
    ).catch(() => false);
    const closedBefore = this.popups.closed.length;
    const url = this.page.url();
    // A page asked for since the click: the click was heard, whatever its element says (the entry
    // may have been drawn again under the pointer, the old one left behind unheard).
    let left = false;
    const leaving = (request: Request) => {
      if (request.isNavigationRequest() && request.frame() === this.page.mainFrame()) left = true;
    };
    this.page.on('request', leaving);
    try {
      await this.click(address);
      if (!watched || left) return;
      // A click that brought a new page took the mark with it: heard.
      const heard = await this.page.evaluate('globalThis.__einvHeard?.heard !== false').catch(() => true);
      if (heard || left) return;
      // A document that has begun to leave (a link followed, a form posted) is its answer too.
      if (await this.leaving()) return;
    } finally {
      this.page.off('request', leaving);
    }
    this.acted('unheard', address);
    if (this.popups.closed.length === closedBefore && (await this.popups.any.count()) === 0) {
      // Nothing took it: the entry moved under the pointer as it was pressed (a list still
      // sliding on a loaded machine). Once the page is still, the same entry, still there and
      // still unheard, on the same address, is clicked again, as a person does; an entry drawn
      // anew, or an address changed, was the page answering.
      await settle(this.page, this.finder.activity, this.timeout);
      const again =
        !left &&
        this.page.url() === url &&
        (await this.page
          .evaluate('globalThis.__einvHeard?.heard === false && globalThis.__einvHeard.element.isConnected')
          .catch(() => false));
      if (again) await this.click(address);
      return;
    }
    await this.popups.closeAll();
    throw new GoneWithPopup(where(this.finder.entry(address), this.screen));
  }

  /**
   * A menu folded away behind a menu button (a side drawer, a collapsed navbar): the button is
   * what a person clicks first, drawn as ☰ or ≡, or named for a screen reader as the usual
   * front ends name it: "Menu", "Toggle navigation" (Bootstrap), "Toggle sidenav" (Angular
   * Material's navigation schematic), "Open sidebar", "Toggle drawer", a button or a link. Says
   * whether there was one to click.
   */
  private async unfoldMenu(): Promise<boolean> {
    const name =
      /^((open|toggle|show) )?(the )?(main )?(menu|navigation|nav|side ?nav|side ?bar|drawer)( menu| toggle)?$/i;
    // A link to the panel on the same page is such a button too (jQuery Mobile's `<a href="#panel">Menu</a>`).
    const named = this.page.getByRole('button', { name }).or(this.page.getByRole('link', { name }));
    const drawn = this.page.getByText(/^\s*[\u2630\u2261]\s*$/);
    const button = named.or(drawn).locator('visible=true').first();
    if ((await button.count()) === 0) return false;
    // A popup over the page covers the button as it covers the menu: closed first, as a person does.
    await this.popups.closeAll();
    // Still covered, by the panel it opened (a drawer over the header, open since an earlier walk):
    // there is nothing to unfold, and a click would wait for the panel to go. A cover that goes as
    // the page comes to rest (the closed popup's backdrop, fading out) is no such panel.
    const covered = () => button.locator(portalSelector({ op: 'covered-by' })).count();
    if ((await covered()) > 0) {
      await settle(this.page, this.finder.activity, this.timeout);
      if ((await covered()) > 0) return false;
    }
    await button.click({ timeout: this.timeout });
    await settle(this.page, this.finder.activity, this.timeout);
    return true;
  }

  /**
   * Whether a popup took the way away: closing it closed the menu (`GoneWithPopup`), or an entry
   * is missing since a popup was closed, or with one showing now. A popup that comes as the
   * group is clicked takes the click (the button goes up on its backdrop, so the group never
   * hears it: fuzz seed 64, a late popup over a navbar dropdown, failed 1 walk in 7 on a loaded
   * machine); a person closes it and clicks again.
   */
  private async lostToPopup(error: unknown, closedBefore: number): Promise<boolean> {
    if (error instanceof GoneWithPopup) return true;
    if (!(error instanceof ElementNotFound) || error.problem !== 'missing') return false;
    return this.popups.closed.length > closedBefore || (await this.popups.any.count()) > 0;
  }

  /**
   * Opens the group, whose child does not show yet, as a person does: the pointer goes over it
   * first, and only when that shows nothing is it clicked. A flyout opens under the pointer, and
   * so does a submenu inside an open navbar dropdown, where a click would close the whole
   * dropdown (Bootstrap closes it on any click but its toggle's); an accordion or a tree opens
   * on the click. A group that says it opens by a click (`toggle`: a disclosure or a collapse
   * toggle) is clicked at once. A list that slides open is waited for until its entry stands on
   * top: a click on an entry still clipped by the sliding list would land on whatever shows there.
   * A child drawn as no entry at all, only a heading over its own entries (a mega-menu's column
   * titled "User Credentials"), is passed by when an entry of `then` shows: a person reads the
   * heading and clicks the entry under it.
   * Says, from the look that finds the child, whether the entries `then` show.
   */
  private async open(
    group: ElementAddress,
    child: ElementAddress,
    toggle = false,
    then: ElementAddress[] = [],
  ): Promise<Glanced[]> {
    if (!toggle) {
      await this.hover(group);
      const [opened, ...rest] = await this.finder.glance([child, ...then]);
      if (opened?.shown || rest.some((entry) => entry.shown)) return rest;
    }
    const entriesBefore = await this.entriesShown();
    await this.click(group);
    // A tree whose folder a click on its words only selects (Ext JS, Fancytree): when the click
    // showed nothing wanted at once, the page is looked at again once still, and a click that then
    // shows neither the entry wanted nor any new entry opened nothing: the folder is
    // double-clicked, as a person tries next (on a menu whose click toggles, the two clicks cancel
    // out). A click that showed new entries opened the group: what is wanted is looked for among
    // them, as ever.
    // A click that posts the page back (a WebForms TreeView) leaves nothing to look at until the
    // next page has come: that is waited for by the settle below.
    const wanted = async () =>
      (await this.finder.glance([child, ...then]).catch(() => [])).some((entry) => entry.shown);
    if (!(await wanted())) {
      await settle(this.page, this.finder.activity, this.timeout);
      if (!(await wanted()) && (await this.entriesShown()) <= entriesBefore) {
        await this.doubleClick(group);
        // Words that only select their folder: the arrow on its line opens it (Oracle ADF's tree).
        if (
          !(await wanted()) &&
          (await this.entriesShown()) <= entriesBefore &&
          (await this.clickArrowOf(group))
        )
          await settle(this.page, this.finder.activity, this.timeout);
      }
    }
    try {
      const { cover, also = [] } = await this.finder.findToAct(child, this.screen, {
        cover: true,
        also: then,
      });
      if (cover) await settle(this.page, this.finder.activity, this.timeout);
      return also;
    } catch (error) {
      if (!(error instanceof ElementNotFound) || error.problem !== 'missing' || then.length === 0)
        throw error;
      const later = await this.finder.glance(then);
      if (later.some((entry) => entry.shown)) return later;
      throw error;
    }
  }

  /** How many entries a menu may show are drawn now: links, buttons, menu items, tree rows. */
  private entriesShown(): Promise<number> {
    return this.page
      .evaluate(
        () =>
          Array.from(
            document.querySelectorAll('a,button,[role="menuitem"],[role="treeitem"],[role="row"],li'),
          ).filter((el) => (el as HTMLElement).offsetParent !== null && /\S/.test(el.textContent ?? ''))
            .length,
      )
      .catch(() => 0);
  }
}
