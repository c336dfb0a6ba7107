/**
 * Resolving a portal-map entry to exactly one visible element, the way a person reads the
 * screen (in-page.ts holds the strategies, tried really in order), and acting on it with the
 * checks a careful person makes: nothing covers it, the value typed is the value kept.
 * Two matches is an error naming both, never a silent first pick; no match is an error saying
 * what was looked for and what the page shows instead.
 */
import type { Locator, Page } from 'playwright';
import { PortalChanged } from '../errors.js';
import { KINDS, type KindForm } from '../in-page/kinds.js';
import type { Logger } from '../log.js';
import { plural } from '../plural.js';
import { type ElementAddress, element, type PortalElement, type PortalMap } from '../portal-map.js';
import { openFrameHolding } from './content-frame.js';
import {
  type ElementQuery,
  type InPageRequest,
  type LookRequest,
  type LookResult,
  PORTAL_LIB_SOURCE,
} from './in-page.js';
import { callPortalLib } from './page-lib.js';
import { PageActivity, settle } from './settled.js';

export const ENGINE_NAME = 'portal';

let registered: Promise<void> | undefined;

/**
 * Registers the `portal=` selector engine with Playwright. Engines apply to pages created
 * afterwards, so this runs before any browser context is made; calling it again is free.
 */
export function registerPortalEngine(selectors: {
  register(name: string, script: { content: string }, options?: { contentScript?: boolean }): Promise<void>;
}): Promise<void> {
  registered ??= selectors
    .register(ENGINE_NAME, { content: `${PORTAL_LIB_SOURCE}.engine` }, { contentScript: true })
    .catch((error: unknown) => {
      // A second Playwright module instance (the test runner's) may have registered it already.
      if (!/already registered/i.test(String(error))) throw error;
    });
  return registered;
}

/** The entry as the page is asked for it; with the map, the field whose button it is (`buttonOf`) too. */
export function toQuery(entry: PortalElement, map?: PortalMap): ElementQuery {
  return {
    kind: entry.kind,
    texts: [...entry.texts],
    ids: [...(entry.ids ?? [])],
    names: [...(entry.names ?? [])],
    ...(entry.region ? { region: entry.region } : {}),
    ...(entry.byTextOnly ? { byTextOnly: true } : {}),
    ...(entry.never ? { never: [...entry.never] } : {}),
    ...(entry.wordsWithin ? { wordsWithin: true } : {}),
    ...(entry.srcContains ? { srcContains: [...entry.srcContains] } : {}),
    ...(entry.besideImageSrc ? { besideImageSrc: [...entry.besideImageSrc] } : {}),
    ...(entry.headerHas ? { headerHas: [...entry.headerHas] } : {}),
    ...(entry.buttonOf && map ? { buttonOf: toQuery(element(map, entry.buttonOf as ElementAddress)) } : {}),
  };
}

export function portalSelector(request: InPageRequest): string {
  return `${ENGINE_NAME}=${encodeURIComponent(JSON.stringify(request))}`;
}

/** The entry and its screen, said once: "the 'Through GSP' option on the API registration form". */
export function where(entry: PortalElement, screen: string): string {
  return entry.name.toLowerCase().includes(screen.toLowerCase()) ? entry.name : `${entry.name} on ${screen}`;
}

/** A map entry that could not be resolved to one visible element. */
export class ElementNotFound extends PortalChanged {
  constructor(
    readonly entry: PortalElement,
    readonly screen: string,
    readonly looked: string,
    readonly seen: string,
    readonly problem: 'missing' | 'ambiguous',
    remedy = 'Look at the screenshot in the run folder. If the portal renamed it, put the text it shows now in a portal-map file (--portal-map <file>, see the README: "When the portal looks different"), or report it with the run folder attached.',
  ) {
    super(
      problem === 'missing'
        ? `Could not find ${where(entry, screen)}. Looked for: ${looked}. ${seen}`
        : `Found more than one ${where(entry, screen)}: ${seen}. Looked for: ${looked}.`,
      remedy,
    );
  }
}

