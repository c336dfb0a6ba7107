/**
 * `register --record <dir>`: keeps what the portal really looked like at every step (the
 * page's HTML and ARIA snapshot) and the run's traffic as a HAR (page loads, form posts, and
 * the pages' own fetch and XHR calls: an OTP checked in place, a form saved by AJAX), so the
 * team can update the mock, replay the pages as a test and check them for drift.
 *
 * Nothing unscrubbed is ever written: the traffic and the pages are held in memory and every
 * flush writes the whole recording again through the Scrubber (atomically, owner-only), so a
 * crash leaves the recording of the last finished flush, scrubbed. A flush follows every step,
 * failed ones included: the failing page is the one the team needs most.
 */
import { join } from 'node:path';
import type { Page, Request } from 'playwright';
import { makePrivateDir, writePrivateFile } from '../private-files.js';
import { STEPS, type StepName } from '../steps.js';
import {
  checkRecordingDir,
  HAR_FILE,
  type Har,
  type HarEntry,
  type HarHeader,
  MANIFEST_FILE,
  RECORDING_FORMAT,
  type RecordedStep,
  type RecordingManifest,
} from './recording.js';
import { type Identifiers, Scrubber, type ScrubOptions } from './scrub.js';

export interface RecorderOptions extends ScrubOptions {
  dir: string;
  portalUrl: string;
  version: string;
  gsp: string;
  dryRun: boolean;
  identifiers: Identifiers & { apiUsername: string };
}

/** One request and its response as seen by the page, unscrubbed: held in memory only. */
interface Exchange {
  startedDateTime: string;
  started: number;
  time: number;
  method: string;
  url: string;
  resourceType: string;
  requestHeaders: HarHeader[];
  postData?: string;
  postMimeType?: string;
  status?: number;
  statusText?: string;
  responseHeaders: HarHeader[];
  mimeType: string;
  size: number;
  body?: string;
  dropped?: string;
  failure?: string;
}

interface CapturedPage {
  step: StepName;
  index: number;
  status: 'ok' | 'failed';
  capturedAt: string;
  url?: string;
  pageTitle?: string;
  html?: string;
  aria?: string;
  alerts: string[];
  problem?: string;
}

const SCRUBBED = [
  'the portal and API passwords, OTPs and captcha answers typed in the run, wherever they appear (also URL-, HTML- and JSON-encoded)',
  'captcha images (never kept) and the value of every password, OTP and captcha field',
  'cookies and session ids (names kept, values removed), anti-forgery tokens, hidden fields (salts, tokens, view state)',
  'form fields, query parameters and headers whose names say they are secret',
  'every field value in the ARIA snapshots',
  'mobile numbers (XXXXXXXXXX) and e-mail addresses ([email])',
];

const TEXT_TYPES =
  /^(text\/|application\/(?:json|javascript|xml|xhtml\+xml|x-www-form-urlencoded))|\+json|\+xml/i;

