/**
 * Being shown: when a map entry cannot be resolved (missing, more than one, or behind a popup
 * the bot cannot close), an operator at a terminal, watching the browser window, can click the
 * element instead of the run failing. The teacher keeps the browser on that screen, outlines
 * the candidates it considered, and asks on the terminal; it catches the operator's click in
 * the page (teaching-in-page.ts), walks from the clicked node to the control it belongs to,
 * describes it in the map's own terms (its visible text or label; an id or `name` only to
 * narrow), checks that this description finds exactly that one element, and asks for a yes.
 * A choice with consequences is confirmed with its visible text quoted, and an element reading
 * a text the map says that choice must never be is refused. What is confirmed is written to the
 * portal-map file and used at once; the page object then does the step itself.
 *
 * Where nobody can be asked (headless, no terminal, CI) it asks nothing: the run ends as it
 * always did, saying that a headed run on a terminal could be shown the element. Either way a
 * learned entry that no longer finds anything on its own screen is dropped with a note, never
 * stretched to fit. This class does not decide what to look for nor when: the finder, the page
 * objects and the popup closer call it when they have nothing else to try.
 */
import type { Locator, Page } from 'playwright';
import { Cancelled, PortalChanged } from '../errors.js';
import { type Human, Withdrawn } from '../human.js';
import { KINDS, type KindDescriptor, type NameStrategy } from '../in-page/kinds.js';
import { describeLearned, type LearnedEntries } from '../learned-entries.js';
import type { Logger } from '../log.js';
import { plural } from '../plural.js';
import {
  applyOverrides,
  type ElementOverride,
  element,
  type PageIdentity,
  type PortalElement,
  type PortalMap,
  WAY_ON_GOALS,
  type WayOn,
  type WayOnGoal,
} from '../portal-map.js';
import type { Terminal } from '../terminal.js';
import {
  ElementNotFound,
  type Finder,
  portalSelector,
  toQuery,
  type UnresolvedElement,
  where,
} from './find-element.js';
import { type ElementQuery, PORTAL_LIB_SOURCE } from './in-page.js';
import { settle } from './settled.js';
import { SHOWN_ATTRIBUTE, SHOWN_BINDING, TEACHING_LIB_SOURCE } from './teaching-in-page.js';

/** What `waitForClick` returns when the element showed by itself instead of a click. */
const SHOWN_BY_ITSELF = '';

/** Default for how long the operator has to show an element: five minutes. */
export const DEFAULT_TEACH_TIMEOUT_MS = 5 * 60_000;

/** The attribute the control the operator meant carries while it is being described and checked. */
const CONTROL_ATTRIBUTE = 'data-einv-control';
const CANDIDATE_ATTRIBUTE = 'data-einv-candidate';
/** The attribute a control shown for this run only keeps (see `useForThisRun`). */
const RUN_ONLY_ATTRIBUTE = 'data-einv-run-only';
/** The attribute the popup around a clicked close control carries: the box the control closes. */
const POPUP_ATTRIBUTE = 'data-einv-popup';

/** What the teacher needs of the portal's page objects (portal.ts gives it itself). */
export interface TeachablePortal {
  readonly page: Page;
  readonly finder: Finder;
  /** The screen showing now (screens.ts's keys). */
  currentScreen(): Promise<string>;
  /** Every page object uses this map from now on. */
  useMap(map: PortalMap): void;
}

export interface TeacherOptions {
  store: LearnedEntries;
  terminal: Terminal;
  human: Human;
  /** Why nobody can be shown the element in this run, when nobody can: "the run is headless". */
  cannotAsk?: string;
  timeoutMs?: number;
  /** The run's: Ctrl-C while waiting cancels the run and nothing is learned. */
  signal?: AbortSignal;
  log?: Logger;
}

/** A map entry the page objects could not resolve, and what they would have thrown (see find-element.ts). */
export type ShowRequest = UnresolvedElement;

/**
 * A page the map does not know, where the step finds nothing it needs (issue 18 §3): the way on
 * toward `toward` is asked for, and what would be thrown when nobody shows it.
 */
export interface WayOnRequest {
  toward: WayOnGoal;
  page: PageIdentity;
  problem: PortalChanged;
}

/** How the words that find the control were read on it (the kind's name strategies, kinds.ts). */
type How = NameStrategy;

interface Reading {
  text: string;
  how: How;
}

interface Clicked {
  clicked: string;
  control?: string;
  readings: Reading[];
  never: boolean;
  id: string;
  name: string;
}

