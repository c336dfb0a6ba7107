/**
 * A popup, or whatever covers the page, is quoted in an error by its title, cut at a word:
 * never by the rest of its text, which carries the values it shows (the technical-contact
 * popup lists a phone number and an e-mail address).
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

const CONTACTS =
  '<table><tr><th>Mobile</th><th>E-mail</th></tr><tr><td>9123456780</td><td>ravi@example.in</td></tr></table>';

/** The message of the error choosing "Through GSP" ends in, under `cover`. */
async function errorUnder(tab: import('@playwright/test').Page, cover: string): Promise<string> {
  await tab.setContent(page(`<label><input type="radio" name="m"> Through GSP</label>${cover}`));
  const portal = new Portal(tab, BUILT_IN_MAP, 1000);
  const error = await portal.registration.chooseThroughGsp().catch((e: unknown) => e);
  return error instanceof Error ? error.message : String(error);
}

test('a popup that cannot be closed is quoted by its heading, not the values it shows', async ({
  page: tab,
}) => {
  const message = await errorUnder(
    tab,
    `<div role="dialog" style="position:fixed;inset:0;z-index:9;background:#fff">
      <span>×</span><h4>Contacts of Technical Person</h4>${CONTACTS}<button>Proceed</button></div>`,
  );
  expect(message).toContain('"Contacts of Technical Person"');
  expect(message).not.toMatch(/9123456780|ravi@example\.in|Mobile/);
});

test('a cover without a heading is quoted by its first line, cut at a word', async ({ page: tab }) => {
  const message = await errorUnder(
    tab,
    `<div style="position:fixed;inset:0;z-index:9;background:#fff8"><p>Please wait while we load your registration details and the list of every GSP</p><p>Call 9123456780</p></div>`,
  );
  expect(message).toContain('"Please wait while we load your registration details and the…"');
  expect(message).not.toContain('9123456780');
});

test('a popup labelled by its title element is quoted by that title', async ({ page: tab }) => {
  const message = await errorUnder(
    tab,
    `<div role="dialog" aria-labelledby="t" style="position:fixed;inset:0;z-index:9;background:#fff">
      ${CONTACTS}<p id="t">Technical contacts</p><button>Proceed</button></div>`,
  );
  expect(message).toContain('"Technical contacts"');
  expect(message).not.toContain('9123456780');
});
