/**
 * The run keeps to one window (src/pages/one-window.ts): what a page would open in a new tab or
 * window (a link or a form aimed at `_blank` or at a window's name, a submit button's
 * `formtarget`, `window.open`) opens in the page the bot holds; a link aimed at a frame of the
 * page still loads in that frame. Each case fails without the init script: a second page opens.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from 'playwright';
import { keepInOneWindow } from '../../src/pages/one-window.js';

const HOME = `<!doctype html><title>Home</title>
<a id="blank" href="/login?by=link" target="_blank">Login</a>
<a id="named" href="/login?by=named" target="portalWindow">Login (named)</a>
<a id="scripted" href="#" onclick="window.open('/login?by=script', 'einvLogin', 'width=800,height=600'); return false;">Login (script)</a>
<form id="form" action="/login" method="get" target="_blank"><input type="hidden" name="by" value="form"><button>Go</button></form>
<form id="script-form" action="/login" method="get" target="_blank"><input type="hidden" name="by" value="form-script"></form>
<button id="script-submit" onclick="document.getElementById('script-form').submit()">Go (script)</button>
<form action="/login" method="get"><input type="hidden" name="by" value="formtarget"><button id="formtarget" formtarget="_blank">Go (formtarget)</button></form>
<a id="framed" href="/login?by=frame" target="content">In the frame</a>
<iframe name="content" src="about:blank"></iframe>`;

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('content-type', 'text/html');
    if (url.pathname === '/login')
      res.end(`<!doctype html><title>Login</title><p id="by">${url.searchParams.get('by')}</p>`);
    else res.end(HOME);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function homeIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(origin);
  return page;
}

for (const [control, by] of [
  ['#blank', 'link'],
  ['#named', 'named'],
  ['#scripted', 'script'],
  ['#form button', 'form'],
  ['#script-submit', 'form-script'],
  ['#formtarget', 'formtarget'],
] as const) {
  test(`${control} opens its page in the window the bot holds, and in a new one without the script`, async ({
    browser,
  }) => {
    const kept = await browser.newContext();
    await keepInOneWindow(kept);
    const page = await homeIn(kept);
    await page.locator(control).click();
    await expect(page.locator('#by')).toHaveText(by);
    expect(kept.pages()).toHaveLength(1);
    await kept.close();

    const plain = await browser.newContext();
    const home = await homeIn(plain);
    const [opened] = await Promise.all([plain.waitForEvent('page'), home.locator(control).click()]);
    await expect(opened.locator('#by')).toHaveText(by);
    expect(home.url()).toBe(`${origin}/`);
    await plain.close();
  });
}

test('a link aimed at a frame of the page still loads in that frame', async ({ browser }) => {
  const kept = await browser.newContext();
  await keepInOneWindow(kept);
  const page = await homeIn(kept);
  await page.locator('#framed').click();
  await expect(page.frameLocator('iframe[name="content"]').locator('#by')).toHaveText('frame');
  expect(page.url()).toBe(`${origin}/`);
  expect(kept.pages()).toHaveLength(1);
  await kept.close();
});
