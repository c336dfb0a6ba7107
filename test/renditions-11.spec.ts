/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r11-dojo (test/renditions/r11-dojo): a Dojo Toolkit site in dijit's "claro" theme: a menu bar
 *   whose popups are appended to the body and whose submenu opens under the pointer after a delay,
 *   buttons drawn as spans with the real input off-screen, a dijit Dialog over a separate underlay,
 *   radios drawn over their inputs, a FilteringSelect for the GSP, refusals in an "Error" dialog.
 * - r11-gwt (test/renditions/r11-gwt): a Google Web Toolkit single-page app: one host page, screens
 *   by history token, labels as separate text cells, a menu bar of table cells, a DialogBox over a
 *   separate glass, a SuggestBox for the GSP, red text and `alert()` as the verdicts.
 * - r11-bs5 (test/renditions/r11-bs5): a Bootstrap 5 admin template: an offcanvas sidebar with
 *   nested collapse groups, the 2FA OTP in six one-digit boxes, a modal that comes late over its
 *   separate backdrop, button-group radios, Tom Select for the GSP, a toast as the only sign of a
 *   wrong API OTP, a confirmation modal before Submit.
 * On each (the dry run left out since stop 33, see four-runs.ts): a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { R11_BS5_LOGIN, startR11Bs5Rendition } from './renditions/r11-bs5/server.js';
import { R11_DOJO_LOGIN, startR11DojoRendition } from './renditions/r11-dojo/server.js';
import { R11_GWT_LOGIN, startR11GwtRendition } from './renditions/r11-gwt/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r11-dojo',
    ...R11_DOJO_LOGIN,
    start: (expireOnce) => startR11DojoRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r11-bs5',
    ...R11_BS5_LOGIN,
    start: (expireOnce) => startR11Bs5Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r11-gwt',
    ...R11_GWT_LOGIN,
    start: (expireOnce) => startR11GwtRendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend11', { dryRun: false });
