/**
 * Shapes that stopped the bot on portal renditions no issue had described (issue 17's cases 7, 8
 * and 10), as snippets in a real Chromium: a custom-control radio whose label covers its input, a
 * select2-style GSP picker, an element plainly missing from a page that has settled.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { selectors } from '@playwright/test';
import { ElementNotFound, Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/**
 * Case 8: a native `<select>` shrunk to 1 px under a styled box that shows the choice and carries
 * the list's name (select2 and its kin). The box is drawn by a script that follows the native
 * list's change event, as select2 does.
 */
const SELECT2_PICKER = `
<div class="form-group">
  <label id="lblGsp">Select your GSP</label>
  <div class="picker" style="position:relative">
    <select id="ddlGsp" name="ddlGsp" tabindex="-1" aria-hidden="true"
      style="position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0)">
      <option value="">--Select--</option>
      <option value="1">DEFMACRO SOFTWARE PRIVATE LIMITED</option>
      <option value="2">Vay Network Services Pvt. Ltd.</option>
    </select>
    <span class="select2-selection" role="combobox" aria-labelledby="lblGsp" tabindex="0"
      style="display:inline-block;width:320px;border:1px solid #999;padding:4px"><span id="shown">--Select--</span></span>
  </div>
</div>
<script>
  const native = document.getElementById('ddlGsp');
  native.addEventListener('change', () => {
    document.getElementById('shown').textContent = native.selectedOptions[0].textContent;
  });
</script>`;

test.describe('a select2-style GSP picker (case 8)', () => {
  test('is chosen through its native list, the styled box shows it and the read-back sees it', async ({
    page: tab,
  }) => {
    await tab.setContent(page(SELECT2_PICKER));
    const portal = new Portal(tab, BUILT_IN_MAP, 5000);
    expect(await portal.registration.gspNames()).toEqual([
      'DEFMACRO SOFTWARE PRIVATE LIMITED',
      'Vay Network Services Pvt. Ltd.',
    ]);
    await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
    await portal.finder.confirmTyped();
    await expect(tab.locator('#shown')).toHaveText('DEFMACRO SOFTWARE PRIVATE LIMITED');
    expect(await tab.locator('#ddlGsp').inputValue()).toBe('1');
  });

  test('a styled box and the native list it draws are one list, not two', async ({ page: tab }) => {
    // select2's own markup: the box is named by its shown text, the label beside both.
    await tab.setContent(
      page(
        SELECT2_PICKER.replace('aria-labelledby="lblGsp"', 'aria-labelledby="shown"').replace(
          '<label id="lblGsp">',
          '<label id="lblGsp" class="control-label">',
        ),
      ),
    );
    const finder = new Finder(tab, BUILT_IN_MAP, 5000);
    const found = await finder.find('registration.gspSelect', 'the API registration form');
    expect(await found.evaluate((el) => el.id)).toBe('ddlGsp');
  });

  test('a list drawn without any native one that shows no names once opened is said to be unreadable, not a bug', async ({
    page: tab,
  }) => {
    await tab.setContent(
      page(
        '<label id="l">Select your GSP</label><div role="combobox" aria-labelledby="l" tabindex="0">--Select--</div>',
      ),
    );
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    const error = await portal.registration.gspNames().catch((e) => e);
    expect(error).not.toBeInstanceOf(ElementNotFound);
    expect(error.name).toBe('PortalChanged');
    expect(error.exitCode).toBe(4);
    expect(error.message).toMatch(
      /"Select your GSP" list .*showed no names once opened: not a list the bot can read/,
    );
  });
});

/** Bootstrap 4's custom-control radio, its CSS inlined: the input sits under the label that draws it. */
const CUSTOM_RADIOS = `
<style>
  .custom-control { position: relative; display: block; min-height: 1.5rem; padding-left: 1.5rem; }
  .custom-control-input { position: absolute; left: 0; z-index: -1; width: 1rem; height: 1.25rem; opacity: 0; }
  .custom-control-label { position: relative; margin-bottom: 0; }
  .custom-control-label::before { position: absolute; top: .25rem; left: -1.5rem; display: block;
    width: 1rem; height: 1rem; content: ""; border: 1px solid #adb5bd; border-radius: 50%; background: #fff; }
</style>
<div class="form-group"><label>Do you wish to Register your GSTIN for</label>
  <div class="custom-control custom-radio"><input type="radio" name="m" id="a1" class="custom-control-input"><label class="custom-control-label" for="a1">Directly</label></div>
  <div class="custom-control custom-radio"><input type="radio" name="m" id="a2" class="custom-control-input"><label class="custom-control-label" for="a2">Through GSP</label></div>
</div>
<div class="form-group"><label for="g">Select your GSP</label><select id="g"><option>DEFMACRO SOFTWARE PRIVATE LIMITED</option></select></div>`;

/** A long timeout: what these tests decide must come long before it. */
const LONG = 60_000;
/** Long before the timeout, with room for a loaded machine: a wait for the timeout would take six times as long. */
const SOON = LONG / 6;

