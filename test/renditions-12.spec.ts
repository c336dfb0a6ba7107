/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r12-carbon (test/renditions/r12-carbon): an IBM Carbon Design System site: a fixed side nav
 *   whose groups open by their buttons, "User Credentials" a page of tabs with "Create API User"
 *   one of them, modals whose dimmed overlay is the modal element itself (two in sequence after
 *   login), radios clipped to 1 px under their labels with "Directly" checked at first, a
 *   ComboBox for the GSP that filters as typed and highlights nothing, "Send OTP" first, a toast
 *   as the only sign of a wrong API OTP, a loading overlay after each call.
 * On each (the dry run left out since stop 33, see four-runs.ts): a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { NG_R12_LOGIN, startNgR12Rendition } from './renditions/r12-angularjs/server.js';
import { CARBON_R12_LOGIN, startCarbonR12Rendition } from './renditions/r12-carbon/server.js';
import { MAT_R12_LOGIN, startMatR12Rendition } from './renditions/r12-materialize/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r12-carbon',
    ...CARBON_R12_LOGIN,
    start: (expireOnce) => startCarbonR12Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r12-angularjs',
    ...NG_R12_LOGIN,
    start: (expireOnce) => startNgR12Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r12-materialize',
    ...MAT_R12_LOGIN,
    start: (expireOnce) => startMatR12Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend12', { dryRun: false });
