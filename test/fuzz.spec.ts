/**
 * `npm test` runs the fuzzer on seeds 1 to 10, drawing only the forms the bot handles: the real
 * command, headless, a dry run and a registration (one wrong API OTP first) on each seed's
 * portal, against one mock reset between runs. A failure names the seed, its forms and its run
 * folders, so `npm run mock -- --variant part=form,...` draws the same portal by hand.
 */
import { describeFailure, FUZZ_SECRETS, fuzz } from '../scripts/fuzz.js';
import { expect, test } from './fixtures.js';

test.use({ extraSecrets: FUZZ_SECRETS });

// biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument
test('seeds 1 to 10 of the generated portal, handled forms only: a dry run and a registration each', async ({}, testInfo) => {
  test.setTimeout(15 * 60_000);
  const { results, passed } = await fuzz({
    start: 1,
    seeds: 10,
    onlyHandled: true,
    out: testInfo.outputPath('fuzz'),
  });
  const failures = results.filter((result) => result.problems.length > 0).map(describeFailure);
  expect(failures, `passed ${passed} of ${results.length}`).toEqual([]);
});
