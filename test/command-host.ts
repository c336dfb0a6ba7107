/**
 * The worker's command host: a Node process of its own, started once per test worker
 * (`CommandHost` in test/in-process.ts), where the command runs in process (`runInProcess`) in the
 * host's one browser. Not in the worker itself: there the test runner records every Playwright
 * call of a run as a test step, each with a stack mapped through its source maps, which cost a
 * run about a tenth of its CPU that the command never spends on its own. The host runs the
 * compiled command (dist/), as bin/einv-gsp.js does.
 *
 * Asked over the IPC channel: `{ id, run }` runs the command; `{ id }` alone says what the
 * process and the browser hold between runs (signal handlers, contexts). It ends, closing
 * its browser, when the worker goes.
 */
import { launchBrowser } from '../src/browser.js';
import { HOST_SIGNALS, type HostAnswer, type HostRequest, runInProcess } from './in-process.js';

const launched = launchBrowser({ explicitPath: process.env.EINV_BROWSER_PATH || undefined, headless: true });
// A failed launch is the first run's answer, not an unhandled rejection.
launched.catch(() => undefined);

function answer(message: HostAnswer): void {
  process.send?.(message);
}

process.on('message', async (request: HostRequest) => {
  try {
    const browser = await launched;
    if (request.run) answer({ id: request.id, run: await runInProcess(browser, request.run) });
    else
      answer({
        id: request.id,
        inspected: {
          listeners: HOST_SIGNALS.map((signal) => process.listenerCount(signal)),
          connected: browser.isConnected(),
          contexts: browser.contexts().length,
        },
      });
  } catch (error) {
    answer({
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});

process.on('disconnect', () => {
  launched
    .then((browser) => browser.close())
    .catch(() => undefined)
    .finally(() => process.exit(0));
});
