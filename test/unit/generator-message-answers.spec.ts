/**
 * The generator draws each message form's answer to a script (an AJAX Submit's in any dialect, the
 * bootstrap page's OTP answers) the way it draws the page's own message: with the form's own
 * colours, whatever the dialect's stylesheet. Fuzz seed 56 (accessible, `message` `inline-class`,
 * `submit` `ajax`): the success came in a `.text-success` that nothing coloured, black text no
 * person reads as the portal's verdict, and the bot rightly waited for one.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { PortalWatch } from '../../src/pages/portal-watch.js';
import { expect, test } from '../fixtures.js';
import { MESSAGE_FORMS } from '../mock-portal/message-forms.js';

test.beforeAll(() => registerPortalEngine(selectors));

const PAGE = 'http://answers.test/';

/** A page of no dialect: no stylesheet but what the form's own script brings. */
const html = (client: string) => `<!doctype html><html><head><title>API Registration</title></head><body>
  <form><table><tr><td>Username</td><td><input></td></tr></table><button type="button">Submit</button>
  <div id="slot"></div></form><script>${client}</script></body></html>`;

/** The tones a person reads each answer by: news in green, a refusal in red or amber (or a dialog's). */
const ANSWERS = [
  { text: 'API User created successfully.', kind: 'notice', tones: ['success', 'dialog'] },
  { text: 'Username already exists.', kind: 'error', tones: ['error', 'warning', 'dialog'] },
] as const;

// The forms that draw the answer on the page (the others raise an alert, read as a dialog).
const DRAWN = Object.entries(MESSAGE_FORMS).filter(([, form]) => !/\balert\(/.test(form.render.client));

for (const [name, form] of DRAWN) {
  for (const answer of ANSWERS) {
    test(`the ${name} form's answer to a script (${answer.kind}) is drawn as a verdict`, async ({ page }) => {
      await page.route(PAGE, (route) =>
        route.fulfill({ contentType: 'text/html', body: html(form.render.client) }),
      );
      const watch = new PortalWatch(page);
      await watch.watchShown();
      await page.goto(PAGE);
      await page.evaluate(
        ({ text, kind }) =>
          (
            window as unknown as { showMessage: (slot: Element | null, text: string, kind: string) => void }
          ).showMessage(document.getElementById('slot'), text, kind),
        answer,
      );
      const read = () =>
        watch
          .shownSince(0)
          .filter((shown) => shown.text.includes(answer.text))
          .map((shown) => shown.tone);
      await expect.poll(read).toHaveLength(1);
      expect(answer.tones).toContain(read()[0]);
    });
  }
}
