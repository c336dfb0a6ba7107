/**
 * A bug in einv-gsp is said as one, exit 1, whether it was thrown in Node or by the bot's code in
 * the page (Playwright hands that back as "locator.evaluate: TypeError: …"): never "the portal
 * was not as expected", which sends the operator to look at the portal instead of reporting it.
 */
import { expect, test } from '@playwright/test';
import { EXIT, InternalError, internalError, PortalChanged } from '../../src/errors.js';

test.describe('telling a bug in einv-gsp from news about the portal', () => {
  test('a TypeError in the bot is exit 1, a bug in einv-gsp, with its stack kept', () => {
    const thrown = new TypeError("Cannot read properties of undefined (reading 'options')");
    const bug = internalError(thrown);
    expect(bug).toBeInstanceOf(InternalError);
    expect(bug?.exitCode).toBe(EXIT.internal);
    expect(bug?.exitCode).toBe(1);
    expect(bug?.kind).toBe('internal');
    expect(bug?.message).toBe("A bug in einv-gsp: Cannot read properties of undefined (reading 'options')");
    expect(bug?.stack).toBe(thrown.stack);
  });

  test('a TypeError raised by the bot in the page, as Playwright returns it, is a bug too', async ({
    page,
  }) => {
    await page.setContent('<div id="box" role="combobox">--Select--</div>');
    const thrown = await page
      .locator('#box')
      .evaluate((node) => Array.from((node as HTMLSelectElement).options, (o) => o.text))
      .catch((error: unknown) => error);
    expect(String(thrown)).toMatch(/locator\.evaluate: TypeError: /);
    const bug = internalError(thrown);
    expect(bug?.exitCode).toBe(1);
    expect(bug?.message).toMatch(/^A bug in einv-gsp: locator\.evaluate: TypeError: /);
  });

  const notBugs: [string, unknown][] = [
    [
      'a Playwright timeout',
      Object.assign(new Error('locator.click: Timeout 30000ms exceeded.'), { name: 'TimeoutError' }),
    ],
    ['a failed load', new Error('page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/')],
    ['a portal that changed', new PortalChanged('Could not find the "Through GSP" option.')],
    [
      'a page that threw something else',
      new Error('page.evaluate: Error: the portal library is not in the page'),
    ],
    ['a string', 'TypeError: not an Error at all'],
  ];
  for (const [what, error] of notBugs) {
    test(`${what} is not a bug in einv-gsp`, () => {
      expect(internalError(error)).toBeUndefined();
    });
  }
});
