/**
 * What the portal says, wherever it says it. Errors on this portal are mostly JavaScript
 * `alert()`s, and Playwright dismisses dialogs silently unless someone listens, so every alert is
 * recorded here (and accepted) for the flow to turn into an outcome. Server errors are seen on
 * the main document's response. What the page draws as a verdict (a text in an error, warning or
 * success colour, a toast, a message dialog) is sent here by the page as it appears (see
 * `verdictWatcher`), so a toast that leaves the page after 3 s is caught all the same.
 */
import type { Page } from 'playwright';

export interface PortalAlert {
  text: string;
  type: string;
  index: number;
}

export interface DocumentResponse {
  url: string;
  status: number;
}

/** How a drawn verdict reads: its colour's meaning, or a message dialog (whatever its colours). */
export type Tone = 'error' | 'warning' | 'success' | 'dialog';

/** A verdict the page drew: its words, its tone, and the document that drew it. */
export interface ShownText {
  text: string;
  tone: Tone;
  /** A toast or a message dialog: a box floating over the page (a dialog is closed once read). */
  floating: boolean;
  /** The document's own random id (see `verdictWatcher`). */
  doc: string;
}

/** What the page draws as verdicts now, and which document it is. */
export interface ShownNow {
  doc: string;
  texts: string[];
}

/** The binding the page's verdict watcher reports through. */
const SHOWN_BINDING = '__einvShown';

export class PortalWatch {
  private readonly alerts: PortalAlert[] = [];
  private readonly shown: ShownText[] = [];
  private readonly shownWaiters = new Set<() => void>();
  private watching: Promise<void> | undefined;
  /** The confirm() questions the page asked (and were accepted), for the log. */
  readonly confirmations: PortalAlert[] = [];
  private readonly waiters = new Set<() => void>();
  /** The main document's last response, and its last failed load (e.g. a dropped connection). */
  lastDocument: DocumentResponse | undefined;
  lastFailure: string | undefined;
  /** The page's own calls to the portal (XHR, fetch) that failed or got a server error. */
  readonly failedCalls: string[] = [];
  private readonly serverErrors: DocumentResponse[] = [];
  private readonly serverErrorWaiters = new Set<() => void>();
  /** Alerts being accepted: the page's script goes on (redraws, or leaves) only once they are. */
  private readonly accepting = new Set<Promise<void>>();
  /** The main frame's document requests and load events, in the order they came. */
  private readonly documentEvents: ('request' | 'load')[] = [];
  private readonly documentWaiters = new Set<() => void>();