/** Why a response body is not kept, or undefined to keep it (scrubbed). */
function dropReason(url: string, resourceType: string, mimeType: string): string | undefined {
  if (/captcha/i.test(url)) return 'captcha: never kept';
  if (['image', 'media', 'font'].includes(resourceType) || /^(image|audio|video|font)\//i.test(mimeType))
    return `${resourceType}: not kept`;
  if (!TEXT_TYPES.test(mimeType)) return `${mimeType || 'unknown type'}: not kept`;
  return undefined;
}

export class Recorder {
  readonly dir: string;
  private readonly scrubber: Scrubber;
  private readonly exchanges: Exchange[] = [];
  private readonly requests = new WeakMap<Request, Exchange>();
  private readonly pending = new Set<Promise<void>>();
  private readonly pages: CapturedPage[] = [];
  private alerts: string[] = [];
  private readonly recordedAt = new Date().toISOString();
  private outcome: { status: string; finishedAt?: string; error?: { step: string; kind: string } } = {
    status: 'running',
  };
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: RecorderOptions) {
    this.dir = makePrivateDir(checkRecordingDir(options.dir));
    this.scrubber = new Scrubber(options);
    this.write();
  }

  /** Listens to the page's traffic from the first request on (RunIO.onPage). */
  readonly attach = (page: Page): void => {
    page.on('request', (request) => this.started(request));
    page.on('requestfinished', (request) => this.track(this.finished(request)));
    page.on('requestfailed', (request) => {
      const exchange = this.requests.get(request);
      if (exchange) {
        exchange.failure = request.failure()?.errorText ?? 'failed';
        exchange.time = Date.now() - exchange.started;
      }
    });
    page.on('dialog', (dialog) => {
      this.alerts.push(dialog.message());
    });
  };

  /** Keeps the page as the step left it, then writes the whole recording again (RunIO.afterStep). */
  readonly afterStep = async (step: StepName, page: Page, status: 'ok' | 'failed'): Promise<void> => {
    const captured: CapturedPage = {
      step,
      index: this.pages.length + 1,
      status,
      capturedAt: new Date().toISOString(),
      alerts: this.alerts,
    };
    this.alerts = [];
    try {
      captured.url = page.url();
      captured.html = await contentOf(page);
      captured.pageTitle = await page.title();
      captured.aria = await page.ariaSnapshot({ timeout: 5_000 });
    } catch (error) {
      captured.problem = `the page could not be read completely: ${(error as Error).message.split('\n')[0]}`;
    }
    this.pages.push(captured);
    await this.flush();
  };

  /** Writes the outcome and the last of the traffic. Safe to call whatever happened. */
  async finish(status: string, error?: { step?: string; kind: string }): Promise<void> {
    this.outcome = {
      status,
      finishedAt: new Date().toISOString(),
      ...(error ? { error: { step: error.step ?? '', kind: error.kind } } : {}),
    };
    await this.flush();
  }

  private started(request: Request): void {
    const url = request.url();
    if (!/^https?:/i.test(url)) return;
    const exchange: Exchange = {
      startedDateTime: new Date().toISOString(),
      started: Date.now(),
      time: -1,
      method: request.method(),
      url,
      resourceType: request.resourceType(),
      requestHeaders: [],
      postData: request.postData() ?? undefined,
      responseHeaders: [],
      mimeType: '',
      size: 0,
    };
    this.exchanges.push(exchange);
    this.requests.set(request, exchange);
    this.track(
      request.headersArray().then((headers) => {
        exchange.requestHeaders = headers;
        exchange.postMimeType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
      }),
    );
  }

  private async finished(request: Request): Promise<void> {
    const exchange = this.requests.get(request);
    const response = await request.response();
    if (!exchange || !response) return;
    exchange.time = Date.now() - exchange.started;
    exchange.status = response.status();
    exchange.statusText = response.statusText();
    exchange.responseHeaders = await response.headersArray();
    exchange.mimeType = (await response.headerValue('content-type')) ?? '';
    if (exchange.status >= 300 && exchange.status < 400) return;
    exchange.dropped = dropReason(exchange.url, exchange.resourceType, exchange.mimeType);
    const body = await response.body();
    exchange.size = body.length;
    if (!exchange.dropped) exchange.body = body.toString('utf8');
  }

  private track(work: Promise<void>): void {
    const settled = work.catch(() => undefined);
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }

  /** Waits for the bodies still arriving, then writes everything, one flush at a time. */
  private flush(): Promise<void> {
    this.writing = this.writing.then(async () => {
      await Promise.all([...this.pending]);
      this.write();
    });
    return this.writing;
  }

  /**
   * Scrubs and writes every file. Twice over the material: the first pass only learns the
   * values to take out (tokens, salts, cookies), so that a value found in one file is taken
   * out of all of them, including files written before it was found.
   */
  private write(): void {
    this.render(); // learning only: its output is thrown away
    const { har, steps } = this.render();
    for (const [file, text] of steps.files) writePrivateFile(join(this.dir, file), text);
    writePrivateFile(join(this.dir, HAR_FILE), `${JSON.stringify(har, null, 1)}\n`);
    const { options, outcome } = this;
    const manifest: RecordingManifest = {
      format: RECORDING_FORMAT,
      tool: { name: 'einv-gsp', version: options.version },
      recordedAt: this.recordedAt,
      ...(outcome.finishedAt ? { finishedAt: outcome.finishedAt } : {}),
      portalUrl: options.portalUrl,
      keepIdentifiers: options.keepIdentifiers,
      target: {
        gsp: options.gsp,
        ...(options.keepIdentifiers
          ? { gstin: options.identifiers.gstin, apiUsername: options.identifiers.apiUsername }
          : {}),
        dryRun: options.dryRun,
      },
      status: outcome.status,
      ...(outcome.error ? { error: outcome.error } : {}),
      scrubbed: [
        ...SCRUBBED,
        options.keepIdentifiers
          ? 'GSTIN and usernames kept (--keep-identifiers)'
          : 'GSTINs ([GSTIN]) and the portal and API usernames ([username], API_[username])',
      ],
      steps: steps.records,
      har: HAR_FILE,
    };
    writePrivateFile(join(this.dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  }

  private render(): { har: Har; steps: { files: Map<string, string>; records: RecordedStep[] } } {
    const s = this.scrubber;
    const entries = this.exchanges.map((exchange) => this.entry(exchange));
    const files = new Map<string, string>();
    const records = this.pages.map((captured): RecordedStep => {
      const base = `${String(captured.index).padStart(2, '0')}-${captured.step}`;
      const record: RecordedStep = {
        index: captured.index,
        name: captured.step,
        title: STEPS[captured.step],
        status: captured.status,
        capturedAt: captured.capturedAt,
        ...(captured.url ? { url: s.url(captured.url) } : {}),
        ...(captured.pageTitle !== undefined ? { pageTitle: s.text(captured.pageTitle) } : {}),
        alerts: captured.alerts.map((alert) => s.text(alert)),
        ...(captured.problem ? { problem: s.text(captured.problem) } : {}),
      };
      if (captured.html !== undefined) {
        record.html = `${base}.html`;
        files.set(record.html, s.html(captured.html));
      }
      if (captured.aria !== undefined) {
        record.aria = `${base}.aria.yml`;
        files.set(record.aria, `${s.aria(captured.aria)}\n`);
      }
      return record;
    });
    return {
      har: {
        log: {
          version: '1.2',
          creator: { name: 'einv-gsp', version: this.options.version },
          pages: [],
          entries,
        },
      },
      steps: { files, records },
    };
  }

  private entry(exchange: Exchange): HarEntry {
    const s = this.scrubber;
    const url = s.url(exchange.url);
    let query: HarHeader[] = [];
    try {
      query = [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
    } catch {
      query = [];
    }
    const location = exchange.responseHeaders.find((h) => h.name.toLowerCase() === 'location')?.value;
    const content: HarEntry['response']['content'] = { size: exchange.size, mimeType: exchange.mimeType };
    if (exchange.body !== undefined) content.text = s.body(exchange.body, exchange.mimeType);
    else if (exchange.dropped) content.comment = exchange.dropped;
    return {
      startedDateTime: exchange.startedDateTime,
      time: exchange.time,
      request: {
        method: exchange.method,
        url,
        httpVersion: 'HTTP/1.1',
        headers: s.headers(exchange.requestHeaders),
        queryString: query,
        cookies: [],
        headersSize: -1,
        bodySize: exchange.postData?.length ?? 0,
        ...(exchange.postData !== undefined
          ? {
              postData: {
                mimeType: exchange.postMimeType ?? '',
                text: s.body(exchange.postData, exchange.postMimeType ?? ''),
              },
            }
          : {}),
      },
      response: {
        status: exchange.status ?? 0,
        statusText: exchange.statusText ?? '',
        httpVersion: 'HTTP/1.1',
        headers: s.headers(exchange.responseHeaders),
        cookies: [],
        content,
        redirectURL: location ? s.text(location) : '',
        headersSize: -1,
        bodySize: exchange.size,
        ...(exchange.failure ? { _failureText: exchange.failure } : {}),
      },
      cache: {},
      timings: { send: 0, wait: Math.max(exchange.time, 0), receive: 0 },
      _resourceType: exchange.resourceType,
    };
  }
}

/** The page's HTML; a page caught mid-navigation is read again once it has loaded. */
async function contentOf(page: Page): Promise<string> {
  try {
    return await page.content();
  } catch {
    await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
    return page.content();
  }
}