export interface Explanation {
  matches: string[];
  closest: string[];
  popups: string[];
}

export function lookedFor(entry: PortalElement): string {
  const kind = KINDS[entry.kind].words;
  const parts = [
    entry.texts.length > 0 ? `${kind} reading ${entry.texts.map((t) => `"${t}"`).join(' or ')}` : kind,
  ];
  if (entry.headerHas?.length)
    parts.push(`with headers containing ${entry.headerHas.map((t) => `"${t}"`).join(', ')}`);
  const ids = [...(entry.ids ?? []).map((id) => `#${id}`), ...(entry.names ?? []).map((n) => `name=${n}`)];
  if (ids.length > 0) parts.push(`${entry.byTextOnly ? 'narrowed by' : 'or'} ${ids.join(', ')}`);
  if (entry.never?.length) parts.push(`never ${entry.never.map((t) => `"${t}"`).join(', ')}`);
  return parts.join(', ');
}

/**
 * The page marked for a screen wait (see `ScreenWatch.answerTo`): a token that a new document
 * lacks, and the error texts showing before the action, so that only new ones are an answer.
 */
export interface PageMark {
  token: string;
  /** Set by the look that marked the page. */
  errorsBefore?: string[];
  /** The verdicts drawn then (see verdict-watch.ts), set by the same look in a watched document. */
  verdictsBefore?: { doc: string; texts: string[] };
}

/** A map entry the finder or a page object could not resolve, and what would be thrown for it. */
export interface UnresolvedElement {
  address: ElementAddress;
  /** The screen in the operator's words. */
  screen: string;
  problem: PortalChanged;
  why: 'missing' | 'ambiguous' | 'covered';
  /** Where the element must be (the popup to close): candidates and checks stay inside it. */
  within?: Locator;
  /** The element and where it is, when "<entry> on <screen>" would not say it well. */
  what?: string;
}

/**
 * The last resort before an unresolved entry fails the run: resolves it after all (an operator
 * shows it, see teacher.ts), or throws the request's problem.
 */
export type OnUnresolved = (request: UnresolvedElement) => Promise<Locator>;

/** A field found holding other words than were typed into it (not merely fewer: see `checkTyped`). */
export class TypedOtherwise extends PortalChanged {
  // Told as any change of the portal's is, in the log and the report.
  override name = 'PortalChanged';
}

/** A value typed into a field, or an option chosen in a list, to be read back by the next look. */
interface Typed {
  address: ElementAddress;
  query: ElementQuery;
  value: string;
  chosen?: true;
}

/** What a look is asked besides the count (see `LookRequest`). */
interface LookAsks {
  cover?: boolean;
  form?: boolean;
  also?: ElementAddress[];
}

/** An entry found, and what the look that found it said of it. */
export interface Found {
  locator: Locator;
  /** What covers it (asked with `cover`). */
  cover?: string;
  /** A click at its centre reaches its own label: act through the label. */
  throughLabel?: true;
  /** More than one element (asked with `many`). */
  several?: true;
  /** The form the page draws it in, and a group of boxes' order (asked with `form`). */
  form?: string;
  boxes?: number[];
  /** Per entry asked with `also`: whether it shows (see `Finder.glance`). */
  also?: Glanced[];
}

/** An entry glanced at: whether it shows, and whether it says it opens by a click. */
export interface Glanced {
  shown: boolean;
  toggle: boolean;
}

function glanced(seen: LookResult, addresses: ElementAddress[]): Glanced[] {
  return addresses.map((_, index) => {
    const one = seen.also?.[index];
    return { shown: (one?.count ?? 0) > 0, toggle: one?.toggle === true };
  });
}

