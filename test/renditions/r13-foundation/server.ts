/**
 * Rendition r13-foundation: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2016-2022 site built on ZURB Foundation 6
 * with a PHP-style server-rendered backend (`*.php` URLs, `PHPSESSID` cookie, full-page form posts, a few
 * jQuery-style `$.post` AJAX calls under `/ajax/`). Foundation's CSS and its plugins (Reveal,
 * AccordionMenu, DropdownMenu, Dropdown, Abide, Closable, OffCanvas) are hand-reproduced here with the
 * DOM they really produce: plugin ids written into `data-reveal="x1y2z3-reveal"`, Reveal dialogs moved
 * into a `div.reveal-overlay` appended to <body>, `body.is-reveal-open`, accordion submenus that slide
 * (250 ms), Abide's `is-invalid-input` / `form-error is-visible` / `[data-abide-error]` callout. No
 * library files, no icon fonts, no network.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` (index.php) is the public home page: a `top-bar` whose dropdown menu holds "Login", which
 *   opens the Reveal "Login to e-Invoice System". `/login.php` is the same form as a page (shown after a
 *   refusal, after a logout and for `?msg=session_expired`). 2FA is `/otp.php`; the dashboard
 *   `/dashboard.php` ("Dash Board"); Create API User is `/apireg/create_user.php`.
 * - Login: Username, Password and a captcha picture (`/captcha.php`, an SVG drawn by the server with
 *   noise; compared case-insensitively). Captcha checked first, then the credentials. Refusals are a
 *   `callout alert` above the form: "Invalid Captcha. Please enter the characters shown in the image." /
 *   "Invalid Login Credentials. Please check your username and password.". Empty fields: Abide.
 * - 2FA page "OTP Verification": "Enter OTP" (maxlength 6), "Verify OTP"; wrong: `callout alert`
 *   "Invalid OTP. Please enter the correct OTP sent to your registered mobile number.".
 * - Dashboard: a closable `callout warning` advisory, cards "Generations" / "Cancelled"; ~1 s after the
 *   first dashboard load of a session the Reveal "Contacts of Technical Person" opens (read-only table;
 *   "Exit" `button.button.alert[data-close]` and the × close-button; overlay click and Esc do nothing).
 * - Menu (left off-canvas, `reveal-for-large`): Dash Board; e-Invoice (4 leaves); API Registration
 *   (User Credentials → Create API User, View API Users; IP Whitelisting; Freeze API User; Change API
 *   Password); MIS Reports; User Management. Every group starts closed unless it holds the current page.
 * - Create API User: card "API Registration", "Generate OTP" (AJAX; then "Enter OTP" maxlength 6 and
 *   "Verify"). Wrong OTP: a red toast-like callout fixed bottom right "Invalid OTP. Please enter the
 *   valid OTP sent to your registered mobile number." fading after 4 s; the box is emptied. Right: the
 *   page reloads into the form, with a `callout success` "OTP verified successfully.".
 * - Form: fieldset "Do you wish to Register your GSTIN for" (Directly / Through GSP / Through ERP /
 *   Through Client-Id of other; only Through GSP shows the fields, the others a `callout warning` and
 *   a disabled Submit); "Select your GSP" native select (24 names, "-- Select --" first) whose change
 *   loads "GSP Details" by AJAX under a loading overlay and resets both password boxes; "Username"
 *   with an `API_` input-group label (3-30 of letters, digits, '.', '_', '-'; a typed "API_" is not
 *   doubled); "Password" / "Re-enter Password" (8-20 with upper, lower, digit, special). "Submit" runs
 *   Abide then opens the Reveal "Confirm" ("No" / "Yes, Submit"), which posts the form as a page.
 * - Refusals after Submit as a `callout alert`: "GSTIN <g> is already registered with <GSP>." (Tera
 *   Software Limited is on file from before, plus any made here) and "Username API_x is already taken.
 *   Please choose another username." (API_admin, API_test, API_demo, API_terasoft, or any made here).
 * - Success: `callout success` "API user API_x has been created successfully for <GSP>." and the table
 *   "GSPs registered for GSTIN <g>".
 * - Sessions: cookie `PHPSESSID`. A page GET or form POST without a live session redirects to
 *   `/login.php?msg=session_expired` ("Your session has expired. Please log in again." in a
 *   `callout warning`); an AJAX call answers 440 JSON and the page opens the Reveal "Session Expired"
 *   with "Login again".
 * - expireOnce: the first request of that stage (send_api_otp.php, verify_api_otp.php, the Submit POST)
 *   deletes the server session first, then answers as for any lost session.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FoundationR13Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface FoundationR13Options {
  expireOnce?: FoundationR13Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface FoundationR13State {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: { gstin: string; gsp: string; username: string; password: string; createdOn: string }[];
  /** In order: 'login' | 'captcha' | 'login-otp' | 'api-otp' | 'duplicate' | 'username-taken'. */
  refusals: string[];
  /** Stages at which the session was made to expire. */
  expired: string[];
}

export interface FoundationR13Rendition {
  url: string;
  close(): Promise<void>;
  state: FoundationR13State;
}

export const FOUNDATION_R13_LOGIN: { username: string; password: string } = {
  username: 'zurbtaxpayer27',
  password: 'Abide#Login61',
};

/** The GSPs of the picker, in the portal's order (sorted by name), with the ids the select posts. */
const GSPS: { id: number; name: string; code: string; contact: string; email: string; phone: string }[] = [
  ['Adaequare Info Private Limited', 'Ravi Kumar', 'gsp@adaequare.com'],
  ['Alankit Limited', 'Sunil Mehta', 'gst@alankit.com'],
  ['Botree Software International Private Limited', 'Anand R', 'gsp@botree.in'],
  ['BVM IT Consulting Services India Private Limited', 'Priya Nair', 'gsp@bvmit.in'],
  ['Chartered Information Systems Private Limited', 'Deepak Jain', 'support@cisgsp.in'],
  ['Computer Age Management Services Limited', 'K. Srinivasan', 'gsp@camsonline.com'],
  ['Cygnet Infotech Private Ltd', 'Hiren Shah', 'gsp@cygnetinfotech.com'],
  ['DEFMACRO SOFTWARE PRIVATE LIMITED', 'Archit Gupta', 'gsp@cleartax.in'],
  ['Deloitte Touche Tohmatsu India LLP', 'Meera Iyer', 'ingsp@deloitte.com'],
  ['Ernst & Young LLP', 'Rahul Verma', 'gsp.support@in.ey.com'],
  ['Excellon Software Private Limited', 'Nitin Patil', 'gsp@excellonsoft.com'],
  ['IRIS BUSINESS SERVICES LIMITED', 'Swaminathan S', 'support@irisgst.com'],
  ['Karvy Data Management Services Limited', 'V. Rao', 'gsp@karvy.com'],
  ['Mastek Limited', 'Aditi Kulkarni', 'gsp@mastek.com'],
  ['Masters India Private Limited', 'Vikas Bansal', 'info@mastersindia.co'],
  ['Reliance Corporate IT Park Limited', 'Manoj Desai', 'gsp@ril.com'],
  ['Seshaasai Business Forms Pvt. Ltd.', 'Lakshmi P', 'gsp@seshaasai.com'],
  ['Sify Technologies Limited', 'Arun Prakash', 'gsp@sifycorp.com'],
  ['Tally ( India) Private Ltd', 'Ganesh Hegde', 'gsp@tallysolutions.com'],
  ['TaxPro GSP Private Limited', 'Rohit Agarwal', 'gsp@taxprogsp.co.in'],
  ['Tera Software Limited', 'S. Reddy', 'gsp@terasoftware.in'],
  ['Vay Network Services Pvt. Ltd.', 'Gaurav Sood', 'support@vayana.com'],
  ['Webtel Electrosoft Private Limited', 'Amit Goel', 'gsp@webtel.in'],
  ['Wipro Limited', 'Karthik M', 'gsp.support@wipro.com'],
].map(([name = '', contact = '', email = ''], i) => ({
  id: 101 + i * 3,
  name,
  code: `GSP${String(2710 + i * 7).padStart(5, '0')}`,
  contact,
  email,
  phone: `98${String(40017311 + i * 104729).slice(0, 8)}`,
}));

