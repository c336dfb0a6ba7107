/**
 * The element kinds as one unit (src/in-page/kinds.ts): the finder's candidates, the form an
 * element is drawn in, and the words a kind is said in all come from the descriptors.
 */
import { selectors } from '@playwright/test';
import { KINDS, selectorOf } from '../../src/in-page/kinds.js';
import { lookedFor, registerPortalEngine, toQuery } from '../../src/pages/find-element.js';
import { PORTAL_LIB_SOURCE } from '../../src/pages/in-page.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP, element, type PortalMap } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const GSP_LIST = toQuery(element(BUILT_IN_MAP, 'registration.gspSelect'));

test('every form of every kind is a selector the page accepts, and the kind matches what its forms match', async ({
  page,
}) => {
  await page.setContent('<button>Go</button><select><option>A</option></select><input type="radio">');
  const kinds = Object.keys(KINDS).map((kind) => ({ kind, selector: selectorOf(kind) }));
  const bad = await page.evaluate(
    (all) =>
      all.filter(({ selector }) => {
        try {
          document.querySelectorAll(selector);
          return false;
        } catch {
          return true;
        }
      }),
    kinds,
  );
  expect(bad).toEqual([]);
  for (const descriptor of Object.values(KINDS)) expect(descriptor.forms.length).toBeGreaterThan(0);
  expect(selectorOf('select')).toBe(
    'select,[role="combobox"],[role="listbox"],input[readonly]:is(:not([type]),[type="text"]):not([tabindex="-1"]:not([placeholder]),[role="presentation"],[role="none"],[aria-hidden="true"],[role="combobox"] *,[role="listbox"] *)',
  );
});

test('the page says which form an entry is drawn in: a native list, or the native list a styled box draws', async ({
  page,
}) => {
  const formOf = () => page.evaluate(`${PORTAL_LIB_SOURCE}.formOf(${JSON.stringify(GSP_LIST)})`);
  await page.setContent(
    '<label for="g">Select your GSP</label><select id="g"><option>DEFMACRO SOFTWARE PRIVATE LIMITED</option></select>',
  );
  expect(await formOf()).toBe('native list');
  await page.setContent(`
    <div><label id="l">Select your GSP</label>
      <select style="width:1px;height:1px;opacity:0" aria-hidden="true"><option>DEFMACRO</option></select>
      <span role="combobox" aria-labelledby="l" style="display:inline-block;width:200px">DEFMACRO</span></div>`);
  // The box and its native list are one list, acted on through the native one.
  expect(
    await page
      .locator(`portal=${encodeURIComponent(JSON.stringify({ op: 'find', query: GSP_LIST }))}`)
      .evaluate((el) => el.tagName),
  ).toBe('SELECT');
  expect(await formOf()).toBe('native list');
  await page.setContent('<p>nothing here</p>');
  expect(await formOf()).toBeUndefined();
});

test('a kind is said in its descriptor’s words, in the finder’s messages as in teaching', () => {
  expect(lookedFor(element(BUILT_IN_MAP, 'registration.gspSelect'))).toMatch(
    /^list reading "Select your GSP"/,
  );
  expect(lookedFor(element(BUILT_IN_MAP, 'registration.throughGsp'))).toMatch(/^radio reading "Through GSP"/);
  expect(KINDS['menu-item'].words).toBe('menu entry');
});

test('a choice never takes a value its entry must never be, drawn as a list too; any other is chosen', async ({
  page,
}) => {
  const registration = BUILT_IN_MAP.registration;
  const map: PortalMap = {
    ...BUILT_IN_MAP,
    registration: {
      ...registration,
      elements: {
        ...registration.elements,
        gspSelect: { ...element(BUILT_IN_MAP, 'registration.gspSelect'), never: ['Some Other GSP'] },
      },
    },
  };
  await page.setContent(`<label for="g">Select your GSP</label><select id="g"><option value="">Select</option>
    <option>DEFMACRO SOFTWARE PRIVATE LIMITED</option><option>Some other GSP</option></select>`);
  const portal = new Portal(page, map, 2000);
  await expect(portal.registration.chooseGsp('some other  GSP')).rejects.toThrow(/is never chosen/);
  expect(await page.locator('#g').inputValue()).toBe('');
  await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
  expect(await page.locator('#g option:checked').textContent()).toBe('DEFMACRO SOFTWARE PRIVATE LIMITED');
});
