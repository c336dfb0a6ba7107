/**
 * A page with a fixed sidebar of quick links, and the lists drawn beside it (issue 18 §1): a
 * sidebar is neither a popup nor a list of choices. What a list offers is what the list opened
 * at its field shows (Chosen's drop under its box, a typeahead's menu under its text box), never
 * every `li` of the page; a list drawn by a box of its own is named by the placeholder the box
 * shows, and stays so named once something is chosen; the box's text names no field below it.
 * Snippets drawn as the libraries draw them (Chosen 1.8, bootstrap3-typeahead, SweetAlert2).
 */
import { selectors } from '@playwright/test';
import { portalSelector, registerPortalEngine, toQuery } from '../../src/pages/find-element.js';
import { PortalWatch } from '../../src/pages/portal-watch.js';
import { BUILT_IN_MAP, element } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

type Tab = import('@playwright/test').Page;

const SIDEBAR = `<aside style="position:fixed;top:0;bottom:0;left:0;width:190px;z-index:800;background:#1f3b5a">
  <div style="color:#fff;font-weight:bold">e-Invoice System</div>
  <ul style="list-style:none;margin:0;padding:0">
    <li><a href="#" style="display:block;color:#dfe8f2">User Manual</a></li>
    <li><a href="#" style="display:block;color:#dfe8f2">FAQs</a></li>
    <li><a href="#" style="display:block;color:#dfe8f2">Help Desk</a></li>
  </ul></aside>`;

const page = (content: string) => `<!doctype html><html><head><title>API Registration</title></head>
  <body style="padding-left:210px;margin:0">${SIDEBAR}<h2>API Registration</h2>${content}</body></html>`;

const NAMES = [
  'Alankit Limited',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Vayana Network Services Private Limited',
];

/** Chosen 1.8's single select: the native list hidden, its box after it; `open` draws the drop open. */
const chosen = ({ open, chosenName }: { open: boolean; chosenName?: string }) => `
  <select id="ddlGSP" data-placeholder="Select your GSP" style="display:none">
    <option value=""></option>
    ${NAMES.map((name, i) => `<option value="${i + 1}"${name === chosenName ? ' selected' : ''}>${name}</option>`).join('')}
  </select><div class="chosen-container chosen-container-single${open ? ' chosen-with-drop' : ''}" style="position:relative;display:inline-block;width:360px">
    <a class="chosen-single" style="display:block;height:25px;border:1px solid #aaa;cursor:pointer"><span>${chosenName ?? 'Select your GSP'}</span><div><b></b></div></a>
    <div class="chosen-drop" style="position:absolute;top:100%;width:100%;background:#fff;z-index:1010;${open ? '' : 'clip:rect(0,0,0,0);clip-path:inset(100% 100%)'}">
      <div class="chosen-search"><input type="text" autocomplete="off"></div>
      <ul class="chosen-results" style="margin:0;padding:0">
        ${NAMES.map((name) => `<li class="active-result" style="list-style:none">${name}</li>`).join('')}
      </ul></div></div>
  <p><b>API_</b> <input id="username" placeholder="Username"></p>`;

const offered = (tab: Tab, field: string) =>
  tab
    .locator(field)
    .locator(portalSelector({ op: 'offered' }))
    .allInnerTexts();

const gspList = toQuery(element(BUILT_IN_MAP, 'registration.gspSelect'));

test.describe('what a list offers is what opened at its field, not the sidebar', () => {
  test("a typeahead's menu under its text box, not the sidebar's quick links", async ({ page: tab }) => {
    await tab.setContent(
      page(`<p>Select your GSP</p><span style="position:relative;display:inline-block">
        <input type="text" id="gsp" class="typeahead" value="DEF" style="width:360px">
        <ul class="typeahead-menu" role="listbox" style="position:absolute;top:100%;left:0;list-style:none;padding:5px 0;margin:2px 0 0;background:#fff">
          <li class="active"><a href="#" style="display:block">DEFMACRO SOFTWARE PRIVATE LIMITED</a></li>
        </ul></span>`),
    );
    expect(await offered(tab, '#gsp')).toEqual(['DEFMACRO SOFTWARE PRIVATE LIMITED']);
  });

  test("Chosen's drop under its box, not the sidebar's quick links", async ({ page: tab }) => {
    await tab.setContent(page(chosen({ open: true })));
    expect(await offered(tab, '.chosen-container')).toEqual(NAMES);
  });

  test('a closed list offers nothing, whatever the sidebar lists', async ({ page: tab }) => {
    await tab.setContent(page(chosen({ open: false })));
    expect(await offered(tab, '.chosen-container')).toEqual([]);
  });
});

test.describe('a list drawn by a box of its own is named by what the box shows', () => {
  test('by the placeholder its box shows, also once something is chosen', async ({ page: tab }) => {
    await tab.setContent(page(chosen({ open: false })));
    const list = tab.locator(portalSelector({ op: 'find', query: gspList }));
    await expect(list).toHaveCount(1);
    expect(await list.getAttribute('id')).toBe('ddlGSP');
    // Chosen redraws its box with the choice: the list is still the one that read "Select your GSP".
    await tab.evaluate((name) => {
      const select = document.querySelector('select') as HTMLSelectElement;
      select.value = String(Array.from(select.options).findIndex((option) => option.text === name));
      (document.querySelector('.chosen-single span') as HTMLElement).textContent = name;
    }, NAMES[1] as string);
    await expect(list).toHaveCount(1);
  });

  test('the open drop is no part of its name', async ({ page: tab }) => {
    await tab.setContent(page(chosen({ open: true })));
    await expect(tab.locator(portalSelector({ op: 'find', query: gspList }))).toHaveCount(1);
  });

  test("the box's text names no field below it", async ({ page: tab }) => {
    await tab.setContent(page(chosen({ open: false })));
    const asTextField = { ...gspList, kind: 'text-field' as const };
    await expect(tab.locator(portalSelector({ op: 'find', query: asTextField }))).toHaveCount(0);
  });
});

test('a message dialog whose OK is an <input type=button> is read as a message, not a form', async ({
  page: tab,
}) => {
  const url = 'http://sidebar.test/';
  await tab.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: page(`<div class="swal2-container" style="position:fixed;inset:0;z-index:1060;display:grid;place-items:center;background:rgba(0,0,0,.4)">
        <div class="swal2-popup" role="dialog" aria-modal="true" style="width:32em;background:#fff;color:#545454">
          <h2 class="swal2-title">Oops...</h2><div>Invalid OTP. Please enter the valid OTP.</div>
          <div class="swal2-actions"><input type="button" value="OK" class="swal2-confirm swal2-styled">
          <input type="button" value="Cancel" class="swal2-cancel" style="display:none"></div></div></div>`),
    }),
  );
  const watch = new PortalWatch(tab);
  await watch.watchShown();
  await tab.goto(url);
  await expect
    .poll(() => watch.shownSince(0))
    .toMatchObject([{ text: 'Oops... Invalid OTP. Please enter the valid OTP.', floating: true }]);
});