/** Registrations on file before this server started (not in state.users). */
const EARLIER = [{ gsp: 'Tera Software Limited', username: 'API_terasoft', createdOn: '12/03/2021' }];
const RESERVED_USERNAMES = ['api_admin', 'api_test', 'api_demo', 'api_terasoft'];
const MOBILE = 'XXXXXX4821';

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function today(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** foundation.min.css (6.4-style subset) followed by the site's own app.css. */
const CSS = `
/*! Foundation for Sites (subset, hand-reproduced) */
html{box-sizing:border-box;font-size:100%;line-height:1.15}*,*::before,*::after{box-sizing:inherit}
body{margin:0;padding:0;background:#fefefe;font-family:"Helvetica Neue",Helvetica,Roboto,Arial,sans-serif;font-weight:normal;line-height:1.5;color:#0a0a0a;-webkit-font-smoothing:antialiased}
img{display:inline-block;vertical-align:middle;max-width:100%;height:auto}
h1,h2,h3,h4,h5,h6{font-family:inherit;font-weight:normal;color:inherit;margin:0 0 .5rem;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.25rem}h3{font-size:1.1875rem}h4{font-size:1.125rem}h5{font-size:1.0625rem}
@media print,screen and (min-width:40em){h1{font-size:3rem}h2{font-size:2.5rem}h3{font-size:1.9375rem}h4{font-size:1.5625rem}h5{font-size:1.25rem}}
p{margin:0 0 1rem;font-size:inherit;line-height:1.6}small{font-size:80%;line-height:inherit}
a{color:#1779ba;text-decoration:none;cursor:pointer;line-height:inherit}a:hover,a:focus{color:#1468a0}
ul,ol{margin:0 0 1rem 1.25rem;padding:0;line-height:1.6}hr{clear:both;max-width:75rem;height:0;margin:1.25rem auto;border:0;border-bottom:1px solid #cacaca}
.row{max-width:75rem;margin-right:auto;margin-left:auto}.row::before,.row::after{display:table;content:' '}.row::after{clear:both}
.row .row{margin-right:-.625rem;margin-left:-.625rem}
.columns{width:100%;float:left;padding-right:.625rem;padding-left:.625rem}.columns:last-child:not(:first-child){float:right}
.row.expanded{max-width:none}
@media print,screen and (min-width:40em){.medium-3{width:25%}.medium-4{width:33.33333%}.medium-6{width:50%}.medium-8{width:66.66667%}.medium-9{width:75%}.medium-12{width:100%}.columns{padding-right:.9375rem;padding-left:.9375rem}}
@media screen and (min-width:64em){.large-3{width:25%}.large-4{width:33.33333%}.large-5{width:41.66667%}.large-6{width:50%}.large-7{width:58.33333%}.large-8{width:66.66667%}}
.text-center{text-align:center}.text-right{text-align:right}.float-right{float:right}
.hide{display:none!important}.invisible{visibility:hidden}
@media screen and (min-width:64em){.hide-for-large{display:none!important}}
[type=text],[type=password],[type=email],[type=number],select,textarea{display:block;box-sizing:border-box;width:100%;height:2.4375rem;margin:0 0 1rem;padding:.5rem;border:1px solid #cacaca;border-radius:0;background-color:#fefefe;box-shadow:inset 0 1px 2px rgba(10,10,10,.1);font-family:inherit;font-size:1rem;font-weight:normal;line-height:1.5;color:#0a0a0a;transition:box-shadow .5s,border-color .25s ease-in-out;-webkit-appearance:none;appearance:none}
[type=text]:focus,[type=password]:focus,select:focus{outline:none;border:1px solid #8a8a8a;background-color:#fefefe;box-shadow:0 0 5px #cacaca;transition:box-shadow .5s,border-color .25s ease-in-out}
input:disabled,input[readonly],select:disabled{background-color:#e6e6e6;cursor:not-allowed}
select{padding-right:1.5rem;background-image:url("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' version='1.1' width='32' height='24' viewBox='0 0 32 24'><polygon points='0,0 32,0 16,24' style='fill: rgb%28138, 138, 138%29'></polygon></svg>");background-origin:content-box;background-position:right -1rem center;background-repeat:no-repeat;background-size:9px 6px}
[type=checkbox],[type=radio]{margin:0 0 1rem}
[type=checkbox]+label,[type=radio]+label{display:inline-block;vertical-align:baseline;margin-left:.5rem;margin-right:1rem;margin-bottom:0}
label{display:block;margin:0;font-size:.875rem;font-weight:normal;line-height:1.8;color:#0a0a0a}
label>[type=checkbox],label>[type=radio]{margin-right:.5rem}
.help-text{margin-top:-.5rem;font-size:.8125rem;font-style:italic;color:#0a0a0a}
.input-group{display:table;width:100%;margin-bottom:1rem}
.input-group>:first-child{border-radius:0}.input-group>:last-child>*{border-radius:0}
.input-group-label,.input-group-field,.input-group-button{display:table-cell;margin:0;white-space:nowrap;vertical-align:middle}
.input-group-label{padding:0 1rem;border:1px solid #cacaca;background:#e6e6e6;color:#0a0a0a;text-align:center;white-space:nowrap;width:1%;height:100%}
.input-group-label:first-child{border-right:0}
.input-group-field{border-radius:0;height:2.5rem}
fieldset{margin:0;padding:0;border:0}legend{max-width:100%;margin-bottom:.5rem}
.fieldset{margin:1.125rem 0;padding:1.25rem;border:1px solid #cacaca}
.fieldset legend{margin:0;margin-left:-.1875rem;padding:0 .1875rem}
.is-invalid-input:not(:focus){border-color:#cc4b37;background-color:#f9ecea}
.is-invalid-label{color:#cc4b37}
.form-error{display:none;margin-top:-.5rem;margin-bottom:1rem;font-size:.75rem;font-weight:bold;color:#cc4b37}
.form-error.is-visible{display:block}
.button{display:inline-block;vertical-align:middle;margin:0 0 1rem 0;padding:.85em 1em;border:1px solid transparent;border-radius:0;transition:background-color .25s ease-out,color .25s ease-out;font-family:inherit;font-size:.9rem;-webkit-appearance:none;line-height:1;text-align:center;cursor:pointer;background-color:#1779ba;color:#fefefe}
.button:hover,.button:focus{background-color:#14679e;color:#fefefe}
.button.small{font-size:.75rem}.button.expanded{display:block;width:100%;margin-right:0;margin-left:0}
.button.secondary{background-color:#767676;color:#fefefe}.button.secondary:hover,.button.secondary:focus{background-color:#5e5e5e}
.button.success{background-color:#3adb76;color:#0a0a0a}.button.success:hover,.button.success:focus{background-color:#22bb5b;color:#0a0a0a}
.button.alert{background-color:#cc4b37;color:#fefefe}.button.alert:hover,.button.alert:focus{background-color:#a53b2a;color:#fefefe}
.button.warning{background-color:#ffae00;color:#0a0a0a}
.button.hollow{border:1px solid #1779ba;color:#1779ba;background:transparent}.button.hollow:hover{border-color:#0c3d5d;color:#0c3d5d;background:transparent}
.button.disabled,.button[disabled]{opacity:.25;cursor:not-allowed}
.button-group{display:flex;flex-wrap:wrap;align-items:stretch;margin-bottom:1rem}.button-group .button{margin:0 1px 1px 0;font-size:.9rem}
.callout{position:relative;margin:0 0 1rem 0;padding:1rem;border:1px solid rgba(10,10,10,.25);border-radius:0;background-color:white;color:#0a0a0a}
.callout>:first-child{margin-top:0}.callout>:last-child{margin-bottom:0}
.callout.primary{background-color:#d7ecfa}.callout.secondary{background-color:#eaeaea}.callout.success{background-color:#e1faea}
.callout.warning{background-color:#fff3d9}.callout.alert{background-color:#f7e4e1}.callout.small{padding:.5rem}
.close-button{position:absolute;color:#8a8a8a;cursor:pointer;border:0;background:transparent;font-family:inherit;padding:0}
.close-button:hover,.close-button:focus{color:#0a0a0a}
.close-button.small{right:.66rem;top:.33em;font-size:1.5em;line-height:1}
.close-button,.close-button.medium{right:1rem;top:.5rem;font-size:2em;line-height:1}
.card{display:flex;flex-direction:column;flex-grow:1;margin-bottom:1rem;border:1px solid #e6e6e6;border-radius:0;background:#fefefe;box-shadow:none;overflow:hidden;color:#0a0a0a}
.card>:last-child{margin-bottom:0}.card-divider{flex:0 1 auto;display:flex;padding:1rem;background:#e6e6e6}.card-divider>:last-child{margin-bottom:0}
.card-section{flex:1 0 auto;padding:1rem}.card-section>:last-child{margin-bottom:0}
table{border-collapse:collapse;width:100%;margin-bottom:1rem;border-radius:0}
thead,tbody,tfoot{border:1px solid #f1f1f1;background-color:#fefefe}
thead{background:#f8f8f8;color:#0a0a0a}thead th,thead td,tbody th,tbody td{padding:.5rem .625rem .625rem;text-align:left}
thead th{font-weight:bold}tbody tr:nth-child(even){border-bottom:0;background-color:#f1f1f1}
table.unstriped tbody tr{border-bottom:1px solid #f1f1f1;background-color:#fefefe}
.label{display:inline-block;padding:.33333rem .5rem;border-radius:0;font-size:.8rem;line-height:1;white-space:nowrap;cursor:default;background:#1779ba;color:#fefefe}
.label.success{background:#3adb76;color:#0a0a0a}.label.secondary{background:#767676}
.breadcrumbs{margin:0 0 1rem 0;list-style:none}.breadcrumbs::before,.breadcrumbs::after{display:table;content:' '}.breadcrumbs::after{clear:both}
.breadcrumbs li{float:left;font-size:.6875rem;color:#0a0a0a;cursor:default;text-transform:uppercase}
.breadcrumbs li:not(:last-child)::after{position:relative;margin:0 .75rem;opacity:1;content:"/";color:#cacaca}
.breadcrumbs a{color:#1779ba}.breadcrumbs .disabled{color:#cacaca;cursor:not-allowed}
.menu{padding:0;margin:0;list-style:none;position:relative;display:flex;flex-wrap:wrap}
.menu a,.menu .button{line-height:1;text-decoration:none;display:block;padding:.7rem 1rem}
.menu li,.menu.horizontal li{flex:0 0 auto}.menu.vertical{flex-wrap:nowrap;flex-direction:column}.menu.vertical li{flex:0 0 auto}
.menu.nested{margin-right:0;margin-left:1rem}
.menu .is-active>a{background:#1779ba;color:#fefefe}.menu .active>a{background:#1779ba;color:#fefefe}
.menu-text{padding:.7rem 1rem;font-weight:bold;line-height:1}
.menu-icon{position:relative;display:inline-block;vertical-align:middle;width:20px;height:16px;cursor:pointer}
.menu-icon::after{position:absolute;top:0;left:0;display:block;width:100%;height:2px;background:#fefefe;box-shadow:0 7px 0 #fefefe,0 14px 0 #fefefe;content:''}
.accordion-menu li{width:100%}.accordion-menu a{padding:.7rem 1rem}
.accordion-menu .is-accordion-submenu a{padding:.7rem 1rem}
.accordion-menu .nested.is-accordion-submenu{margin-right:0;margin-left:1rem}
.accordion-menu.align-right .nested.is-accordion-submenu{margin-right:1rem;margin-left:0}
.accordion-menu .is-accordion-submenu-parent:not(.has-submenu-toggle)>a{position:relative}
.accordion-menu .is-accordion-submenu-parent:not(.has-submenu-toggle)>a::after{display:block;width:0;height:0;border:inset 6px;content:'';border-bottom-width:0;border-top-style:solid;border-color:#1779ba transparent transparent;position:absolute;top:50%;margin-top:-3px;right:1rem;transition:transform .25s}
.accordion-menu .is-accordion-submenu-parent>a[aria-expanded='true']::after{transform:rotate(180deg);transform-origin:50% 50%}
.is-accordion-submenu-parent{position:relative}
.dropdown.menu>li.opens-left>.is-dropdown-submenu{top:100%;right:0;left:auto}
.dropdown.menu>li.opens-right>.is-dropdown-submenu{top:100%;right:auto;left:0}
.dropdown.menu>li.is-dropdown-submenu-parent>a{position:relative;padding-right:1.5rem}
.dropdown.menu>li.is-dropdown-submenu-parent>a::after{display:block;width:0;height:0;border:inset 6px;content:'';border-bottom-width:0;border-top-style:solid;border-color:#1779ba transparent transparent;right:5px;left:auto;margin-top:-3px;position:absolute;top:50%}
.dropdown.menu a{padding:.7rem 1rem}.dropdown.menu .is-active>a{background:transparent;color:#1779ba}
.is-dropdown-submenu-parent{position:relative}
.is-dropdown-submenu{position:absolute;top:0;left:100%;z-index:1;display:none;min-width:200px;border:1px solid #cacaca;background:#fefefe}
.dropdown .is-dropdown-submenu a{padding:.7rem 1rem}
.is-dropdown-submenu.js-dropdown-active{display:block}
.dropdown-pane{position:absolute;z-index:10;display:none;width:300px;padding:1rem;visibility:hidden;border:1px solid #cacaca;border-radius:0;background-color:#fefefe;font-size:1rem}
.dropdown-pane.is-opening{display:block}.dropdown-pane.is-open{display:block;visibility:visible}.dropdown-pane.tiny{width:150px}.dropdown-pane.small{width:220px}
.top-bar{display:flex;flex-wrap:nowrap;justify-content:space-between;align-items:center;padding:.5rem;flex-wrap:wrap}
.top-bar,.top-bar ul{background-color:#e6e6e6}
.top-bar input{max-width:200px;margin-right:1rem}
.top-bar .top-bar-left,.top-bar .top-bar-right{flex:0 0 auto}
.top-bar-left,.top-bar-right{flex:0 0 auto}
.title-bar{padding:.5rem;background:#0a0a0a;color:#fefefe;display:flex;justify-content:flex-start;align-items:center}
.title-bar-title{display:inline-block;vertical-align:middle;font-weight:bold}
body.is-reveal-open{overflow:hidden}html.is-reveal-open,html.is-reveal-open body{min-height:100%;overflow:hidden;position:fixed;user-select:none;width:100%}
.reveal-overlay{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1005;display:none;background-color:rgba(10,10,10,.45);overflow-y:scroll}
.reveal{z-index:1006;-webkit-backface-visibility:hidden;backface-visibility:hidden;display:none;padding:1rem;border:1px solid #cacaca;border-radius:0;background-color:#fefefe;position:relative;top:100px;margin-right:auto;margin-left:auto;overflow-y:auto}
.reveal:focus{outline:none}.reveal .column{min-width:0}.reveal>:last-child{margin-bottom:0}
@media print,screen and (min-width:40em){.reveal{min-height:0}.reveal{width:600px;max-width:75rem}.reveal.tiny{width:30%}.reveal.small{width:50%}.reveal.large{width:90%}}
.off-canvas-wrapper{position:relative;overflow:hidden}
.off-canvas{position:fixed;z-index:12;transition:transform .5s ease;backface-visibility:hidden;background:#e6e6e6}
.off-canvas.position-left{top:0;left:0;height:100%;overflow-y:auto;width:250px;transform:translateX(-250px)}
.off-canvas.is-open{transform:translate(0,0)}.off-canvas.is-closed{visibility:hidden}
.off-canvas-content{transform:none;transition:transform .5s ease;backface-visibility:hidden}
.js-off-canvas-overlay{position:absolute;top:0;left:0;z-index:11;width:100%;height:100%;transition:opacity .5s ease,visibility .5s ease;background:rgba(254,254,254,.25);opacity:0;visibility:hidden;overflow:hidden}
.js-off-canvas-overlay.is-visible{opacity:1;visibility:visible}.js-off-canvas-overlay.is-overlay-fixed{position:fixed}
@media print,screen and (min-width:64em){.position-left.reveal-for-large{transform:none;z-index:12;transition:none;visibility:visible}.off-canvas-content.has-reveal-left{margin-left:250px}}
.fade-in.mui-enter{transition-duration:250ms;transition-timing-function:linear;opacity:0;transition-property:opacity}.fade-in.mui-enter.mui-enter-active{opacity:1}
.fade-out.mui-leave{transition-duration:250ms;transition-timing-function:linear;opacity:1;transition-property:opacity}.fade-out.mui-leave.mui-leave-active{opacity:0}

/* ---- app.css (einvoice) ---- */
body{background:#f4f6f8}
.site-header{background:#0b3a63;color:#fefefe;padding:.6rem 1rem;display:flex;align-items:center;gap:.9rem}
.site-header .emblem{width:44px;height:44px;border-radius:50%;background:#fefefe;color:#0b3a63;display:flex;align-items:center;justify-content:center;font-weight:bold;font-size:.8rem}
.site-header h1{font-size:1.45rem;margin:0;line-height:1.1}.site-header small{display:block;color:#c9dcee;font-size:.8rem}
.site-header .gstin-badge{margin-left:auto;font-size:.85rem;color:#c9dcee}
.top-bar .menu-text{color:#0b3a63}
.top-bar .button{margin:0}
.top-bar .dropdown-pane a{display:block;padding:.35rem 0}
.sidebar-title{background:#0b3a63;color:#fefefe;padding:.8rem 1rem;font-weight:bold;font-size:.9rem;letter-spacing:.03em}
.off-canvas .accordion-menu a{color:#0a0a0a;font-size:.9rem;border-bottom:1px solid #d6d6d6}
.off-canvas .accordion-menu .is-active>a,.off-canvas .accordion-menu li.current>a{background:#1779ba;color:#fefefe}
.off-canvas.admin-nav{top:0;padding-top:0}
.page-wrap{padding:1.25rem 1.5rem 3rem}
.page-title{font-size:1.6rem;color:#0b3a63;border-bottom:2px solid #1779ba;padding-bottom:.35rem;margin-bottom:1rem}
.stat-card .card-section{font-size:2.2rem;font-weight:bold;color:#0b3a63;line-height:1.2}.stat-card .card-section small{font-size:.8rem;font-weight:normal;color:#767676}.stat-card .card-divider{font-weight:bold}
.home-hero{background:linear-gradient(120deg,#0b3a63,#1779ba);color:#fefefe;padding:3rem 2rem;margin-bottom:1.5rem}
.home-hero h2{font-size:2.1rem}.home-hero p{max-width:44rem}
.captcha-row{display:flex;align-items:center;gap:.6rem;margin-bottom:.6rem}
.captcha-row img{border:1px solid #cacaca;height:46px;width:150px}
.captcha-row a{font-size:.8rem}
.login-card{max-width:28rem;margin:2rem auto;background:#fefefe;border:1px solid #d6d6d6;padding:1.5rem}
.reg-card{position:relative}
.loading-overlay{position:absolute;top:0;left:0;right:0;bottom:0;z-index:20;background:rgba(254,254,254,.7);display:none;align-items:center;justify-content:center;flex-direction:column;font-size:.85rem;color:#0b3a63}
.loading-overlay.is-visible{display:flex}
.spinner{width:36px;height:36px;border:4px solid #cfe3f3;border-top-color:#1779ba;border-radius:50%;animation:spin .8s linear infinite;margin-bottom:.4rem}
@keyframes spin{to{transform:rotate(360deg)}}
.toast-callout{position:fixed;right:1.25rem;bottom:1.25rem;z-index:1010;width:380px;box-shadow:0 4px 12px rgba(10,10,10,.25);padding-right:2.5rem;transition:opacity .6s ease}
.toast-callout.is-fading{opacity:0}
.otp-row{display:flex;gap:.6rem;align-items:flex-start;max-width:26rem}.otp-row label{flex:1}
.otp-row .button{margin-top:1.5rem}
.site-footer{background:#0b3a63;color:#c9dcee;font-size:.78rem;padding:.8rem 1.5rem;text-align:center}
.gsp-details table{font-size:.85rem}.gsp-details th{width:35%}
.req{color:#cc4b37}
.show-for-sr{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
`;

/** foundation.js (6.4-style subset, no jQuery): the plugins this site uses, served as /js/foundation.min.js. */
const FOUNDATION_JS = String.raw`/*! Foundation for Sites (hand-reproduced subset) */
(function (window, document) {
  'use strict';
  function uid(len, ns) {
    var s = '';
    while (s.length < len) s += Math.random().toString(36).slice(2);
    return s.slice(0, len) + (ns ? '-' + ns : '');
  }
  function trigger(el, name, detail) {
    el.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: detail }));
  }
  function stamp(el, name) {
    if (!el.getAttribute('data-' + name)) el.setAttribute('data-' + name, uid(6, name));
  }
  function toArr(list) { return Array.prototype.slice.call(list); }
  function childrenOf(el, tag) {
    return toArr(el.children).filter(function (c) { return c.tagName === tag; });
  }
  // jQuery-like slideDown / slideUp
  function slide(el, open, ms, done) {
    if (el._zfSlide) { clearTimeout(el._zfSlide); }
    el.style.transition = '';
    el.style.display = '';
    if (ms <= 0) { el.style.display = open ? '' : 'none'; if (done) done(); return; }
    var full = el.scrollHeight;
    el.style.overflow = 'hidden';
    el.style.height = (open ? 0 : full) + 'px';
    void el.offsetHeight;
    el.style.transition = 'height ' + ms + 'ms ease-in-out';
    el.style.height = (open ? full : 0) + 'px';
    el._zfSlide = setTimeout(function () {
      el._zfSlide = null;
      el.style.transition = ''; el.style.height = ''; el.style.overflow = '';
      el.style.display = open ? '' : 'none';
      if (done) done();
    }, ms);
  }
  function fadeOut(el, ms, done) {
    el.style.transition = 'opacity ' + ms + 'ms linear';
    el.style.opacity = '0';
    setTimeout(function () { el.style.display = 'none'; el.style.transition = ''; el.style.opacity = ''; if (done) done(); }, ms);
  }
  // Motion UI
  function animate(el, isIn, animation, done) {
    if (!animation) { if (done) done(); return; }
    var init = isIn ? 'mui-enter' : 'mui-leave', active = isIn ? 'mui-enter-active' : 'mui-leave-active';
    el.classList.add(animation, init);
    if (isIn) el.style.display = 'block';
    void el.offsetWidth;
    el.classList.add(active);
    setTimeout(function () {
      el.classList.remove(animation, init, active);
      if (done) done();
    }, 260);
  }

  var Foundation = { version: '6.4.3', plugins: {}, _reveals: {}, _uuids: [] };

  // ---------- Reveal ----------
  function Reveal(el) {
    this.el = el;
    this.id = el.id;
    this.isActive = false;
    this.options = {
      closeOnClick: el.getAttribute('data-close-on-click') !== 'false',
      closeOnEsc: el.getAttribute('data-close-on-esc') !== 'false',
      animationIn: el.getAttribute('data-animation-in') || '',
      animationOut: el.getAttribute('data-animation-out') || '',
      vOffset: 100
    };
    stamp(el, 'reveal');
    el.setAttribute('role', 'dialog');
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute('data-yeti-box', this.id);
    el.setAttribute('data-resize', this.id);
    toArr(document.querySelectorAll('[data-open="' + this.id + '"]')).forEach(function (a) {
      a.setAttribute('aria-controls', el.id);
      a.setAttribute('aria-haspopup', 'true');
      a.setAttribute('tabindex', '0');
    });
    var overlay = document.createElement('div');
    overlay.className = 'reveal-overlay';
    document.body.appendChild(overlay);
    overlay.appendChild(el);
    this.overlay = overlay;
    var self = this;
    overlay.addEventListener('click', function (e) {
      if (e.target === overlay && self.options.closeOnClick) self.close();
    });
    Foundation._reveals[this.id] = this;
  }
  Reveal.prototype.open = function () {
    if (this.isActive) return;
    var el = this.el, self = this;
    this.isActive = true;
    this.overlay.style.display = 'block';
    el.style.top = this.options.vOffset + 'px';
    el.setAttribute('aria-hidden', 'false');
    el.setAttribute('tabindex', '-1');
    document.body.classList.add('is-reveal-open');
    document.documentElement.classList.add('is-reveal-open');
    var shown = function () { el.style.display = 'block'; el.focus(); trigger(el, 'open.zf.reveal'); };
    if (this.options.animationIn) { animate(el, true, this.options.animationIn, shown); } else { shown(); }
    Foundation._stack = (Foundation._stack || []).filter(function (r) { return r !== self; }).concat([self]);
  };
  Reveal.prototype.close = function () {
    if (!this.isActive) return;
    var el = this.el, self = this;
    this.isActive = false;
    Foundation._stack = (Foundation._stack || []).filter(function (r) { return r !== self; });
    var hidden = function () {
      el.style.display = 'none';
      self.overlay.style.display = 'none';
      el.setAttribute('aria-hidden', 'true');
      if (!Foundation._stack.length) {
        document.body.classList.remove('is-reveal-open');
        document.documentElement.classList.remove('is-reveal-open');
      }
      trigger(el, 'closed.zf.reveal');
    };
    if (this.options.animationOut) { animate(el, false, this.options.animationOut, hidden); } else { hidden(); }
  };

  // ---------- AccordionMenu ----------
  function AccordionMenu(el) {
    this.el = el;
    stamp(el, 'accordion-menu');
    el.setAttribute('role', 'tree');
    el.setAttribute('aria-multiselectable', 'true');
    var speed = parseInt(el.getAttribute('data-slide-speed') || '250', 10);
    toArr(el.querySelectorAll('ul')).forEach(function (sub) {
      var li = sub.parentElement, a = childrenOf(li, 'A')[0];
      sub.setAttribute('data-submenu', '');
      sub.classList.add('submenu', 'is-accordion-submenu');
      li.classList.add('is-accordion-submenu-parent');
      var subId = sub.id || uid(6, 'acc-menu'), linkId = (a && a.id) || uid(6, 'acc-menu-link');
      var active = sub.classList.contains('is-active');
      sub.id = subId;
      sub.setAttribute('role', 'group');
      sub.setAttribute('aria-labelledby', linkId);
      sub.setAttribute('aria-hidden', active ? 'false' : 'true');
      if (!active) sub.style.display = 'none';
      childrenOf(sub, 'LI').forEach(function (item) {
        item.classList.add('is-submenu-item', 'is-accordion-submenu-item');
        item.setAttribute('role', 'treeitem');
      });
      if (a) {
        a.id = linkId;
        a.setAttribute('aria-controls', subId);
        a.setAttribute('aria-expanded', active ? 'true' : 'false');
        a.addEventListener('click', function (e) {
          e.preventDefault();
          var open = sub.classList.contains('is-active');
          if (open) {
            sub.classList.remove('is-active');
            sub.setAttribute('aria-hidden', 'true');
            a.setAttribute('aria-expanded', 'false');
            toArr(sub.querySelectorAll('ul.is-active')).forEach(function (inner) {
              inner.classList.remove('is-active'); inner.style.display = 'none'; inner.setAttribute('aria-hidden', 'true');
              var ia = inner.parentElement.querySelector('a'); if (ia) ia.setAttribute('aria-expanded', 'false');
            });
            slide(sub, false, speed, function () { trigger(el, 'up.zf.accordionMenu', sub); });
          } else {
            sub.classList.add('is-active');
            sub.setAttribute('aria-hidden', 'false');
            a.setAttribute('aria-expanded', 'true');
            slide(sub, true, speed, function () { trigger(el, 'down.zf.accordionMenu', sub); });
          }
        });
      }
    });
    toArr(el.children).forEach(function (li) { if (li.tagName === 'LI') li.setAttribute('role', 'treeitem'); });
  }

  // ---------- DropdownMenu ----------
  function DropdownMenu(el) {
    stamp(el, 'dropdown-menu');
    el.setAttribute('role', 'menubar');
    el.classList.add('dropdown');
    childrenOf(el, 'LI').forEach(function (li) {
      li.setAttribute('role', 'menuitem');
      var sub = childrenOf(li, 'UL')[0], a = childrenOf(li, 'A')[0];
      if (!sub) return;
      li.classList.add('is-dropdown-submenu-parent', 'opens-right');
      li.setAttribute('aria-haspopup', 'true');
      if (a) li.setAttribute('aria-label', a.textContent.trim());
      sub.classList.add('submenu', 'is-dropdown-submenu', 'first-sub', 'vertical');
      sub.setAttribute('data-submenu', '');
      sub.setAttribute('role', 'menu');
      childrenOf(sub, 'LI').forEach(function (item) { item.classList.add('is-submenu-item', 'is-dropdown-submenu-item'); item.setAttribute('role', 'menuitem'); });
      var timer = null;
      function show() { clearTimeout(timer); li.classList.add('is-active'); sub.classList.add('js-dropdown-active'); trigger(el, 'show.zf.dropdownmenu', li); }
      function hide() { li.classList.remove('is-active'); sub.classList.remove('js-dropdown-active'); trigger(el, 'hide.zf.dropdownmenu', li); }
      li.addEventListener('mouseenter', function () { clearTimeout(timer); timer = setTimeout(show, 50); });
      li.addEventListener('mouseleave', function () { clearTimeout(timer); timer = setTimeout(hide, 500); });
      if (a) a.addEventListener('click', function (e) {
        e.preventDefault();
        if (sub.classList.contains('js-dropdown-active')) hide(); else show();
      });
      document.addEventListener('click', function (e) { if (!li.contains(e.target)) hide(); });
    });
  }

  // ---------- Dropdown (pane) ----------
  function Dropdown(pane) {
    stamp(pane, 'dropdown');
    pane.setAttribute('aria-hidden', 'true');
    pane.setAttribute('data-yeti-box', pane.id);
    pane.setAttribute('data-resize', pane.id);
    var anchors = toArr(document.querySelectorAll('[data-toggle="' + pane.id + '"]'));
    anchors.forEach(function (a) {
      a.setAttribute('aria-controls', pane.id);
      a.setAttribute('data-is-focus', 'false');
      a.setAttribute('aria-haspopup', 'true');
      a.setAttribute('aria-expanded', 'false');
    });
    function close() {
      pane.classList.remove('is-open');
      pane.setAttribute('aria-hidden', 'true');
      anchors.forEach(function (a) { a.classList.remove('hover'); a.setAttribute('aria-expanded', 'false'); });
      trigger(pane, 'hide.zf.dropdown');
    }
    function open(anchor) {
      var parent = pane.offsetParent || document.body;
      pane.classList.add('is-opening');
      var ar = anchor.getBoundingClientRect(), pr = parent.getBoundingClientRect();
      var left = ar.left - pr.left;
      if (ar.left + pane.offsetWidth > window.innerWidth) { left = ar.right - pr.left - pane.offsetWidth; pane.classList.add('bottom', 'right'); }
      else { pane.classList.add('bottom', 'left'); }
      pane.style.top = (ar.bottom - pr.top) + 'px';
      pane.style.left = left + 'px';
      pane.classList.remove('is-opening');
      pane.classList.add('is-open');
      pane.setAttribute('aria-hidden', 'false');
      anchor.classList.add('hover');
      anchor.setAttribute('aria-expanded', 'true');
      trigger(pane, 'show.zf.dropdown');
    }
    pane._zfToggle = function (anchor) { if (pane.classList.contains('is-open')) close(); else open(anchor); };
    document.addEventListener('click', function (e) {
      if (!pane.classList.contains('is-open')) return;
      if (pane.contains(e.target)) return;
      if (anchors.some(function (a) { return a.contains(e.target); })) return;
      close();
    });
  }

  // ---------- OffCanvas ----------
  function OffCanvas(el) {
    stamp(el, 'off-canvas');
    el.classList.add('is-transition-overlap', 'is-closed');
    el.setAttribute('aria-hidden', 'true');
    var content = document.querySelector('[data-off-canvas-content]');
    var mq = window.matchMedia('(min-width: 64em)');
    function check() {
      var revealed = el.classList.contains('reveal-for-large') && mq.matches;
      if (content) content.classList.toggle('has-reveal-left', revealed);
      el.setAttribute('aria-hidden', revealed ? 'false' : (el.classList.contains('is-open') ? 'false' : 'true'));
    }
    check();
    if (mq.addEventListener) mq.addEventListener('change', check);
    el._zfToggle = function () {
      var open = !el.classList.contains('is-open');
      el.classList.toggle('is-open', open);
      el.classList.toggle('is-closed', !open);
      el.setAttribute('aria-hidden', open ? 'false' : 'true');
    };
  }

  // ---------- Abide ----------
  var PATTERNS = {
    alpha: /^[a-zA-Z]+$/,
    alpha_numeric: /^[a-zA-Z0-9]+$/,
    integer: /^[-+]?\d+$/,
    number: /^[-+]?\d*(?:[\.\,]\d+)+$/,
    email: /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/,
    url: /^(https?|ftp|file|ssh):\/\/.+$/,
    day_month_year: /^(0[1-9]|[12][0-9]|3[01])[- \/.](0[1-9]|1[012])[- \/.]\d{4}$/
  };
  function Abide(form) {
    this.form = form;
    stamp(form, 'abide');
    form.setAttribute('novalidate', '');
    var self = this;
    form.addEventListener('submit', function (e) {
      if (!self.validateForm()) { e.preventDefault(); e.stopImmediatePropagation(); }
    });
    form.addEventListener('reset', function () { self.resetForm(); });
    form.addEventListener('change', function (e) {
      var t = e.target;
      if (t && t.form === form && self.inputs().indexOf(t) >= 0 && t.value !== '') self.validateInput(t);
    });
    form._zfAbide = this;
  }
  Abide.prototype.inputs = function () {
    return toArr(this.form.querySelectorAll('input, textarea, select')).filter(function (i) {
      return !/^(submit|button|hidden|reset)$/.test(i.type) && !i.hasAttribute('data-abide-ignore');
    });
  };
  Abide.prototype.findFormError = function (el) {
    var out = [];
    var sib = el.parentElement ? toArr(el.parentElement.children).filter(function (c) { return c.classList.contains('form-error'); }) : [];
    out = out.concat(sib);
    if (el.id) out = out.concat(toArr(this.form.querySelectorAll('[data-form-error-for="' + el.id + '"]')));
    return out;
  };
  Abide.prototype.findLabel = function (el) {
    var l = el.id ? this.form.querySelector('label[for="' + el.id + '"]') : null;
    return l || el.closest('label');
  };
  Abide.prototype.mark = function (el, ok) {
    var group = el.type === 'radio' ? toArr(this.form.querySelectorAll('input[type=radio][name="' + el.name + '"]')) : [el];
    var self = this;
    group.forEach(function (g) {
      var label = self.findLabel(g);
      if (label) label.classList.toggle('is-invalid-label', !ok);
      g.classList.toggle('is-invalid-input', !ok);
      if (ok) { g.removeAttribute('data-invalid'); g.removeAttribute('aria-invalid'); }
      else { g.setAttribute('data-invalid', ''); g.setAttribute('aria-invalid', 'true'); }
      self.findFormError(g).forEach(function (fe) { fe.classList.toggle('is-visible', !ok); });
    });
  };
  Abide.prototype.validateInput = function (el) {
    if (el.disabled) { this.mark(el, true); return true; }
    var val = el.value, ok = true;
    if (el.type === 'radio') {
      var grp = toArr(this.form.querySelectorAll('input[type=radio][name="' + el.name + '"]'));
      var req = grp.some(function (g) { return g.hasAttribute('required'); });
      ok = !req || grp.some(function (g) { return g.checked; });
    } else {
      if (el.hasAttribute('required') && !String(val).trim()) ok = false;
      var pat = el.getAttribute('pattern');
      if (ok && pat && val !== '') {
        var re = PATTERNS[pat] || new RegExp(pat);
        ok = re.test(val);
      }
      var eq = el.getAttribute('data-equalto');
      if (ok && eq) { var other = document.getElementById(eq); ok = !other || other.value === val; }
    }
    this.mark(el, ok);
    trigger(el, ok ? 'valid.zf.abide' : 'invalid.zf.abide');
    return ok;
  };
  Abide.prototype.validateForm = function () {
    var self = this, all = true, seen = {};
    this.inputs().forEach(function (i) {
      if (i.type === 'radio') { if (seen[i.name]) return; seen[i.name] = true; }
      if (!self.validateInput(i)) all = false;
    });
    toArr(this.form.querySelectorAll('[data-abide-error]')).forEach(function (c) { c.style.display = all ? 'none' : 'block'; });
    trigger(this.form, all ? 'formvalid.zf.abide' : 'forminvalid.zf.abide');
    return all;
  };
  Abide.prototype.resetForm = function () {
    var self = this;
    this.inputs().forEach(function (i) { self.mark(i, true); });
    toArr(this.form.querySelectorAll('[data-abide-error]')).forEach(function (c) { c.style.display = 'none'; });
  };
  Abide.defaults = { patterns: PATTERNS };

  // ---------- Triggers ----------
  document.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target.closest('[data-open],[data-close],[data-toggle]') : null;
    if (!t) return;
    if (t.hasAttribute('data-open')) {
      e.preventDefault();
      Foundation.open(t.getAttribute('data-open'));
    } else if (t.hasAttribute('data-close')) {
      var target = t.getAttribute('data-close');
      if (target) { Foundation.close(target); return; }
      var rev = t.closest('.reveal');
      if (rev && Foundation._reveals[rev.id]) { Foundation._reveals[rev.id].close(); return; }
      var closable = t.closest('[data-closable]');
      if (closable) {
        var anim = closable.getAttribute('data-closable');
        var gone = function () { trigger(closable, 'closed.zf'); };
        if (anim) { animate(closable, false, anim, function () { closable.style.display = 'none'; gone(); }); }
        else { fadeOut(closable, 400, gone); }
      }
    } else if (t.hasAttribute('data-toggle')) {
      var pane = document.getElementById(t.getAttribute('data-toggle'));
      if (pane && pane._zfToggle) { e.preventDefault(); pane._zfToggle(t); }
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var stack = Foundation._stack || [];
    var top = stack[stack.length - 1];
    if (top && top.options.closeOnEsc) top.close();
  });

  Foundation.open = function (id) { var r = Foundation._reveals[id]; if (r) r.open(); };
  Foundation.close = function (id) { var r = Foundation._reveals[id]; if (r) r.close(); };
  Foundation.validateForm = function (form) { return form._zfAbide ? form._zfAbide.validateForm() : true; };
  Foundation.resetAbide = function (form) { if (form._zfAbide) form._zfAbide.resetForm(); };
  Foundation.init = function (root) {
    root = root || document;
    toArr(root.querySelectorAll('[data-reveal]')).forEach(function (el) { if (!el._zf) { el._zf = new Reveal(el); } });
    toArr(root.querySelectorAll('[data-accordion-menu]')).forEach(function (el) { if (!el._zf) { el._zf = new AccordionMenu(el); } });
    toArr(root.querySelectorAll('[data-dropdown-menu]')).forEach(function (el) { if (!el._zf) { el._zf = new DropdownMenu(el); } });
    toArr(root.querySelectorAll('[data-dropdown]')).forEach(function (el) { if (!el._zf) { el._zf = new Dropdown(el); } });
    toArr(root.querySelectorAll('[data-off-canvas]')).forEach(function (el) { if (!el._zf) { el._zf = new OffCanvas(el); } });
    toArr(root.querySelectorAll('form[data-abide]')).forEach(function (el) { if (!el._zf) { el._zf = new Abide(el); } });
    document.documentElement.classList.add('js');
  };
  Foundation.slide = slide;
  Foundation.Abide = Abide;
  window.Foundation = Foundation;
})(window, document);
`;

/** The site's own script (/js/app.js): the XHR helper, verdict callouts, the toast, a lost session. */
const APP_JS = `/* einvoice app.js */
(function (window, document) {
  'use strict';
  var App = {};
  App.csrf = function () {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute('content') : '';
  };
  function encode(data) {
    return Object.keys(data || {}).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(data[k]); }).join('&');
  }
  App.ajax = function (method, url, data, done, fail) {
    var xhr = new XMLHttpRequest();
    var body = null;
    if (method === 'GET' && data) { url += (url.indexOf('?') < 0 ? '?' : '&') + encode(data); }
    xhr.open(method, url, true);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('X-CSRF-Token', App.csrf());
    if (method !== 'GET' && data) {
      body = encode(data);
      xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
    }
    xhr.onload = function () {
      if (xhr.status === 440) { App.sessionExpired(); if (fail) fail(xhr); return; }
      if (xhr.status >= 200 && xhr.status < 300) { done(xhr); return; }
      App.toast('alert', 'Something went wrong. Please try again later.');
      if (fail) fail(xhr);
    };
    xhr.onerror = function () {
      App.toast('alert', 'Unable to reach the server. Please check your internet connection.');
      if (fail) fail(xhr);
    };
    xhr.send(body);
  };
  App.json = function (xhr) { try { return JSON.parse(xhr.responseText); } catch (e) { return {}; } };
  App.sessionExpired = function () {
    Object.keys(Foundation._reveals).forEach(function (id) { if (id !== 'sessionExpiredModal') Foundation.close(id); });
    Foundation.open('sessionExpiredModal');
  };
  App.callout = function (container, type, html) {
    Array.prototype.slice.call(container.querySelectorAll('.js-verdict')).forEach(function (c) { c.parentNode.removeChild(c); });
    var div = document.createElement('div');
    div.className = 'callout ' + type + ' js-verdict';
    div.setAttribute('data-closable', '');
    div.innerHTML = '<p>' + html + '</p><button class="close-button" aria-label="Dismiss alert" type="button" data-close><span aria-hidden="true">&times;</span></button>';
    container.insertBefore(div, container.firstChild);
    return div;
  };
  App.toast = function (type, text) {
    Array.prototype.slice.call(document.querySelectorAll('.toast-callout')).forEach(function (t) { t.parentNode.removeChild(t); });
    var div = document.createElement('div');
    div.className = 'callout ' + type + ' toast-callout';
    div.setAttribute('data-closable', '');
    div.setAttribute('role', 'alert');
    div.innerHTML = '<p></p><button class="close-button" aria-label="Dismiss alert" type="button" data-close><span aria-hidden="true">&times;</span></button>';
    div.querySelector('p').textContent = text;
    document.body.appendChild(div);
    setTimeout(function () {
      div.classList.add('is-fading');
      setTimeout(function () { if (div.parentNode) div.parentNode.removeChild(div); }, 600);
    }, 4000);
  };
  App.escape = function (s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  };
  window.App = App;
})(window, document);
`;

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  csrf: string;
  techShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  flash?: { type: 'success' | 'alert' | 'warning' | 'primary'; text: string };
}

