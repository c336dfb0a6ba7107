/**
 * `einv-gsp drift <recording>`: does the portal, as recorded, still have what the bot needs?
 * Each recorded page is loaded as it was serialized (scripts off, nothing fetched but the
 * recorded stylesheets), and each portal-map entry the bot needs at that step is resolved with
 * the bot's own `portal=` engine, the same strategies in the same order: found (by the text a
 * person reads, or only by a known id), missing (with the closest controls on the page),
 * ambiguous (more than one), or absent (optional and not there). A missing entry whose page
 * shows a close text gets the portal-map override that would make the bot find it again.
 *
 * Elements hidden when the page was recorded (a collapsed menu, the login form before "Login"
 * is clicked, the GSP section before "Through GSP") count as present: the bot opens them
 * itself. They are looked for a second time with everything shown, and marked so.
 */
import type { Browser, Locator, Page } from 'playwright';
import { Finder, lookedFor, portalSelector, registerPortalEngine, toQuery } from '../pages/find-element.js';
import type { PortalLib } from '../pages/in-page.js';
import { LIB_INSTALLED } from '../pages/page-lib.js';
import {
  addresses,
  type ElementAddress,
  element,
  overrideFileText,
  type PortalElement,
  type PortalMap,
  type PortalMapOverrides,
} from '../portal-map.js';
import type { StepName } from '../steps.js';
import { loadRecording, type RecordedStep, type Recording } from './recording.js';

/** What the bot needs of an entry on a page. */
interface Need {
  address: ElementAddress;
  /** Why the bot can do without it; absent means the bot needs it. */
  optional?: string;
  /** Steps after which an otherwise optional entry is needed after all. */
  requiredAfter?: StepName[];
  /** Needed only when this other entry is on the page (a popup's close control). */
  onlyWith?: ElementAddress;
  /** Not needed when this other entry shows as recorded (the login form already open). */
  unlessShown?: ElementAddress;
  /** The bot only asks whether it shows: more than one match is no ambiguity. */
  shownOnly?: true;
  /** The bot reads the first match rather than stopping at two (a table read, not acted on). */
  readsFirst?: true;
}

/** The parts of the portal a step works on, each the map entries the bot acts on there. */
export const SCREEN_NEEDS = {
  login: [
    {
      address: 'home.loginButton',
      optional: 'needed only when the login form is hidden behind it',
      unlessShown: 'login.username',
    },
    { address: 'login.username' },
    { address: 'login.password' },
    { address: 'login.captchaImage' },
    { address: 'login.captcha' },
    { address: 'login.submit' },
  ],
  loginOtp: [
    { address: 'loginOtp.field' },
    { address: 'loginOtp.verify' },
    { address: 'loginOtp.resend', optional: 'used only after a refused OTP; its text is unpublished' },
  ],
  dashboard: [
    { address: 'dashboard.heading' },
    { address: 'popups.technicalContact', optional: 'the popup does not always show', shownOnly: true },
    { address: 'popups.close', optional: 'needed only with a popup', onlyWith: 'popups.technicalContact' },
    { address: 'dashboard.apiRegistration' },
    { address: 'dashboard.userCredentials' },
    { address: 'dashboard.createApiUser' },
  ],
  apiOtp: [
    { address: 'apiOtp.field' },
    { address: 'apiOtp.verify' },
    { address: 'apiOtp.resend', optional: 'used only after a refused OTP; its text is unpublished' },
  ],
  registrationMode: [{ address: 'registration.throughGsp' }],
  registrationForm: [
    { address: 'registration.gspSelect' },
    {
      address: 'registration.usernamePrefix',
      optional: 'the bot only warns when the API_ prefix is not shown',
      shownOnly: true,
    },
    { address: 'registration.username' },
    { address: 'registration.password' },
    { address: 'registration.confirmPassword' },
    { address: 'registration.submit' },
  ],
  result: [
    {
      address: 'result.registeredTable',
      optional: 'read before Submit only when the GSTIN has registered GSPs',
      requiredAfter: ['submit'],
      readsFirst: true,
    },
  ],
} as const satisfies Record<string, readonly Need[]>;

export type ScreenPart = keyof typeof SCREEN_NEEDS;

/**
 * The parts that must be on the page a step leaves behind: the next step's screen when the
 * step went well, the step's own screen when it failed there.
 */
