/**
 * What a recording is on disk: `recording.json` (when, against which URL, by which version,
 * the steps and their files), per step the page's HTML and its ARIA snapshot, and `run.har`
 * with the run's page loads and form posts. Everything in it has been scrubbed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';

export const RECORDING_FORMAT = 'einv-gsp-recording/1';
export const MANIFEST_FILE = 'recording.json';
export const HAR_FILE = 'run.har';

export interface RecordedStep {
  index: number;
  /** The flow's step name (src/steps.ts). */
  name: string;
  title: string;
  status: 'ok' | 'failed';
  capturedAt: string;
  url?: string;
  pageTitle?: string;
  /** Files in the recording folder; absent when the page could not be read (closed, navigating). */
  html?: string;
  aria?: string;
  /** The portal's alert() texts seen during the step. */
  alerts: string[];
  problem?: string;
}

export interface RecordingManifest {
  format: typeof RECORDING_FORMAT;
  tool: { name: 'einv-gsp'; version: string };
  recordedAt: string;
  finishedAt?: string;
  portalUrl: string;
  keepIdentifiers: boolean;
  /** GSTIN and API username appear only with --keep-identifiers. */
  target: { gsp: string; gstin?: string; apiUsername?: string; dryRun: boolean };
  status: string;
  error?: { step: string; kind: string };
  /** What was taken out before anything was written, for whoever reads the recording. */
  scrubbed: string[];
  steps: RecordedStep[];
  har: string;
  /** Set by hand on a recording the mock cannot replay yet, with the reason. */
  replay?: false | string;
}

export interface HarHeader {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    headers: HarHeader[];
    queryString: HarHeader[];
    cookies: [];
    headersSize: -1;
    bodySize: number;
    postData?: { mimeType: string; text: string };
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: HarHeader[];
    cookies: [];
    content: { size: number; mimeType: string; text?: string; comment?: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
    _failureText?: string;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  _resourceType: string;
}

export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    pages: [];
    entries: HarEntry[];
  };
}

export interface Recording {
  dir: string;
  manifest: RecordingManifest;
  har: Har;
  /** A step's recorded page, as it was serialized at the end of the step. */
  html(step: RecordedStep): string | undefined;
}

export function loadRecording(dir: string): Recording {
  const manifestFile = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestFile)) {
    throw new ConfigError([`${dir} is not a recording: no ${MANIFEST_FILE} in it (make one with --record)`]);
  }
  let manifest: RecordingManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as RecordingManifest;
  } catch (error) {
    throw new ConfigError([`${manifestFile}: ${(error as Error).message}`]);
  }
  if (manifest.format !== RECORDING_FORMAT) {
    throw new ConfigError([`${manifestFile}: format "${manifest.format}" is not ${RECORDING_FORMAT}`]);
  }
  const harFile = join(dir, manifest.har ?? HAR_FILE);
  const har: Har = existsSync(harFile)
    ? (JSON.parse(readFileSync(harFile, 'utf8')) as Har)
    : { log: { version: '1.2', creator: { name: 'einv-gsp', version: '' }, pages: [], entries: [] } };
  return {
    dir,
    manifest,
    har,
    html: (step) => {
      if (!step.html) return undefined;
      const file = join(dir, step.html);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
  };
}

/** Refuses a folder that already holds files: a recording never overwrites anything. */
export function checkRecordingDir(dir: string): string {
  const path = resolve(dir);
  if (existsSync(path) && readdirSync(path).length > 0) {
    throw new ConfigError([`--record ${dir}: the folder is not empty; give a new or empty folder`]);
  }
  return path;
}
