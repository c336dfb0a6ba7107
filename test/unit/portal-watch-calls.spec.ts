/**
 * The page's own calls to the portal (src/pages/portal-watch.ts `failedCalls`): one the portal
 * never answered is a failed call, whatever the page then says; one it answered is not, though
 * Chromium reports it failed (net::ERR_ABORTED) when the page leaves before reading its body. A
 * Syncfusion page reads a 401 by its status alone, says "Session Expired" and goes to the login
 * page, its call still open: that is the session, not a portal that did not answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PortalWatch } from '../../src/pages/portal-watch.js';
import { expect, test } from '../fixtures.js';

const HOME = (call: string) => `<!doctype html><html><head><title>Verify</title></head><body>
<button id="verify">Verify OTP</button><p id="said"></p>
<script>
  document.getElementById('verify').addEventListener('click', () => {
    fetch('${call}').then((response) => {
      document.getElementById('said').textContent = 'Session Expired';
      location.href = '/login';
    }, () => { document.getElementById('said').textContent = 'The server could not be reached.'; });
  });
</script></body></html>`;

let server: Server;
let base = '';

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/answered') {
      // Answered: its status and the start of its body, the rest never sent.
      response.writeHead(401, { 'content-type': 'application/json' });
      response.write('{"message":');
      return;
    }
    if (path === '/unanswered') {
      request.socket.destroy();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      path === '/login'
        ? '<!doctype html><title>Login</title><h1>Login</h1>'
        : HOME(path.replace('/page', '')),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('a call the portal answered is no failed call when the page leaves before reading its body', async ({
  page,
}) => {
  const watch = new PortalWatch(page);
  await page.goto(`${base}/page/answered`);
  const aborted = page.waitForEvent('requestfailed', (request) => request.url() === `${base}/answered`);
  await page.locator('#verify').click();
  await page.waitForURL(`${base}/login`);
  // Chromium does report it failed: the watch, listening first, has judged it by then.
  expect((await aborted).failure()?.errorText).toMatch(/ABORTED/);
  expect(watch.failedCalls).toEqual([]);
});

test('a call the portal never answered is a failed call', async ({ page }) => {
  const watch = new PortalWatch(page);
  await page.goto(`${base}/page/unanswered`);
  const failed = page.waitForEvent('requestfailed', (request) => request.url() === `${base}/unanswered`);
  await page.locator('#verify').click();
  await failed;
  expect(watch.failedCalls).toEqual([expect.stringMatching(/for \/unanswered$/)]);
});
