/**
 * `einv-gsp drift <recording>`: does the portal, as recorded, still have what the page objects
 * rely on? Each recorded page is loaded as it was serialized (scripts off, nothing fetched but
 * the recorded stylesheets), the page objects relevant at that step are built on it, and each
 * of their locators is checked candidate by candidate (role and text first, the id fallbacks
 * last): found, missing, ambiguous, or changed (found only by a fallback, or not the kind of
 * element the bot acts on). A mismatch on a text the bot reads from the labels names the labels
 * key and, when the page shows a close text, the override that would fix it.
 *
 * Elements hidden when the page was recorded (a collapsed menu, the login form before "Login"
 * is clicked) count as present: the bot opens them itself.
 */
import type { Browser, Locator, Page } from 'playwright';
import type { StepName } from '../../flows/register.js';
import { type LabelKey, type Labels, labelsOverride } from '../labels.js';
import { ApiOtpPage } from '../pages/api-otp-page.js';
import { GspCredentialsPage } from '../pages/gsp-credentials-page.js';
import { anyText, candidatesOf } from '../pages/locate.js';
import { LoginPage } from '../pages/login-page.js';
import { MainMenuPage } from '../pages/main-menu-page.js';
import { RegistrationModePage } from '../pages/registration-mode-page.js';
import { ResultPage } from '../pages/result-page.js';
import { TwoFactorPage } from '../pages/two-factor-page.js';
import { loadRecording, type RecordedStep, type Recording } from './recording.js';

const PAGE_OBJECTS = {
  LoginPage: (page: Page, labels: Labels) => new LoginPage(page, labels),
  TwoFactorPage: (page: Page, labels: Labels) => new TwoFactorPage(page, labels),
  MainMenuPage: (page: Page, labels: Labels) => new MainMenuPage(page, labels),
  ApiOtpPage: (page: Page, labels: Labels) => new ApiOtpPage(page, labels),
  RegistrationModePage: (page: Page, labels: Labels) => new RegistrationModePage(page, labels),
  GspCredentialsPage: (page: Page, labels: Labels) => new GspCredentialsPage(page, labels),
  ResultPage: (page: Page) => new ResultPage(page),
} satisfies Record<string, (page: Page, labels: Labels) => object>;

export type PageObjectName = keyof typeof PAGE_OBJECTS;

/**
 * The page objects that must find their elements on the page a step leaves behind: the next
 * step's screen when the step went well, the step's own screen when it failed there.
 */
export const STEP_PAGES: Record<StepName, { ok: PageObjectName[]; failed: PageObjectName[] }> = {
  openPortal: { ok: ['LoginPage'], failed: ['LoginPage'] },
  signIn: { ok: ['TwoFactorPage'], failed: ['LoginPage'] },
  twoFactor: { ok: ['MainMenuPage'], failed: ['TwoFactorPage'] },
  dashboard: { ok: ['MainMenuPage'], failed: ['MainMenuPage'] },
  openCreateApiUser: { ok: ['ApiOtpPage'], failed: ['MainMenuPage'] },
  apiOtp: { ok: ['RegistrationModePage', 'ResultPage'], failed: ['ApiOtpPage'] },
  throughGsp: {
    ok: ['RegistrationModePage', 'GspCredentialsPage', 'ResultPage'],
    failed: ['RegistrationModePage', 'ResultPage'],
  },
  fillCredentials: { ok: ['GspCredentialsPage', 'ResultPage'], failed: ['GspCredentialsPage'] },
  submit: { ok: ['ResultPage'], failed: ['GspCredentialsPage', 'ResultPage'] },
};

type Kind =
  | 'textbox'
  | 'password'
  | 'button'
  | 'link'
  | 'radio'
  | 'select'
  | 'image'
  | 'dialog'
  | 'table'
  | 'heading'
  | 'text';

interface Expectation {
  kinds: Kind[];
  /** The labels key whose texts the locator looks for. */
  label?: LabelKey;
  /** Why the bot can do without it; absent means the bot needs it. */
  optional?: string;
  /** Steps at which an otherwise optional element is needed after all. */
  requiredAfter?: StepName[];
}

const OTP_PANEL = (verify: LabelKey): Record<string, Expectation> => ({
  field: { kinds: ['textbox'] },
  verifyButton: { kinds: ['button'], label: verify },
  resendButton: {
    kinds: ['button', 'link'],
    label: 'resendOtp',
    optional: 'used only after a refused OTP; its text is unpublished',
  },
});