/** The words of the screen each entry belongs to, for dropping an entry only on its own screen. */
const SCREEN_OF: Record<string, string | undefined> = {
  home: 'login',
  login: 'login',
  loginOtp: 'otp',
  apiOtp: 'otp',
  dashboard: 'dashboard',
  registration: 'registration',
  result: 'registration',
  popups: undefined,
};

/** The order in which readings describe a control, best first. */
const PREFERENCE: How[] = ['name', 'beside', 'label', 'neighbour', 'title'];
/** The readings that say what a control is itself, not what stands around it. */
const OWN_READINGS: How[] = ['name', 'beside'];

export class Teacher {
  private portal?: TeachablePortal;
  private readonly pages = new WeakSet<Page>();
  /** Controls shown for this run only, by map entry: the marker each keeps in its page. */
  private readonly runOnly = new Map<string, string>();
  /** Set while a question waits for a click: called with the marker the page reports. */
  private onShown?: (marker: string) => void;
  readonly timeoutMs: number;

  constructor(private readonly options: TeacherOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TEACH_TIMEOUT_MS;
  }

  /** Whether this run can ask an operator to show an element. */
  get canAsk(): boolean {
    return this.options.cannotAsk === undefined;
  }

  attach(portal: TeachablePortal): void {
    this.portal = portal;
  }

  /**
   * Resolves the request with the operator's help, returning the element (found through the
   * updated map), or throws the request's problem, saying what happened: no click in time,
   * Enter pressed, or that this run could not ask.
   */
  async show(request: ShowRequest): Promise<Locator> {
    const portal = this.portal;
    if (!portal) throw request.problem;
    await this.dropIfStale(request, portal);
    const kept = await this.usedBefore(portal, request);
    if (kept) return kept;
    if (!this.canAsk) throw this.unasked(request.problem);
    const { page } = portal;
    const entry = portal.finder.entry(request.address);
    const deadline = AbortSignal.timeout(this.timeoutMs);
    await this.install(page);
    await page.bringToFront().catch(() => undefined);
    this.tell(request, entry);
    let prompt = `I cannot find ${request.what ?? where(entry, request.screen)}. Click it in the browser window (or press Enter to stop).`;
    for (;;) {
      await this.outline(portal, request, entry);
      const marker = await this.waitForClick(page, prompt, deadline, request.problem, (stop) =>
        this.appeared(request, stop),
      );
      if (marker === SHOWN_BY_ITSELF) {
        await this.disarm(page);
        this.options.terminal.info(
          `${capitalised(entry.name)} shows now by itself: going on without a click.`,
        );
        return portal.finder.locator(request.address);
      }
      await page.evaluate(`${TEACHING_LIB_SOURCE}.clear()`).catch(() => undefined);
      const outcome = await this.understand(portal, request, entry, marker);
      if (typeof outcome === 'string') {
        this.options.terminal.warn(outcome);
        prompt = `Click ${entry.name} in the browser window (or press Enter to stop).`;
        continue;
      }
      if (!(await this.confirmed(request, entry, outcome))) {
        prompt = `Then click ${entry.name} in the browser window (or press Enter to stop).`;
        continue;
      }
      await this.disarm(page);
      if (outcome.forThisRun) return this.useForThisRun(portal, request, entry, outcome, marker);
      return this.learn(portal, request, entry, outcome, marker);
    }
  }

  // Ways on

