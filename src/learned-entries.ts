/**
 * The portal-map file a run reads and, when an operator shows the bot an element, writes: the
 * local overrides of the portal map (`--portal-map`, default `einv-gsp.portal.json` beside the
 * `.env`). What was shown is merged into whatever the file already holds, with when and on
 * which page it was learned, so the next run and every later row of a batch find it without
 * asking, and `drift` and the report can list it for the team to fold into the built-in map.
 * The older `--labels` file is read before it and never written.
 *
 * Only texts a person reads on the page and the ids or names that narrow them are written:
 * never a value typed into a field.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigError } from './errors.js';
import {
  applyOverrides,
  type ElementAddress,
  type ElementOverride,
  overrideFileText,
  type PageIdentity,
  type PortalMap,
  type PortalMapOverrides,
  readOverrides,
  readWayOns,
  WAY_ON_GOALS,
  type WayOn,
  type WayOnGoal,
  wayOnFits,
} from './portal-map.js';

export const DEFAULT_PORTAL_MAP_FILE = 'einv-gsp.portal.json';

/** `einv-gsp.portal.json` in the folder of the env file (`.env` of the current folder by default). */
export function defaultPortalMapFile(envFile?: string): string {
  return join(dirname(resolve(envFile ?? '.env')), DEFAULT_PORTAL_MAP_FILE);
}

/** One entry an operator taught, as the file keeps it. */
export interface LearnedEntry {
  address: ElementAddress;
  texts: string[];
  ids?: string[];
  names?: string[];
  learnedAt: string;
  learnedOn?: string;
}

/** What a run did with the learned entries, for the report. */
export interface LearnedRecord extends LearnedEntry {
  /** Shown by the operator in this run (otherwise read from the file). */
  taughtNow?: boolean;
  /** Dropped in this run: it no longer found anything on its screen. */
  dropped?: boolean;
}

/** A way on in effect, for the report: shown by the operator in this run, or read from the file. */
export type WayOnRecord = WayOn & { taughtNow?: boolean };

/** The page's address without its query or fragment, which may carry tokens. */
export function pageAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.split(/[?#]/)[0] ?? '';
  }
}

/** The entries of an override file that carry `learnedAt`; none for a file that does not exist. */
export function learnedIn(overrides: PortalMapOverrides): LearnedEntry[] {
  return (Object.entries(overrides) as [ElementAddress, ElementOverride][])
    .filter(([, change]) => change.learnedAt)
    .map(([address, change]) => ({
      address,
      texts: change.texts ?? [],
      ...(change.ids ? { ids: change.ids } : {}),
      ...(change.names ? { names: change.names } : {}),
      learnedAt: change.learnedAt as string,
      ...(change.learnedOn ? { learnedOn: change.learnedOn } : {}),
    }));
}

/** `registration.throughGsp: "Through GSP partner" (learned 2026-11-25T09:12:03Z on https://…/Register)` */
export function describeLearned(entry: LearnedEntry): string {
  const texts = entry.texts.map((text) => `"${text}"`).join(', ');
  const narrowed = [
    ...(entry.ids ?? []).map((id) => `#${id}`),
    ...(entry.names ?? []).map((n) => `name=${n}`),
  ];
  return `${entry.address}: ${texts}${narrowed.length > 0 ? ` narrowed by ${narrowed.join(', ')}` : ''} (learned ${entry.learnedAt}${entry.learnedOn ? ` on ${entry.learnedOn}` : ''})`;
}

