/**
 * A shell page whose content is drawn in an iframe (test/renditions/r16-iframe-shell: the left
 * menu in the top document, every page opened in the frame beside it): the page an action opens
 * in the content frame is opened as the page, and read there. A hidden frame (a keep-alive) or a
 * small one (a ticker) that loads again meanwhile is no page of the portal's, nor the content
 * frame loading its own address again (a report refreshing itself, with a cache-buster in its
 * query or without).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const SHELL = `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 14px sans-serif; margin: 0; display: flex; }
  #menu { width: 220px; } #menu a { display: block; padding: 8px; }
  #content { flex: 1; height: 600px; border: 0; }
</style></head><body>
<div id="menu">
  <h3>API Registration</h3>
  <a href="/otp" target="main" id="create">Create API User</a>
  <a href="#" id="ping">Refresh session</a>
  <iframe src="/ticker" style="width: 200px; height: 40px; border: 0"></iframe>
  <iframe name="keepalive" src="/alive" style="display: none"></iframe>
</div>
<iframe name="main" id="content" src="/dash"></iframe>
<script>
  document.getElementById('ping').onclick = (event) => {
    event.preventDefault();
    frames.keepalive.location.href = '/alive?again=1';
    window.frames[0].location.href = '/ticker?again=1';
    setTimeout(() => frames.main.location.reload(), 300);
    setTimeout(() => { frames.main.location.href = '/dash?_=' + Date.now(); }, 600);
  };
</script></body></html>`;

const PAGES: Record<string, string> = {
  '/shell': SHELL,
  '/dash': '<!doctype html><h2>Dash Board</h2><p>Generations: 12</p>',
  '/otp': `<!doctype html><title>Create API User</title><h2>API Registration</h2>
    <label for="otp">Enter OTP</label> <input id="otp" maxlength="6"> <button>Verify OTP</button>`,
  '/alive': '<!doctype html><p>alive</p>',
  '/ticker': '<!doctype html><marquee>Latest updates</marquee>',
};

let server: Server;
let base: string;
const asked: string[] = [];

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    asked.push(path);
    const page = PAGES[path];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the page an action opens in the shell content frame is opened as the page', async ({ page }) => {
  await page.goto(`${base}/shell`);
  const portal = new Portal(page, BUILT_IN_MAP, 5000);
  const answer = await portal.screens.answerTo(
    async () => {
      await (await portal.finder.find('dashboard.createApiUser', 'the shell')).click();
    },
    ['otp'],
    5000,
  );
  expect(answer).toMatchObject({ screen: 'otp' });
  expect(new URL(page.url()).pathname).toBe('/otp');
  // Read and acted on there, as any page is.
  await portal.finder.find('apiOtp.field', 'the OTP page');
});

test('a hidden or small frame loading again, or the content frame reloading itself (a cache-buster or none), is no page: the shell stays the page', async ({
  page,
}) => {
  await page.goto(`${base}/shell`);
  const portal = new Portal(page, BUILT_IN_MAP, 5000);
  asked.length = 0;
  const answer = await portal.screens
    .answerTo(
      async () => {
        await portal.finder.markPage();
        await page.locator('#ping').click();
        await expect
          .poll(() => asked.filter((path) => path === '/alive' || path === '/ticker' || path === '/dash'))
          .toHaveLength(4);
      },
      ['otp'],
      1500,
    )
    .catch((error: unknown) => (error instanceof Error ? error.name : error));
  expect(answer).toBe('TimeoutError');
  expect(new URL(page.url()).pathname).toBe('/shell');
});