  /**
   * The control that takes the run on from a page the map does not know toward what the step
   * needs: the way on learned for this page (its title and heading, or its path), or, in a headed
   * run on a terminal, the control the operator clicks now, confirmed and kept as a way on in the
   * portal-map file. The caller clicks it. Where nobody can be asked, the request's problem,
   * saying that a headed run could be shown it.
   */
  async wayOn(request: WayOnRequest): Promise<Locator> {
    const portal = this.portal;
    if (!portal) throw request.problem;
    const { store, terminal, log } = this.options;
    const { page } = portal;
    const goal = WAY_ON_GOALS[request.toward];
    const learned = store.wayOnFor(request.page, request.toward);
    if (learned) {
      const control = page.locator(portalSelector({ op: 'find', query: wayOnQuery(learned.click) }));
      if ((await control.count().catch(() => 0)) === 1) {
        terminal.info(
          `${capitalised(pageName(request.page))} is not a page the portal map knows: going on to ${goal} by the way on learned for it, the control reading "${learned.click.texts[0]}".`,
        );
        log?.info({ wayOn: learned }, 'took a learned way on');
        return control;
      }
      terminal.warn(
        `The way on learned for ${pageName(request.page)} (${learned.click.texts.map((t) => `"${t}"`).join(' or ')}, on ${learned.learnedAt}) finds nothing there now.`,
      );
    }
    if (!this.canAsk) throw this.unaskedWayOn(request.problem);
    const deadline = AbortSignal.timeout(this.timeoutMs);
    await this.install(page);
    await page.bringToFront().catch(() => undefined);
    terminal.warn(request.problem.message);
    terminal.info(`  Screen: ${pageName(request.page)} (${page.url().split(/[?#]/)[0]})`);
    terminal.info(
      `  What can be clicked is outlined in the browser window. Waiting up to ${this.waitWords()} for a click on what takes you on to ${goal}; then the run stops as it would have.`,
    );
    let prompt = `I do not know ${pageName(request.page)}. Click what takes you on to ${goal} in the browser window (or press Enter to stop).`;
    for (;;) {
      await this.outlineClickables(page, `einv-gsp: click what takes you on to ${goal}`);
      const marker = await this.waitForClick(
        page,
        prompt,
        deadline,
        request.problem,
        () => new Promise(() => undefined),
      );
      await page.evaluate(`${TEACHING_LIB_SOURCE}.clear()`).catch(() => undefined);
      const found = await this.understandWayOn(page, marker);
      if (typeof found === 'string') {
        terminal.warn(found);
        prompt = `Click what takes you on to ${goal} in the browser window (or press Enter to stop).`;
        continue;
      }
      const question = found.forThisRun
        ? `${capitalised(found.forThisRun)}. Use ${found.phrase} to go on to ${goal} for this run only?`
        : `Use ${found.phrase} as the way on from ${pageName(request.page)} to ${goal} from now on?`;
      if (!(await this.options.human.confirm(question, false))) {
        prompt = `Then click what takes you on to ${goal} in the browser window (or press Enter to stop).`;
        continue;
      }
      await this.disarm(page);
      if (found.forThisRun) {
        terminal.info(
          `Going on by ${found.phrase} for this run only: ${found.forThisRun}, so nothing is saved.`,
        );
        return page.locator(`[${CONTROL_ATTRIBUTE}="${marker}"]`);
      }
      await page
        .evaluate(
          `document.querySelectorAll('[${CONTROL_ATTRIBUTE}]').forEach((el) => el.removeAttribute('${CONTROL_ATTRIBUTE}'))`,
        )
        .catch(() => undefined);
      const wayOn = store.addWayOn(
        { page: pageKey(request.page), toward: request.toward, click: found.change },
        page.url(),
      );
      terminal.info(
        store.file
          ? `Learned: the way on from ${pageName(request.page)} to ${goal} is ${found.phrase}. Saved to ${store.file}; later runs take it without asking.`
          : `Learned: the way on from ${pageName(request.page)} to ${goal} is ${found.phrase}, for this run only (no portal-map file to save it to).`,
      );
      log?.info({ wayOn }, 'learned a way on from the operator');
      return page.locator(portalSelector({ op: 'find', query: wayOnQuery(wayOn.click) }));
    }
  }

