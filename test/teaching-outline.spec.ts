/**
 * What the operator sees while asked to show an element: the outlines' numbered tags stand
 * beside what they mark and hide no text (the menu entries around must stay readable), and an
 * element the map says the entry must never be is not outlined as a candidate.
 */
import type { Page } from '@playwright/test';
import { toQuery } from '../src/pages/find-element.js';
import { callPortalLib } from '../src/pages/page-lib.js';
import { TEACHING_LIB_SOURCE } from '../src/pages/teaching-in-page.js';
import { BUILT_IN_MAP } from '../src/portal-map.js';
import { expect, test } from './fixtures.js';

type Box = { left: number; top: number; right: number; bottom: number };

/** A sidebar opened down to its third level, entries packed one under the other, and a right-hand column of text. */
const MENU = `<!doctype html><html><body style="margin:0;font:14px Arial">
<div style="display:flex">
<nav style="width:220px;background:#263f5e">
  <a href="#" style="display:block;color:#fff;padding:6px 14px">e-Invoice</a>
  <a href="#" style="display:block;color:#fff;padding:6px 14px">API Registration</a>
  <a href="#" style="display:block;color:#fff;padding:6px 28px">API User Credentials</a>
  <a href="/create" style="display:block;color:#fff;padding:6px 42px">Create API User</a>
  <a href="#" style="display:block;color:#fff;padding:6px 42px">Freeze API User</a>
  <a href="#" style="display:block;color:#fff;padding:6px 28px">IP Whitelisting</a>
  <a href="#" style="display:block;color:#fff;padding:6px 14px">User Management</a>
</nav>
<main style="padding:6px 12px"><h2 style="margin:0">Dash Board</h2><p>Generations 128 · Cancelled 3</p></main>
</div></body></html>`;

/** The outline drawn around the elements reading these texts: where its tags went. */
async function outline(page: Page, texts: string[]): Promise<Box[]> {
  return (await page.evaluate(`(() => {
    const wanted = ${JSON.stringify(texts)};
    const marked = Array.from(document.querySelectorAll('a')).filter((a) => wanted.includes(a.textContent.trim()));
    return ${TEACHING_LIB_SOURCE}.outline(marked, 'einv-gsp: click the "User Credentials" menu group');
  })()`)) as Box[];
}

/** The boxes of every run of words on the page. */
function textBoxes(page: Page): Promise<(Box & { text: string })[]> {
  return page.evaluate(() => {
    const boxes: (Box & { text: string })[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (!text) continue;
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects()))
        boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, text });
    }
    return boxes;
  });
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('an outline’s tags stand beside the entries they mark, hiding none of the menu’s words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.setContent(MENU);
  const marked = ['API User Credentials', 'Create API User', 'IP Whitelisting'];
  const tags = await outline(page, marked);
  expect(tags).toHaveLength(3);
  const words = await textBoxes(page);
  for (const [index, tag] of tags.entries()) {
    const hidden = words.filter((word) => overlaps(tag, word)).map((word) => word.text);
    expect(hidden, `candidate ${index + 1}'s tag hides words`).toEqual([]);
    expect(tag.left).toBeGreaterThanOrEqual(0);
    expect(tag.top).toBeGreaterThanOrEqual(0);
    // Beside its entry: on the same line.
    const entry = words.find((word) => word.text === marked[index]);
    expect(entry).toBeDefined();
    if (entry) expect(tag.top < entry.bottom && entry.top < tag.bottom).toBe(true);
  }
  for (const [index, tag] of tags.entries())
    for (const other of tags.slice(index + 1)) expect(overlaps(tag, other)).toBe(false);
});

test('the element the entry must never be is not outlined as a candidate', async ({ page }) => {
  await page.setContent(`<!doctype html><html><body><form>
    <p>Do you wish to Register your GSTIN for :</p>
    <input type="radio" name="mode" value="1"> Directly
    <input type="radio" name="mode" value="2"> Through GSP partner
    <input type="radio" name="mode" value="3"> Through ERP
  </form></body></html>`);
  const query = toQuery(
    BUILT_IN_MAP.registration.elements.throughGsp ?? { name: '', kind: 'radio', texts: [], source: '' },
  );
  const seen = (await callPortalLib(page as never, `.explain(${JSON.stringify(query)})`)) as {
    closest: string[];
  };
  expect(seen.closest.join(' ')).toContain('Through GSP partner');
  expect(seen.closest.join(' ')).not.toMatch(/Directly|Through ERP/);
});