export const STEP_PAGES: Record<StepName, { ok: ScreenPart[]; failed: ScreenPart[] }> = {
  openPortal: { ok: ['login'], failed: ['login'] },
  signIn: { ok: ['loginOtp'], failed: ['login'] },
  twoFactor: { ok: ['dashboard'], failed: ['loginOtp'] },
  dashboard: { ok: ['dashboard'], failed: ['dashboard'] },
  openCreateApiUser: { ok: ['apiOtp'], failed: ['dashboard'] },
  apiOtp: { ok: ['registrationMode', 'result'], failed: ['apiOtp'] },
  throughGsp: {
    ok: ['registrationMode', 'registrationForm', 'result'],
    failed: ['registrationMode', 'result'],
  },
  fillCredentials: { ok: ['registrationForm', 'result'], failed: ['registrationForm'] },
  submit: { ok: ['result'], failed: ['registrationForm', 'result'] },
};

export type Verdict = 'found' | 'missing' | 'ambiguous' | 'changed' | 'absent';

export interface EntryCheck {
  address: ElementAddress;
  /** The entry in the operator's words: `the "Through GSP" option on the API registration form`. */
  name: string;
  verdict: Verdict;
  required: boolean;
  /** How many visible elements the bot's engine resolves the entry to. */
  count: number;
  /** The element found, as the engine describes it: `input[type=radio] "Through GSP"`. */
  matched?: string;
  /** By what a person reads (role, label, cell, text beside), or only by an id seen on the portal. */
  via?: 'text' | 'id';
  /** Found only once hidden elements were shown (a collapsed menu, an unopened form). */
  hidden?: boolean;
  /** For a missing entry: the controls of its kind most like it, as the engine ranks them. */
  closest?: string[];
  note?: string;
  /** The text that would make the bot find it again, for the portal-map file. */
  fix?: { address: ElementAddress; text: string };
}

export interface StepCheck {
  index: number;
  step: string;
  status: 'ok' | 'failed';
  file?: string;
  url?: string;
  pageTitle?: string;
  parts: ScreenPart[];
  checks: EntryCheck[];
  problem?: string;
}

export interface DriftReport {
  dir: string;
  recordedAt: string;
  portalUrl: string;
  version: string;
  steps: StepCheck[];
  totals: Record<Verdict, number>;
  /** Entries the bot needs that a recorded page lacks. */
  missing: number;
  /** Entries the bot needs that it could not resolve to exactly one element (missing or ambiguous): non-zero means a run would stop. */
  blocking: number;
  /** The overrides that would make the bot find the renamed entries, as a portal-map file has them. */
  fixes: PortalMapOverrides;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * How likely `shown` is the same control as `expected`, renamed: the same words spaced
 * differently, one's words all in the other's (at least two of them), or every word still
 * there with a small slip of spelling. 0 when not close: "Through ERP" is not a renamed
 * "Through GSP", however alike they look letter by letter.
 */
export function similarity(expected: string, shown: string): number {
  const a = words(expected);
  const b = words(shown);
  if (a.length === 0 || b.length === 0) return 0;
  if (a.join('') === b.join('')) return 1;
  const shared = a.filter((word) => b.includes(word)).length;
  if (shared === Math.min(a.length, b.length) && shared >= 2) return 0.9;
  const close = (x: string, y: string) => 1 - editDistance(x, y) / Math.max(x.length, y.length);
  const slips = a.length === b.length && a.every((word, i) => close(word, b[i] ?? '') >= 0.75);
  return slips ? close(a.join(''), b.join('')) : 0;
}

export interface DriftOptions {
  browser: Browser;
  /** The map a run would use: built in, with the --labels and --portal-map files applied. */
  map: PortalMap;
}

export async function checkDrift(dir: string, options: DriftOptions): Promise<DriftReport> {
  return checkRecording(loadRecording(dir), options);
}

export async function checkRecording(
  recording: Recording,
  { browser, map }: DriftOptions,
): Promise<DriftReport> {
  const { manifest } = recording;
  const stylesheets = new Map<string, string>();
  for (const entry of recording.har.log.entries) {
    const text = entry.response.content.text;
    if (
      text !== undefined &&
      (entry._resourceType === 'stylesheet' || /css/i.test(entry.response.content.mimeType))
    )
      stylesheets.set(withoutHash(entry.request.url), text);
  }
  // The bot's own engine, registered before the context as the run does.
  await registerPortalEngine((await import('playwright')).selectors);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    let current: string | undefined;
    // Nothing reaches the network: the page itself and its recorded stylesheets, or nothing.
    await context.route('**/*', async (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && current !== undefined)
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current });
      const css =
        request.resourceType() === 'stylesheet' ? stylesheets.get(withoutHash(request.url())) : undefined;
      if (css !== undefined)
        return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: css });
      return route.abort('blockedbyclient');
    });
    const finder = new Finder(page, map, 5_000);
    const steps: StepCheck[] = [];
    for (const step of manifest.steps) {
      const html = recording.html(step);
      const parts = STEP_PAGES[step.name as StepName]?.[step.status] ?? [];
      const result: StepCheck = {
        index: step.index,
        step: step.name,
        status: step.status,
        ...(step.html ? { file: step.html } : {}),
        ...(step.url ? { url: step.url } : {}),
        ...(step.pageTitle ? { pageTitle: step.pageTitle } : {}),
        parts,
        checks: [],
      };
      if (!STEP_PAGES[step.name as StepName]) result.problem = `unknown step "${step.name}": not checked`;
      else if (html === undefined) result.problem = step.problem ?? 'no page was recorded for this step';
      else {
        current = html;
        await page.goto('about:blank');
        await page.goto(pageUrl(step));
        result.checks = await checkPage(finder, parts, step.name as StepName);
      }
      steps.push(result);
    }
    return summarize(recording, steps);
  } finally {
    await context.close();
  }
}

