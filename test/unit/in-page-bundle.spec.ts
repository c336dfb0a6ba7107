import { expect, test } from '@playwright/test';
import { generatedIsCurrent } from '../../scripts/bundle-in-page.mjs';

/**
 * The in-page code is committed twice: as modules (src/in-page/) and as the bundle the bot sends
 * to the page (src/pages/in-page-bundle.generated.ts). A change to the modules without a build
 * would leave the bot running the old code.
 */
test('the committed in-page bundle is what src/in-page/ bundles to now', async () => {
  expect(
    await generatedIsCurrent(),
    'src/pages/in-page-bundle.generated.ts is stale: run npm run build',
  ).toBe(true);
});
