/**
 * Issue 18: the real command, headless, against renditions of the portal written from the
 * public facts only, by hands that had not seen the bot:
 * - r5-jquery (test/renditions/r5-jquery): a jQuery UI login dialog over a separate overlay, the
 *   login OTP in one password-type field and toastr toasts, a Bootstrap 3 modal, a metisMenu
 *   sidebar, "Send OTP" first, bootbox alerts and confirm, iCheck radios, and the GSP in a
 *   bootstrap-select whose native list is hidden last in its box, after the button that draws it;
 * - r5-tailwind (test/renditions/r5-tailwind): a `<div>` Login opening a slide-over, labels as
 *   text above the fields, six digit boxes that send themselves, a top navbar whose dropdowns
 *   open on hover, "Generate OTP" and toasts, radio cards, a Headless-UI listbox, and a confirm
 *   whose box stays up, its Confirm "Please wait…", while the page sends;
 * - r6-mui (test/renditions/r6-mui): React + Material UI as drawn: the login in a dialog whose
 *   fields carry icon buttons (show the password, a new captcha) and whose "Login" is in its
 *   actions below them, a drawer of list buttons, radios under their labels, a Select that opens
 *   a listbox in a popover over an invisible backdrop, snackbars and a "Session Expired" dialog;
 * - r6-antd (test/renditions/r6-antd): Ant Design 4 as drawn: "Log in" on a login page of its
 *   own, an inline menu of submenus, a modal over a separate mask, radio buttons, a searchable
 *   Select whose text box is emptied once a name is chosen (the choice drawn beside it) over a
 *   virtual list of unroled rows, and Submit asked about in a popconfirm beside the button.
 * On each (the dry run left out since stop 33, see four-runs.ts): a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { type RenditionUnderTest, testFourRuns } from './renditions/four-runs.js';
import { R5_JQUERY_LOGIN, startR5JqueryRendition } from './renditions/r5-jquery/server.js';
import { R5_TAILWIND_LOGIN, startR5TailwindRendition } from './renditions/r5-tailwind/server.js';
import { R6_ANTD_LOGIN, startR6AntdRendition } from './renditions/r6-antd/server.js';
import { R6_MUI_LOGIN, startR6MuiRendition } from './renditions/r6-mui/server.js';

const RENDITIONS: RenditionUnderTest[] = [
  {
    name: 'r5-jquery',
    ...R5_JQUERY_LOGIN,
    start: (expireOnce) => startR5JqueryRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r5-tailwind',
    ...R5_TAILWIND_LOGIN,
    start: (expireOnce) => startR5TailwindRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r6-mui',
    ...R6_MUI_LOGIN,
    start: (expireOnce) => startR6MuiRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r6-antd',
    ...R6_ANTD_LOGIN,
    start: (expireOnce) => startR6AntdRendition(expireOnce ? { expireOnce } : {}),
  },
];

testFourRuns(RENDITIONS, 'rend5', { dryRun: false });
