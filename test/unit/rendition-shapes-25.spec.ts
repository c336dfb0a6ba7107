/**
 * Shapes met on the sixteenth round of renditions written blind (issue 18), on UI5 Web
 * Components 2 (test/renditions/r25-ui5), read through the page's own reading:
 * - a side navigation whose items write their words in their own shadow roots (the `text`
 *   attribute drawn by the component, not slotted from the page);
 * - a radio drawn as a `<div role="radio">` in a component's shadow root, named by a label
 *   beside its circle in the same shadow root;
 * - a refusal in a message strip: the page's words slotted into a tinted box the component
 *   draws in its shadow root, in the text's own dark colour;
 * - the registered table as a grid in a shadow root whose rows and cells the page slots in;
 * - an OTP field ready beside "Send OTP", on a page that says the OTP is sent when asked;
 * - and, from PrimeReact 10 (test/renditions/r25-primereact), a captcha picture come in while the
 *   one before it fades out: two for a moment, looked at again once the page is still.
 * Each fails on the bot before its fix.
 */
import { selectors } from '@playwright/test';
import { Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { PortalWatch } from '../../src/pages/portal-watch.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

/** Custom elements in the manner of UI5 Web Components 2: each draws itself in an open shadow root. */
const COMPONENTS = `<script>
  const define = (tag, build) => customElements.define(tag, class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'open' }); build(this, this.shadowRoot); }
  });
  define('x-label', (host, root) => {
    root.innerHTML = '<style>:host{display:inline-flex;cursor:text}</style><label><span><slot></slot></span><span aria-hidden="true"></span></label>';
  });
  let uid = 0;
  define('x-radio', (host, root) => {
    const id = 'label' + uid++;
    root.innerHTML = '<style>:host{display:inline-block;cursor:pointer}.root{display:inline-flex;align-items:center;height:2.75rem}' +
      '.circle{width:2.75rem;height:2.75rem;display:flex;align-items:center;justify-content:center}.label{cursor:pointer}</style>' +
      '<div class="root" role="radio" aria-checked="false" tabindex="-1" aria-labelledby="' + id + '"><div class="circle">' +
      '<svg width="22" height="22" viewBox="0 0 22 22"><circle cx="11" cy="11" r="10.5" fill="#fff" stroke="#555"></circle></svg></div>' +
      '<x-label class="label" id="' + id + '"></x-label></div>';
    queueMicrotask(() => { root.querySelector('x-label').textContent = host.getAttribute('text'); });
    host.addEventListener('click', () => {
      for (const other of document.querySelectorAll('x-radio')) {
        other.checked = other === host;
        other.shadowRoot.querySelector('[role=radio]').setAttribute('aria-checked', String(other === host));
      }
    });
  });
  define('x-nav-item', (host, root) => {
    root.innerHTML = '<style>:host{display:block}.item{display:flex;height:2.5rem;align-items:center;padding-left:1rem;cursor:pointer}' +
      'ul{margin:0;padding-left:1rem;list-style:none}</style>' +
      '<li role="none"><div class="item" role="treeitem" tabindex="-1"><div class="text"></div></div><ul role="group"><slot></slot></ul></li>';
    queueMicrotask(() => {
      root.querySelector('.text').textContent = host.getAttribute('text');
      const group = root.querySelector('ul');
      group.hidden = host.children.length > 0 && !host.hasAttribute('expanded');
    });
    root.querySelector('.item').addEventListener('click', (event) => {
      event.stopPropagation();
      if (host.children.length === 0) { document.getElementById('shown').textContent = host.getAttribute('text'); return; }
      host.toggleAttribute('expanded');
      root.querySelector('ul').hidden = !host.hasAttribute('expanded');
    });
  });
  define('x-strip', (host, root) => {
    root.innerHTML = '<style>:host{display:block}.root{padding:.5rem 2.5rem;border:1px solid #e90b0b;background:#ffeaf4;color:#1d2d3e;border-radius:.5rem}</style>' +
      '<div class="root" role="note"><span class="text"><slot></slot></span></div>';
  });
  define('x-table', (host, root) => {
    root.innerHTML = '<style>#grid{display:grid;grid-template-columns:5rem 1fr 1fr 9rem}</style><div id="grid" role="grid"><slot name="headerRow"></slot><slot></slot></div>';
  });
  for (const tag of ['x-row', 'x-header-row']) define(tag, (host, root) => {
    root.innerHTML = '<style>:host{display:grid;grid-column:1/-1;grid-template-columns:subgrid;min-height:2.75rem}</style><slot></slot>';
    queueMicrotask(() => host.setAttribute('role', 'row'));
  });
  for (const tag of ['x-cell', 'x-header-cell']) define(tag, (host, root) => {
    root.innerHTML = '<style>:host{display:flex;align-items:center;padding:.5rem}</style><slot></slot>';
    queueMicrotask(() => host.setAttribute('role', tag === 'x-header-cell' ? 'columnheader' : 'gridcell'));
  });
</script>`;

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><style>body{font:14px sans-serif;margin:0;display:flex}
  aside{width:16rem}main{padding:1rem;flex:1}</style></head><body>${COMPONENTS}${body}</body></html>`;

test('a side navigation whose items write their words in their own shadow roots is walked by those words', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(
      'e-Invoice System',
      `<aside><nav>
        <x-nav-item text="Dash Board"></x-nav-item>
        <x-nav-item text="API Registration">
          <x-nav-item text="User Credentials"><x-nav-item text="Create API User"></x-nav-item></x-nav-item>
        </x-nav-item>
      </nav></aside><main><h1>Dash Board</h1><p id="shown">Welcome</p></main>`,
    ),
  );
  const finder = new Finder(tab, BUILT_IN_MAP, 3000);
  await (await finder.find('dashboard.apiRegistration', 'the dashboard')).click();
  await (await finder.find('dashboard.userCredentials', 'the dashboard')).click();
  await (await finder.find('dashboard.createApiUser', 'the dashboard')).click();
  await expect(tab.locator('#shown')).toHaveText('Create API User');
});

test('a radio drawn as a div of role radio in a shadow root, its label beside its circle, is chosen', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(
      'API Registration',
      `<main><h2>Create API User</h2><span>Do you wish to Register your GSTIN for:</span>
        <x-radio text="Directly"></x-radio><x-radio text="Through GSP"></x-radio><x-radio text="Through ERP"></x-radio>
        <p><label for="gsp">Select your GSP</label> <select id="gsp"><option value="">-- Select --</option>
        <option value="2">DEFMACRO SOFTWARE PRIVATE LIMITED</option></select></p></main>`,
    ),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.registration.chooseThroughGsp();
  expect(
    await tab.evaluate(() =>
      Array.from(document.querySelectorAll('x-radio'), (radio) =>
        Boolean((radio as HTMLElement & { checked?: boolean }).checked),
      ),
    ),
  ).toEqual([false, true, false]);
});

test("a refusal slotted into a component's tinted box is the portal's verdict", async ({ page: tab }) => {
  const address = 'http://ui5.test/';
  await tab.route(address, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: page(
        'API Registration',
        `<main><label for="otp">Enter OTP</label><input id="otp"><button id="verify">Verify OTP</button><div id="messages"></div></main>
         <script>document.getElementById('verify').addEventListener('click', () => {
           const strip = document.createElement('x-strip');
           strip.textContent = 'Invalid OTP. Please enter the valid OTP.';
           document.getElementById('messages').replaceChildren(strip);
         });</script>`,
      ),
    }),
  );
  const watch = new PortalWatch(tab);
  await watch.watchShown();
  await tab.goto(address);
  const mark = watch.shownMark();
  await tab.locator('#verify').click();
  await expect
    .poll(() => watch.shownSince(mark).map((shown) => [shown.text, shown.tone]))
    .toEqual([['Invalid OTP. Please enter the valid OTP.', 'error']]);
});

test('the registered table drawn as a grid in a shadow root is read through its slots', async ({
  page: tab,
}) => {
  const cells = (tag: string, texts: string[]) => texts.map((text) => `<${tag}>${text}</${tag}>`).join('');
  await tab.setContent(
    page(
      'API Registration',
      `<main><h3>GSPs registered for GSTIN 27AAPFU0939F1ZV</h3><x-table>
        <x-header-row slot="headerRow">${cells('x-header-cell', ['Sl. No.', 'GSP Name', 'API User Name', 'Created On'])}</x-header-row>
        <x-row>${cells('x-cell', ['1', 'TERA SOFTWARE LIMITED', 'API_aapfu0939', '14/11/2020'])}</x-row>
        <x-row>${cells('x-cell', ['2', 'DEFMACRO SOFTWARE PRIVATE LIMITED', 'API_rend25', '07/12/2026'])}</x-row>
      </x-table></main>`,
    ),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect((await portal.registeredGsps.rows()).map(({ gsp, username }) => [gsp, username])).toEqual([
    ['TERA SOFTWARE LIMITED', 'API_aapfu0939'],
    ['DEFMACRO SOFTWARE PRIVATE LIMITED', 'API_rend25'],
  ]);
});

const OTP_PANEL = (said: string) =>
  page(
    'API Registration',
    `<main><h2>Create API User</h2><p>${said}</p>
      <label for="otp">Enter OTP</label> <input id="otp" maxlength="6">
      <button id="send">Send OTP</button> <button id="verify">Verify OTP</button><p id="note"></p></main>
     <script>document.getElementById('send').addEventListener('click', (event) => {
       window.sent = (window.sent ?? 0) + 1;
       event.target.textContent = 'Resend OTP';
       document.getElementById('note').textContent = 'OTP has been sent to your registered mobile number.';
     });</script>`,
  );

test('an OTP field ready beside "Send OTP", on a page that says the OTP goes when asked, is asked for first', async ({
  page: tab,
}) => {
  await tab.setContent(
    OTP_PANEL(
      'An OTP will be sent to the registered mobile. Click Send OTP, enter the OTP received and click Verify OTP.',
    ),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.apiOtp.request()).toEqual({ bySms: false, control: 'Send OTP' });
  expect(await tab.evaluate(() => (window as { sent?: number }).sent)).toBe(1);
});

test('an OTP field ready beside "Send OTP" on a page that says the OTP was sent is not asked for again', async ({
  page: tab,
}) => {
  await tab.setContent(
    OTP_PANEL('An OTP has been sent to the registered mobile. Enter it and click Verify OTP.'),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.apiOtp.request()).toBeUndefined();
  expect(await tab.evaluate(() => (window as { sent?: number }).sent)).toBeUndefined();
});

const CAPTCHA_ARRIVING = `<!doctype html><html><head><title>Login</title><style>
  .row { display: flex; gap: 8px; align-items: center; }
  .captcha-placeholder { transition: opacity 600ms; }
</style></head><body><form>
  <label for="user">Username</label> <input id="user"><br>
  <label for="captcha">Enter Captcha</label> <input id="captcha">
  <div class="row" id="row"><img class="captcha-placeholder" alt="Captcha" width="150" height="50"
    src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='150' height='50'%3E%3Crect width='150' height='50' fill='%23eee'/%3E%3C/svg%3E"></div>
</form><script>
  window.arrive = () => {
    const row = document.getElementById('row');
    const picture = new Image(150, 50);
    picture.id = 'captchaImage';
    picture.alt = 'Captcha';
    picture.src = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='150' height='50'%3E%3Ctext x='10' y='30'%3EX7KQ2%3C/text%3E%3C/svg%3E";
    row.append(picture);
    const placeholder = row.querySelector('.captcha-placeholder');
    placeholder.addEventListener('transitionend', () => placeholder.remove());
    requestAnimationFrame(() => requestAnimationFrame(() => { placeholder.style.opacity = '0'; }));
  };
</script></body></html>`;

test('the captcha picture come in as the one before it fades out is found once the page is still, not called ambiguous', async ({
  page: tab,
}) => {
  // As PrimeReact's login draws it (test/renditions/r25-primereact), or a captcha refreshed with a
  // cross-fade: for a moment both show, both named "Captcha".
  await tab.setContent(CAPTCHA_ARRIVING);
  const finder = new Finder(tab, BUILT_IN_MAP, 3000);
  await tab.evaluate('window.arrive()');
  const picture = await finder.find('login.captchaImage', 'the login form');
  expect(await picture.evaluate((el) => el.id)).toBe('captchaImage');
});
