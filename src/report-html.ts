/**
 * report.html: the run folder's report.json (or the batch folder's batch.json) for a person to
 * read, in one file that opens from disk with no server and no network. Screenshots are inlined
 * as data: URLs and a Content-Security-Policy forbids every other fetch and all scripts, so the
 * page stays self-contained even where a portal's words end up in it (every text is escaped too).
 *
 * It shows only what the JSON holds, so it can carry no secret the JSON does not. It is not the
 * record: scripts and the batch resume read the JSON, never this page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { outcomeNote, ROW_STATUS_WORDS } from './batch/record.js';
import { errorKindWords } from './errors.js';
import { escapeHtml } from './html-escape.js';
import { displayIsoTime } from './local-time.js';
import { type PictureContent, pictureContent } from './picture-content.js';
import { BUILT_IN_MAP, type ElementAddress, type ScreenKey, WAY_ON_GOALS } from './portal-map.js';
import { writePrivateFile } from './private-files.js';
import type { BatchRecord, BatchRowRecord, Report, RowStatus, RunStatus, StepRecord } from './report-data.js';
import { stepTitle } from './steps.js';

export const REPORT_HTML = 'report.html';

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Tone = 'good' | 'bad' | 'warn' | 'muted' | 'busy';

const TONES: Record<RunStatus | RowStatus, Tone> = {
  registered: 'good',
  'already-registered': 'good',
  'dry-run': 'good',
  failed: 'bad',
  unknown: 'warn',
  cancelled: 'muted',
  skipped: 'muted',
  pending: 'muted',
  running: 'busy',
};

/** The order a batch's counts are listed in: outcomes first, then rows not finished. */
const ROW_STATUSES: readonly RowStatus[] = [
  'registered',
  'already-registered',
  'dry-run',
  'failed',
  'unknown',
  'cancelled',
  'skipped',
  'pending',
];

function seconds(durationMs: number | undefined): string {
  return durationMs === undefined ? '—' : `${(durationMs / 1000).toFixed(1)} s`;
}

/** An ISO time as `2026-01-05 15:41:12 +05:30`: local time with its offset, never a locale format. */
const when = (iso: string | undefined) => displayIsoTime(iso);

/**
 * A run's or a row's status in the words the terminal uses for it ("dry run complete", never
 * `dry-run`); a status this version does not know (another version's JSON) as it is.
 */
const statusWords = (status: RunStatus | RowStatus) => ROW_STATUS_WORDS[status as RowStatus] ?? status;

function badge(status: RunStatus | RowStatus): string {
  return `<span class="badge ${TONES[status] ?? 'muted'}">${escapeHtml(statusWords(status))}</span>`;
}

interface Picture {
  url: string;
  /** Its size and how far down its content goes; undefined for a PNG not read that far. */
  content?: PictureContent;
}

/**
 * A screenshot of `dir`, or undefined when it is missing or not a PNG. Only a plain file name is
 * read: the JSON names screenshots in its own folder, and an edited JSON must not pull other
 * files into a page that may be passed around.
 */
function readPng(dir: string, file: string | undefined): Buffer | undefined {
  if (!file || basename(file) !== file || file === '..') return undefined;
  try {
    const bytes = readFileSync(join(dir, file));
    return bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE) ? bytes : undefined;
  } catch {
    return undefined;
  }
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

function pngDataUrl(dir: string, file: string | undefined): string | undefined {
  const png = readPng(dir, file);
  return png && dataUrl(png);
}

/**
 * How far down a picture's content goes, when the run already knows it (worked out as the
 * picture was written); a picture it does not know is read here.
 */
export type KnownContent = (file: string) => PictureContent | undefined;

