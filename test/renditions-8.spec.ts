/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r8-bulma (test/renditions/r8-bulma): a Django-style site in Bulma with small scripts: a cookie
 *   bar fixed at the bottom, a login page of its own, six digit boxes for the login OTP, a modal
 *   whose dimming layer is its own element, a left `aside.menu` opened by clicks, the API OTP asked
 *   for by a choice of channel (SMS or e-mail, none chosen) and an `a.button` "Get OTP", a dropdown
 *   of `a.dropdown-item`s with a search box over a hidden input, a confirmation modal before Submit,
 *   toasts, and a lost session answered 401, told, then sent to the login page.
 * On each (the dry run left out since stop 33, see four-runs.ts): a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { R8_BULMA_LOGIN, startR8BulmaRendition } from './renditions/r8-bulma/server.js';
import { R8_PRIMEFACES_LOGIN, startR8PrimefacesRendition } from './renditions/r8-primefaces/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r8-bulma',
    ...R8_BULMA_LOGIN,
    start: (expireOnce) => startR8BulmaRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r8-primefaces',
    ...R8_PRIMEFACES_LOGIN,
    start: (expireOnce) => startR8PrimefacesRendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend8', { dryRun: false });