/** The captcha picture: the characters drawn with a fresh jitter and noise on every request. */
function captchaSvg(text: string): string {
  const rnd = (a: number, b: number) => a + Math.random() * (b - a);
  const colors = ['#1b4f72', '#7b241c', '#145a32', '#4a235a', '#7e5109'];
  let out = `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="46" viewBox="0 0 150 46">`;
  out += `<rect width="150" height="46" fill="#eef3f7"/>`;
  for (let i = 0; i < 6; i++) {
    out += `<path d="M${rnd(0, 20).toFixed(1)} ${rnd(5, 41).toFixed(1)} Q ${rnd(50, 100).toFixed(1)} ${rnd(0, 46).toFixed(1)} ${rnd(130, 150).toFixed(1)} ${rnd(5, 41).toFixed(1)}" stroke="${colors[i % 5]}" stroke-opacity="0.35" fill="none" stroke-width="${rnd(0.6, 1.6).toFixed(1)}"/>`;
  }
  for (let i = 0; i < 40; i++) {
    out += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 46).toFixed(1)}" r="${rnd(0.5, 1.4).toFixed(1)}" fill="#555" fill-opacity="0.4"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 14 + i * 26 + rnd(-3, 3);
    const y = 31 + rnd(-4, 4);
    out += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="Georgia,serif" font-size="${rnd(22, 27).toFixed(0)}" font-weight="bold" fill="${colors[i % 5]}" transform="rotate(${rnd(-18, 18).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})">${esc(ch)}</text>`;
  });
  return `${out}</svg>`;
}

interface MenuItem {
  label: string;
  href?: string;
  key?: string;
  children?: MenuItem[];
}

const leaf = (label: string, slug: string): MenuItem => ({ label, href: `/module.php?m=${slug}`, key: slug });

const MENU: MenuItem[] = [
  { label: 'Dash Board', href: '/dashboard.php', key: 'dashboard' },
  {
    label: 'e-Invoice',
    children: [
      leaf('Generate IRN', 'generate_irn'),
      leaf('Bulk Upload', 'bulk_upload'),
      leaf('Cancel IRN', 'cancel_irn'),
      leaf('Print e-Invoice', 'print_einvoice'),
    ],
  },
  {
    label: 'API Registration',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', href: '/apireg/create_user.php', key: 'create_user' },
          leaf('View API Users', 'view_api_users'),
        ],
      },
      leaf('IP Whitelisting', 'ip_whitelisting'),
      leaf('Freeze API User', 'freeze_api_user'),
      leaf('Change API Password', 'change_api_password'),
    ],
  },
  {
    label: 'MIS Reports',
    children: [
      leaf('e-Invoice Generation Report', 'mis_generation'),
      leaf('e-Invoice Cancellation Report', 'mis_cancellation'),
      leaf('Summary Report', 'mis_summary'),
    ],
  },
  {
    label: 'User Management',
    children: [
      leaf('Create Sub-User', 'create_sub_user'),
      leaf('Manage Sub-Users', 'manage_sub_users'),
      leaf('Update Contact Details', 'update_contact'),
    ],
  },
];

function holds(item: MenuItem, key: string): boolean {
  return item.key === key || (item.children ?? []).some((c) => holds(c, key));
}

function menuList(items: MenuItem[], current: string, attrs: string): string {
  const lis = items.map((item) => {
    if (!item.children) {
      const cls = item.key === current ? ' class="is-active"' : '';
      return `<li${cls}><a href="${esc(item.href ?? '#')}">${esc(item.label)}</a></li>`;
    }
    const open = holds(item, current) ? ' is-active' : '';
    return `<li><a href="#">${esc(item.label)}</a>${menuList(item.children, current, ` class="menu vertical nested${open}"`)}</li>`;
  });
  return `<ul${attrs}>${lis.join('')}</ul>`;
}

/** The page's <head> and the site header shared by every page. */
function head(title: string, csrf: string): string {
  return `<!doctype html>