/** What each page object's locators must find: the kind of element, and the labels key behind its text. */
export const EXPECTATIONS: Record<PageObjectName, Record<string, Expectation>> = {
  LoginPage: {
    username: { kinds: ['textbox'] },
    password: { kinds: ['password'] },
    captchaImage: { kinds: ['image'] },
    captchaInput: { kinds: ['textbox'] },
    revealButton: { kinds: ['button'], label: 'loginButton' },
    submitButton: { kinds: ['button'], label: 'loginButton' },
  },
  TwoFactorPage: OTP_PANEL('loginOtpVerify'),
  ApiOtpPage: OTP_PANEL('apiOtpVerify'),
  MainMenuPage: {
    heading: { kinds: ['heading', 'text'], label: 'dashboardHeading' },
    technicalContactPopup: {
      kinds: ['dialog'],
      label: 'technicalContactTitle',
      optional: 'the popup does not always show',
    },
    popupExit: { kinds: ['link', 'button'], label: 'popupExit', optional: 'only with the popup' },
    apiRegistration: { kinds: ['link', 'button'], label: 'menuApiRegistration' },
    userCredentials: { kinds: ['link', 'button'], label: 'menuUserCredentials' },
    createApiUser: { kinds: ['link', 'button'], label: 'menuCreateApiUser' },
  },
  RegistrationModePage: { throughGsp: { kinds: ['radio'], label: 'throughGsp' } },
  GspCredentialsPage: {
    gspSelect: { kinds: ['select'], label: 'selectGsp' },
    username: { kinds: ['textbox'] },
    password: { kinds: ['password'] },
    confirmPassword: { kinds: ['password'] },
    submitButton: { kinds: ['button'], label: 'submit' },
    usernamePrefix: { kinds: ['text'], optional: 'the bot only warns when the API_ prefix is not shown' },
  },
  ResultPage: {
    table: {
      kinds: ['table'],
      optional: 'read before Submit only when the GSTIN has registered GSPs',
      requiredAfter: ['submit'],
    },
  },
};

export type Verdict = 'found' | 'missing' | 'ambiguous' | 'changed' | 'absent';

export interface LocatorCheck {
  pageObject: PageObjectName;
  field: string;
  verdict: Verdict;
  required: boolean;
  /** The element the deciding candidate matched, e.g. `link "User Credentials"`. */
  matched?: string;
  /** Which candidate decided: the role/text one, or an id fallback. */
  via?: 'text' | 'fallback';
  count: number;
  /** Present only once hidden elements were shown (a collapsed menu, say). */
  hidden?: boolean;
  note?: string;
  label?: LabelKey;
  /** The labels override that would make the text candidate match again. */
  fix?: { key: LabelKey; text: string };
}

export interface StepCheck {
  index: number;
  step: string;
  status: 'ok' | 'failed';
  file?: string;
  url?: string;
  pageTitle?: string;
  pageObjects: PageObjectName[];
  checks: LocatorCheck[];
  problem?: string;
}

export interface DriftReport {
  dir: string;
  recordedAt: string;
  portalUrl: string;
  version: string;
  steps: StepCheck[];
  totals: Record<Verdict, number>;
  /** Locators the bot needs that no recorded page has: non-zero means the bot would stop. */
  missing: number;
  fixes: Partial<Record<LabelKey, string>>;
}

interface ElementInfo {
  tag: string;
  type: string;
  role: string;
  id: string;
  name: string;
}

interface CandidateCount {
  candidate: Locator;
  fallback: boolean;
  count: number;
  hidden: boolean;
  info?: ElementInfo;
}

/** An id or CSS fallback, as opposed to a role, label or text candidate. */
function isFallback(candidate: Locator): boolean {
  const text = String(candidate);
  return text.startsWith('locator(') && !/getBy|hasText|internal:/.test(text);
}

/** Runs in the page (self-contained): what each element is and the text a person reads for it. */
function readElements(elements: Element[]): ElementInfo[] {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  return elements.map((element) => {
    const tag = element.tagName.toLowerCase();
    let name = clean(element.getAttribute('aria-label'));
    const labels = (element as HTMLInputElement).labels;
    if (!name && labels && labels.length > 0) name = clean(labels[0]?.textContent);
    if (!name && ['input', 'select', 'textarea'].includes(tag)) {
      const cell = (element.closest('tr') as HTMLTableRowElement | null)?.cells[0];
      if (cell && !cell.contains(element)) name = clean(cell.textContent);
    }
    if (!name && tag === 'img') name = clean(element.getAttribute('alt'));
    if (!name && (element.getAttribute('role') ?? '') === 'dialog') {
      name = clean(element.querySelector('h1, h2, h3, h4, h5, h6')?.textContent);
    }
    if (!name) name = clean(element.textContent).slice(0, 80);
    return {
      tag,
      type: (element.getAttribute('type') ?? '').toLowerCase(),
      role: (element.getAttribute('role') ?? '').toLowerCase(),
      id: element.id,
      name,
    };
  });
}