function withoutHash(url: string): string {
  return url.replace(/#.*$/, '');
}

function pageUrl(step: RecordedStep): string {
  return step.url && /^https?:/i.test(step.url) ? withoutHash(step.url) : 'http://recording.invalid/';
}

interface Seen {
  count: number;
  viaText: boolean;
  hidden: boolean;
}

async function checkPage(finder: Finder, parts: ScreenPart[], step: StepName): Promise<EntryCheck[]> {
  const { page, map } = finder;
  const needs = parts.flatMap((part): readonly Need[] => SCREEN_NEEDS[part]);
  const seen = new Map<ElementAddress, Seen>();
  // As recorded first; then with everything hidden shown, for what was not there visibly.
  for (const need of needs)
    seen.set(need.address, { ...(await resolve(page, map, need.address)), hidden: false });
  const asRecorded = new Map([...seen].map(([address, s]) => [address, s.count > 0]));
  // Popups as recorded: once everything is shown, every closed modal would count as open.
  const popups = needs[0] ? (await finder.explain(needs[0].address)).popups : [];
  await page.evaluate(showHidden);
  for (const need of needs) {
    if ((seen.get(need.address)?.count ?? 0) > 0) continue;
    const again = await resolve(page, map, need.address);
    if (again.count > 0) seen.set(need.address, { ...again, hidden: true });
  }

  const checks: EntryCheck[] = [];
  for (const need of needs) {
    const entry = element(map, need.address);
    const s = seen.get(need.address) ?? { count: 0, viaText: false, hidden: false };
    const required =
      need.onlyWith !== undefined
        ? (seen.get(need.onlyWith)?.count ?? 0) > 0
        : need.unlessShown !== undefined
          ? asRecorded.get(need.unlessShown) !== true
          : !need.optional || (need.requiredAfter ?? []).includes(step);
    const base = { address: need.address, name: entry.name, required, count: s.count };
    if (s.count === 0) {
      checks.push(await missing(finder, need, entry, required, popups));
      continue;
    }
    const explained = await finder.explain(need.address);
    const found: EntryCheck = {
      ...base,
      verdict: 'found',
      via: s.viaText ? 'text' : 'id',
      ...(explained.matches[0] ? { matched: explained.matches[0] } : {}),
      ...(s.hidden ? { hidden: true } : {}),
    };
    if (s.count > 1 && !need.shownOnly) {
      checks.push({
        ...found,
        verdict: 'ambiguous',
        note: `${s.count} elements match: ${explained.matches.join(', ')}; ${need.readsFirst ? 'the bot reads the first of them, which may not be the one meant' : 'the bot stops rather than pick one'}`,
      });
    } else if (!s.viaText && entry.texts.length > 0) {
      // The text the bot looks for is not where a person reads it, yet a known id still finds it.
      const shown = await shownText(finder, need.address, entry);
      checks.push({
        ...found,
        verdict: 'changed',
        note: `found only by its id: no ${lookedFor({ ...entry, ids: [], names: [] })}${shown ? `; it reads "${shown}" now` : ''}`,
        ...(shown ? { fix: { address: need.address, text: shown } } : {}),
      });
    } else {
      checks.push(found);
    }
  }
  for (const check of checks) if (check.fix) check.note = `${check.note}; ${fixNote(check.fix)}`;
  return checks;
}

/** The entry through the bot's engine, and whether it is still found with its ids left out. */
async function resolve(page: Page, map: PortalMap, address: ElementAddress): Promise<Omit<Seen, 'hidden'>> {
  const query = toQuery(element(map, address));
  const count = await page.locator(portalSelector({ op: 'find', query })).count();
  if (count === 0) return { count, viaText: false };
  const byText = await page
    .locator(portalSelector({ op: 'find', query: { ...query, ids: [], names: [] } }))
    .count();
  return { count, viaText: byText > 0 };
}

async function missing(
  finder: Finder,
  need: Need,
  entry: PortalElement,
  required: boolean,
  popups: string[],
): Promise<EntryCheck> {
  const base = { address: need.address, name: entry.name, required, count: 0 };
  if (!required) {
    return {
      ...base,
      verdict: 'absent',
      note: `not on this page (${need.optional ?? 'not needed here'})`,
    };
  }
  const explained = await finder.explain(need.address);
  const text = await closestText(finder, need.address, entry);
  const closest =
    explained.closest.length > 0
      ? `closest on the page: ${explained.closest.join(', ')}`
      : 'nothing like it on the page';
  const popup = popups[0] ? `; a popup is open: "${popups[0]}"` : '';
  const looked = `looked for ${lookedFor(entry)}; ${closest}${popup}`;
  return {
    ...base,
    verdict: 'missing',
    closest: explained.closest,
    ...(text
      ? { note: looked, fix: { address: need.address, text } }
      : {
          note: `${looked}. If the portal renamed it, put its new text under ${need.address} in a portal-map file`,
        }),
  };
}

/**
 * The texts a person reads for each element, read by the finder's own strategies for the entry's
 * kind (the in-page library's `readings`), in their order; the library is sent to the page first.
 */
async function namesOf(locator: Locator, kind: string): Promise<string[][]> {
  await locator.page().evaluate(`void ${LIB_INSTALLED}`);
  const names = await locator.evaluateAll((elements, kind) => {
    const lib = (globalThis as unknown as { __einvPortalLib: PortalLib }).__einvPortalLib;
    return elements.map((el) => lib.readings(el, kind).map((reading) => reading.text));
  }, kind);
  return names.map((list) => list.filter((name) => name.length <= 80));
}

/** Texts another entry of the map reads: never offered as the new text of this one. */
function otherEntriesTexts(map: PortalMap, address: ElementAddress, entry: PortalElement): Set<string> {
  const mine = new Set(entry.texts.map((text) => text.toLowerCase()));
  const taken = new Set<string>();
  for (const other of addresses(map)) {
    if (other === address) continue;
    const texts = element(map, other).texts.map((text) => text.toLowerCase());
    if (texts.some((text) => mine.has(text))) continue;
    for (const text of texts) taken.add(text);
  }
  for (const text of entry.never ?? []) taken.add(text.toLowerCase());
  return taken;
}

/**
 * Of the controls the engine ranks closest to a missing entry, the text most like a renamed
 * one, skipping texts the bot reads for another entry or must never choose (so "Through ERP"
 * is never offered as the new "Through GSP", nor "Create API User" as "User Credentials").
 */
async function closestText(
  finder: Finder,
  address: ElementAddress,
  entry: PortalElement,
): Promise<string | undefined> {
  if (entry.texts.length === 0) return undefined;
  const query = toQuery(entry);
  const names = (
    await namesOf(finder.page.locator(portalSelector({ op: 'closest', query })), entry.kind)
  ).flat();
  const taken = otherEntriesTexts(finder.map, address, entry);
  let best: { text: string; score: number } | undefined;
  for (const name of new Set(names)) {
    if (
      taken.has(name.toLowerCase()) ||
      entry.texts.some((text) => text.toLowerCase() === name.toLowerCase())
    )
      continue;
    const score = Math.max(...entry.texts.map((text) => similarity(text, name)));
    if (score > 0 && (!best || score > best.score)) best = { text: name, score };
  }
  return best?.text;
}

/** What the element found by its id reads now, when that is not another entry's text. */
async function shownText(
  finder: Finder,
  address: ElementAddress,
  entry: PortalElement,
): Promise<string | undefined> {
  const [names = []] = await namesOf(finder.locator(address), entry.kind);
  const taken = otherEntriesTexts(finder.map, address, entry);
  return names.find((name) => !taken.has(name.toLowerCase()));
}

/**
 * Shows what the recorded page hid (collapsed menus, unopened forms, `d-none` sections), scripts
 * being off. An inline `!important` outranks any stylesheet's, `.d-none` included.
 */
function showHidden(): void {
  for (const el of Array.from(document.body?.querySelectorAll('*') ?? [])) {
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|OPTION)$/.test(el.tagName)) continue;
    const html = el as HTMLElement;
    el.removeAttribute('hidden');
    const style = getComputedStyle(el);
    if (style.display === 'none') html.style.setProperty('display', 'revert', 'important');
    if (style.visibility !== 'visible') html.style.setProperty('visibility', 'visible', 'important');
  }
}

