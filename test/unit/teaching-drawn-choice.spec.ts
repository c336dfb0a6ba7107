/**
 * The operator's click is the truth (issue 18 §3), also on a choice drawn as a control to click:
 * "Directly | Through GSP partner | Through ERP" as chips (divs with a handler and a pointer from a
 * class, no radio anywhere). A click on the chip's words is that chip, read by its own words, and
 * the words learned find it alone again; a click beside the chips is no choice.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { PORTAL_LIB_SOURCE } from '../../src/pages/in-page.js';
import { Portal } from '../../src/pages/portal.js';
import { applyOverrides } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const CHIPS = `<!doctype html><html><head><title>Create API User</title>
<style>.chip{display:inline-block;padding:6px 14px;border:1px solid #888;border-radius:16px;cursor:pointer}
.chip.on{background:#1976d2;color:#fff}</style></head><body>
<h3>Create API User</h3>
<p>Do you wish to Register your GSTIN for</p>
<div id="mode"><div class="chip" id="d"><span>Directly</span></div> <div class="chip" id="g"><span>Through GSP partner</span></div> <div class="chip" id="e"><span>Through ERP</span></div></div>
<p id="aside">Choose one of the above</p>
<script>
for (const chip of document.querySelectorAll('.chip'))
  chip.addEventListener('click', () => {
    for (const other of document.querySelectorAll('.chip')) other.classList.remove('on');
    chip.classList.add('on');
  });
</script></body></html>`;

/** What the teacher asks of the page for a click on `selector`: the control, and what it reads. */
function taught(selector: string) {
  return `(() => {
    const lib = ${PORTAL_LIB_SOURCE};
    const control = lib.controlFor(document.querySelector(${JSON.stringify(selector)}), 'radio');
    return control ? { id: control.id, readings: lib.readings(control, 'radio').map((r) => r.text) } : null;
  })()`;
}

test('a click on a chip\u2019s words is that chip, read by its own words, and they find it alone again', async ({
  page,
}) => {
  await page.setContent(CHIPS);
  const clicked = (await page.evaluate(taught('#g span'))) as { id: string; readings: string[] } | null;
  expect(clicked?.id).toBe('g');
  expect(clicked?.readings).toContain('Through GSP partner');
  // What the teacher would learn: the entry's text as the chip reads it.
  const map = applyOverrides({ 'registration.throughGsp': { texts: ['Through GSP partner'] } });
  const portal = new Portal(page, map, 2000);
  await expect(portal.registration.locator('registration.throughGsp')).toHaveAttribute('id', 'g');
});

test('a click beside the chips is no choice', async ({ page }) => {
  await page.setContent(CHIPS);
  expect(await page.evaluate(taught('#aside'))).toBeNull();
});
