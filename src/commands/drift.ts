/** `einv-gsp drift <recording-dir>`: does a recorded portal still have what the bot relies on? */
import { parseArgs } from 'node:util';
import { ConfigError, EXIT } from '../errors.js';
import type { CommandContext } from './context.js';
import { argumentProblem } from './options.js';

export const DRIFT_OPTIONS = {
  'portal-map': { type: 'string' },
  labels: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const HELP = `einv-gsp drift: check a recording (register --record) against the portal map

Usage:
  einv-gsp drift <recording-dir> [--portal-map <file.json>] [--labels <file.json>] [--json]

For every page the recording kept, every portal-map entry the bot needs at that step is looked
for with the bot's own finder (what a person reads first, the ids seen on the portal last):
found, missing, ambiguous (more than one), or changed (found only by an id). A missing entry
whose page shows a close text gets the portal-map override that would fix it.

Options:
  --portal-map <file.json>   EINV_PORTAL_MAP    check with these overrides (as register would; default
                                                einv-gsp.portal.json beside the .env), and list the
                                                entries operators showed the bot
  --labels <file.json>       EINV_LABELS_FILE   the older form of --portal-map, still read
  --json                                        print the report as JSON

Exit codes: 0 nothing the bot needs is missing; 4 something it needs is missing or ambiguous;
2 bad input.`;

export async function run(args: string[], ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  let values: { labels?: string; 'portal-map'?: string; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: DRIFT_OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    throw new ConfigError([argumentProblem(error as Error, Object.keys(DRIFT_OPTIONS), 'drift')]);
  }
  const [dir, ...extra] = positionals;
  if (!dir || extra.length > 0)
    throw new ConfigError(['give exactly one recording folder: einv-gsp drift <dir>']);
  const [{ LearnedEntries, defaultPortalMapFile, describeLearned, describeWayOn }, { loadRecording }] =
    await Promise.all([import('../learned-entries.js'), import('../recording/recording.js')]);
  // The same order and files as a run: built in, then the labels file, then the portal-map file
  // (by default einv-gsp.portal.json beside the .env, where a run keeps what it was shown).
  const portalMap = new LearnedEntries(
    values['portal-map'] ?? (io.env.EINV_PORTAL_MAP || defaultPortalMapFile()),
    values.labels ?? (io.env.EINV_LABELS_FILE || undefined),
  );
  const map = portalMap.map();
  const learned = portalMap.learned();
  const waysOn = portalMap.waysOn();
  const recording = loadRecording(dir);
  const [{ launchBrowser }, { checkRecording, formatDrift }] = await Promise.all([
    import('../browser.js'),
    import('../recording/drift-check.js'),
  ]);
  // A browser the caller gave is used as it is and left running.
  const browser =
    ctx.browser ??
    (await launchBrowser({
      explicitPath: io.env.EINV_BROWSER_PATH || undefined,
      headless: true,
    }));
  try {
    const report = await checkRecording(recording, { browser, map });
    io.print(values.json ? JSON.stringify({ ...report, learned, waysOn }, null, 2) : formatDrift(report));
    // What operators showed the bot, for the team to fold into the built-in map (src/portal-map.ts).
    if (!values.json && learned.length > 0) {
      io.print('');
      io.print(`Learned from an operator, in ${portalMap.file} (fold these into src/portal-map.ts):`);
      for (const entry of learned) io.print(`  ${describeLearned(entry)}`);
    }
    // The pages the map does not know that an operator showed a way past: for the team to add to the map.
    if (!values.json && waysOn.length > 0) {
      io.print('');
      io.print(`Ways on past pages the map does not know, in ${portalMap.file} (an operator showed each):`);
      for (const wayOn of waysOn) io.print(`  ${describeWayOn(wayOn)}`);
    }
    return report.blocking > 0 ? EXIT.changed : EXIT.ok;
  } finally {
    if (browser !== ctx.browser) await browser.close().catch(() => undefined);
  }
}