  /**
   * From the marked node to the control it belongs to (the link around a text, the button around
   * an icon), and the first of its own readings (with an id or name to narrow it, when the words
   * alone are not enough) that finds it alone on the page. A string is a refusal to say.
   */
  private async understandWayOn(
    page: Page,
    marker: string,
  ): Promise<{ change: WayOn['click']; phrase: string; forThisRun?: string } | string> {
    const clicked = (await page.evaluate(
      `(() => {
        const lib = ${PORTAL_LIB_SOURCE};
        const node = document.querySelector(${JSON.stringify(`[${SHOWN_ATTRIBUTE}="${marker}"]`)});
        if (!node) return undefined;
        node.removeAttribute(${JSON.stringify(SHOWN_ATTRIBUTE)});
        for (const old of document.querySelectorAll('[${CONTROL_ATTRIBUTE}]')) old.removeAttribute('${CONTROL_ATTRIBUTE}');
        const control = lib.controlFor(node, 'button');
        if (!control) return { clicked: lib.describe(node), readings: [], never: false, id: '', name: '' };
        control.setAttribute('${CONTROL_ATTRIBUTE}', ${JSON.stringify(marker)});
        return {
          clicked: lib.describe(node),
          control: lib.describe(control),
          readings: lib.readings(control, 'button'),
          never: false,
          id: control.id || '',
          name: control.getAttribute('name') || '',
        };
      })()`,
    )) as Clicked | undefined;
    if (!clicked) return 'The page changed under the click; click it again.';
    if (!clicked.control) return `That is ${clicked.clicked}, which is nothing a person clicks to go on.`;
    const readings = clicked.readings
      .filter((reading) => PREFERENCE.includes(reading.how))
      .sort((a, b) => PREFERENCE.indexOf(a.how) - PREFERENCE.indexOf(b.how));
    for (const reading of readings) {
      const tries: WayOn['click'][] = [{ texts: [reading.text] }];
      if (clicked.id) tries.push({ texts: [reading.text], ids: [clicked.id] });
      if (clicked.name) tries.push({ texts: [reading.text], names: [clicked.name] });
      for (const change of tries) {
        const found = await page
          .locator(portalSelector({ op: 'find', query: wayOnQuery(change) }))
          .evaluateAll(
            (elements, [attribute, value]) =>
              elements.map((el) => el.getAttribute(attribute as string) === value),
            [CONTROL_ATTRIBUTE, marker],
          )
          .catch(() => [] as boolean[]);
        if (found.length === 1 && found[0] === true) {
          const narrowed = change.ids?.[0]
            ? ` (narrowed by its id "${change.ids[0]}")`
            : change.names?.[0]
              ? ` (narrowed by its name "${change.names[0]}")`
              : '';
          return { change, phrase: `the control reading "${reading.text}"${narrowed}` };
        }
      }
    }
    const why =
      readings.length === 0
        ? 'it carries no text of its own to find it by'
        : `no words find it alone on this page (${readings.map((r) => `"${r.text}"`).join(', ')} read elsewhere too)`;
    return { change: { texts: [] }, phrase: clicked.control, forThisRun: why };
  }

  /** Outlines every control a person could click on the page, for a way on. */
  private async outlineClickables(page: Page, banner: string): Promise<void> {
    await page
      .evaluate(
        `(() => {
          const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
          const marked = Array.from(document.querySelectorAll('a[href],button,input[type=button],input[type=submit],[role=button],[role=link],[onclick]')).filter(shown);
          ${TEACHING_LIB_SOURCE}.outline(marked, ${JSON.stringify(banner)});
        })()`,
      )
      .catch(() => undefined);
  }

  private unaskedWayOn(problem: PortalChanged): PortalChanged {
    return withRemedy(
      problem,
      `${problem.remedy ?? ''} This run could not be shown the way on (${this.options.cannotAsk}): a headed run on a terminal (register or batch without --headless, answering at the terminal) asks you to click what takes you on, and remembers it as a way on in the portal-map file; later runs, headless too, take it without asking.`.trim(),
    );
  }

  private waitWords(): string {
    const minutes = this.timeoutMs / 60_000;
    return minutes >= 1
      ? `${Number.isInteger(minutes) ? minutes : minutes.toFixed(1)} minute${minutes === 1 ? '' : 's'}`
      : plural(Math.round(this.timeoutMs / 1000), 'second');
  }

  // Asking

  /** What the terminal says first: which screen, what was looked for, how long it waits. */
  private tell(request: ShowRequest, entry: PortalElement): void {
    const { terminal } = this.options;
    const wait = this.waitWords();
    terminal.warn(request.problem.message);
    terminal.info(`  Screen: ${request.screen} (${this.portal?.page.url().split(/[?#]/)[0]})`);
    terminal.info(
      `  ${request.why === 'ambiguous' ? 'The candidates are' : 'What looks closest is'} outlined in the browser window. Waiting up to ${wait} for a click on ${entry.name}; then the run stops as it would have.`,
    );
  }