const ROLE_KINDS: Record<string, Kind> = {
  button: 'button',
  link: 'link',
  radio: 'radio',
  combobox: 'select',
  listbox: 'select',
  dialog: 'dialog',
  alertdialog: 'dialog',
  table: 'table',
  grid: 'table',
  heading: 'heading',
  img: 'image',
  textbox: 'textbox',
};

function kindOf(info: ElementInfo): Kind | undefined {
  const byRole = ROLE_KINDS[info.role];
  if (byRole) return byRole;
  if (/^h[1-6]$/.test(info.tag)) return 'heading';
  if (info.tag === 'input') {
    if (['submit', 'button', 'reset', 'image'].includes(info.type)) return 'button';
    if (info.type === 'radio') return 'radio';
    if (info.type === 'password') return 'password';
    if (['checkbox', 'hidden', 'file', 'range', 'color'].includes(info.type)) return undefined;
    return 'textbox';
  }
  const byTag: Record<string, Kind> = {
    a: 'link',
    button: 'button',
    select: 'select',
    textarea: 'textbox',
    img: 'image',
    svg: 'image',
    canvas: 'image',
    table: 'table',
    dialog: 'dialog',
  };
  return byTag[info.tag];
}

function describeElement(info: ElementInfo): string {
  const kind = kindOf(info) ?? `<${info.tag}${info.type ? ` type=${info.type}` : ''}>`;
  const name = info.name.length > 40 ? `${info.name.slice(0, 39)}…` : info.name;
  return `${kind}${name ? ` "${name}"` : ''}${info.id ? ` #${info.id}` : ''}`;
}

const KIND_SELECTORS: Partial<Record<Kind, string>> = {
  link: 'a, [role=link]',
  button: 'button, input[type=submit], input[type=button], [role=button]',
  radio: 'input[type=radio], [role=radio]',
  select: 'select, [role=combobox], [role=listbox]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  dialog: '[role=dialog], dialog',
};

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
  labels: Labels;
}

export async function checkDrift(dir: string, options: DriftOptions): Promise<DriftReport> {
  return checkRecording(loadRecording(dir), options);
}

