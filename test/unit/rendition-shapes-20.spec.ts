/**
 * Shapes met on the eleventh round of renditions written blind (issue 18), read through the
 * page's own reading:
 * - a toast drawn inside a strip that spans the window and lets clicks through (Ant Design's
 *   `message`, test/renditions/r20-antd): dark words beside a green icon in a white box with a
 *   shadow. The strip is no box; the box drawn in it floats over the page, and its words are the
 *   portal's answer to Submit.
 * - a message box whose words sit in a layout helper that does not enclose them (Ext JS's box
 *   layout target, 20000 px wide and 1 px high, test/renditions/r20-extjs): the popup is the
 *   window drawn around them, with its OK, not the words' own field.
 * Each fails on the bot before its fix.
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

test('a message box whose words sit in a layout helper that does not enclose them is one popup, closed by its OK', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<h2>API Registration</h2><p>Enter OTP <input id="otp"> <button type="button">Verify OTP</button></p>
      <div class="x-mask" style="position: absolute; left: 0; top: 0; width: 100%; height: 100%; background: rgba(80,80,80,.5); z-index: 19000"></div>
      <div class="x-window x-message-box" role="alertdialog" style="position: absolute; left: 400px; top: 300px; width: 480px; z-index: 19010; background: #fff; border: 1px solid #5fa2dd">
        <div class="x-window-header" style="background: #5fa2dd; color: #fff; padding: 6px">Error
          <div class="x-tool" role="button" aria-label="Close dialog" style="position: absolute; right: 6px; top: 6px; width: 16px; height: 16px"></div></div>
        <div class="x-window-body" style="padding: 15px; position: relative; height: 42px">
          <div class="x-box-inner" style="position: relative; width: 450px; height: 42px; overflow: hidden">
            <div class="x-box-target" style="position: absolute; width: 20000px; height: 1px; left: 0; top: 0">
              <div class="x-message-box-msg" style="position: absolute; left: 52px; top: 0; width: 390px">
                <div role="textbox" aria-readonly="true">Invalid OTP. Please enter the valid OTP sent to your registered mobile.</div></div></div></div></div>
        <div class="x-toolbar" role="toolbar" style="padding: 6px; text-align: center"><a class="x-btn" role="button" tabindex="0" href="#"><span>OK</span></a></div>
      </div>`),
  );
  const seen = (await callPortalLib(tab, '.popupGlance(["Exit","Close","Cancel","×","X","OK"], [])')) as {
    count: number;
    title: string;
    closable: boolean;
  };
  expect(seen).toMatchObject({ count: 1, title: 'Error', closable: true });
});