/** Finds map entries on one page. The page objects share one (see portal.ts). */
export class Finder {
  /** A mark waiting for the next look to set it in the page (see `ScreenWatch.answerTo`). */
  mark?: PageMark;
  /** The mark a look set in the page, while the action it was set for runs (see `markAgain`). */
  private placed?: PageMark;
  private typed: Typed[] = [];
  /** While `keptTyping` runs: the fields its looks found emptied, counted rather than refused. */
  private emptiedWhileTyping: { count: number } | undefined;
  private readonly onUnresolved?: OnUnresolved;
  /** The run's log, for the trail of what the bot did on the page (see `ScreenObject.acted`). */
  readonly log?: Logger;
  /** The page's requests still outstanding: a page loading is not a settled one (see settled.ts). */
  readonly activity: PageActivity;

  constructor(
    readonly page: Page,
    /** Replaced when an operator shows the bot an element (see teacher.ts). */
    public map: PortalMap,
    readonly timeout: number,
    hooks: {
      /**
       * Asked to resolve an entry that cannot be, before the run gives up on it (the teacher,
       * which also drops a learned entry that no longer resolves); without it, the failure is
       * thrown at once.
       */
      onUnresolved?: OnUnresolved;
      log?: Logger;
    } = {},
  ) {
    this.activity = new PageActivity(page);
    this.onUnresolved = hooks.onUnresolved;
    this.log = hooks.log;
  }

  entry(address: ElementAddress): PortalElement {
    return element(this.map, address);
  }

  /** The entry as the page is asked for it (see `toQuery`). */
  query(address: ElementAddress): ElementQuery {
    return toQuery(this.entry(address), this.map);
  }

  /** A lazy locator for the entry: re-resolved at every use, strict (two matches fail). */
  locator(address: ElementAddress, within?: Locator): Locator {
    const selector = portalSelector({ op: 'find', query: this.query(address) });
    return within ? within.locator(selector) : this.page.locator(selector);
  }

  /** Whether the entry shows now, without waiting. */
  async isShown(address: ElementAddress): Promise<boolean> {
    return (await this.locator(address).count()) > 0;
  }

  /**
   * Whether each entry shows now, without waiting, in one look (which also marks the page and
   * reads typed fields back, as every look does); with, for an entry that shows once, whether it
   * says it opens by a click (a disclosure or collapse toggle, see `opensOnClick` in look.ts).
   */
  async glance(addresses: ElementAddress[]): Promise<Glanced[]> {
    return glanced(await this.look(undefined, { also: addresses }), addresses);
  }

  /**
   * Waits for exactly one visible element for the entry. Missing once the page has settled (or
   * after the timeout, while it still loads), or more than one, is an `ElementNotFound` naming
   * what was looked for and what the page shows.
   */
  async find(address: ElementAddress, screen: string, timeout = this.timeout): Promise<Locator> {
    return (await this.findToAct(address, screen, { timeout })).locator;
  }

