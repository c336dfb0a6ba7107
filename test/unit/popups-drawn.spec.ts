/**
 * Popups as they are drawn (issue 18 §1): the topmost box with content drawn above the page,
 * wherever its dimming layer sits in the DOM, closed by its own control (Exit, Close, ×, an
 * image whose alt or title says so, OK for a message), then Esc. The dimming layer is never the
 * popup; a fixed sidebar, a header or a cookie bar is none; a popup holding what a step needs
 * (a login, a Yes/No) belongs to that step and is never closed by Cancel. Snippets drawn as the
 * libraries draw them, acted on through the page objects.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

type Tab = import('@playwright/test').Page;

/** A page with a menu link behind whatever `over` draws; every click on a control is logged in `window.clicked`. */
const page = (over: string) => `<!doctype html><html><head><title>t</title></head><body>
  <h1>Dash Board</h1><p><a href="#" id="menu">API Registration</a></p>
  ${over}
  <script>
    window.clicked = [];
    document.addEventListener('click', (e) => {
      const el = e.target.closest('button,a,img,input,span');
      if (el) window.clicked.push((el.textContent || el.value || el.alt || el.title || '').trim());
    }, true);
    document.querySelectorAll('[data-hides]').forEach((el) =>
      el.addEventListener('click', () =>
        el.getAttribute('data-hides').split(' ').forEach((id) => document.getElementById(id).remove())));
  </script></body></html>`;

const DIMMER = (id: string, z = 900) =>
  `<div id="${id}" style="position:fixed;inset:0;z-index:${z};background:rgba(0,0,0,.5)"></div>`;
const PANEL = (id: string, controls: string, z = 901) =>
  `<div id="${id}" style="position:fixed;top:80px;left:50%;width:420px;margin-left:-210px;z-index:${z};background:#fff;padding:10px">
    <b>Contacts of Technical Person</b><p>Ravi Kumar Sharma</p>${controls}</div>`;

async function closeAll(tab: Tab, html: string, whole = page(html)) {
  await tab.setContent(whole);
  const portal = new Portal(tab, BUILT_IN_MAP, 5000);
  await portal.popups.closeAll();
  return {
    closed: portal.popups.closed,
    clicked: await tab.evaluate(() => (window as unknown as { clicked: string[] }).clicked),
  };
}

test.describe('the popup is the box drawn above the page, not its dimming layer', () => {
  test('a panel beside a dimming layer that comes after it in the document', async ({ page: tab }) => {
    const { closed } = await closeAll(
      tab,
      `${PANEL('panel', '<button data-hides="panel shade">Exit</button>')}${DIMMER('shade')}`,
    );
    expect(closed).toEqual(['Contacts of Technical Person']);
    await expect(tab.locator('#shade')).toHaveCount(0);
  });

  test('a panel and its dimming layer in different parts of the document', async ({ page: tab }) => {
    const { closed } = await closeAll(
      tab,
      `<div id="a">${DIMMER('shade')}</div><div><div><div>${PANEL('panel', '<button data-hides="panel shade">Exit</button>')}</div></div></div>`,
    );
    expect(closed).toEqual(['Contacts of Technical Person']);
  });

  test('what the dimming layer covers is named as covered by the popup, not by the layer', async ({
    page: tab,
  }) => {
    await tab.setContent(page(`${PANEL('panel', '<button>Proceed</button>')}${DIMMER('shade')}`));
    const portal = new Portal(tab, BUILT_IN_MAP, 1000);
    expect(await portal.finder.coveredBy(tab.locator('#menu'))).toBe('"Contacts of Technical Person"');
  });

  test('two popups over one another are closed top one first', async ({ page: tab }) => {
    const { closed } = await closeAll(
      tab,
      `${DIMMER('shade1', 1000)}${PANEL('contacts', '<button data-hides="contacts shade1">Exit</button>', 1001)}
       <div id="swal" style="position:fixed;inset:0;z-index:1060;display:grid;place-items:center;background:rgba(0,0,0,.4)">
         <div role="dialog" aria-modal="true" style="background:#fff;padding:20px;width:30em"><h2>Advisory</h2><p>2FA is mandatory.</p>
         <button data-hides="swal">OK</button><button style="display:none">Cancel</button></div></div>`,
    );
    expect(closed).toEqual(['Advisory', 'Contacts of Technical Person']);
  });
});

test.describe('what is fixed at the edges is not a popup', () => {
  test('a cookie bar above everything and a fixed sidebar are neither closed nor counted', async ({
    page: tab,
  }) => {
    const { closed, clicked } = await closeAll(
      tab,
      `<aside style="position:fixed;top:0;bottom:0;left:0;width:180px;z-index:800;background:#234"><a href="#">FAQs</a><a href="#">Help Desk</a></aside>
       <div style="position:fixed;left:0;right:0;bottom:0;z-index:99999;background:#222;color:#eee;padding:12px">
         This website uses cookies. <button>Accept</button><button>Close</button></div>`,
    );
    expect(closed).toEqual([]);
    expect(clicked).toEqual([]);
  });

  test('a cookie bar over a popup leaves the popup to be closed by its own Exit', async ({ page: tab }) => {
    const { closed, clicked } = await closeAll(
      tab,
      `${DIMMER('shade')}${PANEL('panel', '<button data-hides="panel shade">Exit</button>')}
       <div style="position:fixed;left:0;right:0;bottom:0;z-index:99999;background:#222;color:#eee;padding:12px">
         We use cookies. <button>Close</button></div>`,
    );
    expect(closed).toEqual(['Contacts of Technical Person']);
    expect(clicked).toEqual(['Exit']);
  });

  test('a full-page application wrapper with nothing beneath it is not a popup', async ({ page: tab }) => {
    const { closed } = await closeAll(
      tab,
      '',
      `<!doctype html><html><body><div style="position:fixed;inset:0;overflow:auto;background:#fff;z-index:5">
        <h2>Create API User</h2><p>Through GSP</p><button>Close</button></div></body></html>`,
    );
    expect(closed).toEqual([]);
  });
});