/** `"Proceed to Dashboard" on the page headed "Advisory", toward the dashboard (learned 2026-12-05T09:12:03Z on https://…/Advisory)` */
export function describeWayOn(wayOn: WayOn): string {
  const { title, heading, path } = wayOn.page;
  const page = [
    heading ? `headed "${heading}"` : '',
    title ? `titled "${title}"` : '',
    path ? `at ${path}` : '',
  ].filter(Boolean);
  const texts = wayOn.click.texts.map((text) => `"${text}"`).join(' or ');
  const narrowed = [
    ...(wayOn.click.ids ?? []).map((id) => `#${id}`),
    ...(wayOn.click.names ?? []).map((n) => `name=${n}`),
  ];
  const learned = wayOn.learnedAt
    ? ` (learned ${wayOn.learnedAt}${wayOn.learnedOn ? ` on ${wayOn.learnedOn}` : ''})`
    : '';
  return `${texts}${narrowed.length > 0 ? ` narrowed by ${narrowed.join(', ')}` : ''} on the page ${page.join(', ')}, toward ${WAY_ON_GOALS[wayOn.toward]}${learned}`;
}

export class LearnedEntries {
  /** What happened to learned entries in this run, for the report. */
  private readonly taught = new Map<ElementAddress, LearnedRecord>();
  /** Entries taught in this run when there is no file to write them to. */
  private readonly unsaved: PortalMapOverrides = {};
  /** Ways on taught in this run when there is no file to write them to. */
  private readonly unsavedWaysOn: WayOn[] = [];
  /** When each way on taught in this run was learned (its `learnedAt`), for the report. */
  private readonly taughtWaysOn = new Set<string>();

  constructor(
    /** Read and written; may not exist yet. Undefined: what is shown is kept for this run only. */
    readonly file: string | undefined,
    /** The older labels file: read first, never written. */
    private readonly labelsFile?: string,
  ) {}

  /** The overrides of the portal-map file alone; none while it does not exist. */
  overrides(): PortalMapOverrides {
    if (!this.file || !existsSync(this.file)) return {};
    return readOverrides(this.file);
  }

  /**
   * The map a run uses: built in, then the labels file, then the portal-map file; the problems
   * of both files at once.
   */
  map(): PortalMap {
    let overrides: PortalMapOverrides = {};
    const problems: string[] = [];
    const reads = [() => (this.labelsFile ? readOverrides(this.labelsFile) : {}), () => this.overrides()];
    for (const read of reads) {
      try {
        overrides = { ...overrides, ...read() };
      } catch (error) {
        if (error instanceof ConfigError) problems.push(...error.problems);
        else throw error;
      }
    }
    if (problems.length > 0) throw new ConfigError(problems);
    return applyOverrides({ ...overrides, ...this.unsaved });
  }

  learned(): LearnedEntry[] {
    return learnedIn({ ...this.overrides(), ...this.unsaved });
  }

  isLearned(address: ElementAddress): boolean {
    return this.learned().some((entry) => entry.address === address);
  }

  /**
   * Adds what the operator showed, merged with what the file holds: its texts (and the ids or
   * names that narrow them) first, the entry's earlier override texts after, every other entry
   * as it was. Written whole to a new file and renamed over the old one, so a crash leaves the
   * old file or the new, never half of one.
   */
  add(address: ElementAddress, shown: ElementOverride, url: string): LearnedEntry {
    const before = this.overrides()[address] ?? this.unsaved[address] ?? {};
    const first = (now: string[] | undefined, earlier: string[] | undefined) => {
      const list = [...(now ?? []), ...(earlier ?? []).filter((item) => !(now ?? []).includes(item))];
      return list.length > 0 ? list : undefined;
    };
    const change: ElementOverride = {};
    const texts = first(shown.texts, before.texts);
    const ids = first(shown.ids, before.ids);
    const names = first(shown.names, before.names);
    if (texts) change.texts = texts;
    if (ids) change.ids = ids;
    if (names) change.names = names;
    change.learnedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    change.learnedOn = pageAddress(url);
    if (this.file) this.write({ ...this.overrides(), [address]: change });
    else this.unsaved[address] = change;
    const entry = learnedIn({ [address]: change })[0] as LearnedEntry;
    this.taught.set(address, { ...entry, taughtNow: true });
    return entry;
  }