  /**
   * `find`, and, with `cover`, what stands over the element's centre: what a careful person
   * checks before acting on it. Mostly the element is there already, and one look at the page
   * tells it all (see `look`). Otherwise the page is watched until the element shows or the page
   * settles (see settled.ts): missing on a settled page is decided then, within seconds rather
   * than at the timeout; a page still loading is waited for with the rest of the budget.
   */
  async findToAct(
    address: ElementAddress,
    screen: string,
    options: {
      timeout?: number;
      cover?: boolean;
      /** Several elements are no error: the caller reads them as one (the boxes of an OTP). */
      many?: true;
      /** Also say, from the same look, the form it is drawn in and whether it is a group of boxes. */
      form?: true;
      /** Other entries to glance at in the same look (see `glance`). */
      also?: ElementAddress[];
      /** A frame holding the element was opened as the page already: no second one is. */
      framed?: true;
    } = {},
  ): Promise<Found> {
    const { timeout = this.timeout, cover = false, many = false, form = false, also } = options;
    const deadline = Date.now() + timeout;
    const locator = this.locator(address);
    const missing = async (): Promise<Found> => {
      // Drawn in a frame of the page (a login window's own page in an iframe): read there.
      if (!options.framed && (await openFrameHolding(this.page, this.query(address), this.log)))
        return this.findToAct(address, screen, {
          ...options,
          timeout: Math.max(deadline - Date.now(), 1),
          framed: true,
        });
      return {
        locator: await this.unresolved({
          address,
          screen,
          problem: await this.notFound(address, screen),
          why: 'missing',
        }),
      };
    };
    const asks = { cover, form, ...(also ? { also } : {}) };
    let seen = await this.lookThrough(address, asks);
    while (!seen || seen.count === 0) {
      const left = deadline - Date.now();
      if (left <= 0) return missing();
      const settling = await settle(this.page, this.activity, left, this.query(address));
      seen = await this.lookThrough(address, asks);
      if (seen?.count === 0 && settling !== 'found') return missing();
    }
    if (seen.count > 1 && !many && this.entry(address).anyWillDo) return { locator: locator.first() };
    // Two at once on a page still moving (a picture come in as its placeholder fades out): looked
    // at again once the page is still, as a person looks twice before calling it ambiguous.
    if (seen.count > 1 && !many && deadline > Date.now()) {
      await settle(this.page, this.activity, deadline - Date.now());
      const again = await this.lookThrough(address, asks);
      if (again && again.count > 0) seen = again;
    }
    if (seen.count > 1 && !many) {
      const explained = await this.explain(address);
      const problem = new ElementNotFound(
        this.entry(address),
        screen,
        lookedFor(this.entry(address)),
        explained.matches.join(' and '),
        'ambiguous',
      );
      return { locator: await this.unresolved({ address, screen, problem, why: 'ambiguous' }) };
    }
    return {
      locator,
      ...(seen.cover ? { cover: seen.cover } : {}),
      ...(seen.throughLabel ? { throughLabel: true } : {}),
      ...(seen.count > 1 ? { several: true } : {}),
      ...(seen.form ? { form: seen.form } : {}),
      ...(seen.boxes ? { boxes: seen.boxes } : {}),
      ...(also ? { also: glanced(seen, also) } : {}),
    };
  }

  /** A look, or undefined when the page was replaced under it (a navigation: the new page is watched). */
  private lookThrough(address: ElementAddress, asks: LookAsks): Promise<LookResult | undefined> {
    return this.look(address, asks).catch((error: unknown) => {
      if (this.page.isClosed() || error instanceof PortalChanged) throw error;
      return undefined;
    });
  }

  /**
   * Remembers a value just typed: the next look reads the field back, in the same round trip,
   * and a field that cut or changed the value stops the run there (see `confirmTyped`).
   */
  typedInto(address: ElementAddress, value: string): void {
    this.typed.push({ address, query: this.query(address), value });
  }

  /** Remembers an option just chosen by its text: the next look checks the list shows it. */
  chosenIn(address: ElementAddress, label: string): void {
    this.typed.push({ address, query: this.query(address), value: label, chosen: true });
  }

  /**
   * Sets a pending screen wait's mark in the page without looking for an entry: before an action
   * on a control the map does not name (a way on, teacher.ts), so the page it leaves is told from
   * the page it leads to.
   */
  async markPage(): Promise<void> {
    if (this.mark) await this.look(undefined, {});
  }

  /**
   * An action of several clicks, each of which may load a new page (a WebForms TreeView posts
   * back on every group it opens): the next look marks the page its last click acts on again,
   * so the wait that follows judges what that click brought, not the page a group's postback
   * left behind (a new document, without the first mark, read as the answer at once).
   */
  markAgain(): void {
    if (this.placed && !this.mark) this.mark = this.placed;
  }

  /** The action the mark was set for has ended (see `ScreenWatch.answerTo`). */
  endMark(mark: PageMark): void {
    if (this.mark === mark) this.mark = undefined;
    if (this.placed === mark) this.placed = undefined;
  }