<html class="no-js" lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="csrf-token" content="${esc(csrf)}">
<title>${esc(title)} | e-Invoice System</title>
<link rel="stylesheet" href="/css/foundation.min.css?v=6.4.3">
<link rel="stylesheet" href="/css/app.css?v=2.1.7">
</head>`;
}

function siteHeader(gstin?: string): string {
  const badge = gstin ? `<span class="gstin-badge">GSTIN: ${esc(gstin)}</span>` : '';
  return `<header class="site-header"><div class="emblem">GST</div><div><h1>e-Invoice System</h1><small>Goods and Services Tax Network &middot; Government of India</small></div>${badge}</header>`;
}

const FOOTER = `<footer class="site-footer">Site designed and developed by National Informatics Centre. Content owned by Goods and Services Tax Network. &copy; 2020-2022. Best viewed in Chrome 70+ / Firefox 65+ at 1280 x 720.</footer>`;

const SCRIPTS = `<script src="/js/foundation.min.js?v=6.4.3"></script>
<script src="/js/app.js?v=2.1.7"></script>
<script>Foundation.init(document);</script>`;

const CLOSE_X = `<button class="close-button" data-close aria-label="Close modal" type="button"><span aria-hidden="true">&times;</span></button>`;

function callout(type: string, html: string, closable = true): string {
  const x = closable
    ? `<button class="close-button" aria-label="Dismiss alert" type="button" data-close><span aria-hidden="true">&times;</span></button>`
    : '';
  return `<div class="callout ${type}"${closable ? ' data-closable' : ''}><p>${html}</p>${x}</div>`;
}

function publicLayout(title: string, csrf: string, body: string, home: boolean, script = ''): string {
  const login = home ? `<a href="#" data-open="loginModal">Login</a>` : `<a href="/login.php">Login</a>`;
  return `${head(title, csrf)}