export async function checkRecording(
  recording: Recording,
  { browser, labels }: DriftOptions,
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
  const context = await browser.newContext({
    javaScriptEnabled: false,
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
    const objects = Object.fromEntries(
      (Object.keys(PAGE_OBJECTS) as PageObjectName[]).map((name) => [name, PAGE_OBJECTS[name](page, labels)]),
    ) as Record<PageObjectName, object>;
    const steps: StepCheck[] = [];
    for (const step of manifest.steps) {
      const html = recording.html(step);
      const uses = STEP_PAGES[step.name as StepName]?.[step.status] ?? [];
      const result: StepCheck = {
        index: step.index,
        step: step.name,
        status: step.status,
        ...(step.html ? { file: step.html } : {}),
        ...(step.url ? { url: step.url } : {}),
        ...(step.pageTitle ? { pageTitle: step.pageTitle } : {}),
        pageObjects: uses,
        checks: [],
      };
      if (!STEP_PAGES[step.name as StepName]) result.problem = `unknown step "${step.name}": not checked`;
      else if (html === undefined) result.problem = step.problem ?? 'no page was recorded for this step';
      else {
        current = html;
        await page.goto('about:blank');
        await page.goto(pageUrl(step));
        result.checks = await checkPage(page, uses, objects, step, labels);
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

async function checkPage(
  page: Page,
  uses: PageObjectName[],
  objects: Record<PageObjectName, object>,
  step: RecordedStep,
  labels: Labels,
): Promise<LocatorCheck[]> {
  const fields = uses.flatMap((pageObject) =>
    Object.entries(objects[pageObject])
      .filter((entry): entry is [string, Locator] => isLocator(entry[1]))
      .map(([field, locator]) => ({
        pageObject,
        field,
        expectation: EXPECTATIONS[pageObject][field] ?? { kinds: ['text'] as Kind[] },
        candidates: candidatesOf(locator).map(
          (candidate): CandidateCount => ({
            candidate,
            fallback: isFallback(candidate),
            count: 0,
            hidden: false,
          }),
        ),
      })),
  );
  // As recorded first; then with everything hidden shown, for what was not there visibly.
  for (const { candidates } of fields) for (const c of candidates) await count(c, false);
  await page.evaluate(showHidden);
  for (const { candidates } of fields) for (const c of candidates) if (c.count === 0) await count(c, true);

  const checks: LocatorCheck[] = [];
  for (const { pageObject, field, expectation, candidates } of fields) {
    const required =
      !expectation.optional || (expectation.requiredAfter ?? []).includes(step.name as StepName);
    const check = judge(
      pageObject,
      field,
      expectation,
      candidates,
      required,
      labels,
      await related(candidates),
    );
    if (check.label && (check.verdict === 'missing' || check.verdict === 'absent') && !check.fix) {
      const text = await closestText(page, check.label, expectation.kinds, labels);
      if (text) check.fix = { key: check.label, text };
    }
    if (check.fix) check.note = `${check.note}; ${fixNote(check.fix)}`;
    else if (check.label && check.verdict === 'missing')
      check.note = `${check.note} (labels key ${check.label}: if the portal renamed it, put the new text there)`;
    checks.push(check);
  }
  return checks;
}

/** Whether the text candidate and the fallback found the same thing (or one inside the other). */
async function related(candidates: CandidateCount[]): Promise<boolean> {
  const byText = candidates.find((c) => !c.fallback && c.count > 0);
  const byFallback = candidates.find((c) => c.fallback && c.count > 0);
  if (!byText || !byFallback) return true;
  const other = await byFallback.candidate.first().elementHandle();
  if (!other) return true;
  try {
    return await byText.candidate
      .first()
      .evaluate(
        (element, fallback) =>
          element === fallback || element.contains(fallback) || fallback.contains(element),
        other,
      );
  } finally {
    await other.dispose();
  }
}

function isLocator(value: unknown): value is Locator {
  const candidate = value as Partial<Locator> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.or === 'function' &&
    typeof candidate.count === 'function' &&
    typeof candidate.evaluateAll === 'function'
  );
}

async function count(c: CandidateCount, hidden: boolean): Promise<void> {
  c.count = await c.candidate.count();
  c.hidden = hidden && c.count > 0;
  if (c.count > 0) [c.info] = await c.candidate.first().evaluateAll(readElements);
}

/** Shows what the recorded page hid (collapsed menus, unopened forms), scripts being off. */
function showHidden(): void {
  document.querySelectorAll('[hidden]').forEach((element) => {
    element.removeAttribute('hidden');
  });
  document.querySelectorAll('[aria-hidden="true"]').forEach((element) => {
    element.removeAttribute('aria-hidden');
  });
  document.querySelectorAll<HTMLElement>('[style]').forEach((element) => {
    element.style.removeProperty('display');
    element.style.removeProperty('visibility');
  });
  const style = document.createElement('style');
  style.textContent =
    'body *:not(script):not(style):not(template) { display: revert !important; visibility: visible !important; opacity: 1 !important; }';
  document.head.append(style);
}

function judge(
  pageObject: PageObjectName,
  field: string,
  expectation: Expectation,
  candidates: CandidateCount[],
  required: boolean,
  labels: Labels,
  sameThing: boolean,
): LocatorCheck {
  const base = { pageObject, field, required, ...(expectation.label ? { label: expectation.label } : {}) };
  const byText = candidates.find((c) => !c.fallback && c.count > 0);
  const byFallback = candidates.find((c) => c.fallback && c.count > 0);
  const wanted = expectation.label ? ` reading ${quoteAll(labels[expectation.label])}` : '';
  const kinds = expectation.kinds.filter((kind) => kind !== 'text').join(' or ') || 'element';
  const decided = byText ?? byFallback;
  if (!decided) {
    return {
      ...base,
      verdict: required ? 'missing' : 'absent',
      count: 0,
      note: required ? `no ${kinds}${wanted}` : `not on this page (${expectation.optional})`,
    };
  }
  const matched = decided.info ? describeElement(decided.info) : undefined;
  const found = {
    ...base,
    count: decided.count,
    via: decided === byText ? ('text' as const) : ('fallback' as const),
    ...(matched ? { matched } : {}),
    ...(decided.hidden ? { hidden: true } : {}),
  };
  if (decided.count > 1) {
    return {
      ...found,
      verdict: 'ambiguous',
      note: `${decided.count} elements match; the bot takes the first`,
    };
  }
  const kind = decided.info ? kindOf(decided.info) : undefined;
  const kindOk =
    expectation.kinds.includes('text') || (kind !== undefined && expectation.kinds.includes(kind));
  if (!kindOk) {
    return {
      ...found,
      verdict: 'changed',
      note: `expected a ${kinds}, the page has ${matched ?? 'another element'}`,
    };
  }
  if (!byText && expectation.label) {
    // The text the bot looks for is not where it looks, yet the id still finds the element.
    const shown = decided.info?.name ?? '';
    const known = shown !== '' && anyText(labels[expectation.label]).test(shown);
    return {
      ...found,
      verdict: 'changed',
      note: known
        ? `found only by ${fallbackName(decided.candidate)}: the page shows "${shown}", a text the labels have, but not where the text locator looks (a matter for the page object, not the labels)`
        : `no ${kinds}${wanted}; found only by ${fallbackName(decided.candidate)}`,
      ...(shown && !known ? { fix: { key: expectation.label, text: shown } } : {}),
    };
  }
  if (!byText) return { ...found, verdict: 'found', note: 'no label on the page: found by its id' };
  return {
    ...found,
    verdict: 'found',
    ...(!sameThing && byFallback?.info
      ? {
          note: `but ${fallbackName(byFallback.candidate)} now points at ${describeElement(byFallback.info)}`,
        }
      : {}),
  };
}

function fallbackName(candidate: Locator): string {
  const text = String(candidate);
  return /^locator\('(.*)'\)$/.exec(text)?.[1] ?? text;
}

function quoteAll(texts: readonly string[]): string {
  return texts.map((text) => `"${text}"`).join(' or ');
}

function fixNote(fix: { key: LabelKey; text: string }): string {
  return `the page shows "${fix.text}": labels override ${labelsOverride({ [fix.key]: fix.text })}`;
}

/**
 * The text of the element of the right kind that most looks like a renamed label, skipping
 * texts the bot already reads for another key (so "Create API User" is never offered as the
 * new "User Credentials").
 */
async function closestText(
  page: Page,
  key: LabelKey,
  kinds: Kind[],
  labels: Labels,
): Promise<string | undefined> {
  const selector = kinds
    .map((kind) => KIND_SELECTORS[kind])
    .filter(Boolean)
    .join(', ');
  if (!selector) return undefined;
  const names = (await page.locator(selector).evaluateAll(readElements)).map((info) => info.name);
  const others = (Object.keys(labels) as LabelKey[])
    .filter((other) => other !== key && !labels[key].some((text) => labels[other].includes(text)))
    .map((other) => anyText(labels[other]));
  let best: { text: string; score: number } | undefined;
  for (const name of new Set(names)) {
    if (!name || others.some((pattern) => pattern.test(name))) continue;
    const score = Math.max(...labels[key].map((label) => similarity(label, name)));
    if (score > 0 && (!best || score > best.score)) best = { text: name, score };
  }
  return best?.text;
}

function summarize(recording: Recording, steps: StepCheck[]): DriftReport {
  const totals: Record<Verdict, number> = { found: 0, missing: 0, ambiguous: 0, changed: 0, absent: 0 };
  const fixes: Partial<Record<LabelKey, string>> = {};
  for (const step of steps) {
    for (const check of step.checks) {
      totals[check.verdict] += 1;
      if (check.fix) fixes[check.fix.key] ??= check.fix.text;
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
      lines.push('   (no page object acts on this page)');
      continue;
    }
    const width = Math.max(...step.checks.map((c) => `${c.pageObject}.${c.field}`.length));
    for (const check of step.checks) {
      const name = `${check.pageObject}.${check.field}`.padEnd(width);
      const what = [
        check.matched,
        check.hidden ? '(hidden when recorded)' : undefined,
        check.note ? `- ${check.note}` : undefined,
      ]
        .filter(Boolean)
        .join(' ');
      lines.push(`   ${name}  ${VERDICT_SHOWN[check.verdict].padEnd(9)}  ${what}`);
    }
  }
  const t = report.totals;
  lines.push(
    '',
    `Summary: ${t.found} found, ${t.missing} missing, ${t.ambiguous} ambiguous, ${t.changed} changed, ${t.absent} absent (optional).`,
  );
  lines.push(
    report.missing > 0
      ? 'Something the bot needs is missing: a run would stop at the pages above. Update the page objects, the labels or the mock.'
      : 'Nothing the bot needs is missing.',
  );
  if (Object.keys(report.fixes).length > 0) {
    lines.push(
      'To follow the portal’s new texts without a code change, put this in a labels file (--labels <file> or EINV_LABELS_FILE):',
      `  ${labelsOverride(report.fixes)}`,
    );
  }
  return lines.join('\n');
}