  /**
   * Waits for the first of: the operator's click in the page, Enter on the terminal (stop),
   * the deadline (stop), Ctrl-C (cancelled). The terminal question is withdrawn when the click
   * comes, so the next line typed answers the next question.
   */
  private async waitForClick(
    page: Page,
    message: string,
    deadline: AbortSignal,
    problem: PortalChanged,
    appearing: (stop: AbortSignal) => Promise<{ appeared: true }>,
  ): Promise<string> {
    const { human, signal } = this.options;
    if (deadline.aborted) throw this.stopped(problem, 'timeout');
    const withdraw = new AbortController();
    const shown = new Promise<{ marker: string }>((resolve) => {
      this.onShown = (marker) => resolve({ marker });
    });
    const until = (stop: AbortSignal | undefined, what: 'timeout' | 'cancelled') =>
      new Promise<{ stop: 'timeout' | 'cancelled' }>((resolve) => {
        if (!stop) return;
        if (stop.aborted) resolve({ stop: what });
        else stop.addEventListener('abort', () => resolve({ stop: what }), { once: true });
      });
    await page.evaluate(`${TEACHING_LIB_SOURCE}.arm()`);
    const appeared = appearing(withdraw.signal);
    const asked = human.ask({ message, optional: true, signal: withdraw.signal }).then(
      () => ({ stop: 'enter' as const }),
      (error: unknown) => {
        if (error instanceof Withdrawn) return { stop: 'withdrawn' as const };
        throw error;
      },
    );
    try {
      const first = await Promise.race([
        shown,
        appeared,
        asked,
        until(deadline, 'timeout'),
        until(signal, 'cancelled'),
      ]);
      if ('marker' in first) return first.marker;
      if ('appeared' in first) return SHOWN_BY_ITSELF;
      await this.disarm(page);
      if (first.stop === 'cancelled') throw new Cancelled();
      throw this.stopped(problem, first.stop === 'timeout' ? 'timeout' : 'enter');
    } finally {
      this.onShown = undefined;
      withdraw.abort();
      await asked.catch(() => undefined);
    }
  }

  /**
   * Resolves when the missing element shows by itself while the question waits (a page that
   * drew it late): the question is withdrawn then, and the run goes on. Watched through the
   * settled-page watcher, which answers as soon as it shows (or each time the page is quiet,
   * when it looks again); never for a control inside a popup, nor for more than one match.
   */
  private appeared(request: ShowRequest, stop: AbortSignal): Promise<{ appeared: true }> {
    const portal = this.portal;
    if (!portal || request.why !== 'missing' || request.within) return new Promise(() => undefined);
    const { page, finder } = portal;
    return (async () => {
      while (!stop.aborted && !page.isClosed()) {
        const query = toQuery(finder.entry(request.address));
        const seen = await settle(page, finder.activity, this.timeoutMs, query).catch(() => 'gone' as const);
        if (seen === 'gone') break;
        if (seen === 'found' && !stop.aborted && (await finder.isShown(request.address).catch(() => false)))
          return { appeared: true as const };
      }
      return new Promise<never>(() => undefined);
    })();
  }

  private async confirmed(request: ShowRequest, entry: PortalElement, found: Described): Promise<boolean> {
    if (found.forThisRun)
      return this.options.human.confirm(
        `${capitalised(found.forThisRun)}. Use ${found.phrase} as ${entry.name} for this run only?`,
        false,
      );
    const consequential = entry.byTextOnly || request.address === 'registration.gspSelect';
    const question = consequential
      ? `${capitalised(entry.name)} is a choice with consequences. You clicked ${found.phrase}. Is "${found.text}" ${entry.name}, from now on?`
      : `Use ${found.phrase} as ${entry.name} from now on?`;
    return this.options.human.confirm(question, false);
  }

  // Understanding the click

