/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r13-foundation (test/renditions/r13-foundation): a ZURB Foundation 6 site: a Reveal modal
 *   inside its own overlay, an accordion menu in an off-canvas shown on large screens, Abide's
 *   errors, a native GSP list whose change covers the form and empties the passwords, a red
 *   callout that fades as the only sign of a wrong API OTP, a Reveal "Confirm" before Submit.
 * On each (the dry run left out since stop 33, see four-runs.ts): a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { APEX_R13_LOGIN, startApexR13Rendition } from './renditions/r13-apex/server.js';
import { FOUNDATION_R13_LOGIN, startFoundationR13Rendition } from './renditions/r13-foundation/server.js';
import { startUikitR13Rendition, UIKIT_R13_LOGIN } from './renditions/r13-uikit/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r13-foundation',
    ...FOUNDATION_R13_LOGIN,
    start: (expireOnce) => startFoundationR13Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r13-apex',
    ...APEX_R13_LOGIN,
    start: (expireOnce) => startApexR13Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r13-uikit',
    ...UIKIT_R13_LOGIN,
    start: (expireOnce) => startUikitR13Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend13', { dryRun: false });