  constructor(readonly page: Page) {
    page.on('dialog', (dialog) => {
      // A confirm() ("Are you sure?") is the page asking before it sends, not the portal's
      // verdict: it is accepted and kept apart, so a wait for the answer goes on past it.
      const seen = { text: dialog.message(), type: dialog.type(), index: 0 };
      if (dialog.type() === 'confirm' || dialog.type() === 'beforeunload') this.confirmations.push(seen);
      else {
        seen.index = this.alerts.length;
        this.alerts.push(seen);
      }
      for (const wake of this.waiters) wake();
      // Accepting can fail when the page navigates away at the same moment; nothing to do then.
      const accepted = dialog.accept().catch(() => undefined);
      this.accepting.add(accepted);
      void accepted.then(() => this.accepting.delete(accepted));
    });
    const documentEvent = (event: 'request' | 'load') => {
      this.documentEvents.push(event);
      for (const wake of this.documentWaiters) wake();
    };
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documentEvent('request');
    });
    page.on('load', () => documentEvent('load'));
    // The portal's answers to the page's own calls (AJAX): a failed or 5xx exchange means the
    // portal did not answer, whatever text the page then shows about it.
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (response.status() >= 500 && (type === 'xhr' || type === 'fetch'))
        this.failedCalls.push(`HTTP ${response.status()} from ${new URL(response.url()).pathname}`);
    });
    page.on('requestfailed', (request) => {
      const type = request.resourceType();
      if (type === 'xhr' || type === 'fetch')
        this.failedCalls.push(
          `${request.failure()?.errorText ?? 'failed'} for ${new URL(request.url()).pathname}`,
        );
    });
    page.on('response', (response) => {
      if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) {
        this.lastDocument = { url: response.url(), status: response.status() };
        if (response.status() >= 500) {
          this.serverErrors.push(this.lastDocument);
          for (const wake of this.serverErrorWaiters) wake();
        }
      }
    });
    page.on('requestfailed', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        this.lastFailure = request.failure()?.errorText ?? 'failed';
      }
    });
  }

  /** Forgets the last document seen, so what follows an action can be told apart. */
  forgetDocuments(): void {
    this.lastDocument = undefined;
    this.lastFailure = undefined;
  }

  /** A point in the history of server errors, for `nextServerError`. */
  serverErrorMark(): number {
    return this.serverErrors.length;
  }

  /** Resolves with the first main-document server error (5xx) after `mark`. Never rejects. */
  nextServerError(mark: number): Promise<DocumentResponse> {
    return waitForEntry(this.serverErrors, mark, this.serverErrorWaiters);
  }

  /** Resolves once every alert shown so far has been accepted (its page's script has gone on). */
  async alertsAccepted(): Promise<void> {
    await Promise.all(this.accepting);
  }

  /** A point in the main frame's document requests and loads, for `leftSince`. */
  documentMark(): number {
    return this.documentEvents.length;
  }

  /** Whether the page asked for a new document after `mark` (it is leaving, or has left). */
  leftSince(mark: number): boolean {
    return this.documentEvents.indexOf('request', mark) >= 0;
  }

  /**
   * Resolves once the last document requested after `mark` has loaded (at once when none was
   * requested). Never rejects: a request that never becomes a page (a download, a 204) leaves
   * it pending, so callers race it with their timeout.
   */
  loadedSince(mark: number): Promise<void> {
    const loaded = () => {
      const request = this.documentEvents.lastIndexOf('request');
      return request < mark || this.documentEvents.indexOf('load', request) >= 0;
    };
    if (loaded()) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        if (!loaded()) return;
        this.documentWaiters.delete(wake);
        resolve();
      };
      this.documentWaiters.add(wake);
    });
  }

  /**
   * Has every document from now on report its drawn verdicts as they appear (once per page;
   * before the first navigation, so the first page has it too).
   */
  watchShown(): Promise<void> {
    this.watching ??= (async () => {
      await this.page.exposeBinding(SHOWN_BINDING, (_source, reported: unknown) => {
        for (const text of reported as ShownText[]) this.shown.push(text);
        for (const wake of this.shownWaiters) wake();
      });
      await this.page.addInitScript({
        content: `(${VERDICT_WATCHER_SOURCE})(${JSON.stringify(SHOWN_BINDING)})`,
      });
    })();
    return this.watching;
  }

  /** What the page draws as verdicts now (none in a document without the watcher, such as a page set by hand). */
  async shownNow(): Promise<ShownNow | undefined> {
    return (await this.page.evaluate('globalThis.__einvVerdicts?.now()').catch(() => undefined)) as
      | ShownNow
      | undefined;
  }

  /** A point in the drawn verdicts' history, for `shownSince` and `nextShown`. */
  shownMark(): number {
    return this.shown.length;
  }

  shownSince(mark: number): ShownText[] {
    return this.shown.slice(mark);
  }

  /** Resolves with the first verdict drawn after `mark` by the document `doc`. Never rejects. */
  nextShown(mark: number, doc: string): Promise<ShownText> {
    const first = () => this.shown.slice(mark).find((text) => text.doc === doc);
    const present = first();
    if (present) return Promise.resolve(present);
    return new Promise((resolve) => {
      const wake = () => {
        const found = first();
        if (!found) return;
        this.shownWaiters.delete(wake);
        resolve(found);
      };
      this.shownWaiters.add(wake);
    });
  }

  /** A point in the alert history; `since` and `nextAlert` look only at what came after it. */
  mark(): number {
    return this.alerts.length;
  }

  since(mark: number): PortalAlert[] {
    return this.alerts.slice(mark);
  }

  /** Resolves with the first alert after `mark`, however early it came. Never rejects. */
  nextAlert(mark: number): Promise<PortalAlert> {
    return waitForEntry(this.alerts, mark, this.waiters);
  }
}

