/** `einv-gsp drift <recording-dir>`: does a recorded portal still have what the bot relies on? */
import { parseArgs } from 'node:util';
import { ConfigError, EXIT } from '../errors.js';
import type { CommandContext } from './context.js';

export const HELP = `einv-gsp drift: check a recording (register --record) against the page objects

Usage:
  einv-gsp drift <recording-dir> [--labels <file.json>] [--json]

For every page the recording kept, every locator the bot uses there is looked for, role and
text first, id fallbacks last: found, missing, ambiguous (more than one), or changed (found only
by a fallback, or not the kind of element expected). A text that no longer matches names the
labels key and, when the page shows a close text, the override that would fix it.

Options:
  --labels <file.json>   EINV_LABELS_FILE   check with these label overrides (as register would)
  --json                                    print the report as JSON

Exit codes: 0 nothing the bot needs is missing; 4 something it needs is missing; 2 bad input.`;

export async function run(args: string[], ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  let values: { labels?: string; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { labels: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    throw new ConfigError([`${(error as Error).message.split('\n')[0]} (see einv-gsp drift --help)`]);
  }
  const [dir, ...extra] = positionals;
  if (!dir || extra.length > 0)
    throw new ConfigError(['give exactly one recording folder: einv-gsp drift <dir>']);
  const [{ loadLabels }, { loadRecording }] = await Promise.all([
    import('../labels.js'),
    import('../recording/recording.js'),
  ]);
  const labels = loadLabels(values.labels ?? (io.env.EINV_LABELS_FILE || undefined));
  const recording = loadRecording(dir);
  const [{ launchBrowser }, { checkRecording, formatDrift }] = await Promise.all([
    import('../browser.js'),
    import('../recording/drift.js'),
  ]);
  const browser = await launchBrowser({
    explicitPath: io.env.EINV_BROWSER_PATH || undefined,
    headless: true,
  });
  try {
    const report = await checkRecording(recording, { browser, labels });
    io.print(values.json ? JSON.stringify(report, null, 2) : formatDrift(report));
    return report.missing > 0 ? EXIT.changed : EXIT.ok;
  } finally {
    await browser.close().catch(() => undefined);
  }
}