  /**
   * From the marked node to a description that finds exactly it: the control it belongs to,
   * refused when it reads what the entry must never be, then the first of its readings (with
   * an id or name to narrow, when the text alone is not enough) that resolves to it alone.
   * A string is a refusal to say on the terminal.
   */
  private async understand(
    portal: TeachablePortal,
    request: ShowRequest,
    entry: PortalElement,
    marker: string,
  ): Promise<Described | string> {
    const { page } = portal;
    const clicked = (await page.evaluate(
      `(() => {
        const lib = ${PORTAL_LIB_SOURCE};
        const node = document.querySelector(${JSON.stringify(`[${SHOWN_ATTRIBUTE}="${marker}"]`)});
        if (!node) return undefined;
        node.removeAttribute(${JSON.stringify(SHOWN_ATTRIBUTE)});
        for (const old of document.querySelectorAll('[${CONTROL_ATTRIBUTE}],[${POPUP_ATTRIBUTE}]')) {
          old.removeAttribute('${CONTROL_ATTRIBUTE}');
          old.removeAttribute('${POPUP_ATTRIBUTE}');
        }
        const control = lib.controlFor(node, ${JSON.stringify(entry.kind)});
        if (!control) return { clicked: lib.describe(node), readings: [], never: false, id: '', name: '' };
        control.setAttribute('${CONTROL_ATTRIBUTE}', ${JSON.stringify(marker)});
        // The popup a close control closes is the box around it, whatever the bot took for the popup.
        if (${JSON.stringify(request.address === 'popups.close')})
          lib.popupAround(control).setAttribute('${POPUP_ATTRIBUTE}', ${JSON.stringify(marker)});
        return {
          clicked: lib.describe(node),
          control: lib.describe(control),
          readings: lib.readings(control, ${JSON.stringify(entry.kind)}),
          never: lib.readsNever(control, ${JSON.stringify(entry.never ?? [])}),
          id: control.id || '',
          name: control.getAttribute('name') || '',
        };
      })()`,
    )) as Clicked | undefined;
    if (!clicked) return 'The page changed under the click; click it again.';
    const descriptor = KINDS[entry.kind];
    const kind = descriptor.words;
    if (!clicked.control) return `That is ${clicked.clicked}, not a ${kind}.`;
    // What the control reads itself (its name, the text beside it), as the finder's never rule
    // reads it: the texts around it (a row's question, the radio before it on its line) are not it.
    const never = (entry.never ?? []).map(folded);
    const readsNever = clicked.readings.find(
      (reading) => OWN_READINGS.includes(reading.how) && never.includes(folded(reading.text)),
    );
    if (clicked.never || readsNever) {
      const text = readsNever?.text ?? clicked.control;
      return `That is the ${kind} reading "${text}": ${entry.name} is never ${(entry.never ?? []).map((t) => `"${t}"`).join(', ')}. Not taken.`;
    }
    const allowed: How[] = entry.byTextOnly ? OWN_READINGS : PREFERENCE;
    const readings = clicked.readings
      .filter((reading) => allowed.includes(reading.how))
      .sort((a, b) => PREFERENCE.indexOf(a.how) - PREFERENCE.indexOf(b.how));
    if (readings.length === 0)
      return forThisRun(clicked.control, 'it carries no text of its own to find it by');
    for (const reading of readings) {
      const tries: ElementOverride[] = [{ texts: [reading.text] }];
      if (clicked.id) tries.push({ texts: [reading.text], ids: [clicked.id] });
      if (clicked.name) tries.push({ texts: [reading.text], names: [clicked.name] });
      for (const change of tries) {
        if (await this.findsOnly(portal, request, change, marker))
          return { change, text: reading.text, phrase: phrase(descriptor, reading, change, request) };
      }
    }
    const first = readings[0];
    return forThisRun(
      first ? phrase(descriptor, first, {}, request) : clicked.control,
      `no words find it alone on this page (${readings.map((r) => `"${r.text}"`).join(', ')} read elsewhere too)`,
    );
  }

  /** Whether the entry, changed so, resolves to exactly the marked control and nothing else. */
  private async findsOnly(
    portal: TeachablePortal,
    request: ShowRequest,
    change: ElementOverride,
    marker: string,
  ): Promise<boolean> {
    const locator = this.locatorWith(
      portal,
      request,
      applyOverrides({ [request.address]: change }, portal.finder.map),
      marker,
    );
    const found = await locator
      .evaluateAll(
        (elements, [attribute, value]) =>
          elements.map((el) => el.getAttribute(attribute as string) === value),
        [CONTROL_ATTRIBUTE, marker],
      )
      .catch(() => [] as boolean[]);
    return found.length === 1 && found[0] === true;
  }

  /**
   * How the page objects will resolve the entry with this map: the popup's close control as
   * Popups does, in the popup around the control the operator clicked (`marker`).
   */
  private locatorWith(
    portal: TeachablePortal,
    request: ShowRequest,
    map: PortalMap,
    marker: string,
  ): Locator {
    const entry = element(map, request.address);
    if (request.address === 'popups.close') {
      return portal.page
        .locator(`[${POPUP_ATTRIBUTE}="${marker}"]`)
        .locator(portalSelector({ op: 'popup-close', texts: [...entry.texts] }))
        .first();
    }
    return portal.page.locator(portalSelector({ op: 'find', query: toQuery(entry) }));
  }

  // Remembering

  /**
   * A control no words find alone: marked in the page and used for the rest of this run while
   * that page shows it (the step asks for it again, to open a group and then to hover it), never
   * written to the portal-map file.
   */
  private async useForThisRun(
    portal: TeachablePortal,
    request: ShowRequest,
    entry: PortalElement,
    found: Described,
    marker: string,
  ): Promise<Locator> {
    const { page } = portal;
    const control = page.locator(`[${CONTROL_ATTRIBUTE}="${marker}"]`);
    await control.evaluate(
      (el, [attribute, value]) => el.setAttribute(attribute as string, value as string),
      [RUN_ONLY_ATTRIBUTE, marker],
    );
    this.runOnly.set(request.address, marker);
    this.options.terminal.info(
      `Using ${found.phrase} as ${entry.name} for this run only: ${found.forThisRun}, so nothing is saved.`,
    );
    this.options.log?.info({ address: request.address }, 'an operator showed an element for this run only');
    return page.locator(`[${RUN_ONLY_ATTRIBUTE}="${marker}"]`);
  }