  /** Reads back the fields typed into since the last look, now (a form about to be left as it is). */
  async confirmTyped(): Promise<void> {
    if (this.typed.length > 0) await this.look(undefined, {});
  }

  /**
   * Runs `typing` (fills and what they start), then reads back every field it typed into, as
   * `confirmTyped` does, except that a field found empty, then or by a look on the way, is no
   * error: whether every field kept its value. One found empty was emptied by a postback the
   * bot did not see coming (WebForms never sends a password back), for the caller to type
   * again and read back once more.
   */
  async keptTyping(typing: () => Promise<void>): Promise<boolean> {
    const emptied = { count: 0 };
    this.emptiedWhileTyping = emptied;
    try {
      await typing();
      if (this.typed.length > 0) await this.look(undefined, {});
    } finally {
      this.emptiedWhileTyping = undefined;
    }
    return emptied.count === 0;
  }

  /**
   * One round trip to the page for everything the checks before an action need: how many
   * elements the entry resolves to and what covers the one; the fields typed into since the
   * last look, read back; and, when a screen wait is pending, the page marked and its error
   * texts read.
   */
  private async look(address: ElementAddress | undefined, asks: LookAsks): Promise<LookResult> {
    const { mark } = this;
    const typed = this.typed;
    const kind = address ? KINDS[this.entry(address).kind] : undefined;
    const request: LookRequest = {
      ...(address ? { query: this.query(address) } : {}),
      ...(asks.cover ? { cover: true } : {}),
      ...(asks.form ? { form: true } : {}),
      ...(asks.form && kind?.forms.some((form) => form.group === 'ordered') ? { group: true } : {}),
      ...(asks.also ? { also: asks.also.map((also) => this.query(also)) } : {}),
      ...(mark ? { token: mark.token } : {}),
      ...(typed.length > 0 ? { typed: typed.map((t) => t.query) } : {}),
    };
    const result = (await callPortalLib(this.page, `.look(${JSON.stringify(request)})`)) as LookResult;
    if (mark && this.mark === mark) {
      mark.errorsBefore = result.errorsBefore ?? [];
      if (result.verdictsBefore) mark.verdictsBefore = result.verdictsBefore;
      this.mark = undefined;
      this.placed = mark;
    }
    this.typed = this.typed.slice(typed.length);
    const emptied = this.emptiedWhileTyping;
    typed.forEach((t, index) => {
      const kept = result.typed[index] ?? null;
      if (emptied && !t.chosen && t.value !== '' && kept?.value === '') emptied.count += 1;
      else this.checkTyped(t, kept);
    });
    return result;
  }

  /**
   * A field that cut the value short (maxlength) or changed it would send something else than
   * the operator meant, so the run stops here, before any Submit, naming the field and the
   * limit (never the value).
   */
  private checkTyped(typed: Typed, kept: LookResult['typed'][number]): void {
    const name = this.entry(typed.address).name;
    if (!kept) {
      throw new PortalChanged(
        `${name} could not be read back after typing into it: it no longer shows as one field. Stopped before Submit.`,
        'Look at the screenshot in the run folder, or report it with the run folder attached.',
      );
    }
    if (typed.chosen) {
      if (kept.chosen === typed.value.trim()) return;
      throw new PortalChanged(
        `${name} shows "${kept.chosen}" after choosing "${typed.value}". Stopped before Submit.`,
      );
    }
    const { value } = typed;
    if (kept.value === value) return;
    const limit = kept.maxLength;
    const cut = value.startsWith(kept.value) && kept.value.length < value.length;
    const why = cut
      ? `kept only ${kept.value.length} of the ${plural(value.length, 'character')} typed${limit ? ` (the field allows ${limit})` : ''}`
      : `changed what was typed (${plural(value.length, 'character')} typed, ${kept.value.length} kept)`;
    throw new (cut ? PortalChanged : TypedOtherwise)(
      `${name} ${why}. Stopped before Submit.`,
      limit
        ? `Choose a value of at most ${plural(Number(limit), 'character')} and run again.`
        : 'Choose a value the field accepts as typed and run again.',
    );
  }