test.describe('closed by its own control, then Esc', () => {
  test('an image whose alt says Close', async ({ page: tab }) => {
    const { clicked } = await closeAll(
      tab,
      `${DIMMER('shade')}${PANEL('panel', '<img alt="Close" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="16" height="16" style="cursor:pointer" data-hides="panel shade">')}`,
    );
    expect(clicked).toEqual(['Close']);
  });

  test('Esc when the popup has no control the map knows, and it closes on Esc', async ({ page: tab }) => {
    const { closed } = await closeAll(
      tab,
      `${DIMMER('shade')}${PANEL('panel', '<button>Proceed</button>')}
       <script>document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { document.getElementById('panel').remove(); document.getElementById('shade').remove(); } });</script>`,
    );
    expect(closed).toEqual(['Contacts of Technical Person']);
    await expect(tab.locator('#panel')).toHaveCount(0);
  });
});

test.describe('a popup holding what a step needs belongs to the step', () => {
  test('a Yes/No question is left for the step: no Cancel, no No', async ({ page: tab }) => {
    const { closed, clicked } = await closeAll(
      tab,
      `${DIMMER('shade')}<div style="position:fixed;top:80px;left:30%;width:40%;z-index:901;background:#fff;padding:10px">
        <h4>Confirm</h4><p>Register the API user for the selected GSP?</p><button>Yes</button><button>No</button><button>Cancel</button></div>`,
    );
    expect(closed).toEqual([]);
    expect(clicked).toEqual([]);
  });

  test('a login in a modal is left for the step', async ({ page: tab }) => {
    const { closed, clicked } = await closeAll(
      tab,
      `${DIMMER('shade')}<div style="position:fixed;top:80px;left:30%;width:40%;z-index:901;background:#fff;padding:10px">
        <h4>Login</h4><input name="u" placeholder="Username"><input type="password" placeholder="Password">
        <button>Login</button><button>Cancel</button><button>×</button></div>`,
    );
    expect(closed).toEqual([]);
    expect(clicked).toEqual([]);
  });
});

test.describe('a popup that comes late over an open menu', () => {
  // Bootstrap 3's navbar dropdown: a click on a toggle opens its list, any other click closes
  // every list; a submenu opens under the pointer. The popup comes as the pointer opens the
  // submenu, so the click that closes it (on its Exit) closes the menu too.
  const NAVBAR = `<nav><ul style="display:flex;list-style:none;margin:0;padding:0">
    <li class="dropdown" style="position:relative"><a href="#" data-toggle="dropdown" style="display:block;padding:12px">API Registration</a>
      <ul class="menu" style="position:absolute;top:100%;left:0;min-width:180px;list-style:none;padding:0;background:#fff;z-index:1000">
        <li class="sub" style="position:relative"><a href="#" id="credentials" tabindex="-1" style="display:block;padding:8px">User Credentials</a>
          <ul class="menu" style="position:absolute;top:0;left:100%;min-width:180px;list-style:none;padding:0;background:#fff">
            <li><a href="#created" style="display:block;padding:8px">Create API User</a></li></ul></li></ul></li></ul></nav>
    <style>.menu { display: none; } .open > .menu, .sub:hover > .menu { display: block; }</style>
    <script>
      const clearMenus = () => document.querySelectorAll('.open').forEach((item) => item.classList.remove('open'));
      document.querySelector('[data-toggle]').addEventListener('click', (event) => {
        event.preventDefault();
        event.stopPropagation();
        const item = event.currentTarget.parentElement;
        const opening = !item.classList.contains('open');
        clearMenus();
        if (opening) item.classList.add('open');
      });
      document.addEventListener('click', clearMenus);
      let shown = false;
      document.getElementById('credentials').addEventListener('mouseenter', () => {
        if (shown) return;
        shown = true;
        document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(
          `${DIMMER('shade', 2000)}${PANEL('panel', '<button data-hides="panel shade">Exit</button>', 2001)}`,
        )});
        document.querySelector('#panel button').addEventListener('click', () => {
          document.getElementById('panel').remove();
          document.getElementById('shade').remove();
        });
      });
    </script>`;

  test('closing it closes the menu: the way to Create API User is walked again', async ({ page: tab }) => {
    await tab.setContent(`<!doctype html><html><body><h1>Dash Board</h1>${NAVBAR}</body></html>`);
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    await portal.dashboard.openCreateApiUser();
    await expect.poll(() => tab.evaluate(() => location.hash)).toBe('#created');
    expect(portal.popups.closed).toEqual(['Contacts of Technical Person']);
  });
});

test('a SweetAlert advisory whose OK is a plain link is closed by its OK, not its hidden Cancel', async ({
  page: tab,
}) => {
  const { closed, clicked } = await closeAll(
    tab,
    `<div id="swal" style="position:fixed;inset:0;z-index:1060;display:grid;place-items:center;background:rgba(0,0,0,.4)">
      <div role="dialog" aria-modal="true" style="width:32em;background:#fff;padding:1em">
        <h2>Advisory</h2><div>Two-Factor Authentication (2FA) is mandatory for all e-Invoice users.</div>
        <a href="javascript:void(0)" class="swal2-confirm" data-hides="swal">OK</a>
        <a href="javascript:void(0)" class="swal2-cancel" style="display:none">Cancel</a></div></div>`,
  );
  expect(closed).toEqual(['Advisory']);
  expect(clicked).toEqual(['OK']);
});
