/**
 * Issue 18: the command, headless, against renditions of the portal written from the public facts
 * only, by hands that had not seen the bot:
 * - r15-mudblazor (test/renditions/r15-mudblazor): MudBlazor on Blazor WebAssembly: a nav menu
 *   whose groups fold to no height, outlined fields with their labels after them, the GSP in a
 *   MudSelect whose popover of lines to click lies over a transparent layer, the API OTP in a
 *   password field, two dialogs at once after login, snackbars as verdicts;
 * - r15-sapui5 (test/renditions/r15-sapui5): SAPUI5: every control a generated id, the dialogs
 *   kept fixed in a 0 × 0 static area over a separate block layer, a busy dialog over every call,
 *   the registration type a RadioButtonGroup keeping its state on the drawn radio, the GSP in a
 *   ComboBox whose picker is said to be a dialog, message toasts beside the application;
 * - r15-spring-thymeleaf (test/renditions/r15-spring-thymeleaf): Spring Boot and Thymeleaf on
 *   Bootstrap 3: SweetAlert2 popups in turn, the GSP in select2 over a native list that holds no
 *   option until one is chosen (the names searched on the server once three letters are typed),
 *   the API OTP in a password field with an eye;
 * - r15-ux4g (test/renditions/r15-ux4g): UX4G, the Government of India's Bootstrap 5 design
 *   system: the login in an offcanvas with floating labels, a notice whose only words are
 *   "I Understand" and a ×, a cookie bar, the API OTP in six boxes, toasts as verdicts.
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { MUDBLAZOR_R15_LOGIN, startMudblazorR15Rendition } from './renditions/r15-mudblazor/server.js';
import { SAPUI5_R15_LOGIN, startSapui5R15Rendition } from './renditions/r15-sapui5/server.js';
import {
  SPRING_THYMELEAF_R15_LOGIN,
  startSpringThymeleafR15Rendition,
} from './renditions/r15-spring-thymeleaf/server.js';
import { startUx4gR15Rendition, UX4G_R15_LOGIN } from './renditions/r15-ux4g/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r15-mudblazor',
    ...MUDBLAZOR_R15_LOGIN,
    start: (expireOnce) => startMudblazorR15Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r15-sapui5',
    ...SAPUI5_R15_LOGIN,
    start: (expireOnce) => startSapui5R15Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r15-spring-thymeleaf',
    ...SPRING_THYMELEAF_R15_LOGIN,
    start: (expireOnce) => startSpringThymeleafR15Rendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r15-ux4g',
    ...UX4G_R15_LOGIN,
    start: (expireOnce) => startUx4gR15Rendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend15');
