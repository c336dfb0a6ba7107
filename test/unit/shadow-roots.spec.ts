/**
 * Controls drawn inside web components' open shadow roots (test/renditions/r16-shoelace): a
 * field whose `<input>` and `<label for>` are in the component's own tree, a button whose words
 * the page puts in through a `<slot>`, a dialog whose panel and dimming layer are in the shadow
 * root while its fields and buttons are the page's, slotted into it, and a tree item whose line
 * and children are drawn by the component; and a field in a root its component closed. Read as a
 * person reads them, from what is drawn.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { openShadowRoots } from '../../src/pages/open-shadows.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const COMPONENTS = `<script>
  class XInput extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<label for="input" part="label"><slot name="label"></slot></label>' +
        '<input id="input" type="' + (this.getAttribute('type') || 'text') + '">';
      root.querySelector('slot').textContent = this.getAttribute('label');
    }
  }
  class XButton extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>button{padding:6px 14px;cursor:pointer}</style><button part="base"><slot></slot></button>';
      root.querySelector('button').onclick = () => document.title = 'clicked ' + this.textContent.trim();
    }
  }
  class XDialog extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>.overlay{position:fixed;inset:0;background:rgba(0,0,0,.4)}' +
        '.panel{position:fixed;top:80px;left:30%;width:40%;background:#fff;padding:16px;z-index:1}</style>' +
        '<div class="overlay" part="overlay"></div><div class="panel" role="dialog" aria-modal="true" part="panel">' +
        '<h2><slot name="label"></slot></h2><slot></slot><footer><slot name="footer"></slot></footer></div>';
      root.querySelector('slot[name=label]').textContent = this.getAttribute('label');
    }
  }
  customElements.define('x-input', XInput);
  customElements.define('x-button', XButton);
  customElements.define('x-dialog', XDialog);
</script>`;

const LOGIN = `<!doctype html><html><head><title>Login</title></head><body>${COMPONENTS}
<form onsubmit="return false">
  <x-input label="Username"></x-input>
  <x-input label="Password" type="password"></x-input>
  <x-button>Login</x-button>
</form></body></html>`;

test('a field and its label in a shadow root, and a button whose words are slotted in, are found', async ({
  page,
}) => {
  await page.setContent(LOGIN);
  const portal = new Portal(page, BUILT_IN_MAP, 2000);
  await (await portal.finder.find('login.username', 'the login page')).fill('someone');
  expect(
    await page
      .locator('x-input')
      .first()
      .evaluate((el) => el.shadowRoot?.querySelector('input')?.value),
  ).toBe('someone');
  await (await portal.finder.find('login.submit', 'the login page')).click();
  await expect(page).toHaveTitle('clicked Login');
});

const DIALOG = `<!doctype html><html><head><title>Dash Board</title></head><body>${COMPONENTS}
<nav><a href="#api">API Registration</a></nav><h2>Dash Board</h2>
<x-dialog label="Contacts of Technical Person">
  <p>Please confirm the contact details.</p>
  <x-button slot="footer">Close</x-button>
</x-dialog></body></html>`;

test('a dialog drawn in a shadow root, its words and buttons slotted in from the page, is a popup', async ({
  page,
}) => {
  await page.setContent(DIALOG);
  const seen = (await callPortalLib(page, '.popupGlance(["Exit","Close","×","OK"], [])')) as {
    count: number;
    title: string;
    closable: boolean;
  };
  expect(seen).toMatchObject({ count: 1, title: 'Contacts of Technical Person', closable: true });
});

const CLOSED = `<!doctype html><html><head><title>Login</title></head><body><script>
  class XClosedInput extends HTMLElement {
    #root;
    connectedCallback() {
      this.#root = this.attachShadow({ mode: 'closed' });
      this.#root.innerHTML = '<label for="input">' + this.getAttribute('label') + '</label>' +
        '<input id="input" type="' + (this.getAttribute('type') || 'text') + '">';
    }
    get value() { return this.#root.querySelector('input').value; }
  }
  customElements.define('x-closed-input', XClosedInput);
</script>
<form onsubmit="return false">
  <x-closed-input label="Username"></x-closed-input>
  <x-closed-input label="Password" type="password"></x-closed-input>
  <button>Login</button>
</form></body></html>`;

test('a field and its label in a closed shadow root are found and filled, as drawn', async ({ page }) => {
  // As the bot's own browser does (register-gstin.ts), before the page's scripts run.
  await openShadowRoots(page.context());
  await page.route('http://portal.test/', (route) =>
    route.fulfill({ body: CLOSED, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('http://portal.test/');
  const portal = new Portal(page, BUILT_IN_MAP, 2000);
  await (await portal.finder.find('login.username', 'the login page')).fill('someone');
  // The component reads its own field, through the root it kept.
  expect(
    await page
      .locator('x-closed-input')
      .first()
      .evaluate((el) => (el as HTMLInputElement).value),
  ).toBe('someone');
});
