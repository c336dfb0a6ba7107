/**
 * Replays a recording: the bot's real flow runs against the recorded pages, and the mock's
 * state machine answers what cannot be matched byte for byte (the salted password hash, a
 * fresh captcha, the OTPs, the anti-forgery tokens).
 *
 * Every request of the browser is intercepted at the recorded portal's origin; nothing falls
 * through to the network:
 * - stylesheets and scripts are served from the HAR;
 * - what the recording left out on purpose (the captcha picture) comes from the mock;
 * - each page load, form post and script request (fetch/XHR: an OTP verified in place, a form
 *   saved by AJAX) goes to the mock first (its session is kept here, not in the browser),
 *   which must answer as the portal did then (same status, same redirect); the browser then
 *   gets the recorded answer, with the mock's fresh values (token, salt) put where the
 *   recording has [redacted]: hidden fields of a page, the same keys of a JSON answer. So the
 *   next post passes the mock's checks, and the page's script reads what the portal sent.
 * - a post must carry the recorded fields with the recorded values (secret ones excepted),
 *   form-encoded or JSON.
 * Anything else is refused: aborted, and listed in `unmatched`, which a test expects empty.
 *
 * Redirects are followed here rather than handed to the browser: Playwright does not route a
 * request that follows a redirect, so it would reach the network. The page therefore keeps
 * the URL it posted to; the bot never reads URLs.
 */
import { Readable } from 'node:stream';
import type { Browser, Page, Request, Route } from 'playwright';
import { type ReadyConfig, type RunResult, registerWith } from '../flows/register-gstin.js';
import type { RunSettings, Target } from '../src/config.js';
import { LineHuman } from '../src/human.js';
import { DEFAULT_PASSWORD_RULE } from '../src/password.js';
import { decodeAttribute, hiddenInputs, rewriteTags } from '../src/recording/html.js';
import type { HarEntry, Recording } from '../src/recording/recording.js';
import { SecretValues } from '../src/secret-values.js';
import { LineTerminal } from '../src/terminal.js';

/** What the scrubber leaves where a value was: such recorded values match anything. */
const MASKED = /\[(?:redacted|GSTIN|username|api-username|email)\]|X{10}/;

interface Live {
  status: number;
  location?: string;
  contentType: string;
  body: Buffer;
}

export class ReplayHarness {
  /** Requests refused, with the reason: a replay is green only when this stays empty. */
  readonly unmatched: string[] = [];
  readonly served: string[] = [];
  private readonly origin: string;
  private readonly byKey = new Map<string, HarEntry[]>();
  private readonly cursors = new Map<string, number>();
  private readonly cookies = new Map<string, string>();
  private readonly seen: Request[] = [];
  private readonly routed = new WeakSet<Request>();

