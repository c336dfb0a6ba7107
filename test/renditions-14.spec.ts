/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r14-aspcore-bs4 (test/renditions/r14-aspcore-bs4): ASP.NET Core MVC on Bootstrap 4: two
 *   modals in turn after login (the second says only "Verify Now" and "Remind me later", with
 *   no ×), a page loader over every post, the GSP in Choices.js (its native list holds only the
 *   choice), pretty-checkbox radios, the API OTP in six boxes, Noty toasts as verdicts;
 * - r14-jqueryui (test/renditions/r14-jqueryui): ASP.NET MVC 5 on jQuery UI: an accordion
 *   menu with a nested ui-menu, ui-dialogs over a separate overlay, BlockUI over every call, the
 *   registration type as checkboxradio buttons, the GSP as an autocomplete, jQuery Validate;
 * - r14-ng-select (test/renditions/r14-ng-select): Angular with ng-bootstrap: a side menu whose
 *   closed groups stay in the page folded to no height, the GSP in ng-select (virtual scroll, its
 *   panel at the end of the page), the API OTP in ng-otp-input checked at its sixth digit, the
 *   user created shown in a table of name and value above the registered table;
 * - r14-react-select (test/renditions/r14-react-select): React 18: react-bootstrap's navbar
 *   dropdown as the menu, two modals in turn after the dashboard's data loads, the GSP in
 *   react-select Async (hashed classes, its menu in its container, the names searched on the
 *   server), the OTPs in react-otp-input's digit boxes, react-toastify's toasts as verdicts.
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { ASPCORE_BS4_R14_LOGIN, startAspcoreBs4R14Rendition } from './renditions/r14-aspcore-bs4/server.js';
import { JQUERYUI_R14_LOGIN, startJqueryuiR14Rendition } from './renditions/r14-jqueryui/server.js';
import { NG_SELECT_R14_LOGIN, startNgSelectR14Rendition } from './renditions/r14-ng-select/server.js';
import {
  REACT_SELECT_R14_LOGIN,
  startReactSelectR14Rendition,
} from './renditions/r14-react-select/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r14-aspcore-bs4',
    ...ASPCORE_BS4_R14_LOGIN,
    start: (expireOnce) => startAspcoreBs4R14Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r14-jqueryui',
    ...JQUERYUI_R14_LOGIN,
    start: (expireOnce) => startJqueryuiR14Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r14-react-select',
    ...REACT_SELECT_R14_LOGIN,
    start: (expireOnce) => startReactSelectR14Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r14-ng-select',
    ...NG_SELECT_R14_LOGIN,
    start: (expireOnce) => startNgSelectR14Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend14');