  /** The control shown for this run only, when the page still shows it. */
  private async usedBefore(portal: TeachablePortal, request: ShowRequest): Promise<Locator | undefined> {
    const marker = this.runOnly.get(request.address);
    if (!marker || request.why === 'covered') return undefined;
    const control = portal.page.locator(`[${RUN_ONLY_ATTRIBUTE}="${marker}"]`);
    return (await control.isVisible().catch(() => false)) ? control : undefined;
  }

  private async learn(
    portal: TeachablePortal,
    request: ShowRequest,
    entry: PortalElement,
    found: Described,
    marker: string,
  ): Promise<Locator> {
    const { store, terminal, log } = this.options;
    const { page } = portal;
    const learned = store.add(request.address, found.change, page.url());
    portal.useMap(store.map());
    await page
      .evaluate(
        `document.querySelectorAll('[${CONTROL_ATTRIBUTE}]').forEach((el) => el.removeAttribute('${CONTROL_ATTRIBUTE}'))`,
      )
      .catch(() => undefined);
    terminal.info(
      store.file
        ? `Learned: ${entry.name} is ${found.phrase}. Saved to ${store.file}; later runs find it without asking. For the team: \`einv-gsp drift\` lists it, to fold into src/portal-map.ts.`
        : `Learned: ${entry.name} is ${found.phrase}, for this run only (no portal-map file to save it to).`,
    );
    log?.info({ learned: describeLearned(learned) }, 'learned a portal-map entry from the operator');
    return this.locatorWith(portal, request, portal.finder.map, marker);
  }

  /**
   * A learned entry that finds nothing on its own screen is taken out of the file with a note:
   * the portal changed again, and the bot does not stretch an old answer to fit.
   */
  private async dropIfStale(request: ShowRequest, portal: TeachablePortal): Promise<void> {
    const { store, terminal, log } = this.options;
    if (request.why === 'covered' || !store.isLearned(request.address)) return;
    const screen = SCREEN_OF[request.address.split('.')[0] ?? ''];
    if (!screen || (await portal.currentScreen().catch(() => 'unknown')) !== screen) return;
    const name = portal.finder.entry(request.address).name;
    const dropped = store.drop(request.address);
    if (!dropped) return;
    portal.useMap(store.map());
    // Said by the element's name; its portal-map key and the rest are in run.log for the team.
    const texts = dropped.texts.map((text) => `"${text}"`).join(' or ');
    terminal.warn(
      `What a person showed for ${name} (${texts}, on ${dropped.learnedAt}) no longer finds anything here: forgotten${store.file ? `, and taken out of ${store.file}` : ''}.`,
    );
    log?.warn(
      { dropped: describeLearned(dropped) },
      'dropped a learned portal-map entry that no longer resolves',
    );
  }

  // The page

  /** The capture listeners for every page load from now on, and in the page already open. */
  private async install(page: Page): Promise<void> {
    if (this.pages.has(page)) {
      await page.evaluate(TEACHING_LIB_SOURCE);
      return;
    }
    this.pages.add(page);
    await page.exposeBinding(SHOWN_BINDING, (source, marker: unknown) => {
      if (source.frame === page.mainFrame() && typeof marker === 'string') this.onShown?.(marker);
    });
    await page.addInitScript({ content: TEACHING_LIB_SOURCE });
    await page.evaluate(TEACHING_LIB_SOURCE);
  }

  private async disarm(page: Page): Promise<void> {
    await page
      .evaluate(`(() => { const t = ${TEACHING_LIB_SOURCE}; t.disarm(); t.clear(); })()`)
      .catch(() => undefined);
  }

  /** Outlines what the finder considered: the matches when several, the closest otherwise. */
  private async outline(portal: TeachablePortal, request: ShowRequest, entry: PortalElement): Promise<void> {
    const { page } = portal;
    const query = toQuery(entry);
    const candidates = request.within
      ? request.within
          .first()
          .locator('button,a,input[type=button],input[type=submit],[role=button],[onclick]')
      : page.locator(portalSelector({ op: request.why === 'ambiguous' ? 'find' : 'closest', query }));
    await candidates
      .evaluateAll((elements, attribute) => {
        for (const el of elements) el.setAttribute(attribute as string, '');
      }, CANDIDATE_ATTRIBUTE)
      .catch(() => undefined);
    const banner = `einv-gsp: click ${entry.name}`;
    await page
      .evaluate(
        `(() => {
          const marked = Array.from(document.querySelectorAll('[${CANDIDATE_ATTRIBUTE}]'));
          for (const el of marked) el.removeAttribute('${CANDIDATE_ATTRIBUTE}');
          ${TEACHING_LIB_SOURCE}.outline(marked, ${JSON.stringify(banner)});
        })()`,
      )
      .catch(() => undefined);
  }