test.describe('a click another element would receive (case 7)', () => {
  test('a custom-control radio under its own label is checked through the label, at once', async ({
    page: tab,
  }) => {
    await tab.setContent(page(CUSTOM_RADIOS));
    const portal = new Portal(tab, BUILT_IN_MAP, LONG);
    const started = Date.now();
    await portal.registration.chooseThroughGsp();
    expect(Date.now() - started).toBeLessThan(SOON);
    expect(await tab.locator('#a2').isChecked()).toBe(true);
    expect(await tab.locator('#a1').isChecked()).toBe(false);
  });

  test('anything else in the way is named at once, long before the timeout', async ({ page: tab }) => {
    await tab.setContent(
      page(`<div style="position:relative">
        <button type="button" id="s" onclick="this.dataset.clicked = 'yes'">Submit</button>
        <div style="position:absolute;left:0;top:0;width:200px;height:60px;background:#fff">Chat with us</div>
      </div>`),
    );
    const portal = new Portal(tab, BUILT_IN_MAP, LONG);
    const started = Date.now();
    const error = await portal.registration.submit().catch((e) => e);
    expect(Date.now() - started).toBeLessThan(SOON);
    expect(error.message).toMatch(/"Chat with us" covers the "Submit" button/);
    expect(await tab.locator('#s').getAttribute('data-clicked')).toBeNull();
  });

  test('a sticky header over the element is not reported: the element is scrolled to the centre', async ({
    page: tab,
  }) => {
    await tab.setViewportSize({ width: 800, height: 400 });
    await tab.setContent(
      page(`<header style="position:sticky;top:0;height:80px;background:#036;color:#fff;z-index:10">e-Invoice System</header>
        <div style="height:600px"></div>
        <button type="button" id="s" onclick="this.dataset.clicked = 'yes'">Submit</button>
        <div style="height:1200px"></div>`),
    );
    // The button at the top of the window, under the header, as a page scrolled by hand leaves it.
    await tab.evaluate(() => {
      const button = document.getElementById('s') as HTMLElement;
      scrollTo(0, button.offsetTop - 20);
    });
    const portal = new Portal(tab, BUILT_IN_MAP, LONG);
    const started = Date.now();
    await portal.registration.submit();
    expect(Date.now() - started).toBeLessThan(SOON);
    expect(await tab.locator('#s').getAttribute('data-clicked')).toBe('yes');
  });
});

/** A dashboard whose "User Credentials" was renamed: plainly missing once the page is drawn. */
const RENAMED_MENU = `
<h2>Dash Board</h2>
<ul class="sidebar">
  <li><a href="#api">API Registration</a>
    <ul><li><a href="#cc">Access Keys</a></li></ul></li>
</ul>`;

/**
 * A page that draws the menu only when its own call (XHR) comes back, `delayMs` later: still
 * loading, not settled, until then.
 */
function slowMenuServer(delayMs: number): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url === '/menu') {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('User Credentials');
      }, delayMs);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      page(`<h2>Dash Board</h2><ul id="menu"></ul>
      <script>
        fetch('/menu').then((r) => r.text()).then((text) => {
          document.getElementById('menu').innerHTML = '<li><a href="#uc">' + text + '</a></li>';
        });
      </script>`),
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }),
    );
  });
}

test.describe('an element plainly missing from a settled page (case 10)', () => {
  test('is decided long before the timeout', async ({ page: tab }) => {
    await tab.setContent(page(RENAMED_MENU));
    const finder = new Finder(tab, BUILT_IN_MAP, LONG);
    const started = Date.now();
    const error = await finder.find('dashboard.userCredentials', 'the "Dash Board" page').catch((e) => e);
    expect(Date.now() - started).toBeLessThan(SOON);
    expect(error).toBeInstanceOf(ElementNotFound);
    expect(error.message).toContain('Could not find');
  });

  test('is decided long before the timeout on a page that never stops changing (a ticker, a spinner)', async ({
    page: tab,
  }) => {
    await tab.setContent(
      page(`${RENAMED_MENU}<p id="clock"></p>
      <style>@keyframes spin { to { transform: rotate(360deg) } }</style>
      <div style="width:20px;height:20px;border:2px dashed #333;animation:spin 1s linear infinite"></div>
      <script>setInterval(() => { document.getElementById('clock').textContent = String(Date.now()); }, 50);</script>`),
    );
    const finder = new Finder(tab, BUILT_IN_MAP, LONG);
    const started = Date.now();
    const error = await finder.find('dashboard.userCredentials', 'the "Dash Board" page').catch((e) => e);
    expect(Date.now() - started).toBeLessThan(SOON);
    expect(error).toBeInstanceOf(ElementNotFound);
  });

  test('an action on it (typing) is decided long before the timeout too', async ({ page: tab }) => {
    await tab.setContent(page('<table><tr><td>User Name</td><td><input id="u"></td></tr></table>'));
    const portal = new Portal(tab, BUILT_IN_MAP, LONG);
    const started = Date.now();
    const error = await portal.registration.fillCredentials('acme01', 'Api@Pass123').catch((e) => e);
    expect(Date.now() - started).toBeLessThan(SOON);
    expect(error).toBeInstanceOf(ElementNotFound);
  });

  test('a page still loading is waited for: what its call brings is found', async ({ page: tab }) => {
    const { url, server } = await slowMenuServer(2500);
    try {
      // Made first, as a run makes it: it counts the page's requests from the start.
      const finder = new Finder(tab, BUILT_IN_MAP, LONG);
      await tab.goto(url);
      const started = Date.now();
      const found = await finder.find('dashboard.userCredentials', 'the "Dash Board" page');
      expect(await found.textContent()).toBe('User Credentials');
      expect(Date.now() - started).toBeGreaterThan(1500);
    } finally {
      server.close();
    }
  });

  test('a page still loading past the timeout is missing at the timeout, not before', async ({
    page: tab,
  }) => {
    const { url, server } = await slowMenuServer(10_000);
    try {
      const finder = new Finder(tab, BUILT_IN_MAP, 2500);
      await tab.goto(url);
      const started = Date.now();
      const error = await finder.find('dashboard.userCredentials', 'the "Dash Board" page').catch((e) => e);
      expect(error).toBeInstanceOf(ElementNotFound);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2400);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
