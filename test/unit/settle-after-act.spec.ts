/**
 * What a choice starts is waited for, and only that (src/pages/settled.ts `settleAfterAct`): a
 * postback through `setTimeout(…, 0)`, as ASP.NET AutoPostBack does, and a call of the page whose
 * answer redraws part of it (an UpdatePanel); a choice that only redraws in place is acted on at
 * once. Each answer is slow, so a check made before it came would fail.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Page, selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { Portal } from '../../src/pages/portal.js';
import { PageActivity, settle, settleAfterAct } from '../../src/pages/settled.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const SLOW_MS = 600;

const list = (onChange: string) => `<!doctype html><html><head><title>t</title></head><body>
<form method="post" action="/posted"><select id="gsp" name="gsp" onchange="${onChange}">
<option value="">--Select--</option><option value="1">DEFMACRO SOFTWARE PRIVATE LIMITED</option>
</select></form><p id="answer"></p></body></html>`;

const PAGES: Record<string, string> = {
  '/postback': list('setTimeout(function () { document.forms[0].submit(); }, 0)'),
  '/call': list(
    "fetch('/slow').then(function (r) { return r.text(); }).then(function (t) { document.getElementById('answer').textContent = t; })",
  ),
  '/in-place': list("document.getElementById('answer').textContent = 'chosen'"),
  '/still': '<!doctype html><title>t</title><p>Nothing moves here.</p>',
  // A call the portal never answers: a wait for the page to settle runs to its budget.
  '/waiting': `<!doctype html><title>t</title><p id="answer">waiting</p><script>
    fetch('/never');
  </script>`,
};

/**
 * The registration form's fields as WebForms draws them, the username posting the page back when
 * it changes (AutoPostBack on a text box): the page comes back with the username kept and the
 * passwords empty, as WebForms never sends a password back.
 */
const credentials = (username: string) => `<!doctype html><html><head><title>t</title></head><body>
<form method="post" action="/credentials"><table>
<tr><td>API Username</td><td>API_<input type="text" name="user" value="${username}"
  onchange="setTimeout(function () { document.forms[0].submit(); }, 0)"></td></tr>
<tr><td>Password</td><td><input type="password" name="pass"></td></tr>
<tr><td>Re-enter Password</td><td><input type="password" name="again"></td></tr>
</table></form></body></html>`;

/** How many waits for the page to settle are watching it now. */
const watches = (page: Page) =>
  page.evaluate(
    () => (globalThis as { __einvSettleWatches?: Map<number, unknown> }).__einvSettleWatches?.size ?? 0,
  );

let server: Server;
let base: string;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const send = (body: string) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(body);
    };
    if (request.url === '/never') return; // never answered
    if (request.url === '/credentials') {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on('end', () => {
        const user = new URLSearchParams(body).get('user') ?? '';
        setTimeout(() => send(credentials(user.replace(/[^\w]/g, ''))), SLOW_MS);
      });
      return;
    }
    if (request.url === '/credentials-form') return send(credentials(''));
    if (request.url === '/posted' || request.url === '/slow') {
      request.resume();
      const body =
        request.url === '/posted'
          ? '<!doctype html><title>t</title><p id="answer">posted back</p>'
          : 'answered';
      setTimeout(() => send(body), SLOW_MS); // the portal's slowness, not the bot's wait
      return;
    }
    send(PAGES[request.url ?? ''] ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(
  () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
);

for (const [path, expected] of [
  ['/postback', 'posted back'],
  ['/call', 'answered'],
  ['/in-place', 'chosen'],
] as const) {
  test(`a choice whose page ${path.slice(1)}: what it brings is there once the act has settled`, async ({
    page,
  }) => {
    const activity = new PageActivity(page);
    await page.goto(`${base}${path}`);
    await callPortalLib(page, '.normal("")'); // the library on the page, as a step's first look puts it
    await page.locator('#gsp').selectOption({ label: 'DEFMACRO SOFTWARE PRIVATE LIMITED' });
    await settleAfterAct(page, activity, 10_000);
    expect(await page.evaluate(() => document.getElementById('answer')?.textContent)).toBe(expected);
  });
}

test('a wait for the page to settle whose answer is no longer wanted stops watching the page', async ({
  page,
}) => {
  test.setTimeout(30_000);
  const activity = new PageActivity(page);
  await page.goto(`${base}/waiting`);
  await callPortalLib(page, '.normal("")');
  await expect.poll(() => activity.loading).toBe(true);
  const answered = new AbortController();
  // Its budget is twice the test's: only the abort can end it in time.
  const waiting = settle(page, activity, 60_000, undefined, answered.signal);
  await expect.poll(() => watches(page)).toBe(1);
  answered.abort();
  expect(await waiting).toBe('loading');
  await expect.poll(() => watches(page)).toBe(0);
});

test("two waits for the same page at once each see it settle: neither ends the other's watch", async ({
  page,
}) => {
  const activity = new PageActivity(page);
  await page.goto(`${base}/still`);
  await callPortalLib(page, '.normal("")');
  // Submit's race for its call is still watching when the wait for its question starts (each
  // wait's first watch is sent to the page as the wait starts, in that order).
  const first = settle(page, activity, 10_000);
  const second = settle(page, activity, 10_000);
  expect(await Promise.all([first, second])).toEqual(['settled', 'settled']);
  expect(await watches(page)).toBe(0);
});

test('credentials a postback emptied while they were typed are typed again, and read back', async ({
  page,
}) => {
  await page.goto(`${base}/credentials-form`);
  const portal = new Portal(page, BUILT_IN_MAP, 10_000);
  await portal.registration.fillCredentials('demo01', 'Api@Pass12');
  const values = () =>
    page.evaluate(() => Array.from(document.querySelectorAll('input'), (input) => input.value));
  expect(await values()).toEqual(['demo01', 'Api@Pass12', 'Api@Pass12']);
  // It was the page that came back: the form was posted.
  expect(await page.evaluate(() => location.pathname)).toBe('/credentials');
});
