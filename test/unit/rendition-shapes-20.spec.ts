/**
 * Shapes met on the eleventh round of renditions written blind (issue 18), read through the
 * page's own reading:
 * - a toast drawn inside a strip that spans the window and lets clicks through (Ant Design's
 *   `message`, test/renditions/r20-antd): dark words beside a green icon in a white box with a
 *   shadow. The strip is no box; the box drawn in it floats over the page, and its words are the
 *   portal's answer to Submit.
 * It fails on the bot before its fix.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>body { font: 14px sans-serif; margin: 0; }</style></head><body>${body}</body></html>`;

test('a toast drawn in a strip across the window that lets clicks through is the portal speaking', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<header style="position: fixed; top: 0; left: 0; right: 0; height: 48px; pointer-events: none">
        <span style="margin-left: 16px">e-Invoice System</span></header>
      <main style="padding-top: 60px"><h2>Create API User</h2><button type="button">Submit</button></main>
      <div class="strip" style="position: fixed; top: 8px; left: 0; width: 100%; z-index: 1010; pointer-events: none; color: rgba(0,0,0,.85)">
        <div style="padding: 8px; text-align: center">
          <div style="display: inline-block; padding: 10px 16px; background: #fff; box-shadow: 0 6px 16px rgba(0,0,0,.08); pointer-events: all">
            <span role="img" style="color: #52c41a; margin-right: 8px"><svg width="16" height="16"><circle cx="8" cy="8" r="7" fill="currentColor"/></svg></span><span>API user API_rend20 created successfully.</span>
          </div></div></div>`),
  );
  const seen = (await callPortalLib(tab, '.glance([])')) as { errors: string[] };
  expect(seen.errors).toEqual(['API user API_rend20 created successfully.']);
});
