/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r7-fomantic (test/renditions/r7-fomantic): a Laravel site in Fomantic-UI: a login modal opened by
 *   a `div` button over a page dimmer, six digit boxes for the login OTP, an accordion menu, the API
 *   OTP sent as the page opens, radio checkboxes whose inputs are hidden and whose labels are clicked,
 *   a search selection dropdown over a hidden input, `div` buttons, a confirm modal before Submit,
 *   toasts, and a lost session answered 419 and told in a "Session Expired" modal.
 * On each (the dry run left out since stop 33, see four-runs.ts): a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { R7_FOMANTIC_LOGIN, startR7FomanticRendition } from './renditions/r7-fomantic/server.js';
import { R7_TELERIK_LOGIN, startR7TelerikRendition } from './renditions/r7-telerik/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r7-fomantic',
    ...R7_FOMANTIC_LOGIN,
    start: (expireOnce) => startR7FomanticRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r7-telerik',
    ...R7_TELERIK_LOGIN,
    start: (expireOnce) => startR7TelerikRendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend7', { dryRun: false });