  constructor(
    recording: Recording,
    private readonly mockUrl: string,
  ) {
    this.origin = new URL(recording.manifest.portalUrl).origin;
    for (const entry of recording.har.log.entries) {
      const key = keyOf(entry.request.method, new URL(entry.request.url).pathname);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), entry]);
    }
  }

  /** For RunIO.onPage: every request of the context goes through `handle`. */
  readonly install = async (page: Page): Promise<void> => {
    page.on('request', (request) => this.seen.push(request));
    await page.context().route('**/*', (route) => this.handle(route));
  };

  /** Requests the page made that never reached the harness (none should). */
  escaped(): string[] {
    return this.seen.filter((request) => !this.routed.has(request)).map((r) => `${r.method()} ${r.url()}`);
  }

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    this.routed.add(request);
    const url = new URL(request.url());
    const label = `${request.method()} ${url.pathname}${url.search}`;
    try {
      if (url.origin !== this.origin) return await this.refuse(route, `${label}: not the recorded portal`);
      const key = keyOf(request.method(), url.pathname);
      const recorded = this.byKey.get(key);
      if (!recorded?.[0]) return await this.refuse(route, `${label}: not in the recording`);
      const sample = recorded[0];
      if (sample.response.content.text === undefined && sample.response.content.comment) {
        // Left out on purpose (the captcha): the mock draws a fresh one for its session.
        const live = await this.live(request.method(), url.pathname + url.search);
        if (live.status >= 400) return await this.refuse(route, `${label}: the mock answered ${live.status}`);
        this.served.push(`${label} (mock)`);
        return await route.fulfill({ status: live.status, contentType: live.contentType, body: live.body });
      }
      if (!isPage(sample)) {
        const entry = this.take(key, true) as HarEntry;
        this.served.push(`${label} (recording)`);
        return await route.fulfill({
          status: entry.response.status,
          contentType: entry.response.content.mimeType,
          body: entry.response.content.text ?? '',
        });
      }
      await this.page(route, request, url, label);
    } catch (error) {
      await this.refuse(route, `${label}: ${(error as Error).message}`);
    }
  }

  /** A page load, a form post or a script's request: the mock decides, the recording supplies the answer. */
  private async page(route: Route, request: Request, url: URL, label: string): Promise<void> {
    let key = keyOf(request.method(), url.pathname);
    // A script may read the same thing again (a table redrawn): a GET is asked of the mock each
    // time and answered with the last recorded answer once the recorded ones are used up.
    let entry = this.take(key, request.method() === 'GET' && isScript(request.resourceType()));
    if (!entry) return this.refuse(route, `${label}: more requests than the recording has`);
    const body = request.postData() ?? undefined;
    const contentType = (await request.headerValue('content-type')) ?? undefined;
    if (request.method() !== 'GET') {
      const problem = bodyDifference(entry.request.postData, body, contentType);
      if (problem) return this.refuse(route, `${label}: ${problem}`);
    }
    const ajax = (await request.headerValue('x-requested-with')) ?? undefined;
    let live = await this.live(request.method(), url.pathname + url.search, body, contentType, ajax);
    for (let hops = 0; ; hops++) {
      if (live.status !== entry.response.status) {
        return this.refuse(
          route,
          `${label}: the mock answered ${live.status} where the recording has ${entry.response.status}`,
        );
      }
      if (!live.location) break;
      const next = new URL(live.location, this.mockUrl);
      const recordedNext = entry.response.redirectURL
        ? new URL(entry.response.redirectURL, this.origin)
        : undefined;
      if (hops > 5 || next.pathname !== recordedNext?.pathname) {
        return this.refuse(
          route,
          `${label}: the mock redirected to ${next.pathname} where the recording went to ${recordedNext?.pathname ?? 'no redirect'}`,
        );
      }
      key = keyOf('GET', next.pathname);
      entry = this.take(key, false);
      if (!entry)
        return this.refuse(route, `${label} → GET ${next.pathname}: more requests than the recording has`);
      live = await this.live('GET', next.pathname + next.search, undefined, undefined, ajax);
    }
    const recorded = entry.response.content.text ?? '';
    const mimeType = entry.response.content.mimeType || 'text/html; charset=utf-8';
    const liveText = live.body.toString('utf8');
    this.served.push(`${label} (recording, mock state)`);
    await route.fulfill({
      status: entry.response.status,
      contentType: mimeType,
      body: /json/i.test(mimeType) ? spliceJson(recorded, liveText) : spliceHidden(recorded, liveText),
    });
  }

  /** The next recorded entry for a request; static files may be asked for again. */
  private take(key: string, reuse: boolean): HarEntry | undefined {
    const entries = this.byKey.get(key) ?? [];
    const at = this.cursors.get(key) ?? 0;
    if (at >= entries.length) return reuse ? entries.at(-1) : undefined;
    this.cursors.set(key, at + 1);
    return entries[at];
  }

  private async refuse(route: Route, why: string): Promise<void> {
    this.unmatched.push(why);
    await route.abort('blockedbyclient').catch(() => undefined);
  }

  /** Asks the mock, in the one session the harness keeps for the replay. */
  private async live(
    method: string,
    path: string,
    body?: string,
    contentType?: string,
    requestedWith?: string,
  ): Promise<Live> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, this.mockUrl), {
      method,
      redirect: 'manual',
      headers: {
        ...(contentType ? { 'content-type': contentType } : {}),
        ...(cookie ? { cookie } : {}),
        ...(requestedWith ? { 'x-requested-with': requestedWith } : {}),
      },
      ...(body !== undefined && method !== 'GET' ? { body } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return {
      status: response.status,
      location: response.headers.get('location') ?? undefined,
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      body: Buffer.from(await response.arrayBuffer()),
    };
  }
}

function keyOf(method: string, pathname: string): string {
  return `${method.toUpperCase()} ${pathname}`;
}

function isScript(resourceType: string): boolean {
  return resourceType === 'fetch' || resourceType === 'xhr';
}

/** What the mock must answer: page loads, posts, and a script's requests (its AJAX calls). */
function isPage(entry: HarEntry): boolean {
  return (
    entry._resourceType === 'document' || isScript(entry._resourceType) || entry.request.method !== 'GET'
  );
}

/** Where a posted body differs from the recorded one: form-encoded or JSON, masked values aside. */
export function bodyDifference(
  recorded: { mimeType: string; text: string } | undefined,
  live: string | undefined,
  liveType: string | undefined,
): string | undefined {
  const json = /json/i.test(recorded?.mimeType ?? '') || /json/i.test(liveType ?? '');
  return json ? jsonDifference(recorded?.text, live) : formDifference(recorded?.text, live);
}

