/**
 * What every page object does the same way: act on a map entry as a careful person would.
 * Find it (exactly one, visible), make sure nothing covers it (closing popups that do), act,
 * and for a typed value read it back. Page objects add their screen's intents on top; this
 * class knows nothing of flows, dry runs or evidence.
 */
import type { Locator } from 'playwright';
import { PortalChanged } from '../errors.js';
import type { ElementAddress } from '../portal-map.js';
import { type Finder, portalSelector, where } from './find-element.js';
import type { Popups } from './popups.js';

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

  isShown(address: ElementAddress): Promise<boolean> {
    return this.finder.isShown(address);
  }

  /**
   * Exactly one visible element for the entry, not covered by anything that cannot be closed.
   * What covers it is closed as a popup is (by its Exit / Close control, or one an operator
   * once showed); failing that, an operator at a terminal may show what closes it.
   */
  protected async reachable(address: ElementAddress): Promise<Locator> {
    const target = await this.finder.find(address, this.screen);
    let cover = await this.finder.coveredBy(target);
    if (cover) {
      await this.popups.closeAll();
      cover = await this.finder.coveredBy(target);
    }
    if (cover) {
      await this.popups.closeCover(target);
      cover = await this.finder.coveredBy(target);
    }
    if (cover) {
      const problem = new PortalChanged(
        `${cover} covers ${where(this.finder.entry(address), this.screen)}, and it is not a popup with an Exit or Close control.`,
        'Look at the screenshot in the run folder: close what covers the page by hand in a headed run, or report it with the run folder attached.',
      );
      const { teacher } = this.finder;
      if (!teacher) throw problem;
      const within = target.locator(portalSelector({ op: 'covered-by' }));
      const close = await teacher.show({
        address: 'popups.close',
        screen: this.screen,
        problem,
        why: 'covered',
        within,
      });
      await close.click({ timeout: this.timeout });
      if (await this.finder.coveredBy(target)) throw problem;
    }
    return target;
  }

  protected async click(address: ElementAddress): Promise<void> {
    const target = await this.reachable(address);
    await target.click({ timeout: this.timeout });
  }

  protected async check(address: ElementAddress): Promise<void> {
    const target = await this.reachable(address);
    await target.check({ timeout: this.timeout });
  }

  /**
   * Types a value and reads it back: a field that cut the value short (maxlength) or changed
   * it would send something else than the operator meant, so the run stops here, before any
   * Submit, naming the field and the limit (never the value).
   */
  protected async fill(address: ElementAddress, value: string): Promise<void> {
    const target = await this.reachable(address);
    await target.fill(value, { timeout: this.timeout });
    const kept = await target.inputValue({ timeout: this.timeout });
    if (kept === value) return;
    const name = this.finder.entry(address).name;
    const limit = await target.getAttribute('maxlength', { timeout: this.timeout });
    const why =
      value.startsWith(kept) && kept.length < value.length
        ? `kept only ${kept.length} of the ${value.length} characters typed${limit ? ` (the field allows ${limit})` : ''}`
        : `changed what was typed (${value.length} characters typed, ${kept.length} kept)`;
    throw new PortalChanged(
      `${name} ${why}. Stopped before Submit.`,
      limit
        ? `Choose a value of at most ${limit} characters and run again.`
        : 'Choose a value the field accepts as typed and run again.',
    );
  }

  /** Chooses an option by its visible text and checks that it is the one now shown. */
  protected async select(address: ElementAddress, label: string): Promise<void> {
    const target = await this.reachable(address);
    await target.selectOption({ label }, { timeout: this.timeout });
    const chosen = await target.evaluate((select: HTMLSelectElement) =>
      (select.selectedOptions[0]?.textContent ?? '').trim(),
    );
    if (chosen !== label.trim()) {
      throw new PortalChanged(
        `${this.finder.entry(address).name} shows "${chosen}" after choosing "${label}". Stopped before Submit.`,
      );
    }
  }
}
