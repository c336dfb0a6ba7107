/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r9-legacy-jsp (test/renditions/r9-legacy-jsp): an older JSP/Struts site: layout tables, labels
 *   as table cells, pictures as buttons (`input type=image`, a linked `<img>`), a menu that opens on
 *   hover only, `alert()` and `confirm()`, a post-login popup over a separate shade closed by a
 *   picture or "Skip", "Generate OTP" before each OTP, and a GSP list that posts the page back.
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { R9_LEGACY_JSP_LOGIN, startR9LegacyJspRendition } from './renditions/r9-legacy-jsp/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r9-legacy-jsp',
    ...R9_LEGACY_JSP_LOGIN,
    start: (expireOnce) => startR9LegacyJspRendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend9');