/** Where a posted JSON body differs from the recorded one: the same keys, the same unmasked values. */
export function jsonDifference(recorded: string | undefined, live: string | undefined): string | undefined {
  let want: unknown;
  let got: unknown;
  try {
    want = JSON.parse(recorded ?? 'null');
    got = JSON.parse(live ?? 'null');
  } catch {
    return recorded === live ? undefined : 'posted a body that is not the recorded JSON';
  }
  const walk = (a: unknown, b: unknown, path: string): string | undefined => {
    if (typeof a === 'string' && MASKED.test(a)) return undefined;
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const keysA = Object.keys(a).join(', ');
      const keysB = Object.keys(b).join(', ');
      if (Array.isArray(a) !== Array.isArray(b) || keysA !== keysB)
        return `posted ${path || 'JSON'} with [${keysB}] where the recording has [${keysA}]`;
      for (const key of Object.keys(a)) {
        const found = walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          path ? `${path}.${key}` : key,
        );
        if (found) return found;
      }
      return undefined;
    }
    return a === b
      ? undefined
      : `posted ${path}=${JSON.stringify(b)} where the recording has ${JSON.stringify(a)}`;
  };
  return walk(want, got, '');
}

/** The recorded JSON answer with the mock's live values where the scrubber left a mask. */
export function spliceJson(recorded: string, live: string): string {
  let want: unknown;
  let got: unknown;
  try {
    want = JSON.parse(recorded);
    got = JSON.parse(live);
  } catch {
    return recorded;
  }
  const walk = (a: unknown, b: unknown): unknown => {
    if (typeof a === 'string') return MASKED.test(a) && b !== undefined ? b : a;
    if (a && typeof a === 'object') {
      const other = (b && typeof b === 'object' ? b : {}) as Record<string, unknown>;
      if (Array.isArray(a)) return a.map((item, i) => walk(item, other[i]));
      return Object.fromEntries(Object.entries(a).map(([key, value]) => [key, walk(value, other[key])]));
    }
    return a;
  };
  return JSON.stringify(walk(want, got));
}

/** Where the posted form differs from the recorded one, values the scrubber masked aside. */
export function formDifference(recorded: string | undefined, live: string | undefined): string | undefined {
  const want = [...new URLSearchParams(recorded ?? '')];
  const got = new URLSearchParams(live ?? '');
  const wantNames = want.map(([name]) => name).join(', ');
  const gotNames = [...got.keys()].join(', ');
  if (wantNames !== gotNames) return `posted fields [${gotNames}] where the recording has [${wantNames}]`;
  for (const [name, value] of want) {
    if (MASKED.test(value)) continue;
    if (got.get(name) !== value)
      return `posted ${name}="${got.get(name)}" where the recording has "${value}"`;
  }
  return undefined;
}

/** The recorded page with the mock's live hidden values (token, salt) in place of [redacted]. */
export function spliceHidden(recordedPage: string, livePage: string): string {
  const live = hiddenInputs(livePage);
  return rewriteTags(recordedPage, 'input', (attributes) => {
    const name = attributes.get('name');
    if (attributes.get('type')?.toLowerCase() !== 'hidden' || name === undefined) return false;
    const value = live.get(decodeAttribute(name));
    if (value === undefined) return false;
    attributes.set('value', value);
    return true;
  });
}

export interface ReplayOptions {
  browser: Browser;
  recording: Recording;
  mockUrl: string;
  outDir: string;
  target: Target & { portalUsername: string };
  portalPassword: string;
  apiPassword: string;
  answers: string[];
  settings?: Partial<RunSettings>;
}

export interface Replay {
  result: RunResult;
  harness: ReplayHarness;
  lines: string[];
}

/** Runs the real registration flow against a recording (see ReplayHarness). */
export async function replay(options: ReplayOptions): Promise<Replay> {
  const { recording } = options;
  const harness = new ReplayHarness(recording, options.mockUrl);
  const lines: string[] = [];
  const settings: RunSettings = {
    portalUrl: recording.manifest.portalUrl,
    dryRun: recording.manifest.target.dryRun,
    headless: true,
    outDir: options.outDir,
    timeoutMs: 10_000,
    captchaAttempts: 3,
    otpAttempts: 3,
    passwordRule: DEFAULT_PASSWORD_RULE,
    ...options.settings,
  };
  const config: ReadyConfig = {
    settings,
    target: options.target,
    secrets: { portalPassword: options.portalPassword, apiPassword: options.apiPassword },
  };
  const secrets = new SecretValues();
  const human = new LineHuman(Readable.from([options.answers.map((a) => `${a}\n`).join('')]), (line) =>
    lines.push(line),
  );
  try {
    const result = await registerWith(options.browser, config, {
      human,
      terminal: new LineTerminal(
        (line) => lines.push(line),
        (text) => secrets.scrub(text),
      ),
      secrets,
      version: 'replay',
      onPage: harness.install,
    });
    return { result, harness, lines };
  } finally {
    human.close();
  }
}
