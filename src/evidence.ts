/**
 * The run folder: one per run, owner-only, holding report.json, a PNG per step with secret
 * fields masked, and the JSON-lines log. The report is rewritten after every step, so a
 * crash or Ctrl-C still leaves what happened up to that point.
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright';
import { folderTimestamp } from './local-time.js';
import { type Masks, pictureOf, pictureOfFailedLoad } from './masked-screenshot.js';
import { type PictureContent, pictureContentLater } from './picture-content.js';
import { makePrivateDir, writePrivateFile } from './private-files.js';
import type { Report, RunStatus, StepRecord } from './report-data.js';
import { writeRunReport } from './report-html.js';

/** `2026-11-25T14-03-07+0530_27AABCE1234F1Z5`: local time, as the operator will look for it. */
function folderName(gstin: string, now: Date): string {
  return `${folderTimestamp(now)}_${gstin}`;
}

export class RunFolder {
  readonly dir: string;
  readonly report: Report;
  private readonly started = Date.now();
  /**
   * How far down each picture's content goes, by file, worked out in the background as each is
   * written (report.html shows them cut there): the run does not wait for it, and its end does
   * not decode them all again.
   */
  private readonly contents = new Map<string, { content?: PictureContent }>();

  constructor(parent: string, init: Omit<Report, 'steps' | 'status' | 'startedAt'>, dir?: string) {
    const now = new Date();
    this.dir = resolve(dir ?? join(parent, folderName(init.gstin, now)));
    makePrivateDir(this.dir);
    this.report = { ...init, status: 'running', startedAt: now.toISOString(), steps: [] };
    this.save();
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  /**
   * A screenshot of the whole page with password, OTP and captcha fields masked; or, given
   * `failedLoad` (the browser's own page shows after a failed load), a page saying those lines
   * (see `pictureOfFailedLoad`).
   */
  async screenshot(
    page: Page,
    name: string,
    masks: Masks = {},
    failedLoad?: string[],
  ): Promise<string | undefined> {
    const file = `${String(this.report.steps.length + 1).padStart(2, '0')}-${name}.png`;
    try {
      const picture = failedLoad ? await pictureOfFailedLoad(page, failedLoad) : await pictureOf(page, masks);
      writePrivateFile(this.path(file), picture);
      // Its own entry: a picture taken again under the same name is not given the old one's.
      const entry: { content?: PictureContent } = {};
      this.contents.set(file, entry);
      pictureContentLater(picture).then(
        (content) => {
          entry.content = content;
        },
        () => undefined,
      );
      return file;
    } catch {
      // The page may be gone (browser closed, connection dropped): the report says so without a picture.
      return undefined;
    }
  }

  addStep(step: StepRecord): void {
    this.report.steps.push(step);
    this.save();
  }

  finish(
    status: RunStatus,
    extra: Partial<Pick<Report, 'error' | 'next' | 'gspShownAs' | 'learned'>> = {},
  ): Report {
    Object.assign(this.report, extra, {
      status,
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - this.started,
    });
    this.save();
    try {
      // A picture not worked out yet (the last one, just taken) is worked out there.
      writeRunReport(this.dir, this.report, (file) => this.contents.get(file)?.content);
    } catch {
      // report.html is only a view of report.json, which is already saved: a page that cannot be
      // rendered or written (disk full, an unreadable screenshot) must not turn the run's outcome
      // into an error, least of all after a registration went through.
    }
    return this.report;
  }

  save(): void {
    writePrivateFile(this.path('report.json'), `${JSON.stringify(this.report, null, 2)}\n`);
  }
}
