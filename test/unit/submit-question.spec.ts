/**
 * The question a page asks before it sends (issue 18 §1: "the Yes/No before Submit belongs to the
 * step and is answered only by the step that raised it"): a box over the page offering an
 * affirmative and a negative answer is the step's. The popup closer never presses its No, Cancel
 * or ×; the verdict reading never takes its words for the portal's answer; the step finds its
 * affirmative control, drawn as a button, a link or a span a script made clickable.
 */
import { selectors } from '@playwright/test';
import { portalSelector, registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

type Tab = import('@playwright/test').Page;

/** A form behind whatever `over` draws; every click is logged in `window.clicked`. */
const page = (over: string) => `<!doctype html><html><head><title>t</title>
  <style>.btn-like { cursor: pointer; padding: 4px 10px; border: 1px solid #888; }</style></head><body>
  <h1>Create API User</h1><form><input type="password"><input type="password"><button type="submit">Submit</button></form>
  ${over}
  <script>
    window.clicked = [];
    document.addEventListener('click', (e) => {
      const el = e.target.closest('button,a,span');
      if (el) window.clicked.push((el.textContent || '').trim());
    }, true);
  </script></body></html>`;

const SHADE = '<div style="position:fixed;inset:0;z-index:1040;background:#000;opacity:.5"></div>';
/** Bootstrap's confirm modal: the `.modal` over the window, its box inside, a separate backdrop. */
const BOOTSTRAP_QUESTION = `<div class="modal" style="display:block;position:fixed;inset:0;z-index:1050">
  <div style="width:420px;margin:80px auto;background:#fff;padding:10px">
    <h4>Confirm</h4><button type="button" class="close" data-dismiss="modal">&times;</button>
    <p>Are you sure you want to create the API user?</p>
    <button type="button">Yes</button> <button type="button" data-dismiss="modal">No</button>
  </div></div>${SHADE}`;
/** A small dialog, no dimming: OK and Cancel drawn as spans with a pointer cursor from a class. */
const SPAN_QUESTION = `<div role="dialog" style="position:fixed;top:60px;left:30%;width:360px;z-index:10;background:#fff;border:1px solid #333;padding:10px">
  <p style="color:#b00020">Do you want to proceed with the registration?</p>
  <span class="btn-like">OK</span> <span class="btn-like">Cancel</span></div>`;
/** A message dialog: one OK, no question. */
const MESSAGE = `<div role="dialog" style="position:fixed;top:60px;left:30%;width:360px;z-index:10;background:#fff;border:1px solid #333;padding:10px">
  <p>API user created successfully.</p><button type="button" onclick="this.parentElement.remove()">OK</button></div>`;

async function closed(tab: Tab, html: string) {
  await tab.setContent(page(html));
  // A ceiling, not a measure: under two suites at once a click on Exit ran past 1 s.
  const portal = new Portal(tab, BUILT_IN_MAP, 5000);
  await portal.popups.closeAll();
  return {
    closed: portal.popups.closed,
    clicked: await tab.evaluate(() => (window as unknown as { clicked: string[] }).clicked),
  };
}

const affirmative = (tab: Tab) => tab.locator(portalSelector({ op: 'question-yes' }));

test.describe('a question over the page is the step that raised it', () => {
  test('a Bootstrap confirm modal: the closer leaves it (never No, never ×); its Yes is the answer', async ({
    page: tab,
  }) => {
    expect(await closed(tab, BOOTSTRAP_QUESTION)).toEqual({ closed: [], clicked: [] });
    await expect(affirmative(tab)).toHaveText('Yes');
  });

  test('OK and Cancel drawn as spans with a pointer cursor: still a question, OK the answer', async ({
    page: tab,
  }) => {
    expect(await closed(tab, SPAN_QUESTION)).toEqual({ closed: [], clicked: [] });
    await expect(affirmative(tab)).toHaveText('OK');
  });

  test('a dialog wrapper focusable by its tabindex, its words starting "Confirm", is no answer: its Yes is', async ({
    page: tab,
  }) => {
    await tab.setContent(
      page(`<div role="dialog" aria-modal="true" style="position:fixed;top:60px;left:30%;width:360px;z-index:10;background:#fff;padding:10px">
        <div tabindex="-1"><p>Confirm the registration of the API user?</p>
        <a href="#" role="button">Yes</a> <a href="#" role="button">No</a></div></div>`),
    );
    await expect(affirmative(tab)).toHaveText('Yes');
  });

  test('its words are no verdict, though drawn in red in a dialog', async ({ page: tab }) => {
    await tab.setContent(page(SPAN_QUESTION));
    expect(await callPortalLib(tab, '.inlineErrors()')).toEqual([]);
  });

  test('a message dialog with one OK asks nothing: no answer to give, and the closer closes it', async ({
    page: tab,
  }) => {
    await tab.setContent(page(MESSAGE));
    await expect(affirmative(tab)).toHaveCount(0);
    expect(await callPortalLib(tab, '.inlineErrors()')).toEqual(['API user created successfully.']);
    expect((await closed(tab, MESSAGE)).clicked).toEqual(['OK']);
  });

  test("the map's technical-contact popup is closed by its Exit though it holds fields; another with fields is left", async ({
    page: tab,
  }) => {
    const form = (
      title: string,
    ) => `<div class="pop" style="position:fixed;inset:0;z-index:1040;background:rgba(0,0,0,.5)">
      <div style="width:420px;margin:80px auto;background:#fff;padding:10px"><h4>${title}</h4>
      <input placeholder="Name"> <input placeholder="Mobile">
      <span class="btn-like" onclick="this.closest('.pop').remove()">Exit</span></div></div>`;
    expect(await closed(tab, form('Contacts of Technical Person'))).toEqual({
      closed: ['Contacts of Technical Person'],
      clicked: ['Exit'],
    });
    expect(await closed(tab, form('Update your profile'))).toEqual({ closed: [], clicked: [] });
  });

  test('no popup, no answer: a Yes in the page itself is none', async ({ page: tab }) => {
    await tab.setContent(page('<p><button type="button">Yes</button> <button type="button">No</button></p>'));
    await expect(affirmative(tab)).toHaveCount(0);
  });
});