<body class="public">
${siteHeader()}
<div class="top-bar" id="main-menu">
  <div class="top-bar-left">
    <ul class="dropdown menu" data-dropdown-menu>
      <li class="menu-text">e-Invoice System</li>
      <li><a href="/">Home</a></li>
      <li><a href="#">e-Invoice</a>
        <ul class="menu vertical">
          <li><a href="/info.php?p=about">About e-Invoice</a></li>
          <li><a href="/info.php?p=schema">e-Invoice Schema</a></li>
          <li><a href="/info.php?p=notifications">Notifications</a></li>
        </ul>
      </li>
      <li><a href="#">Help</a>
        <ul class="menu vertical">
          <li><a href="/info.php?p=user_manual">User Manual</a></li>
          <li><a href="/info.php?p=faqs">FAQs</a></li>
          <li><a href="/info.php?p=contact">Contact Us</a></li>
        </ul>
      </li>
      <li>${login}</li>
    </ul>
  </div>
  <div class="top-bar-right"><ul class="menu"><li class="menu-text" style="font-weight:normal">Helpdesk: 1800 103 4786</li></ul></div>
</div>
<main class="page-wrap">
${body}
</main>
${FOOTER}
${SCRIPTS}
${script}
</body>
</html>`;
}

function loginForm(csrf: string, verdict: string): string {
  return `<form method="post" action="/login.php" data-abide novalidate id="frmLogin" autocomplete="off">
  <input type="hidden" name="csrf_token" value="${esc(csrf)}">
  <div class="callout alert" data-abide-error style="display: none;"><p>There are some errors in your form.</p></div>
  ${verdict}
  <label>Username <span class="req">*</span>
    <input type="text" name="username" id="txtUserName" placeholder="Enter Username" required autocomplete="username">
    <span class="form-error">Please enter Username.</span>
  </label>
  <label>Password <span class="req">*</span>
    <input type="password" name="password" id="txtPassword" placeholder="Enter Password" required autocomplete="current-password">
    <span class="form-error">Please enter Password.</span>
  </label>
  <div class="captcha-row"><img src="/captcha.php?t=${Date.now()}" alt="Captcha" id="imgCaptcha" width="150" height="46"><a href="#" class="js-refresh-captcha" title="Get a new captcha">&#x21bb; Refresh</a></div>
  <label>Enter Captcha <span class="req">*</span>
    <input type="text" name="captcha" id="txtCaptcha" maxlength="5" placeholder="Enter the characters shown above" required autocomplete="off">
    <span class="form-error">Please enter the Captcha.</span>
  </label>
  <button type="submit" class="button expanded">Login</button>
  <p class="text-center"><small><a href="/info.php?p=forgot_username">Forgot Username?</a> | <a href="/info.php?p=forgot_password">Forgot Password?</a></small></p>
