/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r10-htmx (test/renditions/r10-htmx): a server-rendered site driven by htmx and Alpine-style
 *   attributes in the GOV.UK / UX4G design vocabulary: an error summary over the form, radios drawn
 *   over hidden inputs revealing a conditional section, the post-login popup a native `<dialog>`, an
 *   accessible autocomplete for the GSP fetched as it is typed, Submit asked about by `confirm()`,
 *   and a lost session answered with `HX-Redirect` to the login page.
 * - r10-blazor (test/renditions/r10-blazor): a Blazor Server app: after the first page every click
 *   and change goes over a WebSocket and the page is redrawn from the server's answers (no form
 *   post, no fetch), Bootstrap modals over a separate backdrop, a native `<select>` redrawn on change.
 * On each (the dry run left out since stop 33, see four-runs.ts): a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { R10_BLAZOR_LOGIN, startR10BlazorRendition } from './renditions/r10-blazor/server.js';
import { R10_HTMX_LOGIN, startR10HtmxRendition } from './renditions/r10-htmx/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r10-htmx',
    ...R10_HTMX_LOGIN,
    start: (expireOnce) => startR10HtmxRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r10-blazor',
    ...R10_BLAZOR_LOGIN,
    start: (expireOnce) => startR10BlazorRendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend10', { dryRun: false });