function fixNote(fix: { address: ElementAddress; text: string }): string {
  return `the page shows "${fix.text}": portal-map override ${overrideFileText({ [fix.address]: { texts: [fix.text] } })}`;
}

function summarize(recording: Recording, steps: StepCheck[]): DriftReport {
  const totals: Record<Verdict, number> = { found: 0, missing: 0, ambiguous: 0, changed: 0, absent: 0 };
  const fixes: PortalMapOverrides = {};
  let blocking = 0;
  for (const step of steps) {
    for (const check of step.checks) {
      totals[check.verdict] += 1;
      if (check.required && (check.verdict === 'missing' || check.verdict === 'ambiguous')) blocking += 1;
      if (check.fix) fixes[check.fix.address] ??= { texts: [check.fix.text] };
    }
  }
  const { manifest } = recording;
  return {
    dir: recording.dir,
    recordedAt: manifest.recordedAt,
    portalUrl: manifest.portalUrl,
    version: manifest.tool.version,
    steps,
    totals,
    missing: totals.missing,
    blocking,
    fixes,
  };
}

const VERDICT_SHOWN: Record<Verdict, string> = {
  found: 'found',
  missing: 'MISSING',
  ambiguous: 'AMBIGUOUS',
  changed: 'CHANGED',
  absent: 'absent',
};