</form>`;
}

const CAPTCHA_JS = `<script>
document.addEventListener('click', function (e) {
  var a = e.target.closest('.js-refresh-captcha');
  if (!a) return;
  e.preventDefault();
  var img = a.parentNode.querySelector('img');
  img.src = '/captcha.php?t=' + Date.now();
});
</script>`;

function homePage(csrf: string): string {
  const body = `<div class="home-hero">
  <h2>e-Invoice System</h2>
  <p>Generate Invoice Reference Numbers (IRN) for your B2B invoices, register API credentials for your GSP or ERP, and view reports of e-invoices generated and cancelled.</p>
  <a href="#" class="button warning" data-open="loginModal">Login</a>
</div>
<div class="row expanded">
  <div class="columns medium-4"><div class="card"><div class="card-divider"><strong>Latest Updates</strong></div><div class="card-section"><p>Two-factor authentication is mandatory for all taxpayers. Keep your registered mobile number up to date.</p></div></div></div>
  <div class="columns medium-4"><div class="card"><div class="card-divider"><strong>API Access</strong></div><div class="card-section"><p>Taxpayers may register API users through their GSP under API Registration &rarr; User Credentials.</p></div></div></div>
  <div class="columns medium-4"><div class="card"><div class="card-divider"><strong>Helpdesk</strong></div><div class="card-section"><p>Call 1800 103 4786 or write to support.einv.api@gov.in (09:00 to 21:00, all days).</p></div></div></div>
</div>
<div class="reveal" id="loginModal" data-reveal data-animation-in="fade-in" data-animation-out="fade-out">
  <h4>Login to e-Invoice System</h4>
  ${loginForm(csrf, '')}
  ${CLOSE_X}
</div>`;
  return publicLayout('Home', csrf, body, true, CAPTCHA_JS);
}

function loginPage(csrf: string, notice: string, verdict: string): string {
  const body = `<div class="login-card">
  <h4>Login</h4>
  ${notice}
  ${loginForm(csrf, verdict)}
</div>`;
  return publicLayout('Login', csrf, body, false, CAPTCHA_JS);
}

function otpPage(csrf: string, verdict: string): string {
  const body = `<div class="login-card">
  <h4>OTP Verification</h4>
  <p>An OTP has been sent to your registered mobile number ${MOBILE}. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>
  ${verdict}
  <form method="post" action="/otp.php" data-abide novalidate id="frmOtp" autocomplete="off">
    <input type="hidden" name="csrf_token" value="${esc(csrf)}">
    <div class="callout alert" data-abide-error style="display: none;"><p>There are some errors in your form.</p></div>
    <label>Enter OTP <span class="req">*</span>
      <input type="text" name="otp" id="txtOtp" maxlength="6" inputmode="numeric" autocomplete="one-time-code" required pattern="^[0-9]{6}$">
      <span class="form-error">Please enter the 6 digit OTP.</span>
    </label>
    <button type="submit" class="button expanded" id="btnVerifyOTP">Verify OTP</button>
  </form>
  <p class="text-center"><small><a href="/otp.php?resend=1">Resend OTP</a> | <a href="/logout.php">Cancel</a></small></p>
</div>`;
  return publicLayout('OTP Verification', csrf, body, false);
}

function infoPage(csrf: string, topic: string): string {
  const title = topic.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) || 'Information';
  return publicLayout(
    title,
    csrf,
    `<h2 class="page-title">${esc(title)}</h2>${callout('primary', 'This page is being updated. Please check again later.', false)}`,
    false,
  );
}

function portalLayout(
  session: Session,
  gstin: string,
  title: string,
  current: string,
  body: string,
  script = '',
): string {
  return `${head(title, session.csrf)}
<body>
<div class="off-canvas-wrapper">
  <div class="off-canvas position-left reveal-for-large admin-nav" id="offCanvasLeft" data-off-canvas>
    <div class="sidebar-title">MAIN MENU</div>
    ${menuList(MENU, current, ' class="vertical menu accordion-menu" data-accordion-menu')}
  </div>
  <div class="off-canvas-content" data-off-canvas-content>
    <div class="title-bar hide-for-large"><button class="menu-icon" type="button" data-toggle="offCanvasLeft"></button> <span class="title-bar-title">&nbsp;e-Invoice System</span></div>
    ${siteHeader(gstin)}
    <div class="top-bar">
      <div class="top-bar-left">
        <ul class="dropdown menu" data-dropdown-menu>
          <li class="menu-text">e-Invoice System</li>
          <li><a href="/dashboard.php">Dash Board</a></li>
          <li><a href="#">Help</a>
            <ul class="menu vertical">
              <li><a href="/module.php?m=user_manual">User Manual</a></li>
              <li><a href="/module.php?m=api_docs">API Documentation</a></li>
              <li><a href="/module.php?m=grievance">Grievance</a></li>
            </ul>
          </li>
        </ul>
      </div>
      <div class="top-bar-right">
        <ul class="menu"><li><button class="button small" type="button" data-toggle="userPane">${esc(FOUNDATION_R13_LOGIN.username)} &#9662;</button></li></ul>
        <div class="dropdown-pane small" id="userPane" data-dropdown>
          <strong>M/s Zurb Foundation Traders</strong><br><small>${esc(gstin)}</small><hr>
          <a href="/module.php?m=profile">My Profile</a>
          <a href="/module.php?m=change_password">Change Password</a>
          <a href="/logout.php">Logout</a>
        </div>
      </div>
    </div>
    <div class="page-wrap">
${body}
    </div>
    ${FOOTER}
  </div>
</div>
<div class="reveal small" id="sessionExpiredModal" data-reveal data-close-on-click="false" data-close-on-esc="false">
  <h4>Session Expired</h4>
  <p>Your session has expired. Please log in again.</p>
  <a class="button" href="/login.php?msg=session_expired">Login again</a>
</div>
${SCRIPTS}
${script}
</body>
</html>`;
}

function breadcrumbs(trail: string[]): string {
  const items = trail.map((t, i) =>
    i === 0
      ? `<li><a href="/dashboard.php">${esc(t)}</a></li>`
      : `<li>${i === trail.length - 1 ? `<span class="show-for-sr">Current: </span>` : ''}${esc(t)}</li>`,
  );
  return `<nav aria-label="You are here:" role="navigation"><ul class="breadcrumbs">${items.join('')}</ul></nav>`;
}

function flashOf(session: Session): string {
  const flash = session.flash;
  session.flash = undefined;
  return flash ? callout(flash.type, esc(flash.text)) : '';
}

function dashboardPage(session: Session, gstin: string, apiUsers: number, showContact: boolean): string {
  const body = `<h2 class="page-title">Dash Board</h2>
${flashOf(session)}
<div class="callout warning" data-closable>
  <h5>Advisory</h5>
  <p>Taxpayers are advised to create a separate API user for each GSP they use and never to share the API password or the OTP received on the registered mobile number. API passwords are not stored in readable form and cannot be retrieved.</p>
  <button class="close-button" aria-label="Dismiss alert" type="button" data-close><span aria-hidden="true">&times;</span></button>
</div>
<div class="row expanded">
  <div class="columns medium-4"><div class="card stat-card"><div class="card-divider">Generations</div><div class="card-section">0<br><small>IRNs generated today</small></div></div></div>
  <div class="columns medium-4"><div class="card stat-card"><div class="card-divider">Cancelled</div><div class="card-section">0<br><small>IRNs cancelled today</small></div></div></div>
  <div class="columns medium-4"><div class="card stat-card"><div class="card-divider">API Users</div><div class="card-section">${apiUsers}<br><small>Active API users</small></div></div></div>
</div>
<div class="reveal" id="techContactModal" data-reveal data-close-on-click="false" data-close-on-esc="false" data-animation-in="fade-in" data-animation-out="fade-out">
  <h4>Contacts of Technical Person</h4>
  <p>The following technical contact is registered for GSTIN ${esc(gstin)}. Please keep it up to date under User Management.</p>
  <table class="unstriped">
    <tbody>
      <tr><th>Name</th><td>Suresh Kulkarni</td></tr>
      <tr><th>Mobile</th><td>XXXXXX7310</td></tr>
      <tr><th>E-mail</th><td>s.k*****@zurbtraders.in</td></tr>
    </tbody>
  </table>
  <button class="button alert" data-close type="button">Exit</button>
  ${CLOSE_X}
</div>`;
  const script = showContact
    ? `<script>setTimeout(function () { Foundation.open('techContactModal'); }, 1000);</script>`
    : '';
  return portalLayout(session, gstin, 'Dash Board', 'dashboard', body, script);
}

function findLeaf(items: MenuItem[], key: string, trail: string[] = []): string[] | undefined {
  for (const item of items) {
    if (item.key === key) return [...trail, item.label];
    const found = item.children && findLeaf(item.children, key, [...trail, item.label]);
    if (found) return found;
  }
  return undefined;
}

function modulePage(session: Session, gstin: string, key: string): string {
  const trail = findLeaf(MENU, key) ?? [key.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())];
  const title = trail[trail.length - 1] ?? 'Page';
  const body = `<h2 class="page-title">${esc(title)}</h2>
${breadcrumbs(['Home', ...trail])}
${callout('primary', 'No records found.', false)}`;
  return portalLayout(session, gstin, title, key, body);
}

function registeredTable(
  gstin: string,
  rows: { gsp: string; username: string; createdOn: string }[],
): string {
  const trs = rows
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td><span class="label success">Active</span></td></tr>`,
    )
    .join('');
  return `<div class="card"><div class="card-divider"><strong>GSPs registered for GSTIN ${esc(gstin)}</strong></div><div class="card-section">
<table><thead><tr><th>#</th><th>GSP Name</th><th>API Username</th><th>Registered On</th><th>Status</th></tr></thead><tbody>${trs}</tbody></table>
</div></div>`;
}

function gspDetails(id: string): string {
  const gsp = GSPS.find((g) => String(g.id) === id);
  if (!gsp) return '';
  return `<table class="unstriped">
<caption class="text-left"><strong>GSP Details</strong></caption>
<tbody>
<tr><th>GSP Name</th><td>${esc(gsp.name)}</td></tr>
<tr><th>GSP Id</th><td>${esc(gsp.code)}</td></tr>
<tr><th>Contact Person</th><td>${esc(gsp.contact)}</td></tr>
<tr><th>E-mail</th><td>${esc(gsp.email)}</td></tr>
<tr><th>Phone</th><td>${esc(gsp.phone)}</td></tr>
</tbody></table>`;
}

const CREATE_TRAIL = ['Home', 'API Registration', 'User Credentials', 'Create API User'];

function otpStepPage(session: Session, gstin: string): string {
  const body = `<h2 class="page-title">Create API User</h2>
${breadcrumbs(CREATE_TRAIL)}
<div id="msgArea">${flashOf(session)}</div>
<div class="card reg-card"><div class="card-divider"><strong>API Registration</strong></div><div class="card-section">
  <p>To create API credentials for GSTIN ${esc(gstin)}, an OTP will be sent to the mobile number registered with the e-Invoice System (${MOBILE}).</p>
  <button type="button" class="button" id="btnGenerateOtp">Generate OTP</button>
  <div id="otpBlock" style="display: none;">
    <form id="otpForm" data-abide novalidate autocomplete="off">
      <div class="otp-row">
        <label>Enter OTP <span class="req">*</span>
          <input type="text" name="otp" id="txtApiOtp" maxlength="6" inputmode="numeric" required pattern="^[0-9]{6}$">
          <span class="form-error">Please enter the 6 digit OTP.</span>
        </label>
        <button type="submit" class="button" id="btnVerifyOtp">Verify</button>
      </div>
    </form>
  </div>
</div></div>`;
  return portalLayout(
    session,
    gstin,
    'Create API User',
    'create_user',
    body,
    `<script>${CREATE_JS}</script>`,
  );
}