  // Stopping

  private stopped(problem: PortalChanged, how: 'timeout' | 'enter'): PortalChanged {
    const seconds = Math.round(this.timeoutMs / 1000);
    const said =
      how === 'timeout'
        ? `Nothing was clicked in the browser window within ${seconds >= 120 ? `${Math.round(seconds / 60)} minutes` : `${seconds} s`}.`
        : 'Stopped at the terminal instead of a click.';
    return withRemedy(problem, `${said} ${problem.remedy ?? ''}`.trim());
  }

  private unasked(problem: PortalChanged): PortalChanged {
    return withRemedy(
      problem,
      `${problem.remedy ?? ''} This run could not be shown the element (${this.options.cannotAsk}): a headed run on a terminal (register or batch without --headless, answering at the terminal) asks you to click it in the browser window and remembers it.`.trim(),
    );
  }
}

interface Described {
  change: ElementOverride;
  /**
   * Why the click cannot be written down (no words find the control alone): it is used for this
   * run only, on this page, and said so, rather than refused.
   */
  forThisRun?: string;
  /** The text that finds it. */
  text: string;
  /** "the radio beside the text "Through GSP partner"" */
  phrase: string;
}

/** A way on's control as the finder looks for it: by its words, as a button or link is found. */
function wayOnQuery(click: WayOn['click']): ElementQuery {
  return {
    kind: 'button',
    texts: [...click.texts],
    ids: [...(click.ids ?? [])],
    names: [...(click.names ?? [])],
  };
}

/** What a page shows of itself: its title, its first heading drawn, its address's path. */
export async function pageIdentity(page: Page): Promise<PageIdentity> {
  return page.evaluate(() => {
    const shown = (el: Element) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const heading = Array.from(document.querySelectorAll('h1,h2,h3,[role="heading"]')).find(shown);
    return {
      title: document.title.replace(/\s+/g, ' ').trim(),
      heading: (heading?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      path: location.pathname,
    };
  });
}

/** The page "Advisory", in the operator's words. */
export function pageName(page: PageIdentity): string {
  const said = page.heading || page.title;
  return said ? `the page "${said}"` : `the page at ${page.path}`;
}

/** What identifies the page in a way on: what it draws (its heading, its title), else its path. */
function pageKey(page: PageIdentity): WayOn['page'] {
  const key: WayOn['page'] = {};
  if (page.title) key.title = page.title;
  if (page.heading) key.heading = page.heading;
  return key.title || key.heading ? key : { path: page.path };
}

function forThisRun(control: string, why: string): Described {
  return { change: {}, text: '', phrase: control, forThisRun: why };
}

function phrase(
  descriptor: KindDescriptor,
  reading: Reading,
  change: ElementOverride,
  request: ShowRequest,
): string {
  const kind = descriptor.words;
  const said =
    reading.how === 'beside'
      ? `the ${kind} beside the text "${reading.text}"`
      : reading.how === 'name'
        ? `the ${kind} ${descriptor.says} "${reading.text}"`
        : reading.how === 'title'
          ? `the ${kind} titled "${reading.text}"`
          : `the ${kind} labelled "${reading.text}"`;
  const narrowed = change.ids?.[0]
    ? ` (narrowed by its id "${change.ids[0]}")`
    : change.names?.[0]
      ? ` (narrowed by its name "${change.names[0]}")`
      : '';
  return `${said}${narrowed}${request.within ? ' in the popup' : ''}`;
}

/**
 * The same error with another remedy: the message (the diagnosis) is kept as it was, and an
 * element not found stays one (missing or ambiguous): the menu's walk reads a missing entry after
 * a late popup as the way lost to it, and walks again.
 */
function withRemedy(problem: PortalChanged, remedy: string): PortalChanged {
  const changed =
    problem instanceof ElementNotFound
      ? new ElementNotFound(
          problem.entry,
          problem.screen,
          problem.looked,
          problem.seen,
          problem.problem,
          remedy,
        )
      : new PortalChanged(problem.message, remedy, problem.kind === 'timeout' ? 'timeout' : undefined);
  changed.step = problem.step;
  return changed;
}

function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