function waitForEntry<T>(entries: readonly T[], index: number, waiters: Set<() => void>): Promise<T> {
  const present = entries[index];
  if (present !== undefined) return Promise.resolve(present);
  return new Promise((resolve) => {
    const wake = () => {
      const entry = entries[index];
      if (entry !== undefined) {
        waiters.delete(wake);
        resolve(entry);
      }
    };
    waiters.add(wake);
  });
}

/**
 * Runs in every document from its start: reports to Node, through `binding`, each verdict the
 * page draws as it appears, and answers `__einvVerdicts.now()` with those showing. A verdict is
 * what a person reads as the portal's word, by how it is drawn, not by its markup: words in an
 * error (red), warning (amber) or success (green) colour, or white on such a background (a
 * toast), or in a message dialog (a box over the page with no field in it). Words in a control
 * (a red button, a link) or without a letter (a red "*") are none. Before the load event nothing
 * is reported one by one: the document is looked at whole once it has loaded (its stylesheets
 * too). Self-contained: sent to the page as source.
 */
export function verdictWatcher(binding: string): void {
  type Shown = { text: string; tone: string; floating: boolean; doc: string };
  const holder = globalThis as unknown as Record<string, unknown> & { __einvVerdicts?: unknown };
  if (holder.__einvVerdicts || !/^https?:$/.test(location.protocol)) return;
  const doc = Math.random().toString(36).slice(2);
  const rgb = (colour: string): number[] | undefined => {
    const parts = colour.match(/[\d.]+/g)?.map(Number);
    if (!parts || parts.length < 3 || (parts[3] ?? 1) < 0.5) return undefined;
    return parts.slice(0, 3);
  };
  /** What a colour means: saturated reds, ambers and greens; greys, blues and purples mean nothing. */
  const toneOf = (colour: string): string | undefined => {
    const [r = 0, g = 0, b = 0] = rgb(colour) ?? [];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    if (max - min < 60) return undefined;
    const d = max - min;
    let hue =
      max === r ? ((g - b) / d) * 60 : max === g ? ((b - r) / d) * 60 + 120 : ((r - g) / d) * 60 + 240;
    if (hue < 0) hue += 360;
    if (hue < 18 || hue >= 330) return 'error';
    if (hue < 50) return 'warning';
    if (hue >= 75 && hue < 165) return 'success';
    return undefined;
  };
  const light = (colour: string) => (rgb(colour) ?? [0, 0, 0]).every((part) => part >= 200);
  const CONTROL =
    'button,a,select,option,textarea,input,label,[role="button"],[role="link"],[role="menuitem"]';
  const FLOATING = '[role="dialog"],[role="alertdialog"],[role="alert"],[aria-modal="true"],[aria-live]';
  const visible = (el: Element) => {
    const rect = el.getBoundingClientRect();
    return (
      rect.width > 0 &&
      rect.height > 0 &&
      el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)
    );
  };
  const words = (el: Element): string => {
    // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, not hidden markup
    let text = (el as HTMLElement).innerText ?? '';
    for (const control of Array.from(el.querySelectorAll('button,[role="button"]'))) {
      // biome-ignore lint/performance/useDomNodeTextContent: as above
      const said = (control as HTMLElement).innerText?.trim();
      const at = said ? text.lastIndexOf(said) : -1;
      if (said && at >= 0) text = text.slice(0, at) + text.slice(at + said.length);
    }
    return text.replace(/\s+/g, ' ').trim();
  };
  /** The box floating over the page that holds `el`: a dialog, an alert, a live region, or a fixed box. */
  const floatingBox = (el: Element): Element | undefined => {
    const marked = el.closest(FLOATING);
    if (marked) return marked;
    for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).position === 'fixed') return node;
    }
    return undefined;
  };
  /** The verdict `el`'s own words make, if they make one. */
  const verdictOf = (el: Element): { unit: Element; tone: string; floating: boolean } | undefined => {
    if (el.closest(CONTROL) || !visible(el)) return undefined;
    const style = getComputedStyle(el);
    let tone = toneOf(style.color);
    if (!tone && light(style.color)) {
      for (let node: Element | null = el, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
        const background = getComputedStyle(node).backgroundColor;
        if (rgb(background)) {
          tone = toneOf(background);
          break;
        }
      }
    }
    const box = floatingBox(el);
    // A box over the page with no field in it that does not say more than a message does.
    const dialog =
      box &&
      !Array.from(box.querySelectorAll('input:not([type="hidden"]),select,textarea,table')).some(visible) &&
      words(box).length <= 400 &&
      box.querySelectorAll('button,[role="button"],a').length <= 4;
    if (!tone && !dialog) return undefined;
    if (box && dialog) return { unit: box, tone: tone ?? 'dialog', floating: true };
    return tone ? { unit: el, tone, floating: false } : undefined;
  };
  const ownWords = (el: Element) =>
    Array.from(el.childNodes).some(
      (node) => node.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]{2}/u.test(node.textContent ?? ''),
    );
  const verdictsIn = (root: Element): Shown[] => {
    const found = new Map<Element, Shown>();
    const elements = [root, ...Array.from(root.querySelectorAll('*'))];
    for (const el of elements) {
      if (!ownWords(el) || /^(SCRIPT|STYLE|NOSCRIPT|TITLE)$/.test(el.tagName)) continue;
      const verdict = verdictOf(el);
      if (!verdict || found.has(verdict.unit)) continue;
      const text = words(verdict.unit);
      if (text) found.set(verdict.unit, { text, tone: verdict.tone, floating: verdict.floating, doc });
    }
    return [...found.values()];
  };
  const send = (shown: Shown[]) => {
    const report = holder[binding] as ((shown: Shown[]) => Promise<void>) | undefined;
    if (shown.length > 0) report?.(shown).catch(() => undefined);
  };
  const reported = new Set<string>();
  const pending = new Set<Element>();
  let scheduled = false;
  const look = () => {
    scheduled = false;
    const roots = [...pending].filter(
      (el) => el.isConnected && ![...pending].some((other) => other !== el && other.contains(el)),
    );
    pending.clear();
    const fresh = roots.flatMap(verdictsIn).filter((shown) => !reported.has(shown.text));
    for (const shown of fresh) reported.add(shown.text);
    send(fresh);
  };
  const observer = new MutationObserver((records) => {
    if (document.readyState !== 'complete') return;
    for (const record of records) {
      const target =
        record.target.nodeType === Node.ELEMENT_NODE
          ? (record.target as Element)
          : record.target.parentElement;
      if (target) pending.add(target);
      if (record.type === 'childList') {
        // A verdict that leaves may come back with the same words (the same refusal twice).
        for (const node of Array.from(record.removedNodes)) {
          const gone = node.textContent?.replace(/\s+/g, ' ').trim();
          if (gone)
            for (const text of reported)
              if (gone.includes(text) || text.includes(gone)) reported.delete(text);
        }
      }
    }
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(look);
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'open'],
  });
  const whole = () => {
    const shown = document.body ? verdictsIn(document.body) : [];
    for (const text of shown) reported.add(text.text);
    send(shown);
  };
  if (document.readyState === 'complete') whole();
  else addEventListener('load', whole, { once: true });
  holder.__einvVerdicts = {
    now: () => ({ doc, texts: document.body ? verdictsIn(document.body).map((shown) => shown.text) : [] }),
  };
}

const VERDICT_WATCHER_SOURCE = verdictWatcher.toString();