interface FormValues {
  mode: string;
  gspId: string;
  username: string;
}

function formStepPage(
  session: Session,
  gstin: string,
  values: FormValues,
  verdict: string,
  rows: { gsp: string; username: string; createdOn: string }[],
): string {
  const options = GSPS.map(
    (g) =>
      `<option value="${g.id}"${String(g.id) === values.gspId ? ' selected' : ''}>${esc(g.name)}</option>`,
  ).join('');
  const radio = (value: string, id: string, label: string, req = false) =>
    `<input type="radio" name="reg_mode" value="${value}" id="${id}"${req ? ' required' : ''}${values.mode === value ? ' checked' : ''}><label for="${id}">${label}</label>`;
  const body = `<h2 class="page-title">Create API User</h2>
${breadcrumbs(CREATE_TRAIL)}
<div id="msgArea">${flashOf(session)}${verdict}</div>
<div class="card reg-card"><div class="card-divider"><strong>API Registration</strong></div><div class="card-section">
<form id="apiUserForm" method="post" action="/apireg/create_user.php" data-abide novalidate autocomplete="off">
  <input type="hidden" name="csrf_token" value="${esc(session.csrf)}">
  <input type="hidden" name="action" value="create">
  <div class="callout alert" data-abide-error style="display: none;"><p>There are some errors in your form.</p></div>
  <fieldset class="fieldset">
    <legend>Do you wish to Register your GSTIN for <span class="req">*</span></legend>
    ${radio('DIRECT', 'modeDirect', 'Directly', true)}
    ${radio('GSP', 'modeGsp', 'Through GSP')}
    ${radio('ERP', 'modeErp', 'Through ERP')}
    ${radio('OTHER', 'modeOther', 'Through Client-Id of other')}
    <span class="form-error" data-form-error-for="modeDirect">Please select an option.</span>
  </fieldset>
  <div id="modeNotice"></div>
  <div id="gspSection" style="display: none;">
    <div class="row"><div class="columns medium-8">
      <label>Select your GSP <span class="req">*</span>
        <select name="gsp_id" id="ddlGsp" required><option value="">-- Select --</option>${options}</select>
        <span class="form-error">Please select your GSP.</span>
      </label>
    </div></div>
    <div id="gspDetails" class="gsp-details">${gspDetails(values.gspId)}</div>
    <div class="row"><div class="columns medium-6">
      <label for="txtApiUserName">Username <span class="req">*</span></label>
      <div class="input-group"><span class="input-group-label">API_</span><input class="input-group-field" type="text" name="api_username" id="txtApiUserName" maxlength="30" required pattern="api_username" value="${esc(values.username)}"></div>
      <p class="help-text">3 to 30 characters: letters, digits, '.', '_' or '-'.</p>
      <span class="form-error" data-form-error-for="txtApiUserName">Please enter a username of 3 to 30 letters, digits, '.', '_' or '-'.</span>
    </div></div>
    <div class="row"><div class="columns medium-6">
      <label>Password <span class="req">*</span>
        <input type="password" name="api_password" id="txtApiPassword" maxlength="20" required pattern="api_password" autocomplete="new-password">
        <span class="form-error">Password must be 8 to 20 characters with an upper-case letter, a lower-case letter, a digit and a special character.</span>
      </label>
    </div><div class="columns medium-6">
      <label>Re-enter Password <span class="req">*</span>
        <input type="password" name="api_password_confirm" id="txtApiPasswordConfirm" maxlength="20" required data-equalto="txtApiPassword" autocomplete="new-password">
        <span class="form-error">Passwords do not match.</span>
      </label>
    </div></div>
  </div>
  <button type="button" class="button" id="btnSubmit">Submit</button>
  <a class="button secondary" href="/dashboard.php">Exit</a>
</form>
<div class="loading-overlay" id="loadingOverlay"><div class="spinner"></div><span>Please wait...</span></div>
</div></div>
${registeredTable(gstin, rows)}
<div class="reveal small" id="confirmModal" data-reveal data-animation-in="fade-in" data-animation-out="fade-out">
  <h4>Confirm</h4>
  <p>Are you sure you want to create the API user <strong id="cfUser"></strong> for <strong id="cfGsp"></strong>?</p>
  <p><small>Note down the username and password: the password cannot be viewed again.</small></p>
  <button class="button secondary" data-close type="button">No</button>
  <button class="button success" type="button" id="btnConfirmYes">Yes, Submit</button>
  ${CLOSE_X}
</div>`;
  return portalLayout(
    session,
    gstin,
    'Create API User',
    'create_user',
    body,
    `<script>${CREATE_JS}</script>`,
  );
}

function createdPage(
  session: Session,
  gstin: string,
  username: string,
  gsp: string,
  rows: { gsp: string; username: string; createdOn: string }[],
): string {
  const body = `<h2 class="page-title">Create API User</h2>
${breadcrumbs(CREATE_TRAIL)}
<div id="msgArea">${callout('success', `API user <strong>${esc(username)}</strong> has been created successfully for ${esc(gsp)}.`)}</div>
${registeredTable(gstin, rows)}
<a class="button" href="/apireg/create_user.php">Create another API user</a>
<a class="button secondary" href="/dashboard.php">Back to Dash Board</a>`;
  return portalLayout(session, gstin, 'Create API User', 'create_user', body);
}

/** The Create API User page's script (inline in the page, as the site's developers wrote it). */
const CREATE_JS = String.raw`
(function () {
  'use strict';
  Foundation.Abide.defaults.patterns.api_username = /^[A-Za-z0-9._-]{3,30}$/;
  Foundation.Abide.defaults.patterns.api_password = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/;
  var msgArea = document.getElementById('msgArea');
  var btnGen = document.getElementById('btnGenerateOtp');
  if (btnGen) {
    var otpBlock = document.getElementById('otpBlock');
    var otpForm = document.getElementById('otpForm');
    var otpInput = document.getElementById('txtApiOtp');
    var btnVerify = document.getElementById('btnVerifyOtp');
    var countdown = null;
    var startCountdown = function () {
      var left = 30;
      btnGen.disabled = true;
      btnGen.textContent = 'Resend OTP (' + left + 's)';
      clearInterval(countdown);
      countdown = setInterval(function () {
        left -= 1;
        if (left <= 0) { clearInterval(countdown); btnGen.disabled = false; btnGen.textContent = 'Resend OTP'; }
        else { btnGen.textContent = 'Resend OTP (' + left + 's)'; }
      }, 1000);
    };
    btnGen.addEventListener('click', function () {
      var label = btnGen.textContent;
      btnGen.disabled = true;
      btnGen.textContent = 'Sending OTP...';
      App.ajax('POST', '/ajax/send_api_otp.php', { purpose: 'API_REG' }, function (xhr) {
        var r = App.json(xhr);
        if (r.status === 'success') {
          App.callout(msgArea, 'success', App.escape(r.message));
          otpBlock.style.display = 'block';
          otpInput.value = '';
          otpInput.focus();
          startCountdown();
        } else {
          App.callout(msgArea, 'alert', App.escape(r.message || 'Unable to send OTP. Please try again.'));
          btnGen.disabled = false;
          btnGen.textContent = label;
        }
      }, function () { btnGen.disabled = false; btnGen.textContent = label; });
    });
    otpForm.addEventListener('submit', function (e) {
      e.preventDefault();
      btnVerify.disabled = true;
      App.ajax('POST', '/ajax/verify_api_otp.php', { otp: otpInput.value }, function (xhr) {
        var r = App.json(xhr);
        btnVerify.disabled = false;
        if (r.status === 'success') { window.location.href = r.redirect || '/apireg/create_user.php'; return; }
        otpInput.value = '';
        App.toast('alert', r.message || 'Invalid OTP.');
      }, function () { btnVerify.disabled = false; });
    });
  }

  var form = document.getElementById('apiUserForm');
  if (!form) return;
  var NOTICES = {
    DIRECT: 'Direct API access is available only to taxpayers whose aggregate annual turnover exceeds the notified limit. Your GSTIN is not eligible; please register through your GSP.',
    ERP: 'Registration through ERP is not enabled for your GSTIN. Please contact the e-Invoice helpdesk.',
    OTHER: 'Registration through the Client-Id of another taxpayer is not enabled for your GSTIN.'
  };
  var section = document.getElementById('gspSection');
  var notice = document.getElementById('modeNotice');
  var btnSubmit = document.getElementById('btnSubmit');
  var select = document.getElementById('ddlGsp');
  var details = document.getElementById('gspDetails');
  var overlay = document.getElementById('loadingOverlay');
  var user = document.getElementById('txtApiUserName');
  var pw1 = document.getElementById('txtApiPassword');
  var pw2 = document.getElementById('txtApiPasswordConfirm');
  var applyMode = function () {
    var checked = form.querySelector('input[name="reg_mode"]:checked');
    var mode = checked ? checked.value : '';
    var gsp = mode === 'GSP';
    section.style.display = gsp ? 'block' : 'none';
    Array.prototype.forEach.call(section.querySelectorAll('input, select'), function (f) { f.disabled = !gsp; });
    notice.innerHTML = mode && !gsp ? '<div class="callout warning"><p>' + NOTICES[mode] + '</p></div>' : '';
    btnSubmit.disabled = !!mode && !gsp;
  };
  Array.prototype.forEach.call(form.querySelectorAll('input[name="reg_mode"]'), function (r) {
    r.addEventListener('change', applyMode);
  });
  applyMode();
  var resetPasswords = function () {
    [pw1, pw2].forEach(function (p) {
      p.value = '';
      if (form._zfAbide) form._zfAbide.mark(p, true);
    });
  };
  select.addEventListener('change', function () {
    resetPasswords();
    if (!select.value) { details.innerHTML = ''; return; }
    overlay.classList.add('is-visible');
    App.ajax('GET', '/ajax/gsp_details.php', { gsp_id: select.value }, function (xhr) {
      details.innerHTML = xhr.responseText;
      resetPasswords();
      overlay.classList.remove('is-visible');
    }, function () { overlay.classList.remove('is-visible'); });
  });
  btnSubmit.addEventListener('click', function () {
    if (!Foundation.validateForm(form)) return;
    document.getElementById('cfUser').textContent = 'API_' + user.value.trim().replace(/^api_/i, '');
    document.getElementById('cfGsp').textContent = select.options[select.selectedIndex].text;
    Foundation.open('confirmModal');
  });
  document.getElementById('btnConfirmYes').addEventListener('click', function () {
    this.disabled = true;
    this.textContent = 'Submitting...';
    form.submit();
  });
})();
`;

const SESSION_EXPIRED = 'Your session has expired. Please log in again.';
const USERNAME_RULE = /^[A-Za-z0-9._-]{3,30}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/;

function newSid(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(26)].map((b) => alphabet[b % 36]).join('');
}

function cookieSid(req: IncomingMessage): string | undefined {
  const cookie = req.headers.cookie ?? '';
  const match = /(?:^|;\s*)PHPSESSID=([a-z0-9]+)/.exec(cookie);
  return match?.[1];
}

