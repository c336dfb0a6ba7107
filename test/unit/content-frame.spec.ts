/**
 * A shell page whose content is drawn in an iframe (test/renditions/r16-iframe-shell: the left
 * menu in the top document, every page opened in the frame beside it): the page an action opens
 * in the content frame is opened as the page, and read there. A hidden frame (a keep-alive) or a
 * small one (a ticker) that loads again meanwhile is no page of the portal's, nor the content
 * frame loading its own address again (a report refreshing itself, with a cache-buster in its
 * query or without). And what a step needs, drawn in a frame on the page (a login window whose
 * form is a page of its own), is read in that frame, opened as the page; a hidden frame never is.
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

const HOME = `<!doctype html><html><head><title>e-Invoice System</title></head><body>
<h1>e-Invoice System</h1><p>Welcome. <button type="button">Login</button></p>
<iframe name="keepalive" src="/hidden-login" style="display: none"></iframe>
<div class="overlay" style="position: fixed; inset: 0; background: rgba(0,0,0,.5)"></div>
<div class="window" style="position: fixed; top: 120px; left: 420px; width: 440px; background: #fff">
  <div class="titlebar">Login <a href="#" title="Close">x</a></div>
  <iframe src="/login-frame" style="width: 420px; height: 320px; border: 0"></iframe>
</div></body></html>`;

const LOGIN_FORM = `<!doctype html><form method="post"><table>
  <tr><td><label for="u">Username</label></td><td><input id="u"></td></tr>
  <tr><td><label for="p">Password</label></td><td><input id="p" type="password"></td></tr>
  </table><input type="submit" value="Login"></form>`;

const PAGES: Record<string, string> = {
  '/home': HOME,
  '/login-frame': LOGIN_FORM,
  '/hidden-login': LOGIN_FORM,
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

test('what a step needs, drawn in a frame on the page (a login window holding its own page), is read there: the frame is opened as the page', async ({
  page,
}) => {
  await page.goto(`${base}/home`);
  const portal = new Portal(page, BUILT_IN_MAP, 3000);
  await (await portal.finder.find('login.username', 'the login page')).fill('someone');
  expect(new URL(page.url()).pathname).toBe('/login-frame');
  await expect(page.locator('#u')).toHaveValue('someone');
});

test('a frame not drawn (a hidden keep-alive) is never opened for what it holds', async ({ page }) => {
  await page.goto(`${base}/home`);
  await page.evaluate(() => document.querySelector('.window')?.remove());
  const portal = new Portal(page, BUILT_IN_MAP, 1500);
  const found = await portal.finder.find('login.username', 'the login page').catch((error: unknown) => error);
  expect(found).toBeInstanceOf(Error);
  expect(new URL(page.url()).pathname).toBe('/home');
});