  /** Takes a learned entry out of the file (it no longer finds anything); the rest stays. */
  drop(address: ElementAddress): LearnedEntry | undefined {
    const overrides = { ...this.overrides(), ...this.unsaved };
    const entry = learnedIn(overrides).find((candidate) => candidate.address === address);
    if (!entry) return undefined;
    delete this.unsaved[address];
    if (this.file) {
      const kept = this.overrides();
      delete kept[address];
      this.write(kept);
    }
    this.taught.set(address, { ...entry, dropped: true });
    return entry;
  }

  /** Every learned entry in effect, and those dropped or taught in this run, for the report. */
  records(): LearnedRecord[] {
    const inFile: LearnedRecord[] = this.learned().map((entry) => this.taught.get(entry.address) ?? entry);
    const dropped = [...this.taught.values()].filter((record) => record.dropped);
    return [...inFile.filter((record) => !record.dropped), ...dropped];
  }

  /**
   * The ways on past pages the map does not know: the labels file's, the portal-map file's, and
   * those taught in this run without a file to keep them.
   */
  waysOn(): WayOn[] {
    const files = [this.labelsFile, this.file].filter((file): file is string => !!file && existsSync(file));
    return [...files.flatMap(readWayOns), ...this.unsavedWaysOn];
  }

  /** The way on this page shows toward the goal, as taught; the latest taught first. */
  wayOnFor(page: PageIdentity, toward: WayOnGoal): WayOn | undefined {
    return this.waysOn()
      .reverse()
      .find((wayOn) => wayOnFits(wayOn, page, toward));
  }

  /**
   * Adds a way on an operator showed, in place of one for the same page and goal; the file's
   * element entries are kept as they are.
   */
  addWayOn(shown: Omit<WayOn, 'learnedAt' | 'learnedOn'>, url: string): WayOn {
    const wayOn: WayOn = {
      ...shown,
      learnedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      learnedOn: pageAddress(url),
    };
    this.taughtWaysOn.add(wayOn.learnedAt ?? '');
    const same = (other: WayOn) =>
      other.toward === wayOn.toward && JSON.stringify(other.page) === JSON.stringify(wayOn.page);
    if (!this.file) {
      this.unsavedWaysOn.push(wayOn);
      return wayOn;
    }
    const kept = existsSync(this.file) ? readWayOns(this.file).filter((other) => !same(other)) : [];
    this.write(this.overrides(), [...kept, wayOn]);
    return wayOn;
  }

  /** Every way on in effect, those taught in this run marked, for the report. */
  wayOnRecords(): WayOnRecord[] {
    return this.waysOn().map((wayOn) =>
      this.taughtWaysOn.has(wayOn.learnedAt ?? '') ? { ...wayOn, taughtNow: true } : wayOn,
    );
  }

  private write(overrides: PortalMapOverrides, waysOn?: WayOn[]): void {
    const file = this.file as string;
    const wayOn = waysOn ?? (existsSync(file) ? readWayOns(file) : []);
    const text = `${JSON.stringify(JSON.parse(overrideFileText(overrides, wayOn)), null, 2)}\n`;
    const temporary = join(dirname(resolve(file)), `.${basename(file)}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  }
}

/** The learned entries of a portal-map file as text lines, for `drift` and the terminal. */
export function learnedLines(file: string | undefined): string[] {
  if (!file || !existsSync(file)) return [];
  return learnedIn(readOverrides(file)).map(describeLearned);
}

/**
 * The portal map a run uses: built in, then the --labels file, then the --portal-map file (which
 * may not exist yet: an operator's first answer creates it). The pre-flight check (`check`, and
 * `register` and `batch` before a browser starts) calls this same function, so it refuses
 * exactly the files a run would.
 */
export function portalTextsFor(settings: { labelsFile?: string; portalMapFile?: string }) {
  return new LearnedEntries(settings.portalMapFile, settings.labelsFile).map();
}