function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFoundationR13Rendition(
  options: FoundationR13Options = {},
): Promise<FoundationR13Rendition> {
  const state: FoundationR13State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryDone = false;

  /** The session the request's cookie names, if it is alive. */
  function sessionOf(req: IncomingMessage): Session | undefined {
    const sid = cookieSid(req);
    return sid ? sessions.get(sid) : undefined;
  }

  /** The live session, or a new one (with its Set-Cookie) for the public pages. */
  function ensureSession(req: IncomingMessage, res: ServerResponse): Session {
    const found = sessionOf(req);
    if (found) return found;
    const session: Session = {
      id: newSid(),
      stage: 'anon',
      csrf: randomBytes(20).toString('hex'),
      techShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(session.id, session);
    res.setHeader('Set-Cookie', `PHPSESSID=${session.id}; path=/; HttpOnly`);
    return session;
  }

  /** expireOnce: the first request of the stage finds its session deleted. */
  function expireIfDue(stage: FoundationR13Expiry, req: IncomingMessage): void {
    if (options.expireOnce !== stage || expiryDone) return;
    expiryDone = true;
    state.expired.push(stage);
    const sid = cookieSid(req);
    if (sid) sessions.delete(sid);
  }

  function rows(): { gsp: string; username: string; createdOn: string }[] {
    return [
      ...EARLIER,
      ...state.users
        .filter((u) => u.gstin === state.gstin)
        .map(({ gsp, username, createdOn }) => ({ gsp, username, createdOn })),
    ];
  }

  function send(res: ServerResponse, status: number, type: string, body: string): void {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.end(body);
  }
  const html = (res: ServerResponse, body: string, status = 200) => {
    res.setHeader('Expires', 'Thu, 19 Nov 1981 08:52:00 GMT');
    res.setHeader('Cache-Control', 'no-store, no-cache, must-revalidate');
    res.setHeader('Pragma', 'no-cache');
    send(res, status, 'text/html; charset=UTF-8', body);
  };
  const json = (res: ServerResponse, status: number, body: unknown) =>
    send(res, status, 'application/json; charset=UTF-8', JSON.stringify(body));
  const redirect = (res: ServerResponse, location: string, status = 302) => {
    res.statusCode = status;
    res.setHeader('Location', location);
    res.end();
  };
  const expiredJson = (res: ServerResponse) =>
    json(res, 440, {
      status: 'session_expired',
      message: SESSION_EXPIRED,
      redirect: '/login.php?msg=session_expired',
    });

  /** A signed-in session, or the redirect a page GET/POST without one gets. */
  function signedIn(req: IncomingMessage, res: ServerResponse): Session | undefined {
    const session = sessionOf(req);
    if (session?.stage === 'in') return session;
    redirect(
      res,
      cookieSid(req) && !session ? '/login.php?msg=session_expired' : '/login.php?msg=login_required',
    );
    return undefined;
  }

  /** A signed-in session with the page's token, or the 440 / 403 an AJAX call without one gets. */
  function ajaxSession(req: IncomingMessage, res: ServerResponse): Session | undefined {
    const session = sessionOf(req);
    if (session?.stage !== 'in') {
      expiredJson(res);
      return undefined;
    }
    if (req.headers['x-csrf-token'] !== session.csrf) {
      json(res, 403, { status: 'error', message: 'Invalid request token. Please reload the page.' });
      return undefined;
    }
    return session;
  }

  const [foundationCss, appCss] = CSS.split('/* ---- app.css (einvoice) ---- */');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    res.setHeader('X-Powered-By', 'PHP/7.2.24-0ubuntu0.18.04.10');
    const method = req.method ?? 'GET';

    if (method === 'GET') {
      switch (path) {
        case '/css/foundation.min.css':
          return send(res, 200, 'text/css; charset=UTF-8', foundationCss ?? '');
        case '/css/app.css':
          return send(res, 200, 'text/css; charset=UTF-8', appCss ?? '');
        case '/js/foundation.min.js':
          return send(res, 200, 'application/javascript; charset=UTF-8', FOUNDATION_JS);
        case '/js/app.js':
          return send(res, 200, 'application/javascript; charset=UTF-8', APP_JS);
        case '/favicon.ico':
          res.statusCode = 204;
          res.end();
          return;
        case '/captcha.php': {
          ensureSession(req, res);
          res.setHeader('Cache-Control', 'no-store');
          return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
        }
        case '/':
        case '/index.php': {
          const session = ensureSession(req, res);
          if (session.stage === 'in') return redirect(res, '/dashboard.php');
          return html(res, homePage(session.csrf));
        }
        case '/login.php': {
          const session = ensureSession(req, res);
          if (session.stage === 'in') return redirect(res, '/dashboard.php');
          const msg = url.searchParams.get('msg');
          const notice =
            msg === 'session_expired'
              ? callout('warning', SESSION_EXPIRED)
              : msg === 'logout'
                ? callout('success', 'You have been logged out successfully.')
                : msg === 'login_required'
                  ? callout('primary', 'Please log in to continue.')
                  : '';
          return html(res, loginPage(session.csrf, notice, ''));
        }
        case '/info.php': {
          const session = ensureSession(req, res);
          return html(res, infoPage(session.csrf, url.searchParams.get('p') ?? ''));
        }
        case '/logout.php': {
          const sid = cookieSid(req);
          if (sid) sessions.delete(sid);
          res.setHeader('Set-Cookie', 'PHPSESSID=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; path=/');
          return redirect(res, '/login.php?msg=logout');
        }
        case '/otp.php': {
          const session = sessionOf(req);
          if (session?.stage !== 'otp') {
            return redirect(
              res,
              cookieSid(req) && !session ? '/login.php?msg=session_expired' : '/login.php',
            );
          }
          const verdict = url.searchParams.has('resend')
            ? callout('success', `A new OTP has been sent to your registered mobile number ${MOBILE}.`)
            : '';
          return html(res, otpPage(session.csrf, verdict));
        }
        case '/dashboard.php': {
          const session = signedIn(req, res);
          if (!session) return;
          const first = !session.techShown;
          session.techShown = true;
          return html(res, dashboardPage(session, state.gstin, rows().length, first));
        }
        case '/module.php': {
          const session = signedIn(req, res);
          if (!session) return;
          return html(
            res,
            modulePage(session, state.gstin, (url.searchParams.get('m') ?? '').replace(/[^a-z_]/g, '')),
          );
        }
        case '/apireg/create_user.php': {
          const session = signedIn(req, res);
          if (!session) return;
          if (!session.apiOtpVerified) return html(res, otpStepPage(session, state.gstin));
          return html(
            res,
            formStepPage(session, state.gstin, { mode: '', gspId: '', username: '' }, '', rows()),
          );
        }
        case '/ajax/gsp_details.php': {
          await sleep(600);
          if (!ajaxSession(req, res)) return;
          return send(res, 200, 'text/html; charset=UTF-8', gspDetails(url.searchParams.get('gsp_id') ?? ''));
        }
        default:
          return html(
            res,
            `<!doctype html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p><hr><address>Apache/2.4.29 (Ubuntu) Server</address></body></html>`,
            404,
          );
      }
    }

    if (method !== 'POST') {
      res.statusCode = 405;
      res.end();
      return;
    }
    const form = await readBody(req);
    switch (path) {
      case '/login.php': {
        const session = ensureSession(req, res);
        const again = (refusal: string, text: string) => {
          state.refusals.push(refusal);
          return html(res, loginPage(session.csrf, '', callout('alert', text)));
        };
        if ((form.get('captcha') ?? '').trim().toUpperCase() !== state.captcha.toUpperCase()) {
          return again('captcha', 'Invalid Captcha. Please enter the characters shown in the image.');
        }
        const username = (form.get('username') ?? '').trim();
        if (
          username.toLowerCase() !== FOUNDATION_R13_LOGIN.username.toLowerCase() ||
          form.get('password') !== FOUNDATION_R13_LOGIN.password
        ) {
          return again('login', 'Invalid Login Credentials. Please check your username and password.');
        }
        session.stage = 'otp';
        return redirect(res, '/otp.php');
      }
      case '/otp.php': {
        const session = sessionOf(req);
        if (session?.stage !== 'otp') return redirect(res, '/login.php?msg=session_expired');
        if ((form.get('otp') ?? '').trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          return html(
            res,
            otpPage(
              session.csrf,
              callout(
                'alert',
                'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
              ),
            ),
          );
        }
        session.stage = 'in';
        return redirect(res, '/dashboard.php');
      }
      case '/ajax/send_api_otp.php': {
        await sleep(400);
        expireIfDue('api-otp-send', req);
        const session = ajaxSession(req, res);
        if (!session) return;
        session.apiOtpSent = true;
        return json(res, 200, {
          status: 'success',
          message: `OTP has been sent to your registered mobile number ${MOBILE}. It is valid for 10 minutes.`,
        });
      }
      case '/ajax/verify_api_otp.php': {
        await sleep(300);
        expireIfDue('api-otp-verify', req);
        const session = ajaxSession(req, res);
        if (!session) return;
        if (!session.apiOtpSent)
          return json(res, 200, { status: 'error', message: 'Please click Generate OTP first.' });
        if ((form.get('otp') ?? '').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(res, 200, {
            status: 'error',
            message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
          });
        }
        session.apiOtpVerified = true;
        session.flash = {
          type: 'success',
          text: 'OTP verified successfully. Please fill in the details below.',
        };
        return json(res, 200, { status: 'success', redirect: '/apireg/create_user.php' });
      }
      case '/apireg/create_user.php':
        expireIfDue('submit', req);
        return createUser(req, res, form);
      default:
        res.statusCode = 404;
        res.end();
    }
  }

  /** POST /apireg/create_user.php: the form posted as a page. */
  function createUser(req: IncomingMessage, res: ServerResponse, form: URLSearchParams) {
    const session = sessionOf(req);
    if (session?.stage !== 'in' || form.get('csrf_token') !== session.csrf) {
      return redirect(res, '/login.php?msg=session_expired');
    }
    if (!session.apiOtpVerified) {
      session.flash = {
        type: 'alert',
        text: 'Please verify the OTP sent to your registered mobile number first.',
      };
      return redirect(res, '/apireg/create_user.php');
    }
    const mode = form.get('reg_mode') ?? '';
    const gspId = form.get('gsp_id') ?? '';
    const typed = (form.get('api_username') ?? '').trim().replace(/^api_/i, '');
    const password = form.get('api_password') ?? '';
    const values: FormValues = { mode, gspId, username: typed };
    const refuse = (text: string, refusal?: string) => {
      if (refusal) state.refusals.push(refusal);
      return html(res, formStepPage(session, state.gstin, values, callout('alert', text), rows()));
    };
    if (mode !== 'GSP') return refuse('Registration through this option is not enabled for your GSTIN.');
    const gsp = GSPS.find((g) => String(g.id) === gspId);
    if (!gsp) return refuse('Please select your GSP.');
    if (!USERNAME_RULE.test(typed))
      return refuse("Please enter a username of 3 to 30 letters, digits, '.', '_' or '-'.");
    if (!PASSWORD_RULE.test(password)) {
      return refuse(
        'Password must be 8 to 20 characters with an upper-case letter, a lower-case letter, a digit and a special character.',
      );
    }
    if (password !== form.get('api_password_confirm'))
      return refuse('Password and Re-enter Password do not match.');
    if (rows().some((r) => r.gsp === gsp.name)) {
      return refuse(`GSTIN ${esc(state.gstin)} is already registered with ${esc(gsp.name)}.`, 'duplicate');
    }
    const username = `API_${typed}`;
    const taken = [...RESERVED_USERNAMES, ...state.users.map((u) => u.username.toLowerCase())];
    if (taken.includes(username.toLowerCase())) {
      return refuse(
        `Username ${esc(username)} is already taken. Please choose another username.`,
        'username-taken',
      );
    }
    state.users.push({ gstin: state.gstin, gsp: gsp.name, username, password, createdOn: today() });
    session.apiOtpVerified = false;
    session.apiOtpSent = false;
    return html(res, createdPage(session, state.gstin, username, gsp.name, rows()));
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end('Internal Server Error');
      } else {
        res.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections?.();
      }),
  };
}
