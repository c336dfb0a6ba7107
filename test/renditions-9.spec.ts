/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r9-legacy-jsp (test/renditions/r9-legacy-jsp): an older JSP/Struts site: layout tables, labels
 *   as table cells, pictures as buttons (`input type=image`, a linked `<img>`), a menu that opens on
 *   hover only, `alert()` and `confirm()`, a post-login popup over a separate shade closed by a
 *   picture or "Skip", "Generate OTP" before each OTP, and a GSP list that posts the page back.
 * - r9-extjs (test/renditions/r9-extjs): a single-page app drawn as Sencha Ext JS draws it: `a.x-btn`
 *   buttons of nested spans, labels ending in ":", a tree menu whose folders open by their arrow, a
 *   modal window over a separate mask, message boxes kept hidden in the page, an editable combobox
 *   whose list is appended to the body, radios drawn by CSS, toasts, a load mask on every call, and
 *   a lost session told in a "Session Expired" box whose OK leads to the login.
 * On each (the dry run left out since stop 33, see four-runs.ts): a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { R9_EXTJS_LOGIN, startR9ExtjsRendition } from './renditions/r9-extjs/server.js';
import { R9_LEGACY_JSP_LOGIN, startR9LegacyJspRendition } from './renditions/r9-legacy-jsp/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r9-legacy-jsp',
    ...R9_LEGACY_JSP_LOGIN,
    start: (expireOnce) => startR9LegacyJspRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r9-extjs',
    ...R9_EXTJS_LOGIN,
    start: (expireOnce) => startR9ExtjsRendition(expireOnce ? { expireOnce } : {}),
  },
];

// Six characters: r9-extjs holds the typed part to the portal login's own rule (6 to 15 letters or
// digits, einvoice1.md); a shorter one is refused there before Submit, as the bot then says.
testFourRuns(RENDITIONS, 'rend09', { dryRun: false });