/** A step's picture with how far down its content goes, to show it cropped there. */
function stepPicture(dir: string, file: string | undefined, known?: KnownContent): Picture | undefined {
  const png = readPng(dir, file);
  return png && { url: dataUrl(png), content: (file && known?.(file)) || pictureContent(png) };
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function fields(rows: [string, string][]): string {
  return `<dl class="fields">${rows.map(([name, html]) => `<dt>${escapeHtml(name)}</dt><dd>${html}</dd>`).join('')}</dl>`;
}

function footer(tool: Report['tool'], source: string): string {
  return `<footer>Written by ${escapeHtml(tool.name)} ${escapeHtml(tool.version)} from ${escapeHtml(source)}, which stays the record.</footer>`;
}

/** One run as a page: what was asked, how it ended, and every step with the page it left. */
export function renderRunReport(report: Report, runDir: string, known?: KnownContent): string {
  const gsp =
    report.gspShownAs && report.gspShownAs !== report.gsp
      ? `${escapeHtml(report.gsp)} <span class="aside">(shown on the portal as ${escapeHtml(report.gspShownAs)})</span>`
      : escapeHtml(report.gsp);
  const summary = fields([
    ['GSTIN', `<span class="mono">${escapeHtml(report.gstin)}</span>`],
    ['GSP', gsp],
    ['API username', `<span class="mono">${escapeHtml(report.apiUsername)}</span>`],
    ['Portal', `<span class="mono">${escapeHtml(report.portalUrl)}</span>`],
    ['Dry run', report.dryRun ? 'yes (stopped before Submit)' : 'no'],
    ['Status', badge(report.status)],
    ['Started', escapeHtml(when(report.startedAt))],
    ['Duration', escapeHtml(seconds(report.durationMs))],
  ]);
  const steps = report.steps.map((step, index) => renderStep(step, index + 1, runDir, known)).join('\n');
  const body = `<header>
<h1>GSTIN <span class="mono">${escapeHtml(report.gstin)}</span> ${badge(report.status)}</h1>
<p class="aside">Run report of ${escapeHtml(report.tool.name)}</p>
</header>
<main>
<section aria-label="Summary" class="card">${summary}</section>
${renderNext(report)}${renderError(report)}
<section aria-labelledby="steps-title">
<h2 id="steps-title">Steps</h2>
${steps.includes(`class="${CUT_FRAME}"`) ? `<p class="aside">Pictures are cut where the page's content ends (a dashed edge); click one to see all of it, again to cut it.</p>\n` : ''}${report.steps.length > 0 ? `<ol class="steps">\n${steps}\n</ol>` : '<p class="aside">No step was finished.</p>'}
</section>
${renderLearned(report)}
</main>
${footer(report.tool, 'report.json')}`;
  return page(`${report.gstin} — ${statusWords(report.status)} — ${report.tool.name}`, body);
}

/**
 * What to do after a run that went through, as the terminal says it at the end: the GSP needs
 * the username and the password, and this page says where the password is, never what it is.
 */
function renderNext(report: Report): string {
  const user = `<span class="mono">${escapeHtml(report.apiUsername)}</span>`;
  const gsp = escapeHtml(report.gsp);
  const password = report.apiPasswordAt
    ? `the password einv-gsp generated for it, in <span class="mono">${escapeHtml(report.apiPasswordAt)}</span> (readable by you only; keep that file safe or delete it once the GSP has it)`
    : 'the password you set for it in this run (<span class="mono">EINV_API_PASSWORD</span>, or typed when asked)';
  const lines: Partial<Record<RunStatus, string>> = {
    registered: `Give ${gsp} the API username ${user} and ${password}. Neither this report nor the run folder holds the password.`,
    'already-registered': `Nothing was submitted: this GSTIN already has an API user for ${gsp} (${user}). ${gsp} needs that username and the password set when it was created.`,
    'dry-run': `Nothing was submitted: Submit was not clicked. Run the same command without <span class="mono">--dry-run</span> to create ${user}.`,
  };
  const line = lines[report.status];
  if (!line) return '';
  return `<section class="next-box" aria-labelledby="next-title">
<h2 id="next-title">What to do next</h2>
<p>${line}</p>
</section>
`;
}

function renderError(report: Report): string {
  const error = report.error;
  if (!error) return '';
  const step = report.steps.find((candidate) => candidate.name === error.step);
  // The step by its title, as the terminal said it; its id stays in report.json.
  const where = escapeHtml(step?.title ?? stepTitle(error.step));
  const heading =
    report.status === 'unknown'
      ? 'Outcome unknown at step'
      : report.status === 'cancelled'
        ? 'Cancelled at step'
        : 'Failed at step';
  const rows: [string, string][] = [
    ['Kind', escapeHtml(errorKindWords(error.kind))],
    ['What happened', `<span class="message">${escapeHtml(error.message)}</span>`],
  ];
  if (error.portalText) rows.push(['The portal said', `<q>${escapeHtml(error.portalText)}</q>`]);
  if (report.next) rows.push(['What to do next', escapeHtml(report.next)]);
  if (error.remedy && error.remedy !== report.next) rows.push(['Remedy', escapeHtml(error.remedy)]);
  const tone = TONES[report.status] ?? 'bad';
  const jump = step?.screenshot
    ? `<p><a href="#${stepAnchor(step.name)}">See the page at that moment</a></p>`
    : '';
  return `<section class="error-box ${tone}" aria-labelledby="error-title">
<h2 id="error-title">${heading} ${where}</h2>
${fields(rows)}
${jump}
</section>`;
}

/**
 * What a person showed the bot because the portal looked different from what it knew, said to
 * the customer: which element, how the portal shows it now, when and where it was shown. Where
 * to fold it into the code is for the team, in the terminal and `drift`.
 */
function renderLearned(report: Report): string {
  const learned = report.learned ?? [];
  const waysOn = report.waysOn ?? [];
  if (learned.length === 0 && waysOn.length === 0) return '';
  const items = learned.map((entry) => {
    const texts = entry.texts.map((text) => `“${escapeHtml(text)}”`).join(' or ');
    const shown = `${escapeHtml(when(entry.learnedAt))}${entry.learnedOn ? ` at <span class="mono">${escapeHtml(entry.learnedOn)}</span>` : ''}${entry.taughtNow ? ', in this run' : ''}`;
    const found = entry.dropped
      ? `read ${texts} on the portal (a person showed it to einv-gsp on ${shown}); in this run nothing matched that any more, so einv-gsp forgot it and looks for it as it did before`
      : `now reads ${texts} on the portal; a person showed it to einv-gsp on ${shown}`;
    return `<li>${escapeHtml(elementName(entry.address))} ${found}.</li>`;
  });
  for (const wayOn of waysOn) {
    const page = wayOn.page.heading ?? wayOn.page.title ?? wayOn.page.path ?? '';
    const texts = wayOn.click.texts.map((text) => `“${escapeHtml(text)}”`).join(' or ');
    const shown = `${wayOn.learnedAt ? escapeHtml(when(wayOn.learnedAt)) : 'an earlier run'}${wayOn.learnedOn ? ` at <span class="mono">${escapeHtml(wayOn.learnedOn)}</span>` : ''}${wayOn.taughtNow ? ', in this run' : ''}`;
    items.push(
      `<li>The portal showed a page einv-gsp did not know, “${escapeHtml(page)}”, on the way to ${escapeHtml(WAY_ON_GOALS[wayOn.toward])}; the way on is the control reading ${texts}, which a person showed to einv-gsp on ${shown}.</li>`,
    );
  }
  return `<section aria-labelledby="learned-title">
<h2 id="learned-title">Learned from an operator</h2>
<p class="aside">The portal showed these differently from what einv-gsp knew; a person pointed them out in a run with a browser window, and later runs use what they showed.</p>
<ul>
${items.join('\n')}
</ul>
</section>`;
}

/** An element of the portal map as a person calls it: `The "Through GSP" option on the API registration form`. */
function elementName(address: ElementAddress): string {
  const [screen = '', key = ''] = address.split('.');
  const name = BUILT_IN_MAP[screen as ScreenKey]?.elements[key]?.name;
  return name ? `${name.charAt(0).toUpperCase()}${name.slice(1)}` : address;
}

function stepAnchor(name: string): string {
  return `step-${escapeHtml(name)}`;
}

/**
 * How a step ended, for its badge, caption and picture: only a failure is in red; a cancelled
 * step (the operator stopped the run) is amber, a finished one plain. The status is read as a
 * string: a report written by a later version may carry one this does not know (shown muted).
 */
const STEP_TONES: Record<string, Tone> = { ok: 'good', failed: 'bad', cancelled: 'warn' };

/** A step's status on its badge, in the terminal's word for a finished step ("done"). */
const STEP_STATUS_WORDS: Record<string, string> = { ok: 'done', failed: 'failed', cancelled: 'cancelled' };

/** When a step's own picture was taken, in the words of its caption and its alt text. */
const STEP_MOMENTS: Record<string, string> = {
  ok: 'after this step',
  failed: 'at that moment: where this step failed',
  cancelled: 'at that moment: when the run was cancelled',
};

function renderStep(step: StepRecord, index: number, runDir: string, known?: KnownContent): string {
  const status = String(step.status);
  const tone = STEP_TONES[status] ?? 'muted';
  const moment = STEP_MOMENTS[status] ?? 'after this step';
  const anchor = stepAnchor(step.name);
  const earlier = step.earlier
    ? renderFigure(runDir, step.earlier.screenshot, known, {
        id: `${anchor}-earlier`,
        caption: `Taken during this step: ${step.earlier.when}.`,
        shows: step.earlier.shows,
        alt: `The page during step ${index}, ${step.title}: ${step.earlier.when}`,
        tone: 'plain',
      })
    : '';
  const last = renderFigure(runDir, step.screenshot, known, {
    id: `${anchor}-shot`,
    caption: `The page ${moment}.`,
    shows: step.shows,
    alt: `The page ${moment.replace(/^at that moment: /, '')}, step ${index}: ${step.title}`,
    tone: tone === 'good' ? 'plain' : tone,
  });
  const marked = tone === 'bad' ? ' failed' : status === 'cancelled' ? ' cancelled' : '';
  return `<li class="step${marked}" id="${anchor}" data-step="${escapeHtml(step.name)}" data-status="${escapeHtml(status)}">
<div class="step-head">
<span class="index">${index}</span>
<h3>${escapeHtml(step.title)}</h3>
<span class="badge ${tone}">${escapeHtml(STEP_STATUS_WORDS[status] ?? status)}</span>
<span class="duration">${escapeHtml(seconds(step.durationMs))}</span>
</div>
${step.note ? `<p class="note">${escapeHtml(step.note)}</p>` : ''}
${earlier}${last || '<p class="no-shot">no screenshot</p>'}
</li>`;
}

/** The class of a picture shown cut; looked for as `class="…"`, which no escaped text can spell. */
const CUT_FRAME = 'frame cut';

/** Pictures taller than their content by more than this are shown cut at the content's end. */
const WORTH_CUTTING_PX = 48;

/**
 * A picture with its caption, cut below the end of its content (the rest of a full-page picture
 * repeats its last row: empty page), and shown whole on a click. The click works without a
 * script, which the page's Content-Security-Policy forbids: the picture is the label of a
 * checkbox whose checked state the style sheet reads.
 */
function renderFigure(
  runDir: string,
  file: string | undefined,
  known: KnownContent | undefined,
  figure: { id: string; caption: string; shows?: string; alt: string; tone: Tone | 'plain' },
): string {
  const picture = stepPicture(runDir, file, known);
  if (!picture) return '';
  const caption = `<figcaption>${escapeHtml(figure.caption)}${figure.shows ? ` It shows ${escapeHtml(figure.shows)}.` : ''}</figcaption>`;
  const img = `<img src="${picture.url}" alt="${escapeHtml(figure.alt)}">`;
  const content = picture.content;
  if (!content || content.height - content.contentHeight < WORTH_CUTTING_PX) {
    return `<figure class="shot ${figure.tone}">
${caption}
<div class="frame">${img}</div>
</figure>
`;
  }
  const size = `--w:${content.width};--h:${content.height};--ch:${content.contentHeight}`;
  return `<figure class="shot ${figure.tone}">
${caption}
<input type="checkbox" class="whole" id="${figure.id}" aria-label="Show the whole picture">
<label class="${CUT_FRAME}" for="${figure.id}" style="${size}" title="Cut where the page's content ends: click to see all of it, again to cut it">${img}</label>
</figure>
`;
}

/** A batch as a page: counts by status, then one table row per GSTIN linking to its run report. */
export function renderBatchReport(batch: BatchRecord, batchDir: string): string {
  const counts = ROW_STATUSES.map(
    (status) => [status, batch.rows.filter((row) => row.status === status).length] as const,
  ).filter(([, count]) => count > 0);
  const countList = `<ul class="counts" aria-label="Rows by status">
${counts.map(([status, count]) => `<li data-status="${escapeHtml(status)}">${badge(status)} <span class="count">${count}</span></li>`).join('\n')}
<li data-status="total">total <span class="count">${batch.rows.length}</span></li>
</ul>`;
  const summary = fields([
    ['Batch file', `<span class="mono">${escapeHtml(batch.file)}</span>`],
    ['Portal', `<span class="mono">${escapeHtml(batch.portalUrl)}</span>`],
    ['Dry run', batch.dryRun ? 'yes (stopped before Submit)' : 'no'],
    [
      'Batch',
      `<span class="badge ${batch.status === 'running' ? 'busy' : 'muted'}">${escapeHtml(batch.status)}</span>`,
    ],
    ['Started', escapeHtml(when(batch.startedAt))],
    ['Finished', escapeHtml(when(batch.finishedAt))],
  ]);
  const rows = batch.rows.map((row) => renderRow(row, batchDir)).join('\n');
  const body = `<header>
<h1>Batch <span class="mono">${escapeHtml(basename(batch.file))}</span></h1>
<p class="aside">Batch report of ${escapeHtml(batch.tool.name)}</p>
</header>
<main>
<section aria-label="Summary" class="card">${summary}${countList}</section>
<section aria-labelledby="rows-title">
<h2 id="rows-title">Rows</h2>
<div class="table-wrap">
<table>
<thead><tr><th scope="col">Line</th><th scope="col">GSTIN</th><th scope="col">Mobile holder</th><th scope="col">Status</th><th scope="col">API username</th><th scope="col">Duration</th><th scope="col">Error / next step</th><th scope="col">Run</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</section>
</main>
${footer(batch.tool, 'batch.json')}`;
  return page(`Batch ${basename(batch.file)} — ${batch.tool.name}`, body);
}

function renderRow(row: BatchRowRecord, batchDir: string): string {
  const note = outcomeNote(row);
  const problem = [
    row.error
      ? `${escapeHtml(stepTitle(row.error.step))} <span class="aside">(${escapeHtml(errorKindWords(row.error.kind))})</span>: <span class="message">${escapeHtml(row.error.message)}</span>`
      : '',
    row.next ? `<span class="next">Next: ${escapeHtml(row.next)}</span>` : '',
  ]
    .filter(Boolean)
    .join('<br>');
  return `<tr data-gstin="${escapeHtml(row.gstin)}" data-status="${escapeHtml(row.status)}">
<td class="num">${escapeHtml(row.line)}</td>
<td class="mono">${escapeHtml(row.gstin)}</td>
<td>${row.mobileHolder ? escapeHtml(row.mobileHolder) : '—'}</td>
<td>${badge(row.status)}${note ? ` <span class="aside">${escapeHtml(note)}</span>` : ''}</td>
<td class="mono">${escapeHtml(row.apiUsername)}</td>
<td class="num">${escapeHtml(seconds(row.durationMs))}</td>
<td>${problem || '—'}</td>
<td>${row.runDir ? renderRunLink(row, row.runDir, batchDir) : '<span class="aside">no run yet</span>'}</td>
</tr>`;
}

function renderRunLink(row: BatchRowRecord, runDir: string, batchDir: string): string {
  const href = isAbsolute(runDir)
    ? pathToFileURL(join(runDir, REPORT_HTML)).href
    : [...runDir.split(/[\\/]+/).filter(Boolean), REPORT_HTML].map(encodeURIComponent).join('/');
  const last = lastScreenshot(resolve(batchDir, runDir));
  const thumbnail = last
    ? `<img class="thumb" src="${last.picture}" alt="${escapeHtml(`Last screenshot of the run for ${row.gstin}: ${last.title}`)}">`
    : '<span class="no-shot">no screenshot</span>';
  return `<a class="run-link" href="${escapeHtml(href)}">${thumbnail}<span>Run report</span></a>`;
}

/**
 * The thumbnails already drawn, by run folder, with the report.json they were read from (its
 * modification time and size): a batch draws its page again after every row, and reading every
 * earlier row's report and picture again each time made a batch's cost grow with the square of
 * its rows. A report rewritten since (a row run again) is read again.
 */
const thumbnails = new Map<string, { stamp: string; last: ReturnType<typeof readLastScreenshot> }>();

/** The last step's screenshot of a run folder; undefined when its report or picture is missing. */
function lastScreenshot(runDir: string): { picture: string; title: string } | undefined {
  const file = join(runDir, 'report.json');
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
  const known = thumbnails.get(runDir);
  if (known?.stamp === stamp) return known.last;
  const last = readLastScreenshot(runDir, file);
  thumbnails.set(runDir, { stamp, last });
  return last;
}

function readLastScreenshot(runDir: string, file: string): { picture: string; title: string } | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Partial<Report>;
    const step = (Array.isArray(report.steps) ? report.steps : []).findLast((s) => s?.screenshot);
    const picture = pngDataUrl(runDir, step?.screenshot);
    return step && picture ? { picture, title: String(step.title) } : undefined;
  } catch {
    // A half-written or hand-edited report.json: the row still shows, without its picture.
    return undefined;
  }
}

/** Writes report.html into the run folder, owner-only like everything else in it. */
export function writeRunReport(runDir: string, report: Report, known?: KnownContent): void {
  writePrivateFile(join(runDir, REPORT_HTML), renderRunReport(report, runDir, known));
}

/** Writes report.html into the batch folder, owner-only. */
export function writeBatchReport(batchDir: string, batch: BatchRecord): void {
  writePrivateFile(join(batchDir, REPORT_HTML), renderBatchReport(batch, batchDir));
}

const STYLE = `
:root {
  color-scheme: light;
  --ink: #1f2328; --soft: #59636e; --line: #d1d9e0; --paper: #ffffff; --wash: #f6f8fa;
  --good: #1a7f37; --good-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9;
  --warn: #9a6700; --warn-bg: #fff8c5; --muted: #59636e; --muted-bg: #eaeef2;
  --busy: #0969da; --busy-bg: #ddf4ff;
}
* { box-sizing: border-box; }
body {
  margin: 0; padding: 24px; background: var(--wash); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
header, main, footer { max-width: 1200px; margin: 0 auto; }
h1 { font-size: 1.6rem; margin: 0; display: flex; flex-wrap: wrap; gap: .5em; align-items: center; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .75rem; }
h3 { font-size: 1rem; margin: 0; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .92em; }
.aside { color: var(--soft); font-weight: normal; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-top: 16px; }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: 6px 20px; margin: 0; }
.fields dt { color: var(--soft); }
.fields dd { margin: 0; overflow-wrap: anywhere; }
.badge {
  display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: .8rem; font-weight: 600;
  letter-spacing: .02em; border: 1px solid currentColor; white-space: nowrap; vertical-align: middle;
}
.badge.good { color: var(--good); background: var(--good-bg); }
.badge.bad { color: var(--bad); background: var(--bad-bg); }
.badge.warn { color: var(--warn); background: var(--warn-bg); }
.badge.muted { color: var(--muted); background: var(--muted-bg); }
.badge.busy { color: var(--busy); background: var(--busy-bg); }
.error-box { margin-top: 16px; padding: 16px 20px; border-radius: 8px; border: 2px solid var(--bad); border-left-width: 8px; background: var(--bad-bg); }
.error-box.warn { border-color: var(--warn); background: var(--warn-bg); }
.error-box.muted { border-color: var(--muted); background: var(--muted-bg); }
.error-box h2 { margin-top: 0; }
.error-box .message { font-weight: 600; }
.steps { list-style: none; padding: 0; margin: 0; display: grid; gap: 16px; }
.step { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.step.failed { border: 3px solid var(--bad); box-shadow: 0 0 0 4px var(--bad-bg); }
.step-head { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; }
.step-head .index {
  display: inline-grid; place-items: center; min-width: 1.8em; height: 1.8em; border-radius: 50%;
  background: var(--muted-bg); font-weight: 600; font-size: .9rem;
}
.step.failed .index { background: var(--bad); color: #fff; }
.step.cancelled { border-color: var(--warn); }
.step-head .duration { margin-left: auto; color: var(--soft); font-variant-numeric: tabular-nums; }
.note { margin: 8px 0 0; color: var(--soft); }
.shot { margin: 12px 0 0; }
.shot figcaption { margin-bottom: 6px; color: var(--soft); }
.shot.bad figcaption { color: var(--bad); font-weight: 600; }
.shot.warn figcaption { color: var(--warn); font-weight: 600; }
.frame { display: block; position: relative; overflow: hidden; max-width: 100%; border: 1px solid var(--line); border-radius: 4px; }
.frame img { display: block; width: 100%; height: auto; }
.shot.bad .frame { border: 3px solid var(--bad); }
.shot.warn .frame { border: 2px solid var(--warn); }
.frame.cut { width: min(100%, calc(var(--w) * 1px)); aspect-ratio: var(--w) / var(--ch); border-bottom-style: dashed; cursor: zoom-in; }
.frame.cut img { position: absolute; top: 0; left: 0; }
.whole { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; pointer-events: none; }
.whole:focus-visible + .frame { outline: 2px solid var(--busy); outline-offset: 2px; }
.whole:checked + .frame.cut { aspect-ratio: var(--w) / var(--h); border-bottom-style: solid; cursor: zoom-out; }
.next-box { margin-top: 16px; padding: 16px 20px; border-radius: 8px; border: 1px solid var(--good); border-left-width: 8px; background: var(--paper); }
.next-box h2 { margin-top: 0; }
.next-box p { margin: 0; }
.no-shot { color: var(--soft); font-style: italic; margin: 8px 0 0; }
.counts { list-style: none; display: flex; flex-wrap: wrap; gap: 8px 18px; padding: 14px 0 0; margin: 14px 0 0; border-top: 1px solid var(--line); }
.counts .count { font-weight: 700; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 8px 12px; border-bottom: 1px solid var(--line); }
thead th { background: var(--wash); font-size: .85rem; color: var(--soft); position: sticky; top: 0; }
tbody tr:nth-child(even) { background: #fbfcfd; }
tbody tr:last-child td { border-bottom: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.next { color: var(--soft); }
.run-link { display: inline-flex; flex-direction: column; gap: 4px; color: var(--busy); }
.thumb { width: 160px; height: auto; max-height: 120px; object-fit: cover; object-position: top; border: 1px solid var(--line); border-radius: 4px; }
footer { margin-top: 24px; color: var(--soft); font-size: .85rem; }
`;
