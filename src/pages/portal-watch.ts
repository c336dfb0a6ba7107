/**
 * What the portal says, wherever it says it. Errors on this portal are mostly JavaScript
 * `alert()`s, and Playwright dismisses dialogs silently unless someone listens, so every alert is
 * recorded here (and accepted) for the flow to turn into an outcome. Server errors are seen on
 * the main document's response. What the page draws as a verdict (a text in an error, warning or
 * success colour, a toast, a message dialog) is sent here by the page as it appears (see
 * src/in-page/verdict-watch.ts), so a toast that leaves the page after 3 s is caught all the same.
 */
import type { Page } from 'playwright';
import type { Tone } from '../in-page/messages.js';
import { VERDICT_WATCH_SOURCE } from './in-page-bundle.generated.js';

export interface PortalAlert {
  text: string;
  type: string;
  index: number;
}

export interface DocumentResponse {
  url: string;
  status: number;
}

/** A verdict the page drew: its words, its tone, and the document that drew it. */
export interface ShownText {
  text: string;
  tone: Tone;
  /** A toast or a message dialog: a box floating over the page (a dialog is closed once read). */
  floating: boolean;
  /** The document's own random id (see src/in-page/verdict-watch.ts). */
  doc: string;
}

/** What the page draws as verdicts now, and which document it is. */
export interface ShownNow {
  doc: string;
  texts: string[];
}

/** The binding the page's verdict watcher reports through. */
const SHOWN_BINDING = '__einvVerdictShown';

export class PortalWatch {
  private readonly alerts: PortalAlert[] = [];
  private readonly shown: ShownText[] = [];
  private readonly shownWaiters = new Set<() => void>();
  private watching: Promise<void> | undefined;
  /** The confirm() questions the page asked, for the log. */
  readonly confirmations: PortalAlert[] = [];
  /**
   * Whether a confirm() is answered OK: only while an action that raises one on purpose waits
   * for its answer (Submit's "Are you sure?"); any other is dismissed, as a person who did not
   * ask for it would.
   */
  acceptConfirms = false;
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
      // verdict: it is kept apart, so a wait for the answer goes on past it, and accepted only
      // when the step waiting raised it (see `acceptConfirms`).
      const seen = { text: dialog.message(), type: dialog.type(), index: 0 };
      if (dialog.type() === 'confirm' || dialog.type() === 'beforeunload') this.confirmations.push(seen);
      else {
        seen.index = this.alerts.length;
        this.alerts.push(seen);
      }
      for (const wake of this.waiters) wake();
      // Accepting can fail when the page navigates away at the same moment; nothing to do then.
      const declined = dialog.type() === 'confirm' && !this.acceptConfirms;
      const accepted = (declined ? dialog.dismiss() : dialog.accept()).catch(() => undefined);
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
    // A request the portal answered can still fail as net::ERR_ABORTED: a load a script then
    // replaced (an alert and a `location.href` in the answer to a WebForms postback), a call
    // whose body the page never read once it leaves (a 401 read by its status alone, then the
    // way to the login page). The portal did answer it: it is no failure.
    const answered = new WeakSet<object>();
    page.on('response', (response) => answered.add(response.request()));
    // The portal's answers to the page's own calls (AJAX): a failed or 5xx exchange means the
    // portal did not answer, whatever text the page then shows about it.
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (response.status() >= 500 && (type === 'xhr' || type === 'fetch'))
        this.failedCalls.push(`HTTP ${response.status()} from ${new URL(response.url()).pathname}`);
    });
    page.on('requestfailed', (request) => {
      const type = request.resourceType();
      if ((type === 'xhr' || type === 'fetch') && !answered.has(request))
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
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !answered.has(request)) {
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
        content: `${VERDICT_WATCH_SOURCE}.watch(${JSON.stringify(SHOWN_BINDING)})`,
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