/** The report as the operator reads it: a table per recorded page, then what to do. */
export function formatDrift(report: DriftReport): string {
  const lines = [
    `Drift check of ${report.dir}`,
    `  recorded ${report.recordedAt} against ${report.portalUrl} by einv-gsp ${report.version}`,
  ];
  for (const step of report.steps) {
    lines.push(
      '',
      `${String(step.index).padStart(2, '0')} ${step.step} (${step.status})${step.pageTitle ? `: ${step.pageTitle}` : ''}${step.file ? `  [${step.file}]` : ''}`,
    );
    if (step.problem) {
      lines.push(`   ${step.problem}`);
      continue;
    }
    if (step.checks.length === 0) {
      lines.push('   (the bot acts on nothing on this page)');
      continue;
    }
    const width = Math.max(...step.checks.map((c) => c.address.length));
    for (const check of step.checks) {
      const what =
        check.verdict === 'found'
          ? [
              check.matched,
              check.via === 'id' ? '(by its id: no text on the page)' : undefined,
              check.hidden ? '(hidden when recorded)' : undefined,
            ]
          : [check.verdict === 'absent' ? undefined : check.name, check.note ? `- ${check.note}` : undefined];
      lines.push(
        `   ${check.address.padEnd(width)}  ${VERDICT_SHOWN[check.verdict].padEnd(9)}  ${what.filter(Boolean).join(' ')}`,
      );
    }
  }
  const t = report.totals;
  lines.push(
    '',
    `Summary: ${t.found} found, ${t.missing} missing, ${t.ambiguous} ambiguous, ${t.changed} changed, ${t.absent} absent (optional).`,
  );
  lines.push(
    report.blocking > 0
      ? `Something the bot needs is ${report.missing > 0 ? 'missing' : 'ambiguous'}: a run would stop at the pages above. Update the portal map (or a portal-map file) or the mock.`
      : 'Nothing the bot needs is missing.',
  );
  if (Object.keys(report.fixes).length > 0) {
    lines.push(
      'To follow the portal’s new texts without a code change, put this in a portal-map file (--portal-map <file> or EINV_PORTAL_MAP):',
      `  ${overrideFileText(report.fixes)}`,
    );
  }
  return lines.join('\n');
}
