/**
 * The generator answers a post of the registration form as the page that sent it would: drawn
 * again with the mode chosen (and the GSP section with it) and the answer shown. A WebForms page
 * keeps what was posted in its ViewState, an UpdatePanel's partial postback too. Fuzz seed 1005
 * (legacy-table, `registrationType` `select`, `message` `font-colour`, `submit` `update-panel`):
 * the creation's answer came back with the mode list at "--Select--", the GSP section hidden and
 * the message beside Submit hidden with it, so no person could read what the portal said.
 */
import type { Dialog } from 'playwright';
import { ANSWERS, expect, test } from '../fixtures.js';
import { startMockPortal } from '../mock-portal/server.js';
import { ALERTS } from '../mock-portal/state.js';
import { DIALECTS } from '../mock-portal/types.js';
import type { Forms } from '../mock-portal/variants.js';

/**
 * A whole page posted, and an UpdatePanel's partial postback: the two ways a page drawn by the
 * server answers (`confirm`, `yes-no-modal` and `full-page-post` post the whole page as `plain`).
 */
const POSTING: Forms['submit'][] = ['plain', 'update-panel'];

const CHECK_PASSWORD = 'Trait@Pass1';

for (const dialect of DIALECTS) {
  for (const submit of POSTING) {
    test(`${dialect}, submit ${submit}: the creation's answer keeps the mode chosen and is shown`, async ({
      page,
    }) => {
      const mock = await startMockPortal({
        quiet: true,
        dialect,
        fixed: ANSWERS,
        // The message drawn beside Submit where the dialect draws messages on the page.
        variant: { registrationType: 'select', message: 'font-colour', otp: 'one-field', submit },
      });
      try {
        const dialogs: string[] = [];
        page.on('dialog', (dialog: Dialog) => {
          dialogs.push(dialog.message());
          void dialog.accept().catch(() => undefined);
        });
        await page.goto(`${mock.url}/__mock/jump?to=register`);
        const mode = page
          .locator('select')
          .filter({ has: page.locator('option', { hasText: 'Through GSP' }) });
        await mode.selectOption({ label: 'Through GSP' });
        const gsp = page.locator('select').filter({ visible: true }).nth(1);
        await gsp.locator('option:not([value=""])').first().waitFor({ state: 'attached' });
        await gsp.selectOption({ index: 1 });
        await page.locator('input[type="text"]').filter({ visible: true }).first().fill('answer_user');
        for (const field of await page.locator('input[type="password"]').filter({ visible: true }).all())
          await field.fill(CHECK_PASSWORD);
        await page.getByText('Submit', { exact: true }).filter({ visible: true }).first().click();
        if (submit === 'yes-no-modal') await page.getByRole('button', { name: 'Yes', exact: true }).click();
        await expect
          .poll(() => mock.state().apiUsers.some((user) => user.username === 'API_answer_user'))
          .toBe(true);
        await expect
          .poll(
            async () =>
              dialogs.includes(ALERTS.created) ||
              (await page.getByText(ALERTS.created).filter({ visible: true }).count()) > 0,
          )
          .toBe(true);
        await expect(mode).toHaveValue('G');
      } finally {
        await mock.close();
      }
    });
  }
}