  /** The last resort before failing: the `onUnresolved` hook resolves it (see teacher.ts), or the failure stands. */
  unresolved(request: UnresolvedElement): Promise<Locator> {
    if (!this.onUnresolved) throw request.problem;
    return this.onUnresolved(request);
  }

  async notFound(address: ElementAddress, screen: string): Promise<ElementNotFound> {
    const entry = this.entry(address);
    const seen = await this.explain(address).catch(() => ({ matches: [], closest: [], popups: [] }));
    const closest =
      seen.closest.length > 0
        ? `Closest on the page: ${seen.closest.join(', ')}.`
        : 'Nothing like it on the page.';
    const covered = seen.popups.length > 0 ? ` A popup is open: "${seen.popups[0]}".` : '';
    return new ElementNotFound(entry, screen, lookedFor(entry), `${closest}${covered}`, 'missing');
  }

  /**
   * The form the entry is drawn in (kinds.ts): its kind's only one when all its forms are acted on
   * alike, without asking the page; else the one the page shows, told by the look that finds the
   * entry. A kind with an ordered group among its forms (OTP digit boxes) is looked at as a group:
   * boxes side by side on one line are that form, with their order, whatever the first matched.
   */
  async formOf(address: ElementAddress, screen: string): Promise<{ form: KindForm; boxes?: number[] }> {
    const { forms } = KINDS[this.entry(address).kind];
    const [first] = forms;
    if (!first) throw new Error(`The kind ${this.entry(address).kind} has no form.`);
    if (forms.every((form) => form.act === first.act)) return { form: first };
    // An ordered group (digit boxes) is several elements that are one entry.
    const grouped = forms.find((form) => form.group === 'ordered');
    const seen = await this.findToAct(address, screen, { form: true, ...(grouped ? { many: true } : {}) });
    if (grouped && seen.boxes) return { form: grouped, boxes: seen.boxes };
    return { form: forms.find((form) => form.form === seen.form) ?? first };
  }

  async explain(address: ElementAddress): Promise<Explanation> {
    const query = JSON.stringify(this.query(address));
    return callPortalLib(this.page, `.explain(${query})`) as Promise<Explanation>;
  }

  /**
   * Whether what covers the element's centre is a bare shade: a layer with no words on it and
   * nothing drawn to read or use (a dimming layer left behind by its popup, the page greyed while
   * it works). False when nothing covers it.
   */
  async coverIsBare(locator: Locator): Promise<boolean> {
    const cover = locator.locator(portalSelector({ op: 'covered-by' }));
    // Judged by the library's own `bareCover`, as `coveredBy` names it; without the library, not bare.
    const [bare] = await cover.evaluateAll((els) =>
      els.slice(0, 1).map((el) => {
        const lib = (globalThis as { __einvPortalLib?: { bareCover(el: Element): boolean } }).__einvPortalLib;
        return lib ? lib.bareCover(el) : false;
      }),
    );
    return bare === true;
  }

  /** What covers the element's centre (a popup, an overlay), when something does: its title or tag. */
  async coveredBy(locator: Locator): Promise<string | undefined> {
    const cover = locator.locator(portalSelector({ op: 'covered-by' }));
    // One look, which neither waits nor sets off the popup handler: a count and then an evaluate
    // could see a popup, have the handler close it before the evaluate, and wait on it for ever.
    // Named by the library's own `describeCover` (its title, never the values it shows), kept in
    // the document by the look that found the target; by its tag should the document lack it.
    const [described] = await cover.evaluateAll((els) =>
      els.slice(0, 1).map((el) => {
        const lib = (globalThis as { __einvPortalLib?: { describeCover(el: Element): string } })
          .__einvPortalLib;
        return lib ? lib.describeCover(el) : `a ${el.tagName.toLowerCase()}`;
      }),
    );
    return described;
  }
}
