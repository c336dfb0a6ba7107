/**
 * What can be clicked (issue 18 §1): an interactive tag or role (button, link, menuitem, tab), a
 * tabindex, an onclick, or a pointer cursor of its own, not inherited from its parent. For a
 * pointer cursor the words are found first, then their clickable ancestor; the element on top
 * at its own centre is the one a person clicks. Snippets in the shapes sites draw their
 * buttons, each through the finder as a page object would ask for it.
 */
import { selectors } from '@playwright/test';
import { ElementNotFound, Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string, style = '') =>
  `<!doctype html><html><head><title>t</title><style>${style}</style></head><body>${body}</body></html>`;

/** The home page's "Login" as the finder resolves it: the tag and text of what it found. */
async function homeLogin(tab: import('@playwright/test').Page, body: string, style = '') {
  await tab.setContent(page(body, style));
  const finder = new Finder(tab, BUILT_IN_MAP, 1500);
  const found = await finder.find('home.loginButton', 'the home page');
  return found.evaluate(
    (el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').replace(/\s+/g, ' ').trim()}`,
  );
}

test.describe('what can be clicked', () => {
  const CLICKABLE: { title: string; body: string; style?: string; found: string }[] = [
    { title: 'a <button>', body: '<button type="button">Login</button>', found: 'button Login' },
    {
      title: 'a plain link to another page',
      body: '<a href="/Home/Login">Login</a>',
      found: 'a Login',
    },
    {
      title: 'a <span> whose pointer cursor comes from its class',
      body: '<span class="act">Login</span>',
      style: '.act { cursor: pointer; }',
      found: 'span Login',
    },
    {
      title: 'the words in a <span>, the pointer cursor on the <div> around them',
      body: '<div class="act"><i>&#9658;</i> <span>Login</span></div>',
      style: '.act { cursor: pointer; display: inline-block; }',
      found: 'div ► Login',
    },
    {
      title: 'a <div> with a tabindex',
      body: '<div tabindex="0">Login</div>',
      found: 'div Login',
    },
    {
      title: 'a <div> with an onclick',
      body: '<div onclick="void 0">Login</div>',
      found: 'div Login',
    },
    { title: 'a <div role="button">', body: '<div role="button">Login</div>', found: 'div Login' },
    {
      title: 'a menu item',
      body: '<ul role="menu"><li role="menuitem">Login</li></ul>',
      found: 'li Login',
    },
    {
      title: 'the button inside a clickable card, not the card',
      body: '<div class="card" onclick="void 0"><p>Welcome</p><button type="button">Login</button></div>',
      found: 'button Login',
    },
  ];
  for (const { title, body, style, found } of CLICKABLE) {
    test(`${title} is a control`, async ({ page: tab }) => {
      expect(await homeLogin(tab, body, style)).toBe(found);
    });
  }

  const NOT_CLICKABLE: { title: string; body: string; style?: string }[] = [
    { title: 'plain text', body: '<p>Please <span>Login</span> to continue</p><span>Login</span>' },
    {
      title: 'text whose pointer cursor is inherited from a box that says more',
      body: '<div class="act"><p>Click anywhere to <span>Login</span> today</p></div>',
      style: '.act { cursor: pointer; }',
    },
    { title: 'a heading', body: '<h3>Login</h3>' },
  ];
  for (const { title, body, style } of NOT_CLICKABLE) {
    test(`${title} is no control`, async ({ page: tab }) => {
      await expect(homeLogin(tab, body, style)).rejects.toThrow(ElementNotFound);
    });
  }
});

test('a popup whose Exit is a <span> with a pointer cursor of its own is closed by that Exit', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(
      `<p>Dashboard</p>
      <div id="overlay" style="position:fixed; inset:0; z-index:100; background:rgba(0,0,0,0.5)">
        <div style="background:#fff; width:320px; margin:100px auto">
          <b>Contacts of Technical Person</b><p>Call us</p><span class="act" id="exit">Exit</span>
        </div>
      </div>
      <script>
        document.getElementById('exit').addEventListener('click', () => document.getElementById('overlay').remove());
      </script>`,
      '.act { cursor: pointer; padding: 4px 10px; border: 1px solid #888; }',
    ),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await portal.popups.closeAll();
  await expect(tab.locator('#overlay')).toHaveCount(0);
});
