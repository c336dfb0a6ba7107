/**
 * A page made of frames (an HTML 4 `<frameset>`: a banner, the menu, and the pages each in a
 * frame of it): the frame showing the way on is opened as the page, and read there. The menu
 * opened so still reaches the pages it sent to the content frame, by its links' `target` or by
 * its scripts naming that frame, and a page's own global of a frame's name stays the page's.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { keepInOneWindow } from '../../src/pages/one-window.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const frameset = (menu: string) => `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">
<html><head><title>e-Invoice System</title></head>
<frameset rows="70,*" border="0">
  <frame name="banner" src="/banner" scrolling="no" noresize>
  <frameset cols="210,*">
    <frame name="menu" src="${menu}">
    <frame name="main" src="/dash">
  </frameset>
</frameset></html>`;

const MENU_LINKS = `<html><body bgcolor="#e8eef7"><font face="Verdana" size="2">
<b>API Registration</b><br>
&nbsp;&nbsp;<b>User Credentials</b><br>
&nbsp;&nbsp;&nbsp;&nbsp;<a href="/otp" target="main">Create API User</a><br>
&nbsp;&nbsp;&nbsp;&nbsp;<a href="/misc" target="main">View API Users</a>
</font></body></html>`;

const MENU_SCRIPTS = `<html><head><script>
function go(page) { parent.main.location.href = page; return false; }
</script></head><body><table><tr><td>API Registration</td></tr>
<tr><td><a href="#" onclick="return go('/otp')">Create API User</a></td></tr>
<tr><td><a href="#" onclick="top.frames['main'].location = '/misc'; return false">View API Users</a></td></tr>
</table></body></html>`;

const PAGES: Record<string, string> = {
  '/frames': frameset('/menu'),
  '/frames-scripted': frameset('/menu-scripted'),
  '/banner':
    '<html><body><h3>e-Invoice System</h3> Welcome, MHFOODS <a href="/logout" target="_top">Logout</a></body></html>',
  '/menu': MENU_LINKS,
  '/menu-scripted': MENU_SCRIPTS,
  '/dash': '<html><body><h2>Dash Board</h2><p>Generations: 12</p></body></html>',
  '/otp': `<html><head><script>function main() { return 'the page\\'s own'; }</script></head><body>
    <h2>API Registration</h2>
    Enter OTP <input id="otp" maxlength="6"> <input type="submit" value="Verify OTP"></body></html>`,
  '/misc': '<html><body><h2>View API Users</h2></body></html>',
};

let server: Server;
let base: string;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const page = PAGES[(request.url ?? '/').split('?')[0] ?? '/'];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

for (const [shell, how] of [
  ['/frames', 'its links aimed at the content frame'],
  ['/frames-scripted', 'its scripts naming the content frame'],
] as const) {
  test(`a frameset: its menu frame is opened as the page, and opens "Create API User" by ${how}`, async ({
    page,
  }) => {
    // As the bot's own browser does (browser.ts): what would open in a new window opens here.
    await keepInOneWindow(page.context());
    const portal = new Portal(page, BUILT_IN_MAP, 5000);
    const landed = await portal.screens.answerTo(
      async () => {
        await page.goto(`${base}${shell}`);
      },
      ['dashboard'],
      5000,
    );
    expect(landed).toMatchObject({ screen: 'dashboard' });
    expect(new URL(page.url()).pathname).toBe(shell === '/frames' ? '/menu' : '/menu-scripted');
    const answer = await portal.screens.answerTo(
      async () => {
        await (await portal.finder.find('dashboard.createApiUser', 'the menu')).click();
      },
      ['otp'],
      5000,
    );
    expect(answer).toMatchObject({ screen: 'otp' });
    expect(new URL(page.url()).pathname).toBe('/otp');
    await portal.finder.find('apiOtp.field', 'the OTP page');
    // A page's own global named as a frame was stays its own.
    expect(await page.evaluate('typeof main === "function" ? main() : typeof main')).toBe("the page's own");
    expect(await page.evaluate('window.menu === window')).toBe(true);
  });
}
