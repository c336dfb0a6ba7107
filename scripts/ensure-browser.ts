/**
 * Run before `npm test` and `npm run demo`: makes sure there is a Chromium to run them in. On a
 * fresh machine with none (no EINV_BROWSER_PATH, no Playwright Chromium, no system one), it
 * downloads Playwright's own with its progress bar; where that is impossible it stops, saying
 * how to get one. Silent when a browser is already there. The same finder the bot uses, so a
 * first `einv-gsp register` on such a machine does the same.
 */
import { ensureBrowser } from '../src/browser.js';
import { ConfigError } from '../src/errors.js';

try {
  await ensureBrowser(process.env.EINV_BROWSER_PATH || undefined);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Cannot start: ${error.problems.join('\n  ')}\n`);
  process.exitCode = 2;
}
