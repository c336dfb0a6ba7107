/**
 * Rendition r23-jqwidgets: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a jQWidgets (jqx,
 * jQuery-based widget suite) enterprise app would draw it: a jqxMenu top bar, jqxInput /
 * jqxPasswordInput / jqxMaskedInput fields, jqxWindow popups with a separate modal layer,
 * jqxRadioButton, a filterable virtualised jqxDropDownList, jqxNotification verdicts,
 * jqxValidator hints, a jqxLoader during $.ajax calls and a jqxGrid list. Every line of
 * markup, style and script (a hand-written jQuery subset and jqx runtime) lives in this file.
 *
 * Choices made where the docs are silent:
 * - URLs: home `/`; login page `GET /Home/Login` (`?expired=1` adds the expiry message),
 *   `POST /Home/Login` (JSON); captcha picture `GET /get-captcha-image` (SVG with noise, the
 *   text never changes within a server, a refresh icon reloads it); 2FA page
 *   `GET /Home/LoginOtp`, `POST /Home/VerifyLoginOtp`, `POST /Home/ResendLoginOtp`; dashboard
 *   `GET /Home/MainMenu`; `POST /Home/UpdateTechContact`; `POST /Home/Logout`; Create API User
 *   `GET /APIRegistration/CreateAPIUser`, `POST /APIRegistration/SendOtp`,
 *   `POST /APIRegistration/VerifyOtp`, partial `GET /APIRegistration/_RegistrationForm` (HTML),
 *   `GET /APIRegistration/GetGspList`, `GET /APIRegistration/RegisteredGsps` (JSON),
 *   `POST /APIRegistration/Submit`; the other menu leaves open a placeholder page. Scripts and
 *   styles are served from `/lib/jquery/jquery.min.js`, `/lib/jqwidgets/jqx-all.js`,
 *   `/lib/jqwidgets/styles/jqx.base.css`, `jqx.office.css`, `/css/site.css`, `/js/site.js`.
 *   Every POST carries a JSON body (nothing typed goes into a URL; the login password is
 *   posted as typed, with no browser-side hashing) and a `RequestVerificationToken` header
 *   checked against the session. A modal jqxLoader ("Loading...") shows during every call.
 * - Home: header with the title "e-Invoice System" and a "Login" jqxButton
 *   (`input[type=button]#btnLogin.homepageloginbtn`) that goes to the login page.
 * - Login page "Login to e-Invoice System": plain-div labels in a table ("Username *",
 *   "Password *", "Enter Captcha *"), jqxInput `#txtUserName` (placeholder "Enter Username"),
 *   jqxPasswordInput `#txt_password` ("Enter Password", strength tooltip on the right, eye
 *   icon), captcha `img#captcha_image` with a refresh `img#imgRefreshCaptcha` ("Refresh
 *   Captcha"), jqxInput `#CaptchaCode` ("Enter Captcha"), jqxButton "Login". Enter submits.
 *   Wrong captcha: notification "Invalid Captcha. Please enter the characters shown in the
 *   image." and a validator hint "Invalid Captcha"; wrong user/password: "Invalid Login
 *   Credentials. Please check your Username and Password." and a hint "Invalid Login
 *   Credentials". The captcha is checked first; either failure reloads the picture and
 *   clears the captcha box (a login failure also clears the password). User names compare
 *   case-insensitively, passwords exactly.
 * - 2FA page "Two Factor Authentication": "Enter OTP *" as a jqxMaskedInput `#txtOtp`
 *   (mask `######`, shown `______`), jqxButtons "Verify OTP" (`#btnVerifyOTP`) and "Resend
 *   OTP", a "Back to Login" text link. Wrong OTP: "Invalid OTP. Please enter the valid OTP
 *   sent to your registered mobile number." plus hint "Invalid OTP".
 * - Dashboard: heading "Dash Board", cards "Generations" and "Cancelled". On the first
 *   dashboard view after each login a modal jqxWindow "Contacts of Technical Person" opens
 *   (name, mobile, e-mail fields, jqxButtons "Update" and "Exit" (danger template), the
 *   header's background-image close button); Esc, Exit and the close button shut it.
 * - Menu: a horizontal jqxMenu under the header: "Dash Board", "e-Invoice" (Generate IRN,
 *   Cancel IRN, Bulk Upload, Print e-Invoice), "MIS Reports" (IRN Details, Bulk Generation
 *   Report), "API Registration" (User Credentials > Create API User / Change API Password /
 *   Freeze API User, and IP Whitelisting), "User Management" (Create Sub-User, Update
 *   Sub-User). Submenus open on hover with a slide animation in `div.jqx-menu-popup`
 *   appended to body; leaves are `li` elements whose clicks the page script maps to URLs.
 * - Create API User: panel "API Registration"; opening the page sends the OTP by itself
 *   (`SendOtp`), the text becomes "An OTP has been sent to your registered mobile number
 *   XXXXXX3210. The OTP is valid for 10 minutes."; "Enter OTP *" jqxMaskedInput
 *   `#txtApiOtp`, jqxButtons "Verify OTP" and "Resend OTP". Wrong OTP: "Invalid OTP. Please
 *   enter the correct OTP sent to your registered mobile number." plus hint "Invalid OTP".
 *   A right OTP shows "OTP verified successfully." and loads the form partially.
 * - Form: "GSTIN", "Do you wish to Register your GSTIN for *" with jqxRadioButtons
 *   "Directly", "Through GSP", "Through ERP", "Through Client-Id of other" (none checked;
 *   only "Through GSP" shows the credential rows, the others show a note that the option is
 *   not enabled); "Select your GSP *" jqxDropDownList ('Please Choose:', filter box
 *   "Looking for", 27 GSP names, only the visible rows are rendered, hidden input
 *   `GspName`); "Username *" with a fixed "API_" box before a jqxInput (2 to 11 letters,
 *   digits or underscore); "Password *" and "Re-enter Password *" jqxPasswordInputs (8 to 15
 *   characters with upper, lower, digit and special); jqxButtons "Submit" and "Exit". Submit
 *   validates (jqxValidator hints), then a modal jqxWindow "Confirmation" asks "Do you want
 *   to create the API user API_x for GSTIN ... through GSP?" with "Yes" / "No".
 * - Verdicts (jqxNotification, top right, 4 s): success "API user API_x has been created
 *   successfully for GSP."; duplicate "GSTIN ... is already registered with the GSP ....
 *   Please select another GSP." (hint "This GSTIN is already registered with the selected
 *   GSP"); taken name "User name API_x is already taken. Please choose another user name."
 *   (hint "User name already exists"; taken are API_admin, API_test, API_user1, the seeded
 *   API_ufabtera and every name created while the server runs). Below the form a jqxGrid "GSPs registered for GSTIN
 *   ..." (Sl. No., GSP Name, API User Name, Created On, Status) lists the seeded TERA
 *   SOFTWARE LIMITED registration and every new one.
 * - Sessions: cookie `ASP.NET_SessionId` (HttpOnly), 20 minutes idle. A page GET without a
 *   logged-in session answers 302 to `/Home/Login?expired=1` ("Your session has expired.
 *   Please login again."); an AJAX call answers 401 JSON, and the global `ajaxError` handler
 *   shows that text as an error notification and goes to the same login URL after 2 s.
 * - expireOnce: the first `SendOtp` ('api-otp-send', also the automatic one), `VerifyOtp`
 *   ('api-otp-verify') or `Submit` ('submit') made with a live session deletes the session,
 *   records the stage in `state.expired` and answers like any lost session; once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type JqwidgetsR23Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface JqwidgetsR23Options {
  expireOnce?: JqwidgetsR23Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface JqwidgetsR23State {
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
export interface JqwidgetsR23Rendition {
  url: string;
  close(): Promise<void>;
  state: JqwidgetsR23State;
}
export const JQWIDGETS_R23_LOGIN: { username: string; password: string } = {
  username: 'unitedfab27',
  password: 'Nic@Einv2025',
};

const TRADE_NAME = 'UNITED FABRICATORS';
const MOBILE_MASKED = 'XXXXXX3210';
const SESSION_COOKIE = 'ASP.NET_SessionId';
const SESSION_IDLE_MS = 20 * 60 * 1000;
const EXPIRED_TEXT = 'Your session has expired. Please login again.';

const GSP_NAMES: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Computer Age Management Services Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'E-Connect Solutions Private Limited',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Mastek Limited',
  'Masters India Private Limited',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Spice Digital Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Velocis Systems Private Limited',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zucol Solutions Private Limited',
];

/** Names that already exist on the portal for other GSTINs (a taken name is refused). */
const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_user1', 'API_ufabtera'];

const svgUri = (svg: string): string => `data:image/svg+xml,${encodeURIComponent(svg)}`;
const SVG = "xmlns='http://www.w3.org/2000/svg'";
const ICON = {
  down: svgUri(
    `<svg ${SVG} width='16' height='16'><path d='M4.5 6.5l3.5 3.5 3.5-3.5' fill='none' stroke='#4d4d4d' stroke-width='1.5'/></svg>`,
  ),
  up: svgUri(
    `<svg ${SVG} width='16' height='16'><path d='M4.5 9.5l3.5-3.5 3.5 3.5' fill='none' stroke='#4d4d4d' stroke-width='1.5'/></svg>`,
  ),
  right: svgUri(
    `<svg ${SVG} width='16' height='16'><path d='M6.5 4.5l3.5 3.5-3.5 3.5' fill='none' stroke='#4d4d4d' stroke-width='1.5'/></svg>`,
  ),
  close: svgUri(
    `<svg ${SVG} width='16' height='16'><path d='M4.5 4.5l7 7M11.5 4.5l-7 7' stroke='#555' stroke-width='1.6'/></svg>`,
  ),
  closeWhite: svgUri(
    `<svg ${SVG} width='16' height='16'><path d='M4.5 4.5l7 7M11.5 4.5l-7 7' stroke='#fff' stroke-width='1.6'/></svg>`,
  ),
  success: svgUri(
    `<svg ${SVG} width='22' height='22'><circle cx='11' cy='11' r='9.5' fill='none' stroke='#fff' stroke-width='1.6'/><path d='M6.5 11.5l3 3 6-6.5' fill='none' stroke='#fff' stroke-width='2'/></svg>`,
  ),
  error: svgUri(
    `<svg ${SVG} width='22' height='22'><circle cx='11' cy='11' r='9.5' fill='none' stroke='#fff' stroke-width='1.6'/><path d='M7.5 7.5l7 7M14.5 7.5l-7 7' stroke='#fff' stroke-width='2'/></svg>`,
  ),
  info: svgUri(
    `<svg ${SVG} width='22' height='22'><circle cx='11' cy='11' r='9.5' fill='none' stroke='#fff' stroke-width='1.6'/><path d='M11 9.5v6' stroke='#fff' stroke-width='2'/><circle cx='11' cy='6.5' r='1.3' fill='#fff'/></svg>`,
  ),
  warning: svgUri(
    `<svg ${SVG} width='22' height='22'><path d='M11 2.5l9 16H2z' fill='none' stroke='#fff' stroke-width='1.6'/><path d='M11 8v5.5' stroke='#fff' stroke-width='2'/><circle cx='11' cy='16' r='1.2' fill='#fff'/></svg>`,
  ),
  eye: svgUri(
    `<svg ${SVG} width='16' height='16'><path d='M1.5 8s2.5-4.5 6.5-4.5S14.5 8 14.5 8s-2.5 4.5-6.5 4.5S1.5 8 1.5 8z' fill='none' stroke='#666' stroke-width='1.3'/><circle cx='8' cy='8' r='2' fill='#666'/></svg>`,
  ),
  refresh: svgUri(
    `<svg ${SVG} width='26' height='26'><path d='M20 8.5A8 8 0 1 0 21 14' fill='none' stroke='#1f5fa8' stroke-width='2.4'/><path d='M21.5 3.5v6h-6' fill='none' stroke='#1f5fa8' stroke-width='2.4'/></svg>`,
  ),
  emblem: svgUri(
    `<svg ${SVG} width='44' height='44'><circle cx='22' cy='22' r='20' fill='#fff' stroke='#f39c12' stroke-width='3'/><circle cx='22' cy='22' r='13' fill='none' stroke='#1b3f77' stroke-width='2'/><path d='M22 9v26M9 22h26M13 13l18 18M31 13L13 31' stroke='#1b3f77' stroke-width='1.2'/><circle cx='22' cy='22' r='3.5' fill='#1b3f77'/></svg>`,
  ),
};

const BASE_CSS = `/* jqx.base.css (subset written for this site) */
.jqx-widget{font-family:'Segoe UI',Verdana,Arial,sans-serif;font-size:13px;color:#222;}
.jqx-reset{margin:0;padding:0;}
.jqx-rc-all{border-radius:3px;}
.jqx-rc-t{border-top-left-radius:3px;border-top-right-radius:3px;}
.jqx-rc-b{border-bottom-left-radius:3px;border-bottom-right-radius:3px;}
.jqx-rc-l{border-top-left-radius:3px;border-bottom-left-radius:3px;}
.jqx-rc-r{border-top-right-radius:3px;border-bottom-right-radius:3px;}
.jqx-rc-full{border-radius:50%;}
.jqx-disableselect{user-select:none;-webkit-user-select:none;}
.jqx-popup{box-shadow:0 3px 9px rgba(0,0,0,.18);}
.jqx-widget-header{border:1px solid #ccc;background:#e8e8e8;}
.jqx-widget-content{border:1px solid #ccc;background:#fff;}
.jqx-fill-state-normal{border:1px solid #ccc;background:#fafafa;color:#222;}
.jqx-fill-state-hover{border-color:#999;background:#e8e8e8;}
.jqx-fill-state-pressed{border-color:#888;background:#d6d6d6;}
.jqx-fill-state-focus{border-color:#555;}
.jqx-fill-state-disabled{opacity:.55;cursor:default !important;}
.jqx-icon{width:16px;height:16px;background-repeat:no-repeat;background-position:center;}
.jqx-icon-arrow-down{background-image:url("${ICON.down}");background-repeat:no-repeat;background-position:center;}
.jqx-icon-arrow-up{background-image:url("${ICON.up}");background-repeat:no-repeat;background-position:center;}
.jqx-icon-arrow-right{background-image:url("${ICON.right}");background-repeat:no-repeat;background-position:center;}
.jqx-icon-close{background-image:url("${ICON.close}");background-repeat:no-repeat;background-position:center;cursor:pointer;}
.jqx-button{display:inline-block;box-sizing:border-box;padding:4px 12px;font:inherit;text-align:center;cursor:pointer;outline:none;vertical-align:middle;}
.jqx-input{box-sizing:border-box;padding:0 6px;font:inherit;outline:none;vertical-align:middle;}
.jqx-input::placeholder{color:#999;}
.jqx-masked-input{letter-spacing:3px;font-family:Consolas,'Courier New',monospace;font-size:15px;}
.jqx-password-icon{width:16px;height:16px;cursor:pointer;background:url("${ICON.eye}") center no-repeat;z-index:5;}
.jqx-menu{box-sizing:border-box;position:relative;}
.jqx-menu-ul{list-style:none;margin:0;padding:0;}
.jqx-menu-horizontal>.jqx-menu-ul{display:flex;height:100%;align-items:stretch;padding:0 4px;}
.jqx-menu-item-top{display:flex;align-items:center;padding:0 14px;margin:3px 1px;cursor:pointer;border:1px solid transparent;white-space:nowrap;user-select:none;}
.jqx-menu-item-arrow-down{display:inline-block;width:16px;height:16px;margin-left:4px;}
.jqx-menu-dropdown{padding:3px;min-width:190px;box-sizing:border-box;}
.jqx-menu-item{position:relative;padding:7px 30px 7px 12px;white-space:nowrap;cursor:pointer;border:1px solid transparent;user-select:none;}
.jqx-menu-item-arrow-right{position:absolute;right:6px;top:50%;margin-top:-8px;width:16px;height:16px;}
.jqx-window{outline:none;box-shadow:0 6px 22px rgba(0,0,0,.28);overflow:hidden;}
.jqx-window-header{position:relative;height:20px;padding:7px 10px;font-weight:600;border-width:0 0 1px 0;cursor:move;}
.jqx-window-close-button-background{top:9px;}
.jqx-window-close-button{cursor:pointer;}
.jqx-window-content{padding:14px;border:none;overflow:auto;}
.jqx-window-modal{background-color:#000;}
.jqx-radiobutton{outline:none;cursor:pointer;line-height:24px;user-select:none;}
.jqx-radiobutton-default{float:left;margin:5px 7px 0 0;border-radius:50%;}
.jqx-radiobutton-default>div{position:relative;}
.jqx-radiobutton-default span{display:block;position:relative;left:3.25px;top:3.25px;border-radius:50%;border:none;}
.jqx-radiobutton-check-checked{background:#2a6ebb !important;}
.jqx-dropdownlist-state-normal{box-sizing:border-box;cursor:pointer;outline:none;display:inline-block;vertical-align:middle;}
.jqx-dropdownlist-content{position:absolute;left:0;top:0;right:18px;bottom:0;padding:0 6px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;}
.jqx-listbox{box-sizing:border-box;}
.jqx-listitem-element{position:absolute;left:0;right:0;}
.jqx-listitem-state-normal{display:block;margin:1px 2px;padding:3px 6px;line-height:16px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;cursor:pointer;border:1px solid transparent;background:transparent;}
.jqx-listbox-filter{box-sizing:border-box;padding:3px 4px;}
.jqx-listbox-filter-input{width:100%;height:24px;}
.jqx-scrollbar{box-sizing:border-box;border-width:0 0 0 1px;}
.jqx-scrollbar-button-state-normal{box-sizing:border-box;cursor:pointer;}
.jqx-scrollbar-thumb-state-normal{box-sizing:border-box;cursor:default;}
.jqx-notification-container{position:fixed;z-index:99999;}
.jqx-notification{margin:0 0 6px 0;padding:6px 8px;min-width:280px;max-width:440px;box-sizing:border-box;}
.jqx-notification-table{border-collapse:collapse;width:100%;}
.jqx-notification-table td{padding:2px 4px;vertical-align:middle;}
.jqx-notification-icon{width:26px;height:26px;background-repeat:no-repeat;background-position:center;}
.jqx-notification-content{font-size:13px;line-height:18px;}
.jqx-notification-close-button-container{width:18px;}
.jqx-notification-close-button{width:16px;height:16px;cursor:pointer;background:url("${ICON.closeWhite}") center no-repeat;}
.jqx-notification-success{background:#5cb85c;border:1px solid #4cae4c;color:#fff;}
.jqx-notification-error{background:#d9534f;border:1px solid #d43f3a;color:#fff;}
.jqx-notification-info{background:#31b0d5;border:1px solid #269abc;color:#fff;}
.jqx-notification-warning{background:#f0ad4e;border:1px solid #eea236;color:#fff;}
.jqx-notification-icon-success{background-image:url("${ICON.success}");}
.jqx-notification-icon-error{background-image:url("${ICON.error}");}
.jqx-notification-icon-info{background-image:url("${ICON.info}");}
.jqx-notification-icon-warning{background-image:url("${ICON.warning}");}
.jqx-validator-hint{background:#e8422f;color:#fff;border:1px solid #c9321f;padding:4px 9px;font-size:12px;line-height:16px;white-space:nowrap;cursor:pointer;box-shadow:0 2px 6px rgba(0,0,0,.2);}
.jqx-validator-hint-arrow{position:absolute;left:-7px;top:50%;margin-top:-6px;width:0;height:0;border-top:6px solid transparent;border-bottom:6px solid transparent;border-right:7px solid #e8422f;}
.jqx-validator-error-element{border-color:#e8422f !important;}
.jqx-loader{box-sizing:border-box;text-align:center;}
.jqx-loader-icon{width:26px;height:26px;margin:9px auto 4px;border:3px solid #cfdff3;border-top-color:#2a6ebb;border-radius:50%;animation:jqx-loader-spin .8s linear infinite;}
.jqx-loader-text{font-size:12px;color:#444;}
.jqx-loader-modal{background:rgba(255,255,255,.15);}
@keyframes jqx-loader-spin{to{transform:rotate(360deg);}}
.jqx-tooltip{font-size:12px;}
.jqx-tooltip-main{padding:4px 9px;white-space:nowrap;}
.jqx-tooltip-arrow-left{position:absolute;left:-6px;top:50%;margin-top:-6px;width:0;height:0;border-top:6px solid transparent;border-bottom:6px solid transparent;border-right:6px solid #999;}
.jqx-password-input-tooshort{color:#d9534f;}.jqx-password-input-weak{color:#e67e22;}.jqx-password-input-fair{color:#c9a100;}.jqx-password-input-good{color:#5cb85c;}.jqx-password-input-strong{color:#2e8b57;font-weight:600;}
.jqx-grid{box-sizing:border-box;overflow:hidden;}
.jqx-grid-header{border-width:0 0 1px 0;}
.jqx-grid-column-header{box-sizing:border-box;border-width:0 1px 0 0;font-weight:600;}
.jqx-grid-cell{box-sizing:border-box;border-width:0 1px 1px 0;border-style:solid;border-color:#e2e2e2;padding:0 6px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;}
.jqx-grid-cell-alt{background:#f7f9fc;}
.jqx-grid-empty-cell{padding:10px;color:#777;}
`;

const OFFICE_CSS = `/* jqx.office.css (subset) */
.jqx-widget-office{font-family:'Segoe UI',Tahoma,Arial,sans-serif;}
.jqx-widget-header-office{background:#f3f3f3;border-color:#d4d4d4;color:#333;}
.jqx-widget-content-office{background:#fff;border-color:#d4d4d4;color:#333;}
.jqx-fill-state-normal-office{background:#fdfdfd;border-color:#c6c6c6;color:#333;}
.jqx-fill-state-hover-office{background:#d5e1f2;border-color:#a3bde3;color:#1c1c1c;}
.jqx-fill-state-pressed-office{background:#c2d5f2;border-color:#86a6d6;color:#1c1c1c;}
.jqx-fill-state-focus-office{border-color:#2a6ebb;}
.jqx-input-office{border-color:#c6c6c6;}
.jqx-button-office{min-height:28px;}
.jqx-primary{background:#2a6ebb !important;border-color:#215a9a !important;color:#fff !important;}
.jqx-primary.jqx-fill-state-hover{background:#215a9a !important;}
.jqx-danger{background:#d9534f !important;border-color:#c9302c !important;color:#fff !important;}
.jqx-danger.jqx-fill-state-hover{background:#c9302c !important;}
.jqx-menu-office{background:#f3f3f3;border-color:#d4d4d4;}
.jqx-menu-item-top-hover-office,.jqx-menu-item-hover-office{background:#d5e1f2;border-color:#a3bde3;}
.jqx-menu-item-top-selected-office,.jqx-menu-item-selected-office{background:#c2d5f2;border-color:#86a6d6;}
.jqx-menu-dropdown-office{background:#fff;border:1px solid #c6c6c6;}
.jqx-window-header-office{background:#2a6ebb;color:#fff;border-color:#215a9a;}
.jqx-window-close-button-office{background-image:url("${ICON.closeWhite}");}
.jqx-listitem-state-hover-office{background:#d5e1f2;border-color:#a3bde3;}
.jqx-listitem-state-selected-office{background:#c2d5f2;border-color:#86a6d6;}
.jqx-scrollbar-office{background:#f5f5f5;}
.jqx-scrollbar-thumb-state-normal-office{background:#d9d9d9;border:1px solid #c6c6c6;}
.jqx-scrollbar-button-state-normal-office{background:#f0f0f0;}
.jqx-tooltip-main-office{background:#fffdf0;border:1px solid #999;}
.jqx-grid-column-header-office{background:#eef2f8;}
`;

const SITE_CSS = `/* site.css */
html,body{margin:0;padding:0;background:#eef1f5;font-family:'Segoe UI',Tahoma,Arial,sans-serif;font-size:13px;color:#222;}
#header{display:flex;align-items:center;height:62px;padding:0 18px;background:#1b3f77;color:#fff;border:none;}
#header .logo{display:flex;align-items:center;gap:12px;}
#header .logo img{width:44px;height:44px;}
#header .site-title{font-size:21px;font-weight:600;letter-spacing:.3px;}
#header .site-sub{font-size:11px;opacity:.85;}
#header .header-right{margin-left:auto;display:flex;align-items:center;gap:14px;}
#header .user-info{font-size:12px;text-align:right;line-height:16px;}
#jqxMenu{border-radius:0;border-width:0 0 1px 0;}
#mainContainer{max-width:1160px;margin:18px auto 30px;padding:0 16px;}
#footer{text-align:center;font-size:11px;color:#666;padding:14px 0 24px;}
.page-panel{background:#fff;margin-bottom:16px;}
.panel-title{padding:9px 14px;font-size:15px;font-weight:600;border-width:0 0 1px 0;}
.panel-body{padding:16px 18px;}
.login-panel{width:560px;margin:30px auto;}
.form-table{border-collapse:separate;border-spacing:0 9px;}
.form-table td{vertical-align:middle;}
.form-table td.lbl{width:240px;padding-right:14px;color:#333;}
.req{color:#d9534f;}
.divError{color:#c9302c;background:#fbeaea;border:1px solid #efc7c7;padding:7px 10px;margin-bottom:8px;border-radius:3px;}
.info-text{background:#eef5fc;border:1px solid #cfe0f3;padding:8px 10px;border-radius:3px;margin-bottom:6px;color:#1f4a7a;}
.note-text{font-size:12px;color:#666;max-width:520px;}
.link-text{color:#1f5fa8;cursor:pointer;}
.link-text:hover{text-decoration:underline;}
.captcha-box{display:flex;align-items:center;gap:10px;}
.captcha-box #captcha_image{border:1px solid #ccc;border-radius:3px;}
.home-banner{padding:26px 28px;background:linear-gradient(90deg,#fff,#eef4fb);}
.home-banner h1{margin:0 0 8px;font-size:24px;color:#1b3f77;}
.home-grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:14px;margin-top:16px;}
.home-grid .card-body{padding:12px 14px;line-height:20px;}
.dash-grid{display:grid;grid-template-columns:1fr 1fr;gap:16px;}
.dash-card .count{font-size:30px;font-weight:600;color:#1b3f77;}
.page-heading{font-size:20px;font-weight:600;color:#1b3f77;margin:0 0 14px;}
.section-title{font-size:14px;font-weight:600;color:#1b3f77;margin:4px 0 8px;padding-bottom:4px;border-bottom:1px solid #e3e8ef;}
.radio-group .jqx-radiobutton{margin:0 0 2px 0;}
.prefix-box{display:flex;align-items:stretch;}
.api-prefix{display:flex;align-items:center;padding:0 8px;font-weight:600;border-right:none;height:28px;}
.static-value{font-weight:600;}
.win-text{margin-bottom:12px;line-height:19px;}
.win-buttons{text-align:right;margin-top:10px;}
.win-buttons .jqx-button{margin-left:6px;}
.btn-row .jqx-button{margin-right:8px;}
`;

/** A hand-written subset of the jQuery 3 API (selectors, classes, events, effects, $.ajax). */
const JQUERY_JS = String.raw`/*! jQuery subset for this site: selectors, DOM, events, effects and $.ajax with global handlers */
(function (window, document) {
  'use strict';
  var store = new WeakMap();
  function dataOf(el) { var d = store.get(el); if (!d) { d = { data: {}, events: [] }; store.set(el, d); } return d; }
  function uniq(a) { return a.filter(function (x, i) { return a.indexOf(x) === i; }); }
  function JQ(nodes) { var n = 0; for (var i = 0; i < nodes.length; i++) { if (nodes[i]) { this[n] = nodes[i]; n++; } } this.length = n; }
  function parseHtml(s) { var t = document.createElement('template'); t.innerHTML = s; return Array.prototype.slice.call(t.content.childNodes); }
  function $(sel, ctx) {
    if (sel instanceof JQ) return sel;
    if (typeof sel === 'function') {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { sel($); });
      else setTimeout(function () { sel($); }, 0);
      return new JQ([document]);
    }
    if (sel === null || sel === undefined || sel === '') return new JQ([]);
    if (typeof sel === 'string') {
      var s = sel.trim();
      if (s.charAt(0) === '<') return new JQ(parseHtml(s).filter(function (n) { return n.nodeType === 1; }));
      var root = ctx ? $(ctx)[0] : document;
      return new JQ(root ? root.querySelectorAll(s) : []);
    }
    if (sel.nodeType || sel === window) return new JQ([sel]);
    if (typeof sel.length === 'number') return new JQ(Array.prototype.slice.call(sel));
    return new JQ([sel]);
  }
  $.fn = JQ.prototype;
  function toNodes(x) {
    if (x instanceof JQ) return Array.prototype.slice.call(x);
    if (typeof x === 'string') return parseHtml(x);
    if (x && x.nodeType) return [x];
    return [];
  }
  function camel(k) { return k.replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); }); }
  function classList(c) { return String(c || '').split(/\s+/).filter(Boolean); }
  $.extend = function () {
    var args = Array.prototype.slice.call(arguments), deep = false;
    if (args[0] === true) { deep = true; args.shift(); }
    var target = args[0] || {};
    for (var i = 1; i < args.length; i++) {
      var src = args[i]; if (!src) continue;
      for (var k in src) {
        if (!Object.prototype.hasOwnProperty.call(src, k)) continue;
        var v = src[k];
        if (deep && v && typeof v === 'object' && !Array.isArray(v) && !v.nodeType && !(v instanceof JQ)) target[k] = $.extend(true, target[k] && typeof target[k] === 'object' ? target[k] : {}, v);
        else if (v !== undefined) target[k] = v;
      }
    }
    return target;
  };
  $.each = function (obj, fn) {
    if (Array.isArray(obj) || obj instanceof JQ) { for (var i = 0; i < obj.length; i++) { if (fn.call(obj[i], i, obj[i]) === false) break; } }
    else { for (var k in obj) { if (fn.call(obj[k], k, obj[k]) === false) break; } }
    return obj;
  };
  $.trim = function (s) { return String(s === null || s === undefined ? '' : s).trim(); };
  $.data = function (el, k, v) { var d = dataOf(el).data; if (v === undefined) return d[k]; d[k] = v; return v; };
  $._dataOf = dataOf;
  $.isFunction = function (f) { return typeof f === 'function'; };
  $.noop = function () {};

  $.extend($.fn, {
    each: function (fn) { for (var i = 0; i < this.length; i++) { if (fn.call(this[i], i, this[i]) === false) break; } return this; },
    get: function (i) { if (i === undefined) return Array.prototype.slice.call(this); return this[i < 0 ? this.length + i : i]; },
    eq: function (i) { return new JQ([this.get(i)]); },
    first: function () { return this.eq(0); },
    last: function () { return this.eq(-1); },
    find: function (s) { var out = []; this.each(function () { if (this.querySelectorAll) out = out.concat(Array.prototype.slice.call(this.querySelectorAll(s))); }); return new JQ(uniq(out)); },
    filter: function (s) { return new JQ(Array.prototype.filter.call(this, function (el, i) { return typeof s === 'function' ? s.call(el, i, el) : (el.matches && el.matches(s)); })); },
    is: function (s) {
      if (s === ':visible') return this.length > 0 && !!(this[0].offsetWidth || this[0].offsetHeight || this[0].getClientRects().length);
      if (s === ':hidden') return !this.is(':visible');
      return Array.prototype.some.call(this, function (el) { return el.matches && el.matches(s); });
    },
    closest: function (s) { var out = []; this.each(function () { var c = this.closest ? this.closest(s) : null; if (c) out.push(c); }); return new JQ(uniq(out)); },
    parent: function () { var out = []; this.each(function () { if (this.parentElement) out.push(this.parentElement); }); return new JQ(uniq(out)); },
    parents: function (s) { var out = []; this.each(function () { var p = this.parentElement; while (p) { if (!s || p.matches(s)) out.push(p); p = p.parentElement; } }); return new JQ(uniq(out)); },
    children: function (s) { var out = []; this.each(function () { Array.prototype.forEach.call(this.children, function (c) { if (!s || c.matches(s)) out.push(c); }); }); return new JQ(out); },
    addClass: function (c) { var l = classList(c); return this.each(function () { if (this.classList) { var el = this; l.forEach(function (x) { el.classList.add(x); }); } }); },
    removeClass: function (c) {
      if (c === undefined) return this.each(function () { this.className = ''; });
      var l = classList(c); return this.each(function () { if (this.classList) { var el = this; l.forEach(function (x) { el.classList.remove(x); }); } });
    },
    toggleClass: function (c, on) { var l = classList(c); return this.each(function () { var el = this; l.forEach(function (x) { if (on === undefined) el.classList.toggle(x); else if (on) el.classList.add(x); else el.classList.remove(x); }); }); },
    hasClass: function (c) { return Array.prototype.some.call(this, function (el) { return el.classList && el.classList.contains(c); }); },
    attr: function (k, v) {
      if (typeof k === 'object') { for (var n in k) this.attr(n, k[n]); return this; }
      if (v === undefined) { var a = this[0] && this[0].getAttribute ? this[0].getAttribute(k) : null; return a === null ? undefined : a; }
      return this.each(function () { if (v === null) this.removeAttribute(k); else this.setAttribute(k, String(v)); });
    },
    removeAttr: function (k) { return this.each(function () { this.removeAttribute(k); }); },
    prop: function (k, v) { if (v === undefined) return this[0] ? this[0][k] : undefined; return this.each(function () { this[k] = v; }); },
    val: function (v) { if (v === undefined) return this[0] ? this[0].value : undefined; return this.each(function () { this.value = v; }); },
    text: function (v) { if (v === undefined) return Array.prototype.map.call(this, function (el) { return el.textContent; }).join(''); return this.each(function () { this.textContent = v; }); },
    html: function (v) { if (v === undefined) return this[0] ? this[0].innerHTML : undefined; return this.each(function () { this.innerHTML = v; }); },
    css: function (k, v) {
      if (typeof k === 'object') { for (var n in k) this.css(n, k[n]); return this; }
      if (v === undefined) return this[0] ? getComputedStyle(this[0])[camel(k)] : undefined;
      if (typeof v === 'number' && !/^(opacity|zIndex|z-index|lineHeight|line-height|fontWeight|font-weight)$/.test(k)) v = v + 'px';
      return this.each(function () { this.style[camel(k)] = String(v); });
    },
    show: function () { return this.each(function () { this.style.display = this.__olddisplay || ''; if (getComputedStyle(this).display === 'none') this.style.display = 'block'; }); },
    hide: function () { return this.each(function () { var d = this.style.display; if (d && d !== 'none') this.__olddisplay = d; this.style.display = 'none'; }); },
    fadeIn: function (ms, cb) {
      ms = typeof ms === 'number' ? ms : 400;
      return this.each(function () {
        var el = this; el.style.transition = 'none'; el.style.opacity = '0'; $(el).show(); void el.offsetWidth;
        el.style.transition = 'opacity ' + ms + 'ms ease'; el.style.opacity = '1';
        clearTimeout(el.__fx); el.__fx = setTimeout(function () { el.style.transition = ''; if (cb) cb.call(el); }, ms);
      });
    },
    fadeOut: function (ms, cb) {
      ms = typeof ms === 'number' ? ms : 400;
      return this.each(function () {
        var el = this; el.style.transition = 'opacity ' + ms + 'ms ease'; void el.offsetWidth; el.style.opacity = '0';
        clearTimeout(el.__fx); el.__fx = setTimeout(function () { el.style.display = 'none'; el.style.transition = ''; el.style.opacity = ''; if (cb) cb.call(el); }, ms);
      });
    },
    append: function (x) { var el = this[0]; if (el) toNodes(x).forEach(function (n) { el.appendChild(n); }); return this; },
    prepend: function (x) { var el = this[0]; if (el) toNodes(x).reverse().forEach(function (n) { el.insertBefore(n, el.firstChild); }); return this; },
    appendTo: function (t) { $(t).append(this); return this; },
    after: function (x) { var el = this[0]; if (el && el.parentNode) { var ref = el.nextSibling; toNodes(x).forEach(function (n) { el.parentNode.insertBefore(n, ref); }); } return this; },
    before: function (x) { var el = this[0]; if (el && el.parentNode) toNodes(x).forEach(function (n) { el.parentNode.insertBefore(n, el); }); return this; },
    remove: function () { return this.each(function () { if (this.parentNode) this.parentNode.removeChild(this); }); },
    empty: function () { return this.each(function () { this.innerHTML = ''; }); },
    offset: function () { var el = this[0]; if (!el || !el.getBoundingClientRect) return { left: 0, top: 0 }; var r = el.getBoundingClientRect(); return { left: r.left + window.pageXOffset, top: r.top + window.pageYOffset }; },
    outerWidth: function () { var el = this[0]; if (!el) return 0; if (el === window) return window.innerWidth; return el.offsetWidth; },
    outerHeight: function () { var el = this[0]; if (!el) return 0; if (el === window) return window.innerHeight; return el.offsetHeight; },
    width: function (v) {
      if (v === undefined) { var el = this[0]; if (!el) return 0; if (el === window) return window.innerWidth; if (el === document) return Math.max(document.documentElement.scrollWidth, window.innerWidth); return el.clientWidth; }
      return this.css('width', typeof v === 'number' ? v + 'px' : v);
    },
    height: function (v) {
      if (v === undefined) { var el = this[0]; if (!el) return 0; if (el === window) return window.innerHeight; if (el === document) return Math.max(document.documentElement.scrollHeight, window.innerHeight); return el.clientHeight; }
      return this.css('height', typeof v === 'number' ? v + 'px' : v);
    },
    data: function (k, v) { if (!this[0]) return undefined; if (v === undefined) return dataOf(this[0]).data[k]; return this.each(function () { dataOf(this).data[k] = v; }); },
    focus: function (fn) { if (fn) return this.on('focus', fn); if (this[0] && this[0].focus) this[0].focus(); return this; },
    blur: function (fn) { if (fn) return this.on('blur', fn); if (this[0] && this[0].blur) this[0].blur(); return this; }
  });

  function parseTypes(types) { return String(types).split(/\s+/).filter(Boolean).map(function (t) { var p = t.split('.'); return { type: p[0], ns: p.slice(1).join('.') }; }); }
  $.fn.on = function (types, sel, fn) {
    if (typeof sel === 'function') { fn = sel; sel = null; }
    var list = parseTypes(types);
    return this.each(function () {
      var el = this, st = dataOf(el);
      list.forEach(function (t) {
        var wrapped = function (e) {
          if (e.args === undefined && typeof CustomEvent !== 'undefined' && e instanceof CustomEvent) e.args = e.detail;
          var target = el;
          if (sel) { var m = e.target && e.target.closest ? e.target.closest(sel) : null; if (!m || !el.contains(m)) return; target = m; }
          var r = fn.call(target, e);
          if (r === false) { e.preventDefault(); e.stopPropagation(); }
        };
        st.events.push({ type: t.type, ns: t.ns, fn: fn, wrapped: wrapped });
        el.addEventListener(t.type, wrapped);
      });
    });
  };
  $.fn.off = function (types) {
    var list = types ? parseTypes(types) : null;
    return this.each(function () {
      var el = this, st = dataOf(el);
      st.events = st.events.filter(function (h) {
        var hit = !list || list.some(function (t) { return (!t.type || t.type === h.type) && (!t.ns || t.ns === h.ns); });
        if (hit) el.removeEventListener(h.type, h.wrapped);
        return !hit;
      });
    });
  };
  $.fn.one = function (types, fn) { var me = this; var once = function (e) { me.off(types); return fn.call(this, e); }; return this.on(types, once); };
  $.fn.trigger = function (type, args) {
    return this.each(function () {
      if ((type === 'click' || type === 'focus' || type === 'blur') && typeof this[type] === 'function') { this[type](); return; }
      this.dispatchEvent(new CustomEvent(type, { bubbles: true, cancelable: true, detail: args }));
    });
  };
  $.fn.bind = $.fn.on; $.fn.unbind = $.fn.off;
  ['click', 'change', 'keyup', 'keydown', 'keypress', 'mouseenter', 'mouseleave', 'mousedown', 'mouseup', 'input'].forEach(function (n) {
    $.fn[n] = function (fn) { return fn ? this.on(n, fn) : this.trigger(n); };
  });

  // ---- $.ajax (XMLHttpRequest) with global ajaxStart / ajaxSend / ajaxError / ajaxComplete / ajaxStop ----
  var hooks = { ajaxStart: [], ajaxSend: [], ajaxError: [], ajaxSuccess: [], ajaxComplete: [], ajaxStop: [] };
  var active = 0;
  Object.keys(hooks).forEach(function (name) { $.fn[name] = function (fn) { hooks[name].push(fn); return this; }; });
  function fire(name, args) { hooks[name].forEach(function (fn) { try { fn.apply(document, args); } catch (e) { setTimeout(function () { throw e; }); } }); }
  $.ajaxSettings = { headers: {} };
  $.ajaxSetup = function (o) { $.extend(true, $.ajaxSettings, o); };
  $.ajax = function (url, opts) {
    var o = typeof url === 'string' ? $.extend({}, opts, { url: url }) : $.extend({}, url);
    var type = String(o.type || o.method || 'GET').toUpperCase();
    var xhr = new XMLHttpRequest();
    var jq = { readyState: 0, status: 0, statusText: '', responseText: '', responseJSON: undefined, getResponseHeader: function (h) { return xhr.getResponseHeader(h); }, abort: function () { xhr.abort(); } };
    var dones = [], fails = [], always = [];
    jq.done = function (f) { dones.push(f); return jq; }; jq.fail = function (f) { fails.push(f); return jq; }; jq.always = function (f) { always.push(f); return jq; };
    jq.then = function (a, b) { if (a) dones.push(a); if (b) fails.push(b); return jq; };
    var body = null;
    if (o.data !== undefined && o.data !== null) {
      if (type === 'GET') { o.url += (o.url.indexOf('?') < 0 ? '?' : '&') + (typeof o.data === 'string' ? o.data : Object.keys(o.data).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(o.data[k]); }).join('&')); }
      else body = typeof o.data === 'string' ? o.data : JSON.stringify(o.data);
    }
    xhr.open(type, o.url, true);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept', o.dataType === 'html' ? 'text/html, */*; q=0.01' : 'application/json, text/javascript, */*; q=0.01');
    if (body !== null) xhr.setRequestHeader('Content-Type', o.contentType || 'application/json; charset=utf-8');
    var headers = $.extend({}, $.ajaxSettings.headers, o.headers || {});
    Object.keys(headers).forEach(function (h) { xhr.setRequestHeader(h, headers[h]); });
    if (o.beforeSend && o.beforeSend(jq, o) === false) return jq;
    if (active === 0) fire('ajaxStart', []);
    active++;
    fire('ajaxSend', [{ type: 'ajaxSend' }, jq, o]);
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      jq.readyState = 4; jq.status = xhr.status; jq.statusText = xhr.statusText; jq.responseText = xhr.responseText;
      var ct = xhr.getResponseHeader('Content-Type') || '';
      if (ct.indexOf('json') >= 0) { try { jq.responseJSON = JSON.parse(xhr.responseText); } catch (e) { jq.responseJSON = undefined; } }
      var ok = (xhr.status >= 200 && xhr.status < 300) || xhr.status === 304, status = ok ? 'success' : 'error', data = xhr.responseText;
      if (ok && (o.dataType === 'json' || (!o.dataType && ct.indexOf('json') >= 0))) { try { data = JSON.parse(xhr.responseText); } catch (e) { ok = false; status = 'parsererror'; } }
      if (ok) {
        if (o.success) o.success(data, status, jq);
        dones.forEach(function (f) { f(data, status, jq); });
        fire('ajaxSuccess', [{ type: 'ajaxSuccess' }, jq, o, data]);
      } else {
        if (o.error) o.error(jq, status, xhr.statusText);
        fails.forEach(function (f) { f(jq, status, xhr.statusText); });
        fire('ajaxError', [{ type: 'ajaxError' }, jq, o, xhr.statusText]);
      }
      if (o.complete) o.complete(jq, status);
      always.forEach(function (f) { f(jq, status); });
      fire('ajaxComplete', [{ type: 'ajaxComplete' }, jq, o]);
      active--;
      if (active === 0) fire('ajaxStop', []);
    };
    xhr.send(body);
    return jq;
  };
  $.get = function (url, success) { return $.ajax({ url: url, type: 'GET', success: success }); };
  $.post = function (url, data, success) { return $.ajax({ url: url, type: 'POST', data: data, success: success }); };
  $.fn.jquery = '3.7.1';
  window.jQuery = window.$ = $;
})(window, document);
`;

/** A hand-written subset of jQWidgets: the widgets this site uses, with their DOM and behaviour. */
const JQX_JS = String.raw`/*! jqx-all subset: core, buttons, input, passwordinput, tooltip, maskedinput, menu, window, radiobutton, listbox/dropdownlist, scrollbar, notification, validator, loader, grid */
(function ($, window, document) {
  'use strict';
  var jqx = $.jqx = $.jqx || {};
  jqx.theme = 'office';
  var uid = 0;
  jqx.utilities = { createId: function () { uid++; return 'jqxWidget' + Math.random().toString(36).slice(2, 8) + uid; } };
  function px(v) { return typeof v === 'number' ? v + 'px' : v; }
  function tp(theme, names) { return String(names).split(' ').filter(Boolean).map(function (n) { return theme ? n + ' ' + n + '-' + theme : n; }).join(' '); }
  function esc(s) { return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  jqx.jqxWidget = function (name, proto) {
    proto.tp = function (names) { return tp(this.options.theme, names); };
    proto.raise = function (evt, args) { this.host.trigger(evt, args === undefined ? {} : args); };
    $.fn[name] = function (arg) {
      var rest = Array.prototype.slice.call(arguments, 1), result;
      this.each(function () {
        var d = $._dataOf(this).data, inst = d[name];
        if (typeof arg === 'string') {
          if (!inst) return;
          if (typeof inst[arg] === 'function' && arg.charAt(0) !== '_') result = inst[arg].apply(inst, rest);
          else if (rest.length) { inst.options[arg] = rest[0]; if (inst.setOption) inst.setOption(arg, rest[0]); }
          else result = inst.options[arg];
          return;
        }
        if (inst) { for (var k in arg) { inst.options[k] = arg[k]; if (inst.setOption) inst.setOption(k, arg[k]); } return; }
        inst = Object.create(proto);
        inst.element = this; inst.host = $(this);
        inst.options = $.extend({ theme: jqx.theme }, proto.defaults, arg || {});
        d[name] = inst;
        inst.create();
      });
      return result === undefined ? this : result;
    };
  };
  function sizeHost(inst) { var o = inst.options; if (o.width !== null && o.width !== undefined) inst.host.css('width', px(o.width)); if (o.height !== null && o.height !== undefined && o.height !== 'auto') inst.host.css('height', px(o.height)); }
  function pagePos(el, anchor) {
    // coordinates of the anchor's box relative to the containing block of the absolutely positioned el
    var op = el.offsetParent, r = anchor.getBoundingClientRect();
    if (!op || op === document.body && getComputedStyle(document.body).position === 'static') return { left: r.left + window.pageXOffset, top: r.top + window.pageYOffset, width: r.width, height: r.height };
    var pr = op.getBoundingClientRect();
    return { left: r.left - pr.left - op.clientLeft + op.scrollLeft, top: r.top - pr.top - op.clientTop + op.scrollTop, width: r.width, height: r.height };
  }

  // ---------------- jqxButton ----------------
  jqx.jqxWidget('jqxButton', {
    defaults: { width: null, height: null, disabled: false, template: 'default', value: null },
    create: function () {
      var me = this, o = me.options;
      me.host.addClass(me.tp('jqx-rc-all jqx-button jqx-widget jqx-fill-state-normal'));
      if (o.template && o.template !== 'default') me.host.addClass('jqx-' + o.template);
      me.host.attr({ role: 'button', 'aria-disabled': 'false' });
      sizeHost(me);
      if (o.value !== null) me.element.value = o.value;
      me.host.on('mouseenter', function () { if (!me.options.disabled) me.host.addClass(me.tp('jqx-fill-state-hover')); });
      me.host.on('mouseleave', function () { me.host.removeClass(me.tp('jqx-fill-state-hover jqx-fill-state-pressed')); });
      me.host.on('mousedown', function () { if (!me.options.disabled) me.host.addClass(me.tp('jqx-fill-state-pressed')); });
      me.host.on('mouseup', function () { me.host.removeClass(me.tp('jqx-fill-state-pressed')); });
      me.host.on('focus', function () { me.host.addClass(me.tp('jqx-fill-state-focus')); });
      me.host.on('blur', function () { me.host.removeClass(me.tp('jqx-fill-state-focus jqx-fill-state-pressed')); });
      if (o.disabled) me.setOption('disabled', true);
    },
    setOption: function (k, v) {
      if (k === 'disabled') { this.element.disabled = !!v; this.host.toggleClass(this.tp('jqx-fill-state-disabled'), !!v); this.host.attr('aria-disabled', String(!!v)); }
      if (k === 'value') this.element.value = v;
      if (k === 'width' || k === 'height') sizeHost(this);
    },
    val: function (v) { if (v === undefined) return this.element.value; this.element.value = v; }
  });

  // ---------------- jqxInput ----------------
  jqx.jqxWidget('jqxInput', {
    defaults: { width: null, height: null, placeHolder: '', disabled: false, maxLength: null },
    create: function () {
      var me = this, o = me.options;
      me.host.addClass(me.tp('jqx-widget jqx-widget-content jqx-input jqx-rc-all'));
      me.host.attr({ role: 'textbox', 'aria-autocomplete': 'both', 'aria-disabled': 'false', 'aria-readonly': 'false', 'aria-multiline': 'false', autocomplete: 'off' });
      if (o.placeHolder) me.host.attr('placeholder', o.placeHolder);
      if (o.maxLength) me.host.attr('maxlength', o.maxLength);
      sizeHost(me);
      me.host.on('focus', function () { me.host.addClass(me.tp('jqx-fill-state-focus')); });
      me.host.on('blur', function () { me.host.removeClass(me.tp('jqx-fill-state-focus')); });
    },
    val: function (v) { if (v === undefined) return this.element.value; this.element.value = v; },
    focus: function () { this.element.focus(); }
  });

  // ---------------- jqxPasswordInput (with its jqxTooltip strength indicator) ----------------
  var STRENGTH = { tooshort: 'Too short', weak: 'Weak', fair: 'Fair', good: 'Good', strong: 'Strong' };
  function strengthOf(v) {
    if (v.length < 8) return 'tooshort';
    var kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter(function (re) { return re.test(v); }).length;
    if (kinds <= 1) return 'weak';
    if (kinds === 2) return 'fair';
    if (kinds === 3) return 'good';
    return v.length >= 10 ? 'strong' : 'good';
  }
  jqx.jqxWidget('jqxPasswordInput', {
    defaults: { width: null, height: null, placeHolder: '', showStrength: true, showStrengthPosition: 'right', showPasswordIcon: true, maxLength: null, localization: { passwordStrengthString: 'Password strength' } },
    create: function () {
      var me = this, o = me.options, el = me.element;
      el.setAttribute('type', 'password');
      me.host.addClass(me.tp('jqx-widget jqx-widget-content jqx-input jqx-password-input jqx-rc-all'));
      me.host.attr({ role: 'textbox', 'aria-disabled': 'false', 'aria-readonly': 'false', 'aria-multiline': 'false', autocomplete: 'off' });
      if (o.placeHolder) me.host.attr('placeholder', o.placeHolder);
      if (o.maxLength) me.host.attr('maxlength', o.maxLength);
      sizeHost(me);
      if (o.showPasswordIcon) {
        me.icon = $('<span tabindex="-1" hasfocus="false" class="' + me.tp('jqx-password-icon') + '" style="position: absolute; display: none;"></span>');
        me.host.after(me.icon);
        me.icon.on('mousedown', function (e) { e.preventDefault(); el.setAttribute('type', el.getAttribute('type') === 'password' ? 'text' : 'password'); });
      }
      if (o.showStrength) {
        me.tooltip = $('<div class="' + me.tp('jqx-tooltip jqx-popup jqx-rc-all jqx-widget') + '" style="position: absolute; z-index: 99995; display: none;"><div class="' + me.tp('jqx-tooltip-main jqx-fill-state-normal jqx-rc-all') + '"><div class="' + me.tp('jqx-tooltip-text') + '"></div></div><div class="' + me.tp('jqx-tooltip-arrow jqx-tooltip-arrow-left') + '"></div></div>');
        me.tooltip.appendTo(document.body);
      }
      me.host.on('focus', function () { me.focused = true; me.host.addClass(me.tp('jqx-fill-state-focus')); me._update(); });
      me.host.on('blur', function () { me.focused = false; me.host.removeClass(me.tp('jqx-fill-state-focus')); if (el.getAttribute('type') === 'text') el.setAttribute('type', 'password'); me._update(); });
      me.host.on('input keyup', function () { me._update(); });
    },
    _update: function () {
      var me = this, el = me.element, v = el.value, show = me.focused && v.length > 0;
      if (me.icon) {
        me.icon.css('display', show ? 'block' : 'none');
        if (show) { var p = pagePos(me.icon[0], el); me.icon.css({ left: (p.left + p.width - 22) + 'px', top: (p.top + (p.height - 16) / 2) + 'px' }); }
      }
      if (me.tooltip) {
        if (!show) { me.tooltip.css('display', 'none'); return; }
        var key = strengthOf(v);
        me.tooltip.find('.jqx-tooltip-text').html(esc(me.options.localization.passwordStrengthString) + ': <span class="jqx-password-input-' + key + '">' + STRENGTH[key] + '</span>');
        me.tooltip.css('display', 'block');
        var off = me.host.offset();
        me.tooltip.css({ left: (off.left + me.host.outerWidth() + 10) + 'px', top: (off.top + (me.host.outerHeight() - me.tooltip.outerHeight()) / 2) + 'px' });
      }
    },
    val: function (v) { if (v === undefined) return this.element.value; this.element.value = v; this._update(); }
  });

  // ---------------- jqxMaskedInput ----------------
  jqx.jqxWidget('jqxMaskedInput', {
    defaults: { mask: '#####', promptChar: '_', width: null, height: null, textAlign: 'left', disabled: false },
    create: function () {
      var me = this, el = me.element;
      me.host.addClass(me.tp('jqx-input jqx-masked-input jqx-widget jqx-widget-content jqx-rc-all'));
      me.host.attr({ role: 'textbox', 'aria-multiline': 'false', 'aria-readonly': 'false', 'aria-disabled': 'false', autocomplete: 'off', autocorrect: 'off', autocapitalize: 'off', spellcheck: 'false' });
      sizeHost(me);
      me._build();
      me._render(null);
      me.host.on('focus', function () { me.host.addClass(me.tp('jqx-fill-state-focus')); me._jump(); setTimeout(function () { me._jump(); }, 0); });
      me.host.on('blur', function () { me.host.removeClass(me.tp('jqx-fill-state-focus')); });
      me.host.on('mouseup', function () { setTimeout(function () { if (el.selectionStart === el.selectionEnd) me._jump(); }, 0); });
      el.addEventListener('keydown', function (e) {
        if (e.ctrlKey || e.metaKey || e.altKey || me.options.disabled) return;
        var s = el.selectionStart, t = el.selectionEnd, f = me._firstEmpty();
        // the caret never rests after the first prompt position: it jumps back there
        if (s === t && s > f) { s = f; t = f; el.setSelectionRange(f, f); }
        if (e.key === 'Backspace') {
          e.preventDefault();
          if (t > s) { me._clear(s, t); me._render(s); }
          else { var p = me._prev(s - 1); if (p >= 0) { me.slots[p].ch = null; me._render(p); } }
          me._changed(); return;
        }
        if (e.key === 'Delete') {
          e.preventDefault();
          if (t > s) me._clear(s, t); else { var q = me._next(s); if (q >= 0) me.slots[q].ch = null; }
          me._render(s); me._changed(); return;
        }
        if (e.key && e.key.length === 1) { e.preventDefault(); me._insert(e.key, s, t); }
      });
      el.addEventListener('paste', function (e) {
        e.preventDefault();
        var txt = (e.clipboardData || window.clipboardData).getData('text') || '';
        me._insert(txt, el.selectionStart, el.selectionEnd);
      });
      el.addEventListener('input', function () {
        // input that bypassed the key handlers (IME, autofill, insertText): re-apply the mask
        var raw = el.value, chars = [];
        for (var i = 0; i < raw.length; i++) { var c = raw.charAt(i); if (c !== me.options.promptChar) chars.push(c); }
        me.slots.forEach(function (sl) { if (!sl.literal) sl.ch = null; });
        var pos = 0;
        chars.forEach(function (c) { var q = me._next(pos); if (q < 0) return; if (me.slots[q].re.test(c)) { me.slots[q].ch = c; pos = q + 1; } });
        var nx = me._next(pos); me._render(nx < 0 ? me.slots.length : nx); me._changed();
      });
    },
    _build: function () {
      var m = this.options.mask; this.slots = [];
      for (var i = 0; i < m.length; i++) {
        var c = m.charAt(i);
        if (c === '#' || c === '9' || c === '0') this.slots.push({ re: /[0-9]/, ch: null });
        else if (c === 'L') this.slots.push({ re: /[A-Za-z]/, ch: null });
        else if (c === 'A' || c === 'a') this.slots.push({ re: /[A-Za-z0-9]/, ch: null });
        else this.slots.push({ literal: c });
      }
    },
    _text: function () { var p = this.options.promptChar; return this.slots.map(function (s) { return s.literal || (s.ch === null ? p : s.ch); }).join(''); },
    _next: function (pos) { for (var i = Math.max(0, pos); i < this.slots.length; i++) if (!this.slots[i].literal) return i; return -1; },
    _prev: function (pos) { for (var i = Math.min(pos, this.slots.length - 1); i >= 0; i--) if (!this.slots[i].literal) return i; return -1; },
    _clear: function (s, t) { for (var i = s; i < t && i < this.slots.length; i++) if (!this.slots[i].literal) this.slots[i].ch = null; },
    _firstEmpty: function () { for (var i = 0; i < this.slots.length; i++) if (!this.slots[i].literal && this.slots[i].ch === null) return i; return this.slots.length; },
    _jump: function () { var el = this.element; if (document.activeElement !== el) return; var f = this._firstEmpty(); if (el.selectionStart > f || el.selectionStart === el.selectionEnd && el.selectionStart !== f) el.setSelectionRange(f, f); },
    _render: function (caret) { var el = this.element; el.value = this._text(); if (caret !== null && document.activeElement === el) el.setSelectionRange(caret, caret); },
    _insert: function (chars, s, t) {
      var me = this;
      if (t > s) me._clear(s, t);
      var pos = s;
      for (var i = 0; i < chars.length; i++) { var q = me._next(pos); if (q < 0) break; if (!me.slots[q].re.test(chars.charAt(i))) continue; me.slots[q].ch = chars.charAt(i); pos = q + 1; }
      var nx = me._next(pos); me._render(nx < 0 ? me.slots.length : nx); me._changed();
    },
    _changed: function () { this.raise('valueChanged', { value: this.element.value }); },
    val: function (v) { if (v === undefined) return this.element.value; this.clear(); this._insert(String(v), 0, 0); },
    inputValue: function () { return this.slots.filter(function (s) { return !s.literal && s.ch !== null; }).map(function (s) { return s.ch; }).join(''); },
    clear: function () { this.slots.forEach(function (s) { if (!s.literal) s.ch = null; }); this._render(0); }
  });

  // ---------------- jqxMenu ----------------
  jqx.jqxWidget('jqxMenu', {
    defaults: { width: null, height: 34, mode: 'horizontal', autoOpen: true, animationShowDuration: 300, animationHideDuration: 200, animationShowDelay: 10, animationHideDelay: 100, popupZIndex: 17000 },
    create: function () {
      var me = this, o = me.options, root = me.element;
      me.host.addClass(me.tp('jqx-widget jqx-menu jqx-menu-horizontal jqx-widget-header jqx-rc-all'));
      sizeHost(me);
      me.host.children('ul').addClass(me.tp('jqx-menu-ul'));
      me.items = [];
      me.host.find('li').get().forEach(function (li) {
        var pli = li.parentElement.closest('li'), item = { li: li, level: 0, sub: null, popup: null, parent: null, open: false };
        if (pli && root.contains(pli)) { item.parent = $._dataOf(pli).data.menuItem; item.level = item.parent.level + 1; }
        $._dataOf(li).data.menuItem = item;
        me.items.push(item);
      });
      me.items.forEach(function (it) {
        var $li = $(it.li);
        if (!it.li.id) it.li.id = 'menuItem' + jqx.utilities.createId();
        $li.addClass(me.tp(it.level === 0 ? 'jqx-item jqx-menu-item-top jqx-rc-all' : 'jqx-item jqx-menu-item jqx-rc-all'));
        var sub = $li.children('ul')[0];
        if (!sub) return;
        it.sub = sub;
        if (!sub.id) sub.id = jqx.utilities.createId();
        $li.attr({ 'aria-haspopup': 'true', 'aria-owns': sub.id });
        $(sub).addClass(me.tp('jqx-widget-content jqx-menu-dropdown jqx-popup jqx-menu-ul jqx-rc-b jqx-rc-r')).attr('role', 'menu');
        $(sub).before('<span class="' + me.tp(it.level === 0 ? 'jqx-menu-item-arrow-down jqx-icon-arrow-down' : 'jqx-menu-item-arrow-right jqx-icon-arrow-right') + '"></span>');
      });
      me.items.forEach(function (it) {
        if (!it.sub) return;
        var pop = $('<div class="' + me.tp('jqx-menu-popup') + '" style="border: none; background-color: transparent; z-index: ' + o.popupZIndex + '; padding: 0px; margin: 0px; position: absolute; top: 0; left: 0; display: block; visibility: hidden;"><div style="background-color: transparent; border: none; position: absolute; overflow: hidden; left: 0; top: 0; right: 0; width: 100%; height: 100%;"></div></div>');
        pop.children().append(it.sub);
        pop.appendTo(document.body);
        it.popup = pop[0];
        $(it.sub).css({ position: 'absolute', left: '0px', top: '0px', display: 'block', margin: '0px', overflow: 'hidden' });
      });
      document.addEventListener('mouseover', function (e) { me._hover = e.target; }, true);
      me.items.forEach(function (it) {
        var $li = $(it.li), hoverCls = it.level === 0 ? 'jqx-fill-state-hover jqx-menu-item-top-hover' : 'jqx-fill-state-hover jqx-menu-item-hover';
        $li.on('mouseenter', function () {
          $li.addClass(me.tp(hoverCls));
          me.items.forEach(function (x) { if (x !== it && x.open && x.parent === it.parent) me._close(x); });
          if (it.sub && me.options.autoOpen) { clearTimeout(it.showTimer); it.showTimer = setTimeout(function () { me._open(it); }, me.options.animationShowDelay); }
        });
        $li.on('mouseleave', function () { $li.removeClass(me.tp(hoverCls)); clearTimeout(it.showTimer); me._scheduleCheck(); });
        $li.on('click', function (e) {
          if (e.target.closest('li') !== it.li) return;
          if (it.sub) { me._open(it); return; }
          me.raise('itemclick', it.li);
          me.closeAll();
        });
        if (it.popup) $(it.popup).on('mouseleave', function () { me._scheduleCheck(); });
      });
      $(document).on('mousedown', function (e) { if (!me._inside(e.target)) me.closeAll(); });
      $(window).on('resize', function () { me.closeAll(true); });
    },
    _inside: function (node) { if (this.element.contains(node)) return true; return this.items.some(function (it) { return it.popup && it.popup.contains(node); }); },
    _scheduleCheck: function () { var me = this; clearTimeout(me._checkTimer); me._checkTimer = setTimeout(function () { me._check(); }, me.options.animationHideDelay + 150); },
    _keeps: function (it, node) {
      var me = this; if (!node) return false;
      if (it.li.contains(node) || (it.popup && it.popup.contains(node))) return true;
      return me.items.some(function (c) { return c.parent === it && c.open && me._keeps(c, node); });
    },
    _check: function () { var me = this, node = me._hover; me.items.slice().reverse().forEach(function (it) { if (it.open && !me._keeps(it, node)) me._close(it); }); },
    _open: function (it) {
      var me = this, o = me.options; if (!it.sub || it.open) return;
      if (it.parent && !it.parent.open) return;
      me.items.forEach(function (x) { if (x !== it && x.open && x.parent === it.parent) me._close(x, true); });
      it.open = true; clearTimeout(it.closeAnim);
      var $li = $(it.li), off = $li.offset(), sub = it.sub, pop = it.popup;
      sub.style.transition = 'none';
      var w = sub.offsetWidth, h = sub.offsetHeight;
      pop.style.width = w + 'px'; pop.style.height = h + 'px';
      if (it.level === 0) { pop.style.left = off.left + 'px'; pop.style.top = (off.top + $li.outerHeight() + 1) + 'px'; sub.style.left = '0px'; sub.style.top = -h + 'px'; }
      else { pop.style.left = (off.left + $li.outerWidth() + 2) + 'px'; pop.style.top = (off.top - 4) + 'px'; sub.style.top = '0px'; sub.style.left = -w + 'px'; }
      pop.style.visibility = 'visible';
      void sub.offsetWidth;
      sub.style.transition = 'top ' + o.animationShowDuration + 'ms ease-out, left ' + o.animationShowDuration + 'ms ease-out';
      sub.style.top = '0px'; sub.style.left = '0px';
      $li.addClass(me.tp(it.level === 0 ? 'jqx-fill-state-pressed jqx-menu-item-top-selected' : 'jqx-fill-state-pressed jqx-menu-item-selected'));
      me.raise('shown', it.li);
    },
    _close: function (it, immediate) {
      var me = this; if (!it.open) return;
      it.open = false;
      me.items.forEach(function (c) { if (c.parent === it && c.open) me._close(c, immediate); });
      $(it.li).removeClass(me.tp('jqx-fill-state-pressed jqx-menu-item-top-selected jqx-menu-item-selected'));
      var sub = it.sub, pop = it.popup, d = immediate ? 0 : me.options.animationHideDuration;
      sub.style.transition = d ? ('top ' + d + 'ms ease-in, left ' + d + 'ms ease-in') : 'none';
      if (it.level === 0) sub.style.top = -sub.offsetHeight + 'px'; else sub.style.left = -sub.offsetWidth + 'px';
      clearTimeout(it.closeAnim);
      it.closeAnim = setTimeout(function () { if (!it.open) pop.style.visibility = 'hidden'; }, d);
      me.raise('closed', it.li);
    },
    closeAll: function (immediate) { var me = this; me.items.forEach(function (it) { if (it.open && it.level === 0) me._close(it, immediate); }); }
  });

  // ---------------- jqxWindow ----------------
  jqx.jqxWidget('jqxWindow', {
    defaults: { width: 300, height: 'auto', minHeight: 50, isModal: false, modalOpacity: 0.3, autoOpen: true, showCloseButton: true, title: null, okButton: null, cancelButton: null, resizable: false, draggable: true, keyboardCloseKey: 'esc', showAnimationDuration: 350, closeAnimationDuration: 250, zIndex: 18000 },
    create: function () {
      var me = this, o = me.options, host = me.host;
      host.attr('role', 'dialog');
      host.removeAttr('data-bind');
      host.appendTo(document.body);
      var kids = host.children();
      me.header = kids.eq(0); me.content = kids.eq(1);
      host.addClass(me.tp('jqx-rc-all jqx-window jqx-popup jqx-widget jqx-widget-content'));
      host.attr('tabindex', '0');
      host.css({ position: 'absolute', display: 'none', width: px(o.width), zIndex: o.zIndex });
      if (o.height !== 'auto') host.css('height', px(o.height));
      me.header.addClass(me.tp('jqx-window-header jqx-widget-header jqx-disableselect jqx-rc-t'));
      me.header[0].innerHTML = '<div style="float:left;">' + me.header[0].innerHTML + '</div>';
      if (o.title !== null) me.header.children().eq(0).html(o.title);
      if (o.showCloseButton) {
        me.closeButton = $('<div class="' + me.tp('jqx-window-close-button-background') + '" style="visibility: visible; width: 16px; height: 16px; margin-right: 7px; margin-left: 0px; position: absolute; right: 1px;"><div style="width: 100%; height: 100%;" class="' + me.tp('jqx-window-close-button jqx-icon-close') + '"></div></div>');
        me.header.append(me.closeButton);
        me.closeButton.on('click', function () { me.close('close'); });
      }
      me.content.addClass(me.tp('jqx-window-content jqx-widget-content jqx-rc-b'));
      if (o.okButton) $(o.okButton).on('click', function () { me.close('ok'); });
      if (o.cancelButton) $(o.cancelButton).on('click', function () { me.close('cancel'); });
      host.on('keydown', function (e) { if (me.options.keyboardCloseKey === 'esc' && e.key === 'Escape') { e.preventDefault(); me.close('close'); } });
      if (o.draggable) {
        me.header.on('mousedown', function (e) {
          if (e.button !== 0 || (me.closeButton && me.closeButton[0].contains(e.target))) return;
          var start = { x: e.pageX, y: e.pageY, l: parseFloat(host.css('left')) || 0, t: parseFloat(host.css('top')) || 0 };
          var move = function (ev) { host.css({ left: Math.max(0, start.l + ev.pageX - start.x) + 'px', top: Math.max(0, start.t + ev.pageY - start.y) + 'px' }); };
          var up = function () { document.removeEventListener('mousemove', move); document.removeEventListener('mouseup', up); };
          document.addEventListener('mousemove', move); document.addEventListener('mouseup', up);
          e.preventDefault();
        });
      }
      $(window).on('resize', function () { if (me.modal) me.modal.css({ width: $(document).width() + 'px', height: $(document).height() + 'px' }); });
      if (o.autoOpen) me.open();
    },
    isOpen: function () { return !!this._isOpen; },
    open: function () {
      var me = this, o = me.options, host = me.host;
      if (me._isOpen) return;
      me._isOpen = true;
      if (o.isModal) {
        me.modal = $('<div class="' + me.tp('jqx-window-modal') + '"></div>');
        me.modal.css({ position: 'absolute', left: '0px', top: '0px', width: $(document).width() + 'px', height: $(document).height() + 'px', zIndex: o.zIndex - 1, opacity: String(o.modalOpacity), display: 'block' });
        me.modal.appendTo(document.body);
      }
      host.css({ display: 'block', visibility: 'hidden' });
      var w = host.outerWidth(), h = host.outerHeight();
      host.css({ left: Math.max(0, window.pageXOffset + (window.innerWidth - w) / 2) + 'px', top: Math.max(0, window.pageYOffset + (window.innerHeight - h) / 2) + 'px', visibility: 'visible', display: 'none' });
      host.fadeIn(o.showAnimationDuration);
      setTimeout(function () { try { host[0].focus({ preventScroll: true }); } catch (e) { /* ignore */ } }, 0);
      me.raise('open');
    },
    close: function (reason) {
      var me = this; if (!me._isOpen) return;
      me._isOpen = false;
      me.host.fadeOut(me.options.closeAnimationDuration);
      if (me.modal) { me.modal.remove(); me.modal = null; }
      me.raise('close', { dialogResult: { OK: reason === 'ok', Cancel: reason === 'cancel', None: reason !== 'ok' && reason !== 'cancel' } });
    },
    setTitle: function (t) { this.header.children().eq(0).html(t); },
    setContent: function (c) { this.content.html(c); }
  });

  // ---------------- jqxRadioButton ----------------
  jqx.jqxWidget('jqxRadioButton', {
    defaults: { checked: false, groupName: '', width: null, height: null, boxSize: '13px', disabled: false, animationShowDelay: 300, animationHideDelay: 300 },
    create: function () {
      var me = this, o = me.options, host = me.host;
      sizeHost(me);
      me.box = $('<div><div style="width: 13px; height: 13px;"><span style="width: 6.5px; height: 6.5px;"></span></div></div>');
      host.attr('role', 'radio');
      host.prepend(me.box);
      if (!host.attr('tabindex')) host.attr('tabindex', '0');
      host.append('<div style="clear: both;"></div>');
      me.checkMark = me.box.find('span');
      me.box.addClass(me.tp('jqx-fill-state-normal jqx-radiobutton-default'));
      host.addClass(me.tp('jqx-widget jqx-radiobutton'));
      host.css('cursor', 'pointer');
      host.attr({ 'aria-checked': 'false', 'aria-disabled': String(!!o.disabled) });
      host.on('click', function (e) { e.preventDefault(); if (!me.options.disabled && !me.options.checked) me.check('mouse'); });
      host.on('keydown', function (e) { if (e.keyCode === 32) { e.preventDefault(); if (!me.options.disabled && !me.options.checked) me.check('keyboard'); } });
      host.on('mouseenter', function () { me.box.addClass(me.tp('jqx-radiobutton-hover jqx-fill-state-hover')); });
      host.on('mouseleave', function () { me.box.removeClass(me.tp('jqx-radiobutton-hover jqx-fill-state-hover')); });
      host.on('focus', function () { me.box.addClass(me.tp('jqx-fill-state-focus')); });
      host.on('blur', function () { me.box.removeClass(me.tp('jqx-fill-state-focus')); });
      if (o.checked) { o.checked = false; me.check('api'); }
    },
    check: function (type) {
      var me = this, mark = me.checkMark[0];
      me.options.checked = true;
      mark.className = me.tp('jqx-fill-state-pressed jqx-radiobutton-check-checked');
      mark.style.transition = 'none'; mark.style.opacity = '0'; void mark.offsetWidth;
      mark.style.transition = 'opacity ' + me.options.animationShowDelay + 'ms'; mark.style.opacity = '1';
      $('.jqx-radiobutton').each(function () {
        var other = $._dataOf(this).data.jqxRadioButton;
        if (other && other !== me && other.options.groupName === me.options.groupName) other.uncheck('api');
      });
      me.host.attr('aria-checked', 'true');
      me.raise('checked', { type: type || 'api', checked: true });
      me.raise('change', { type: type || 'api', checked: true });
    },
    uncheck: function (type) {
      var me = this, was = me.options.checked, mark = me.checkMark[0];
      me.options.checked = false;
      mark.style.transition = 'opacity ' + me.options.animationHideDelay + 'ms'; mark.style.opacity = '0';
      setTimeout(function () { if (!me.options.checked) mark.className = ''; }, me.options.animationHideDelay);
      me.host.attr('aria-checked', 'false');
      if (was) { me.raise('unchecked', { type: type || 'api', checked: false }); me.raise('change', { type: type || 'api', checked: false }); }
    },
    val: function () { return this.options.checked; }
  });

  // ---------------- jqxDropDownList (with its jqxListBox, filter and jqxScrollBar) ----------------
  jqx.jqxWidget('jqxDropDownList', {
    defaults: { source: [], width: 200, height: 25, dropDownHeight: 200, itemHeight: 25, placeHolder: 'Please Choose:', filterable: false, filterPlaceHolder: 'Looking for', searchMode: 'containsignorecase', selectedIndex: -1, displayMember: 'label', valueMember: 'value', openDelay: 250, closeDelay: 250, disabled: false, emptyString: 'No data to display' },
    create: function () {
      var me = this, o = me.options, host = me.host, id = me.element.id || jqx.utilities.createId();
      me.id = id; me.selected = -1; me.hoverIndex = -1; me.scroll = 0; me.isOpen = false;
      me._setSource(o.source);
      host.addClass(me.tp('jqx-widget jqx-dropdownlist-state-normal jqx-rc-all jqx-fill-state-normal'));
      host.attr({ role: 'combobox', 'aria-autocomplete': 'both', 'aria-readonly': 'false', 'aria-owns': 'listBox' + id, 'aria-haspopup': 'true', 'aria-multiline': 'false', 'aria-disabled': 'false', tabindex: host.attr('tabindex') || '0' });
      host.css({ width: px(o.width), height: px(o.height) });
      var name = host.attr('name') || '';
      host[0].innerHTML = '<div style="background-color: transparent; -webkit-appearance: none; outline: none; width: 100%; height: 100%; padding: 0px; margin: 0px; border: 0px; position: relative;">' +
        '<div id="dropdownlistWrapper' + id + '" style="overflow: hidden; outline: none; background-color: transparent; border: none; float: left; width: 100%; height: 100%; position: relative;">' +
        '<div id="dropdownlistContent' + id + '" unselectable="on" class="' + me.tp('jqx-dropdownlist-content jqx-disableselect') + '" style="line-height: ' + (parseInt(o.height, 10) - 2) + 'px;"></div>' +
        '<div id="dropdownlistArrow' + id + '" unselectable="on" style="background-color: transparent; border: none; position: absolute; right: 0px; top: 0px; width: 17px; height: 100%;"><div unselectable="on" class="' + me.tp('jqx-icon-arrow-down jqx-icon') + '" style="width: 100%; height: 100%;"></div></div>' +
        '</div></div><input type="hidden" value=""' + (name ? ' name="' + esc(name) + '"' : '') + '/>';
      me.content = host.find('.jqx-dropdownlist-content');
      me.input = host.find('input[type=hidden]');
      me._renderSelection();
      me.popup = $('<div id="listBoxContainer' + id + '" style="overflow: hidden; border: none; background-color: transparent; position: absolute; display: none; z-index: 18500;"></div>').appendTo(document.body);
      me.listbox = $('<div id="listBox' + id + '" role="listbox" class="' + me.tp('jqx-listbox jqx-reset jqx-rc-all jqx-widget jqx-widget-content jqx-popup') + '" style="position: absolute; left: 0px; top: 0px; overflow: hidden;"></div>').appendTo(me.popup);
      me.filterH = 0;
      if (o.filterable) {
        me.filterH = 31;
        var f = $('<div class="' + me.tp('jqx-listbox-filter') + '" style="position: absolute; left: 0px; right: 0px; top: 0px; height: 31px;"><input type="textarea" autocomplete="off" class="' + me.tp('jqx-listbox-filter-input jqx-input jqx-widget-content jqx-rc-all') + '" placeholder="' + esc(o.filterPlaceHolder) + '"/></div>');
        me.listbox.append(f);
        me.filterInput = f.find('input');
        me.filterInput.on('input', function () { me._applyFilter(); });
        me.filterInput.on('keydown', function (e) { me._keys(e, true); });
      }
      me.itemsHost = $('<div id="listBoxContent' + id + '" style="position: absolute; left: 0px; overflow: hidden;"></div>').appendTo(me.listbox);
      me.scrollbar = $('<div id="verticalScrollBarlistBox' + id + '" class="' + me.tp('jqx-scrollbar jqx-widget jqx-widget-content') + '" style="position: absolute; right: 0px; width: 17px;">' +
        '<div id="jqxScrollBtnUp' + id + '" class="' + me.tp('jqx-scrollbar-button-state-normal') + '" style="position: absolute; left: 0px; top: 0px; width: 17px; height: 17px;"><div class="' + me.tp('jqx-icon-arrow-up jqx-icon') + '" style="width: 100%; height: 100%;"></div></div>' +
        '<div id="jqxScrollArea' + id + '" class="' + me.tp('jqx-scrollbar-state-normal') + '" style="position: absolute; left: 0px; top: 17px; bottom: 17px; width: 17px;"><div id="jqxScrollThumb' + id + '" class="' + me.tp('jqx-scrollbar-thumb-state-normal jqx-fill-state-normal jqx-rc-all') + '" style="position: absolute; left: 2px; width: 12px;"></div></div>' +
        '<div id="jqxScrollBtnDown' + id + '" class="' + me.tp('jqx-scrollbar-button-state-normal') + '" style="position: absolute; left: 0px; bottom: 0px; width: 17px; height: 17px;"><div class="' + me.tp('jqx-icon-arrow-down jqx-icon') + '" style="width: 100%; height: 100%;"></div></div></div>').appendTo(me.listbox);
      me.thumb = me.scrollbar.find('.jqx-scrollbar-thumb-state-normal');
      me.pool = [];
      me.itemsHost.on('mouseover', function (e) { var el = e.target.closest('.jqx-listitem-element'); if (!el || !el.hasAttribute('data-index')) return; me.hoverIndex = +el.getAttribute('data-index'); me._render(); });
      me.itemsHost.on('mouseleave', function () { me.hoverIndex = -1; me._render(); });
      me.itemsHost.on('click', function (e) { var el = e.target.closest('.jqx-listitem-element'); if (!el || !el.hasAttribute('data-index')) return; me.selectIndex(+el.getAttribute('data-index'), 'mouse'); me.close(); host[0].focus(); });
      me.listbox.on('wheel', function (e) { e.preventDefault(); me._scrollBy(e.deltaMode === 1 ? e.deltaY * o.itemHeight : e.deltaMode === 2 ? e.deltaY * me.viewH : e.deltaY); });
      me.scrollbar.find('#jqxScrollBtnUp' + id).on('mousedown', function (e) { e.preventDefault(); me._scrollBy(-o.itemHeight); });
      me.scrollbar.find('#jqxScrollBtnDown' + id).on('mousedown', function (e) { e.preventDefault(); me._scrollBy(o.itemHeight); });
      me.scrollbar.find('#jqxScrollArea' + id).on('mousedown', function (e) {
        e.preventDefault();
        if (e.target === me.thumb[0]) {
          var y0 = e.pageY, s0 = me.scroll, track = me.trackH - me.thumbH, max = me._max();
          var move = function (ev) { me.scroll = track > 0 ? s0 + (ev.pageY - y0) * max / track : 0; me._render(); };
          var up = function () { document.removeEventListener('mousemove', move); document.removeEventListener('mouseup', up); };
          document.addEventListener('mousemove', move); document.addEventListener('mouseup', up);
        } else { me._scrollBy(e.pageY < me.thumb.offset().top ? -me.viewH : me.viewH); }
      });
      host.on('mousedown', function (e) { if (me.options.disabled) return; e.preventDefault(); host[0].focus(); if (me.isOpen) me.close(); else me.open(); });
      host.on('keydown', function (e) { me._keys(e, false); });
      host.on('focus', function () { host.addClass(me.tp('jqx-fill-state-focus')); });
      host.on('blur', function () { host.removeClass(me.tp('jqx-fill-state-focus')); });
      $(document).on('mousedown', function (e) { if (me.isOpen && !host[0].contains(e.target) && !me.popup[0].contains(e.target)) me.close(); });
      $(window).on('resize', function () { if (me.isOpen) me.close(); });
      if (o.selectedIndex >= 0) me.selectIndex(o.selectedIndex, 'api');
    },
    _setSource: function (src) {
      var o = this.options;
      this.items = (src || []).map(function (s, i) { return typeof s === 'string' ? { label: s, value: s, index: i } : { label: s[o.displayMember] !== undefined ? s[o.displayMember] : s.label, value: s[o.valueMember] !== undefined ? s[o.valueMember] : s.label, index: i }; });
      this.view = this.items.slice();
    },
    setOption: function (k, v) { if (k === 'source') { this._setSource(v); this.selected = -1; this._renderSelection(); if (this.isOpen) this._render(); } if (k === 'disabled') { this.host.toggleClass(this.tp('jqx-fill-state-disabled'), !!v); this.host.attr('aria-disabled', String(!!v)); } },
    _keys: function (e, fromFilter) {
      var me = this, k = e.key;
      if (k === 'Escape') { if (me.isOpen) { e.preventDefault(); me.close(); me.host[0].focus(); } return; }
      if (k === 'ArrowDown' && e.altKey) { e.preventDefault(); me.open(); return; }
      if (k === 'ArrowDown' || k === 'ArrowUp') {
        e.preventDefault();
        var list = me.view, cur = me.isOpen ? (me.hoverIndex >= 0 ? me.hoverIndex : me.selected) : me.selected;
        var pos = -1; for (var i = 0; i < list.length; i++) if (list[i].index === cur) pos = i;
        pos = k === 'ArrowDown' ? Math.min(list.length - 1, pos + 1) : Math.max(0, pos - 1);
        if (!list[pos]) return;
        if (me.isOpen) { me.hoverIndex = list[pos].index; me._ensureVisible(me.hoverIndex); me._render(); } else me.selectIndex(list[pos].index, 'keyboard');
        return;
      }
      if (k === 'Enter') {
        e.preventDefault();
        if (me.isOpen) { if (me.hoverIndex >= 0) me.selectIndex(me.hoverIndex, 'keyboard'); me.close(); me.host[0].focus(); } else me.open();
        return;
      }
      if (!fromFilter && k && k.length === 1 && !e.ctrlKey && !e.metaKey) {
        clearTimeout(me._searchTimer); me._search = (me._search || '') + k.toLowerCase();
        me._searchTimer = setTimeout(function () { me._search = ''; }, 1000);
        for (var j = 0; j < me.items.length; j++) { if (me.items[j].label.toLowerCase().indexOf(me._search) === 0) { me.selectIndex(j, 'keyboard'); if (me.isOpen) { me._ensureVisible(j); me._render(); } break; } }
      }
    },
    _applyFilter: function () {
      var me = this, q = me.filterInput ? me.filterInput.val().toLowerCase() : '';
      me.view = q ? me.items.filter(function (it) { return it.label.toLowerCase().indexOf(q) >= 0; }) : me.items.slice();
      me.scroll = 0; me.hoverIndex = -1; me._render();
    },
    _max: function () { return Math.max(0, this.view.length * this.options.itemHeight - this.viewH); },
    _scrollBy: function (d) { this.scroll += d; this._render(); },
    _ensureVisible: function (index) {
      var me = this, ih = me.options.itemHeight, pos = -1;
      for (var i = 0; i < me.view.length; i++) if (me.view[i].index === index) pos = i;
      if (pos < 0) return;
      if (pos * ih < me.scroll) me.scroll = pos * ih;
      else if ((pos + 1) * ih > me.scroll + me.viewH) me.scroll = (pos + 1) * ih - me.viewH;
    },
    _layout: function () {
      var me = this, o = me.options, w = me.lbW, h = o.dropDownHeight;
      me.listbox.css({ width: (w - 2) + 'px', height: (h - 2) + 'px' });
      me.viewH = h - 2 - me.filterH;
      me.itemsHost.css({ top: me.filterH + 'px', height: me.viewH + 'px' });
      me.scrollbar.css({ top: me.filterH + 'px', height: me.viewH + 'px' });
      var need = Math.ceil(me.viewH / o.itemHeight) + 1;
      while (me.pool.length < need) {
        var k = me.pool.length;
        var el = $('<div role="option" id="listitem' + k + 'listBox' + me.id + '" class="jqx-listitem-element" style="height: ' + o.itemHeight + 'px;"><span unselectable="on" style="height: ' + (o.itemHeight - 10) + 'px;"></span></div>');
        me.itemsHost.append(el); me.pool.push(el[0]);
      }
    },
    _render: function () {
      var me = this, o = me.options, ih = o.itemHeight;
      if (!me.viewH) return;
      var total = me.view.length * ih, max = me._max();
      if (me.scroll > max) me.scroll = max; if (me.scroll < 0) me.scroll = 0;
      var first = Math.floor(me.scroll / ih), offset = -(me.scroll % ih), needBar = total > me.viewH;
      me.itemsHost.css('width', (me.lbW - 2 - (needBar ? 17 : 0)) + 'px');
      me.scrollbar.css('display', needBar ? 'block' : 'none');
      me.pool.forEach(function (el, k) {
        var it = me.view[first + k], span = el.firstChild;
        if (!it) {
          el.removeAttribute('data-index');
          if (k === 0 && me.view.length === 0) { el.style.display = 'block'; el.style.top = '0px'; span.className = me.tp('jqx-listitem-state-normal jqx-item jqx-rc-all'); span.textContent = o.emptyString; return; }
          el.style.display = 'none'; return;
        }
        el.style.display = 'block'; el.style.top = (offset + k * ih) + 'px';
        el.setAttribute('data-index', String(it.index));
        el.setAttribute('aria-selected', String(it.index === me.selected));
        span.textContent = it.label;
        var cls = 'jqx-listitem-state-normal jqx-item jqx-rc-all';
        if (it.index === me.selected) cls += ' jqx-listitem-state-selected jqx-fill-state-pressed';
        else if (it.index === me.hoverIndex) cls += ' jqx-listitem-state-hover jqx-fill-state-hover';
        span.className = me.tp(cls);
      });
      me.trackH = me.viewH - 34;
      me.thumbH = needBar ? Math.max(14, Math.round(me.trackH * me.viewH / total)) : me.trackH;
      me.thumb.css({ height: me.thumbH + 'px', top: (max > 0 ? Math.round((me.trackH - me.thumbH) * me.scroll / max) : 0) + 'px' });
    },
    _renderSelection: function () {
      var it = this.items[this.selected];
      this.content.html('<span unselectable="on" style="color: inherit; border: none; background-color: transparent;"></span>');
      this.content.find('span').text(it ? it.label : this.options.placeHolder);
      this.input.val(it ? it.value : '');
    },
    open: function () {
      var me = this, o = me.options, host = me.host;
      if (me.isOpen) return;
      me.isOpen = true;
      var off = host.offset();
      me.lbW = host.outerWidth();
      me.popup.css({ left: off.left + 'px', top: (off.top + host.outerHeight() + 1) + 'px', width: me.lbW + 'px', height: o.dropDownHeight + 'px', display: 'block' });
      me._layout(); me.hoverIndex = -1;
      if (me.selected >= 0) me._ensureVisible(me.selected);
      me._render();
      host.addClass(me.tp('jqx-dropdownlist-state-selected jqx-fill-state-pressed'));
      var lb = me.listbox[0];
      lb.style.transition = 'none'; lb.style.top = -o.dropDownHeight + 'px'; void lb.offsetWidth;
      lb.style.transition = 'top ' + o.openDelay + 'ms ease-out'; lb.style.top = '0px';
      if (me.filterInput) setTimeout(function () { if (me.isOpen) me.filterInput[0].focus(); }, 0);
      me.raise('open');
    },
    close: function () {
      var me = this, o = me.options;
      if (!me.isOpen) return;
      me.isOpen = false;
      me.host.removeClass(me.tp('jqx-dropdownlist-state-selected jqx-fill-state-pressed'));
      var lb = me.listbox[0];
      lb.style.transition = 'top ' + o.closeDelay + 'ms ease-in'; lb.style.top = -o.dropDownHeight + 'px';
      clearTimeout(me._closeTimer);
      me._closeTimer = setTimeout(function () { if (!me.isOpen) { me.popup.css('display', 'none'); if (me.filterInput && me.filterInput.val()) { me.filterInput.val(''); me._applyFilter(); } } }, o.closeDelay);
      me.raise('close');
    },
    isOpened: function () { return this.isOpen; },
    selectIndex: function (i, type) {
      var me = this, it = me.items[i];
      if (!it || i === me.selected) return;
      me.selected = i; me._renderSelection(); if (me.isOpen) me._render();
      var args = { index: i, item: { label: it.label, value: it.value, index: i }, type: type || 'api' };
      me.raise('select', args); me.raise('change', args);
    },
    clearSelection: function () { this.selected = -1; this._renderSelection(); if (this.isOpen) this._render(); },
    getSelectedItem: function () { var it = this.items[this.selected]; return it ? { label: it.label, value: it.value, index: it.index } : null; },
    getSelectedIndex: function () { return this.selected; },
    val: function () { var it = this.items[this.selected]; return it ? it.value : ''; }
  });

  // ---------------- jqxNotification ----------------
  jqx.jqxWidget('jqxNotification', {
    defaults: { width: 'auto', height: 'auto', position: 'top-right', browserBoundsOffset: 5, opacity: 0.9, hoverOpacity: 1, autoOpen: false, autoClose: true, autoCloseDelay: 3000, animationOpenDelay: 400, animationCloseDelay: 800, closeOnClick: true, showCloseButton: true, template: 'info' },
    create: function () { this.host.css('display', 'none'); if (this.options.autoOpen) this.open(); },
    open: function () {
      var me = this, o = me.options;
      var cont = $('#jqxNotificationDefaultContainer-' + o.position);
      if (!cont.length) {
        cont = $('<div id="jqxNotificationDefaultContainer-' + o.position + '" class="jqx-notification-container"></div>').appendTo(document.body);
        var b = o.browserBoundsOffset + 'px';
        cont.css({ top: o.position.indexOf('top') === 0 ? b : '', bottom: o.position.indexOf('bottom') === 0 ? b : '', right: o.position.indexOf('right') > 0 ? b : '', left: o.position.indexOf('left') > 0 ? b : '' });
      }
      var t = o.template;
      var inst = $('<div class="' + me.tp('jqx-rc-all jqx-notification') + ' jqx-widget jqx-popup jqx-notification-' + t + '"><table class="' + me.tp('jqx-notification-table') + '"><tr>' +
        '<td class="' + me.tp('jqx-notification-icon') + ' jqx-notification-icon-' + t + ' jqx-notification-icon-ltr"></td><td class="' + me.tp('jqx-notification-content') + ' "></td>' +
        (o.showCloseButton ? '<td class="' + me.tp('jqx-notification-close-button-container') + '"><div class="jqx-notification-close-button jqx-notification-close-button-' + t + ' ' + me.element.id + 'CloseButton jqx-notification-close-button-ltr" title="Close"></div></td>' : '') +
        '</tr></table></div>');
      inst.find('.jqx-notification-content').html(me.host.html());
      inst.find('[id]').removeAttr('id');
      if (o.width !== 'auto') inst.css('width', px(o.width));
      cont.append(inst);
      var el = inst[0];
      el.style.opacity = '0'; void el.offsetWidth; el.style.transition = 'opacity ' + o.animationOpenDelay + 'ms'; el.style.opacity = String(o.opacity);
      var close = function () {
        if (el.__closed) return; el.__closed = true; clearTimeout(el.__auto);
        el.style.transition = 'opacity ' + o.animationCloseDelay + 'ms'; el.style.opacity = '0';
        setTimeout(function () { inst.remove(); if (!cont.children().length) cont.remove(); me.raise('close'); }, o.animationCloseDelay);
      };
      inst.on('mouseenter', function () { if (!el.__closed) el.style.opacity = String(o.hoverOpacity); });
      inst.on('mouseleave', function () { if (!el.__closed) el.style.opacity = String(o.opacity); });
      inst.on('click', function () { me.raise('click'); if (o.closeOnClick) close(); });
      inst.find('.jqx-notification-close-button').on('click', function (e) { e.stopPropagation(); close(); });
      if (o.autoClose) el.__auto = setTimeout(close, o.autoCloseDelay);
      me.raise('open');
    },
    closeAll: function () { $('.jqx-notification-container').find('.jqx-notification').each(function () { this.click(); }); }
  });

  // ---------------- jqxValidator ----------------
  jqx.jqxWidget('jqxValidator', {
    defaults: { rules: [], position: 'right', arrow: true, animationDuration: 150, closeOnClick: true, focus: true, onSuccess: null, onError: null },
    create: function () {
      var me = this; me.hints = {};
      var bound = {};
      me.options.rules.forEach(function (r) {
        String(r.action || '').split(',').map(function (a) { return a.trim(); }).filter(Boolean).forEach(function (a) {
          var key = r.input + '|' + a; if (bound[key]) return; bound[key] = true;
          $(r.input).on(a, function () { me._onAction(r.input, a); });
        });
      });
      $(window).on('resize', function () { me.updatePosition(); });
    },
    _rulesFor: function (sel) { return this.options.rules.filter(function (r) { return r.input === sel; }); },
    _test: function (r) {
      var $in = $(r.input), el = $in[0], v = el && 'value' in el && typeof el.value === 'string' ? el.value : '';
      var rule = r.rule, m;
      if (typeof rule === 'function') return !!rule($in, v);
      if (rule === 'required') return $.trim(v) !== '';
      if ((m = /^length=(\d+),(\d+)$/.exec(rule))) return v.length >= +m[1] && v.length <= +m[2];
      if ((m = /^minLength=(\d+)$/.exec(rule))) return v.length >= +m[1];
      if ((m = /^maxLength=(\d+)$/.exec(rule))) return v.length <= +m[1];
      if (rule === 'email') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
      if (rule === 'phone') return /^[0-9]{10}$/.test(v);
      return true;
    },
    _onAction: function (sel, action) {
      var me = this, failed = null;
      me._rulesFor(sel).filter(function (r) { return String(r.action || '').split(',').map(function (a) { return a.trim(); }).indexOf(action) >= 0; }).some(function (r) { if (!me._test(r)) { failed = r; return true; } return false; });
      if (failed) me._show(sel, failed.message); else me.hideHint(sel);
    },
    validateInput: function (sel) {
      var me = this, failed = null;
      me._rulesFor(sel).some(function (r) { if (!me._test(r)) { failed = r; return true; } return false; });
      if (failed) me._show(sel, failed.message); else me.hideHint(sel);
      return !failed;
    },
    validate: function () {
      var me = this, ok = true, firstBad = null, seen = [];
      me.options.rules.forEach(function (r) {
        if (seen.indexOf(r.input) >= 0) return; seen.push(r.input);
        var $i = $(r.input);
        if (!$i.length || !$i.is(':visible')) { me.hideHint(r.input); return; }
        if (!me.validateInput(r.input)) { ok = false; if (!firstBad) firstBad = r.input; }
      });
      if (firstBad && me.options.focus) { try { $(firstBad)[0].focus(); } catch (e) { /* ignore */ } }
      if (ok) { if (me.options.onSuccess) me.options.onSuccess(); me.raise('validationSuccess'); }
      else { if (me.options.onError) me.options.onError(); me.raise('validationError'); }
      return ok;
    },
    _show: function (sel, msg) {
      var me = this, h = me.hints[sel];
      if (!h) {
        h = $('<div class="' + me.tp('jqx-validator-hint jqx-rc-all') + '" style="position: absolute; z-index: 99990; display: none;"></div>').appendTo(document.body);
        me.hints[sel] = h;
        h.on('click', function () { if (me.options.closeOnClick) me.hideHint(sel); });
      }
      h[0].textContent = msg;
      h.append('<div class="' + me.tp('jqx-validator-hint-arrow') + '"></div>');
      $(sel).addClass(me.tp('jqx-validator-error-element'));
      var shown = h.css('display') !== 'none';
      h.css('display', 'block');
      me._place(sel);
      if (!shown) h.fadeIn(me.options.animationDuration);
    },
    _place: function (sel) {
      var h = this.hints[sel], $in = $(sel);
      if (!h || !$in.length) return;
      var off = $in.offset();
      h.css({ left: (off.left + $in.outerWidth() + 9) + 'px', top: (off.top + ($in.outerHeight() - h.outerHeight()) / 2) + 'px' });
    },
    hideHint: function (sel) {
      var h = this.hints[sel];
      $(sel).removeClass(this.tp('jqx-validator-error-element'));
      if (h) { h.remove(); delete this.hints[sel]; }
    },
    hide: function () { var me = this; Object.keys(me.hints).forEach(function (s) { me.hideHint(s); }); },
    updatePosition: function () { var me = this; Object.keys(me.hints).forEach(function (s) { if (!$(s).is(':visible')) me.hideHint(s); else me._place(s); }); }
  });

  // ---------------- jqxLoader ----------------
  jqx.jqxWidget('jqxLoader', {
    defaults: { width: 100, height: 60, text: 'Loading...', isModal: false, autoOpen: false, imagePosition: 'top' },
    create: function () {
      var me = this, o = me.options;
      me.host.addClass(me.tp('jqx-loader jqx-widget jqx-widget-content jqx-rc-all jqx-popup'));
      me.host.css({ width: px(o.width), height: px(o.height), position: 'fixed', left: 'calc(50% - ' + (parseInt(o.width, 10) / 2) + 'px)', top: 'calc(50% - ' + (parseInt(o.height, 10) / 2) + 'px)', zIndex: 99998, display: 'none' });
      me.host.html('<div class="' + me.tp('jqx-loader-icon') + '"></div><div class="' + me.tp('jqx-loader-text jqx-loader-text-' + o.imagePosition) + '">' + esc(o.text) + '</div>');
      if (o.autoOpen) me.open();
    },
    open: function () {
      var me = this;
      if (me.options.isModal && !me.modal) me.modal = $('<div class="' + me.tp('jqx-loader-modal') + '" style="position: fixed; left: 0px; top: 0px; right: 0px; bottom: 0px; z-index: 99997;"></div>').appendTo(document.body);
      me.host.css('display', 'block');
    },
    close: function () { this.host.css('display', 'none'); if (this.modal) { this.modal.remove(); this.modal = null; } }
  });

  // ---------------- jqxGrid (read-only, autoheight) ----------------
  jqx.jqxWidget('jqxGrid', {
    defaults: { width: '100%', source: [], columns: [], rowsheight: 30, columnsheight: 32, altrows: true, emptydatastring: 'No data to display' },
    create: function () { this._render(); },
    setOption: function (k) { if (k === 'source' || k === 'columns') this._render(); },
    updatebounddata: function () { this._render(); },
    _render: function () {
      var me = this, o = me.options, id = me.element.id || jqx.utilities.createId();
      me.host.addClass(me.tp('jqx-grid jqx-reset jqx-rc-all jqx-widget jqx-widget-content jqx-disableselect')).attr({ role: 'grid', tabindex: '1' });
      me.host.css({ width: px(o.width), position: 'relative' });
      var h = '<div id="wrapper' + id + '" style="overflow: hidden; position: relative; width: 100%;">';
      h += '<div class="' + me.tp('jqx-grid-header jqx-widget-header') + '" style="height: ' + o.columnsheight + 'px; position: relative;"><div id="columntable' + id + '" role="rowgroup" style="height: 100%; position: relative; display: flex;">';
      o.columns.forEach(function (c) {
        h += '<div role="columnheader" class="' + me.tp('jqx-grid-column-header jqx-widget-header') + '" style="flex: 0 0 ' + c.width + '; height: 100%; position: relative;"><div style="height: 100%; width: 100%;"><div style="padding: 8px 6px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;"><span>' + esc(c.text) + '</span></div></div></div>';
      });
      h += '</div></div><div id="content' + id + '" role="rowgroup" style="position: relative;"><div id="contenttable' + id + '" style="position: relative;">';
      if (!o.source.length) h += '<div role="row" style="height: ' + (o.rowsheight + 10) + 'px; position: relative;"><div class="' + me.tp('jqx-grid-empty-cell') + '"><span>' + esc(o.emptydatastring) + '</span></div></div>';
      o.source.forEach(function (row, i) {
        h += '<div role="row" id="row' + i + id + '" style="height: ' + o.rowsheight + 'px; position: relative; display: flex;">';
        o.columns.forEach(function (c) {
          var alt = o.altrows && i % 2 === 1 ? ' ' + me.tp('jqx-grid-cell-alt') : '';
          h += '<div role="gridcell" class="' + me.tp('jqx-grid-cell jqx-item') + alt + '" style="flex: 0 0 ' + c.width + '; line-height: ' + o.rowsheight + 'px;"><div class="jqx-grid-cell-left-align">' + esc(row[c.datafield]) + '</div></div>';
        });
        h += '</div>';
      });
      h += '</div></div></div>';
      me.host.html(h);
    }
  });
})(jQuery, window, document);
`;

/** Common page script: notification, loader, global ajax handlers, menu and logout. */
const SITE_JS = `/* site.js */
window.App = (function ($) {
  'use strict';
  var App = {
    expired: false,
    menuUrls: {
      mnuDashboard: '/Home/MainMenu', mnuGenerateIrn: '/Invoice/Generate', mnuCancelIrn: '/Invoice/Cancel', mnuBulkUpload: '/Invoice/BulkUpload',
      mnuPrintInvoice: '/Invoice/Print', mnuIrnDetails: '/MisRpt/IrnDetails', mnuBulkReport: '/MisRpt/BulkGeneration',
      mnuCreateApiUser: '/APIRegistration/CreateAPIUser', mnuChangeApiPwd: '/APIRegistration/ChangeAPIPassword', mnuFreezeApiUser: '/APIRegistration/FreezeAPIUser',
      mnuIpWhitelist: '/APIRegistration/IPWhitelisting', mnuCreateSubUser: '/UserMgmt/CreateSubUser', mnuUpdateSubUser: '/UserMgmt/UpdateSubUser'
    }
  };
  App.token = function () { var t = document.getElementById('hdnRequestVerificationToken'); return t ? t.value : ''; };
  App.notify = function (template, message) {
    $('#notificationContent').text(message);
    $('#messageNotification').jqxNotification({ template: template });
    $('#messageNotification').jqxNotification('open');
  };
  App.post = function (url, data, success) {
    return $.ajax({ url: url, type: 'POST', data: data, dataType: 'json', contentType: 'application/json; charset=utf-8', headers: { RequestVerificationToken: App.token() }, success: success });
  };
  App.getJSON = function (url, success) { return $.ajax({ url: url, type: 'GET', dataType: 'json', success: success }); };
  $(function () {
    $('#messageNotification').jqxNotification({ width: 'auto', position: 'top-right', opacity: 0.95, autoOpen: false, autoClose: true, autoCloseDelay: 4000, closeOnClick: true, template: 'info' });
    $('#jqxLoader').jqxLoader({ width: 110, height: 70, isModal: true, text: 'Loading...' });
    $(document).ajaxStart(function () { $('#jqxLoader').jqxLoader('open'); });
    $(document).ajaxStop(function () { $('#jqxLoader').jqxLoader('close'); });
    $(document).ajaxError(function (event, xhr) {
      if (xhr.status === 401) {
        if (App.expired) return;
        App.expired = true;
        var r = xhr.responseJSON || {};
        App.notify('error', r.message || 'Your session has expired. Please login again.');
        setTimeout(function () { window.location.href = r.redirectUrl || '/Home/Login?expired=1'; }, 2000);
        return;
      }
      if (xhr.status === 0) return;
      App.notify('error', (xhr.responseJSON && xhr.responseJSON.message) || 'An error occurred while processing your request. Please try again.');
    });
    if ($('#jqxMenu').length) {
      $('#jqxMenu').jqxMenu({ width: '100%', height: 36, autoOpen: true, animationShowDuration: 300, animationHideDuration: 200, animationShowDelay: 10 });
      $('#jqxMenu').css('visibility', 'visible');
      $('#jqxMenu').on('itemclick', function (e) { var url = App.menuUrls[e.args.id]; if (url) window.location.href = url; });
    }
    if ($('#btnLogout').length) {
      $('#btnLogout').jqxButton({ width: 80, height: 28 });
      $('#btnLogout').on('click', function () { App.post('/Home/Logout', {}, function (r) { window.location.href = r.redirectUrl || '/'; }); });
    }
  });
  return App;
})(jQuery);
`;

const HOME_JS = `$(function () {
  $('#btnLogin').jqxButton({ width: 90, height: 32 });
  $('#btnLogin').on('click', function () { window.location.href = '/Home/Login'; });
});`;

const LOGIN_JS = `$(function () {
  var srv = { captcha: false, login: false };
  $('#txtUserName').jqxInput({ width: 270, height: 30, placeHolder: 'Enter Username', maxLength: 15 });
  $('#txt_password').jqxPasswordInput({ width: 270, height: 30, placeHolder: 'Enter Password', showStrength: true, showStrengthPosition: 'right' });
  $('#CaptchaCode').jqxInput({ width: 150, height: 30, placeHolder: 'Enter Captcha', maxLength: 6 });
  $('#btnSubmitLogin').jqxButton({ width: 120, height: 32, template: 'primary' });
  $('#txtUserName, #txt_password').on('input keyup', function (e) { if (e.key !== 'Enter') srv.login = false; });
  $('#CaptchaCode').on('input keyup', function (e) { if (e.key !== 'Enter') srv.captcha = false; });
  $('#loginForm').jqxValidator({ rules: [
    { input: '#txtUserName', message: 'Username is required', action: 'keyup, blur', rule: 'required' },
    { input: '#txt_password', message: 'Invalid Login Credentials', action: 'keyup', rule: function () { return !srv.login; } },
    { input: '#txt_password', message: 'Password is required', action: 'keyup, blur', rule: 'required' },
    { input: '#CaptchaCode', message: 'Invalid Captcha', action: 'keyup', rule: function () { return !srv.captcha; } },
    { input: '#CaptchaCode', message: 'Please enter the captcha', action: 'keyup, blur', rule: 'required' }
  ] });
  function refreshCaptcha() {
    $('#captcha_image').attr('src', '/get-captcha-image?rnd=' + String(Math.random()).slice(2));
    $('#CaptchaCode').val('');
  }
  $('#imgRefreshCaptcha').on('click', refreshCaptcha);
  function doLogin() {
    if (!$('#loginForm').jqxValidator('validate')) return;
    App.post('/Home/Login', { UserName: $('#txtUserName').val(), Password: $('#txt_password').val(), CaptchaCode: $('#CaptchaCode').val() }, function (r) {
      if (r.success) { window.location.href = r.redirectUrl; return; }
      App.notify('error', r.message);
      refreshCaptcha();
      if (r.field === 'captcha') { srv.captcha = true; $('#loginForm').jqxValidator('validateInput', '#CaptchaCode'); }
      else { srv.login = true; $('#txt_password').jqxPasswordInput('val', ''); $('#loginForm').jqxValidator('validateInput', '#txt_password'); }
    });
  }
  $('#btnSubmitLogin').on('click', doLogin);
  $('#txtUserName, #txt_password, #CaptchaCode').on('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); doLogin(); } });
  $('#lnkForgotUser, #lnkForgotPwd').on('click', function () { App.notify('info', 'Please use the Forgot Username / Password facility of the GST common portal.'); });
});`;

const LOGIN_OTP_JS = `$(function () {
  var srv = { otp: false };
  $('#txtOtp').jqxMaskedInput({ mask: '######', width: 170, height: 32, promptChar: '_' });
  $('#btnVerifyOTP').jqxButton({ width: 110, height: 32, template: 'primary' });
  $('#btnResendOTP').jqxButton({ width: 110, height: 32 });
  $('#txtOtp').on('valueChanged', function () { srv.otp = false; });
  $('#otpForm').jqxValidator({ rules: [
    { input: '#txtOtp', message: 'Invalid OTP', action: 'valueChanged', rule: function () { return !srv.otp; } },
    { input: '#txtOtp', message: 'Please enter the 6 digit OTP', action: 'blur', rule: function () { return /^[0-9]{6}$/.test($('#txtOtp').jqxMaskedInput('inputValue')); } }
  ] });
  function verify() {
    if (!$('#otpForm').jqxValidator('validate')) return;
    App.post('/Home/VerifyLoginOtp', { Otp: $('#txtOtp').jqxMaskedInput('inputValue') }, function (r) {
      if (r.success) { window.location.href = r.redirectUrl; return; }
      App.notify('error', r.message);
      $('#txtOtp').jqxMaskedInput('clear');
      srv.otp = true;
      $('#otpForm').jqxValidator('validateInput', '#txtOtp');
    });
  }
  $('#btnVerifyOTP').on('click', verify);
  $('#txtOtp').on('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); verify(); } });
  $('#btnResendOTP').on('click', function () { App.post('/Home/ResendLoginOtp', {}, function (r) { App.notify(r.success ? 'info' : 'error', r.message); }); });
  $('#lnkBackToLogin').on('click', function () { window.location.href = '/Home/Login'; });
});`;

const MAIN_MENU_JS = `$(function () {
  if (!window.PageData || !PageData.showTechContact) return;
  $('#txtTechName').jqxInput({ width: 280, height: 28, placeHolder: 'Name' });
  $('#txtTechMobile').jqxInput({ width: 280, height: 28, placeHolder: 'Mobile No.', maxLength: 10 });
  $('#txtTechEmail').jqxInput({ width: 280, height: 28, placeHolder: 'E-mail ID' });
  $('#btnTechUpdate').jqxButton({ width: 90, height: 30, template: 'primary' });
  $('#btnTechExit').jqxButton({ width: 90, height: 30, template: 'danger' });
  $('#winTechContact').jqxWindow({ width: 580, height: 'auto', isModal: true, modalOpacity: 0.4, autoOpen: true, resizable: false, showCloseButton: true, cancelButton: $('#btnTechExit') });
  $('#techForm').jqxValidator({ rules: [
    { input: '#txtTechName', message: 'Name is required', action: 'keyup, blur', rule: 'required' },
    { input: '#txtTechMobile', message: 'Enter a valid 10 digit mobile number', action: 'blur', rule: 'phone' },
    { input: '#txtTechEmail', message: 'Enter a valid e-mail ID', action: 'blur', rule: 'email' }
  ] });
  $('#winTechContact').on('close', function () { $('#techForm').jqxValidator('hide'); });
  $('#btnTechUpdate').on('click', function () {
    if (!$('#techForm').jqxValidator('validate')) return;
    App.post('/Home/UpdateTechContact', { Name: $('#txtTechName').val(), Mobile: $('#txtTechMobile').val(), Email: $('#txtTechEmail').val() }, function (r) {
      App.notify(r.success ? 'success' : 'error', r.message);
      if (r.success) $('#winTechContact').jqxWindow('close');
    });
  });
});`;

const CREATE_API_USER_JS = `$(function () {
  var srv = { otp: false, dup: false, user: false }, mode = '';
  $('#txtApiOtp').jqxMaskedInput({ mask: '######', width: 170, height: 32, promptChar: '_' });
  $('#btnApiVerifyOtp').jqxButton({ width: 110, height: 32, template: 'primary' });
  $('#btnApiResendOtp').jqxButton({ width: 110, height: 32 });
  $('#txtApiOtp').on('valueChanged', function () { srv.otp = false; });
  $('#apiOtpForm').jqxValidator({ rules: [
    { input: '#txtApiOtp', message: 'Invalid OTP', action: 'valueChanged', rule: function () { return !srv.otp; } },
    { input: '#txtApiOtp', message: 'Please enter the 6 digit OTP', action: 'blur', rule: function () { return /^[0-9]{6}$/.test($('#txtApiOtp').jqxMaskedInput('inputValue')); } }
  ] });
  function sendOtp(resend) {
    App.post('/APIRegistration/SendOtp', { Resend: !!resend }, function (r) {
      if (!r.success) { App.notify('error', r.message); return; }
      $('#divOtpMsg').text(r.message);
      if (resend) App.notify('info', r.message);
    });
  }
  sendOtp(false);
  $('#btnApiResendOtp').on('click', function () { sendOtp(true); });
  function verifyOtp() {
    if (!$('#apiOtpForm').jqxValidator('validate')) return;
    App.post('/APIRegistration/VerifyOtp', { Otp: $('#txtApiOtp').jqxMaskedInput('inputValue') }, function (r) {
      if (!r.success) {
        App.notify('error', r.message);
        $('#txtApiOtp').jqxMaskedInput('clear');
        srv.otp = true;
        $('#apiOtpForm').jqxValidator('validateInput', '#txtApiOtp');
        return;
      }
      App.notify('success', r.message);
      $('#apiOtpForm').jqxValidator('hide');
      $.ajax({ url: '/APIRegistration/_RegistrationForm', type: 'GET', dataType: 'html', success: function (html) {
        $('#divOtpSection').hide();
        $('#divRegistration').html(html).show();
        initRegistration();
      } });
    });
  }
  $('#btnApiVerifyOtp').on('click', verifyOtp);
  $('#txtApiOtp').on('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); verifyOtp(); } });

  $('#btnConfirmYes').jqxButton({ width: 80, height: 30, template: 'primary' });
  $('#btnConfirmNo').jqxButton({ width: 80, height: 30 });
  $('#winConfirm').jqxWindow({ width: 460, height: 'auto', isModal: true, modalOpacity: 0.4, autoOpen: false, resizable: false, showCloseButton: true, okButton: $('#btnConfirmYes'), cancelButton: $('#btnConfirmNo') });
  $('#winConfirm').on('close', function (e) { if (e.args && e.args.dialogResult && e.args.dialogResult.OK) submitRegistration(); });

  var notes = {
    rbDirect: 'Direct API access (own Client ID and Client Secret) is available only to taxpayers whose aggregate turnover is above the notified threshold. This option is not enabled for your GSTIN.',
    rbErp: 'No ERP has been mapped to your GSTIN for e-Invoice API access. This option is not enabled for your GSTIN.',
    rbOther: 'No other GSTIN of your PAN has shared its Client-Id with this GSTIN. This option is not enabled for your GSTIN.'
  };
  function setMode(id) {
    mode = id === 'rbGsp' ? 'GSP' : id;
    if (id === 'rbGsp') { $('.gsp-row').show(); $('#trModeNote').hide(); }
    else { $('.gsp-row').hide(); $('#divModeNote').text(notes[id]); $('#trModeNote').show(); }
    $('#regForm').jqxValidator('hideHint', '#rbgMode');
    $('#regForm').jqxValidator('updatePosition');
  }
  function loadRegistered(rows) {
    var data = rows.map(function (r, i) { return { sl: i + 1, gsp: r.gsp, username: r.username, createdOn: r.createdOn, status: r.status }; });
    $('#gridRegistered').jqxGrid({ width: '100%', source: data, columns: [
      { text: 'Sl. No.', datafield: 'sl', width: '8%' },
      { text: 'GSP Name', datafield: 'gsp', width: '42%' },
      { text: 'API User Name', datafield: 'username', width: '20%' },
      { text: 'Created On', datafield: 'createdOn', width: '18%' },
      { text: 'Status', datafield: 'status', width: '12%' }
    ] });
  }
  function initRegistration() {
    ['#rbDirect', '#rbGsp', '#rbErp', '#rbOther'].forEach(function (s) {
      $(s).jqxRadioButton({ groupName: 'RegistrationMode', height: 26 });
      $(s).on('checked', function () { setMode(this.id); });
    });
    $('#txtApiUserName').jqxInput({ width: 230, height: 30, placeHolder: 'Enter User Name', maxLength: 11 });
    $('#txtApiPassword').jqxPasswordInput({ width: 270, height: 30, placeHolder: 'Enter Password', maxLength: 15, showStrength: true, showStrengthPosition: 'right' });
    $('#txtApiConfirmPassword').jqxPasswordInput({ width: 270, height: 30, placeHolder: 'Re-enter Password', maxLength: 15, showStrength: false });
    $('#btnSubmit').jqxButton({ width: 100, height: 32, template: 'primary' });
    $('#btnExit').jqxButton({ width: 100, height: 32, template: 'danger' });
    $('#ddlGsp').jqxDropDownList({ source: [], width: 400, height: 30, dropDownHeight: 230, itemHeight: 25, placeHolder: 'Please Choose:', filterable: true, filterPlaceHolder: 'Looking for' });
    $('#ddlGsp').on('select', function () { srv.dup = false; });
    $('#txtApiUserName').on('input keyup', function () { srv.user = false; });
    var pwdOk = function (v) { return v.length >= 8 && v.length <= 15 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v) && /[^A-Za-z0-9]/.test(v); };
    $('#regForm').jqxValidator({ rules: [
      { input: '#rbgMode', message: 'Please select an option', rule: function () { return mode !== ''; } },
      { input: '#rbgMode', message: 'This option is not enabled for your GSTIN', rule: function () { return mode === 'GSP'; } },
      { input: '#ddlGsp', message: 'This GSTIN is already registered with the selected GSP', action: 'select', rule: function () { return !srv.dup; } },
      { input: '#ddlGsp', message: 'Please select your GSP', action: 'select', rule: function () { return $('#ddlGsp').jqxDropDownList('getSelectedIndex') >= 0; } },
      { input: '#txtApiUserName', message: 'User name already exists', action: 'keyup', rule: function () { return !srv.user; } },
      { input: '#txtApiUserName', message: 'User name is required', action: 'keyup, blur', rule: 'required' },
      { input: '#txtApiUserName', message: 'Enter 2 to 11 letters, digits or _ after API_', action: 'blur', rule: function (i, v) { return /^[A-Za-z0-9_]{2,11}$/.test(v); } },
      { input: '#txtApiPassword', message: 'Password is required', action: 'keyup, blur', rule: 'required' },
      { input: '#txtApiPassword', message: 'Password does not meet the password policy', action: 'blur', rule: function (i, v) { return pwdOk(v); } },
      { input: '#txtApiConfirmPassword', message: 'Please re-enter the password', action: 'keyup, blur', rule: 'required' },
      { input: '#txtApiConfirmPassword', message: 'Passwords do not match', action: 'blur', rule: function (i, v) { return v === $('#txtApiPassword').val(); } }
    ] });
    App.getJSON('/APIRegistration/GetGspList', function (list) { $('#ddlGsp').jqxDropDownList({ source: list }); });
    App.getJSON('/APIRegistration/RegisteredGsps', function (rows) { loadRegistered(rows); });
    $('#btnSubmit').on('click', function () {
      if (!$('#regForm').jqxValidator('validate')) return;
      var item = $('#ddlGsp').jqxDropDownList('getSelectedItem');
      $('#confirmText').text('Do you want to create the API user API_' + $('#txtApiUserName').val() + ' for GSTIN ' + PageData.gstin + ' through ' + item.label + '?');
      $('#winConfirm').jqxWindow('open');
    });
    $('#btnExit').on('click', function () { window.location.href = '/Home/MainMenu'; });
  }
  function submitRegistration() {
    var item = $('#ddlGsp').jqxDropDownList('getSelectedItem');
    App.post('/APIRegistration/Submit', {
      RegistrationMode: mode, GspName: $('#ddlGsp input[type=hidden]').val() || (item ? item.value : ''),
      UserName: $('#txtApiUserName').val(), Password: $('#txtApiPassword').val(), ConfirmPassword: $('#txtApiConfirmPassword').val()
    }, function (r) {
      if (r.success) {
        App.notify('success', r.message);
        $('#txtApiUserName').val(''); $('#txtApiPassword').jqxPasswordInput('val', ''); $('#txtApiConfirmPassword').jqxPasswordInput('val', '');
        $('#ddlGsp').jqxDropDownList('clearSelection');
        $('#regForm').jqxValidator('hide');
        loadRegistered(r.registered);
        return;
      }
      App.notify('error', r.message);
      if (r.code === 'duplicate') { srv.dup = true; $('#regForm').jqxValidator('validateInput', '#ddlGsp'); }
      else if (r.code === 'username-taken') { srv.user = true; $('#regForm').jqxValidator('validateInput', '#txtApiUserName'); }
    });
  }
});`;

// ------------------------------------------------------------------------------------------
// Markup
// ------------------------------------------------------------------------------------------

const esc = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const MENU_HTML = `<div id="jqxMenu" style="visibility: hidden;">
  <ul>
    <li id="mnuDashboard">Dash Board</li>
    <li id="mnuEInvoice">e-Invoice
      <ul>
        <li id="mnuGenerateIrn">Generate IRN</li>
        <li id="mnuCancelIrn">Cancel IRN</li>
        <li id="mnuBulkUpload">Bulk Upload</li>
        <li id="mnuPrintInvoice">Print e-Invoice</li>
      </ul>
    </li>
    <li id="mnuMisReports">MIS Reports
      <ul>
        <li id="mnuIrnDetails">IRN Details</li>
        <li id="mnuBulkReport">Bulk Generation Report</li>
      </ul>
    </li>
    <li id="mnuApiRegistration">API Registration
      <ul>
        <li id="mnuUserCredentials">User Credentials
          <ul>
            <li id="mnuCreateApiUser">Create API User</li>
            <li id="mnuChangeApiPwd">Change API Password</li>
            <li id="mnuFreezeApiUser">Freeze API User</li>
          </ul>
        </li>
        <li id="mnuIpWhitelist">IP Whitelisting</li>
      </ul>
    </li>
    <li id="mnuUserMgmt">User Management
      <ul>
        <li id="mnuCreateSubUser">Create Sub-User</li>
        <li id="mnuUpdateSubUser">Update Sub-User</li>
      </ul>
    </li>
  </ul>
</div>`;

const LEAF_PAGES: Record<string, string> = {
  '/Invoice/Generate': 'Generate IRN',
  '/Invoice/Cancel': 'Cancel IRN',
  '/Invoice/BulkUpload': 'Bulk Upload',
  '/Invoice/Print': 'Print e-Invoice',
  '/MisRpt/IrnDetails': 'IRN Details',
  '/MisRpt/BulkGeneration': 'Bulk Generation Report',
  '/APIRegistration/ChangeAPIPassword': 'Change API Password',
  '/APIRegistration/FreezeAPIUser': 'Freeze API User',
  '/APIRegistration/IPWhitelisting': 'IP Whitelisting',
  '/UserMgmt/CreateSubUser': 'Create Sub-User',
  '/UserMgmt/UpdateSubUser': 'Update Sub-User',
};

interface PageSpec {
  title: string;
  body: string;
  script: string;
  token: string;
  gstin: string;
  /** Logged-in user name (shows the menu, the user box and Logout). */
  user: string | null;
  home?: boolean;
  data?: Record<string, unknown>;
}

function renderPage(p: PageSpec): string {
  const right = p.user
    ? `<div class="user-info">Welcome, <b>${esc(p.user.toUpperCase())}</b><br>GSTIN: ${esc(p.gstin)} | ${esc(TRADE_NAME)}</div>
      <input type="button" id="btnLogout" value="Logout">`
    : p.home
      ? '<input type="button" id="btnLogin" class="homepageloginbtn" value="Login">'
      : '';
  const data = p.data
    ? `<script>window.PageData = ${JSON.stringify(p.data).replace(/</g, '\\u003c')};</script>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)} | e-Invoice System</title>
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/lib/jqwidgets/styles/jqx.base.css">
<link rel="stylesheet" href="/lib/jqwidgets/styles/jqx.office.css">
<link rel="stylesheet" href="/css/site.css">
<script src="/lib/jquery/jquery.min.js"></script>
<script src="/lib/jqwidgets/jqx-all.js"></script>
<script src="/js/site.js"></script>
</head>
<body>
<div id="header" class="jqx-widget-header">
  <div class="logo"><img src="${ICON.emblem}" alt="GST emblem"><div><div class="site-title">e-Invoice System</div><div class="site-sub">Goods and Services Tax Network | National Informatics Centre</div></div></div>
  <div class="header-right">${right}</div>
</div>
${p.user ? MENU_HTML : ''}
<div id="mainContainer">
${p.body}
</div>
<div id="footer">Site designed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network.</div>
<div id="messageNotification"><div id="notificationContent"></div></div>
<div id="jqxLoader"></div>
<input type="hidden" id="hdnRequestVerificationToken" name="__RequestVerificationToken" value="${esc(p.token)}">
${data}
<script>
${p.script}
</script>
</body>
</html>`;
}

function homeBody(): string {
  return `<div class="home-banner jqx-widget jqx-widget-content jqx-rc-all">
  <h1>Welcome to e-Invoice System</h1>
  <div>Generate the Invoice Reference Number (IRN) for your B2B invoices, cancel IRNs, view reports and manage API access through your GSP or ERP.</div>
</div>
<div class="home-grid">
  <div class="jqx-widget jqx-widget-content jqx-rc-all"><div class="panel-title jqx-widget-header jqx-rc-t">Latest Updates</div>
    <div class="card-body">Two-factor authentication is mandatory for login to the e-Invoice System from 1st April 2025. The OTP is sent by SMS, the Sandes app or the NIC-GST-Shield app.</div></div>
  <div class="jqx-widget jqx-widget-content jqx-rc-all"><div class="panel-title jqx-widget-header jqx-rc-t">Services</div>
    <div class="card-body">e-Invoice generation (IRN)<br>Bulk generation of IRN<br>API registration through GSP / ERP<br>MIS reports</div></div>
  <div class="jqx-widget jqx-widget-content jqx-rc-all"><div class="panel-title jqx-widget-header jqx-rc-t">Help</div>
    <div class="card-body">Use the Login button at the top right with your GST portal credentials. For API access, log in and open API Registration.</div></div>
</div>`;
}

function loginBody(expired: boolean): string {
  return `<div id="loginPanel" class="login-panel jqx-widget jqx-widget-content jqx-rc-all">
  <div class="panel-title jqx-widget-header jqx-rc-t">Login to e-Invoice System</div>
  <div class="panel-body">
    ${expired ? `<div id="divSessionMsg" class="divError">${EXPIRED_TEXT}</div>` : ''}
    <div id="loginForm">
      <table class="form-table">
        <tr><td class="lbl"><div>Username <span class="req">*</span></div></td><td><input type="text" id="txtUserName" name="UserLogin.UserName"></td></tr>
        <tr><td class="lbl"><div>Password <span class="req">*</span></div></td><td><input type="password" id="txt_password" name="UserLogin.Password"></td></tr>
        <tr><td class="lbl"></td><td><div class="captcha-box"><img id="captcha_image" src="/get-captcha-image?rnd=${Date.now()}" width="150" height="50" alt="Captcha Image"><img id="imgRefreshCaptcha" src="${ICON.refresh}" width="26" height="26" alt="Refresh" title="Refresh Captcha" style="cursor: pointer;"></div></td></tr>
        <tr><td class="lbl"><div>Enter Captcha <span class="req">*</span></div></td><td><input type="text" id="CaptchaCode" name="CaptchaCode"></td></tr>
        <tr><td class="lbl"></td><td><input type="button" id="btnSubmitLogin" value="Login"></td></tr>
      </table>
    </div>
    <div><span id="lnkForgotUser" class="link-text">Forgot Username</span> | <span id="lnkForgotPwd" class="link-text">Forgot Password</span></div>
  </div>
</div>`;
}

function loginOtpBody(): string {
  return `<div id="otpPanel" class="login-panel jqx-widget jqx-widget-content jqx-rc-all">
  <div class="panel-title jqx-widget-header jqx-rc-t">Two Factor Authentication</div>
  <div class="panel-body">
    <div class="info-text">An OTP has been sent to your registered mobile number ${MOBILE_MASKED}. You may also use the OTP shown in the Sandes app or the NIC-GST-Shield app.</div>
    <div id="otpForm">
      <table class="form-table">
        <tr><td class="lbl"><div>Enter OTP <span class="req">*</span></div></td><td><input type="text" id="txtOtp" name="Otp"></td></tr>
        <tr><td class="lbl"></td><td class="btn-row"><input type="button" id="btnVerifyOTP" value="Verify OTP"><input type="button" id="btnResendOTP" value="Resend OTP"></td></tr>
      </table>
    </div>
    <div><span id="lnkBackToLogin" class="link-text">Back to Login</span></div>
  </div>
</div>`;
}

function mainMenuBody(showTechContact: boolean): string {
  const popup = showTechContact
    ? `<div id="winTechContact" style="display: none;">
  <div>Contacts of Technical Person</div>
  <div>
    <div class="win-text">Please provide the contact details of the technical person of your organisation who handles the e-Invoice / API integration. NIC will use them for technical communication.</div>
    <div id="techForm">
      <table class="form-table">
        <tr><td class="lbl" style="width: 150px;"><div>Name <span class="req">*</span></div></td><td><input type="text" id="txtTechName" value="Rahul Deshmukh"></td></tr>
        <tr><td class="lbl" style="width: 150px;"><div>Mobile No. <span class="req">*</span></div></td><td><input type="text" id="txtTechMobile" value="9822012345"></td></tr>
        <tr><td class="lbl" style="width: 150px;"><div>E-mail ID <span class="req">*</span></div></td><td><input type="text" id="txtTechEmail" value="it.support@unitedfab.in"></td></tr>
      </table>
    </div>
    <div class="win-buttons"><input type="button" id="btnTechUpdate" value="Update"><input type="button" id="btnTechExit" value="Exit"></div>
  </div>
</div>`
    : '';
  return `<div class="page-heading">Dash Board</div>
<div class="dash-grid">
  <div class="dash-card jqx-widget jqx-widget-content jqx-rc-all"><div class="panel-title jqx-widget-header jqx-rc-t">Generations</div>
    <div class="panel-body"><div class="count">0</div><div>IRNs generated today</div></div></div>
  <div class="dash-card jqx-widget jqx-widget-content jqx-rc-all"><div class="panel-title jqx-widget-header jqx-rc-t">Cancelled</div>
    <div class="panel-body"><div class="count">0</div><div>IRNs cancelled today</div></div></div>
</div>
${popup}`;
}

function createApiUserBody(): string {
  return `<div class="page-panel jqx-widget jqx-widget-content jqx-rc-all">
  <div class="panel-title jqx-widget-header jqx-rc-t">API Registration</div>
  <div class="panel-body">
    <div id="divOtpSection">
      <div class="section-title">Create API User</div>
      <div id="divOtpMsg" class="info-text">Sending OTP to your registered mobile number...</div>
      <div id="apiOtpForm">
        <table class="form-table">
          <tr><td class="lbl"><div>Enter OTP <span class="req">*</span></div></td><td><input type="text" id="txtApiOtp" name="Otp"></td></tr>
          <tr><td class="lbl"></td><td class="btn-row"><input type="button" id="btnApiVerifyOtp" value="Verify OTP"><input type="button" id="btnApiResendOtp" value="Resend OTP"></td></tr>
        </table>
      </div>
    </div>
    <div id="divRegistration" style="display: none;"></div>
  </div>
</div>
<div id="winConfirm" style="display: none;">
  <div>Confirmation</div>
  <div>
    <div id="confirmText" class="win-text"></div>
    <div class="win-buttons"><input type="button" id="btnConfirmYes" value="Yes"><input type="button" id="btnConfirmNo" value="No"></div>
  </div>
</div>`;
}

function registrationFragment(gstin: string): string {
  return `<div id="regForm">
  <div class="section-title">Create API User</div>
  <table class="form-table">
    <tr><td class="lbl"><div>GSTIN</div></td><td><div class="static-value">${esc(gstin)}</div></td></tr>
    <tr><td class="lbl"><div>Do you wish to Register your GSTIN for <span class="req">*</span></div></td>
      <td><div id="rbgMode" class="radio-group"><div id="rbDirect">Directly</div><div id="rbGsp">Through GSP</div><div id="rbErp">Through ERP</div><div id="rbOther">Through Client-Id of other</div></div></td></tr>
    <tr id="trModeNote" style="display: none;"><td class="lbl"></td><td><div id="divModeNote" class="note-text"></div></td></tr>
    <tr class="gsp-row" style="display: none;"><td class="lbl"><div>Select your GSP <span class="req">*</span></div></td><td><div id="ddlGsp" name="GspName"></div></td></tr>
    <tr class="gsp-row" style="display: none;"><td class="lbl"><div>Username <span class="req">*</span></div></td>
      <td><div class="prefix-box"><span class="api-prefix jqx-widget-header jqx-rc-l">API_</span><input type="text" id="txtApiUserName" name="UserName"></div></td></tr>
    <tr class="gsp-row" style="display: none;"><td class="lbl"><div>Password <span class="req">*</span></div></td><td><input type="password" id="txtApiPassword" name="Password"></td></tr>
    <tr class="gsp-row" style="display: none;"><td class="lbl"><div>Re-enter Password <span class="req">*</span></div></td><td><input type="password" id="txtApiConfirmPassword" name="ConfirmPassword"></td></tr>
    <tr class="gsp-row" style="display: none;"><td class="lbl"></td><td><div class="note-text">Password should be 8 to 15 characters long and contain at least one upper case letter, one lower case letter, one number and one special character.</div></td></tr>
    <tr><td class="lbl"></td><td class="btn-row"><input type="button" id="btnSubmit" value="Submit"><input type="button" id="btnExit" value="Exit"></td></tr>
  </table>
</div>
<div class="section-title" style="margin-top: 18px;">GSPs registered for GSTIN ${esc(gstin)}</div>
<div id="gridRegistered"></div>`;
}

function leafBody(title: string): string {
  return `<div class="page-panel jqx-widget jqx-widget-content jqx-rc-all">
  <div class="panel-title jqx-widget-header jqx-rc-t">${esc(title)}</div>
  <div class="panel-body"><div class="info-text">This option is not available for your login at present. Please try again later.</div></div>
</div>`;
}

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const col = (lo: number, hi: number): string =>
    `rgb(${Math.round(rnd(lo, hi))},${Math.round(rnd(lo, hi))},${Math.round(rnd(lo, hi))})`;
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50"><rect width="150" height="50" fill="#eef3e6"/>`;
  for (let i = 0; i < 45; i++) {
    s += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.6, 1.6).toFixed(1)}" fill="${col(90, 190)}"/>`;
  }
  for (let i = 0; i < 6; i++) {
    s += `<line x1="${rnd(0, 150).toFixed(1)}" y1="${rnd(0, 50).toFixed(1)}" x2="${rnd(0, 150).toFixed(1)}" y2="${rnd(0, 50).toFixed(1)}" stroke="${col(100, 200)}" stroke-width="${rnd(0.8, 1.8).toFixed(1)}"/>`;
  }
  const chars = text.split('');
  chars.forEach((ch, i) => {
    const x = 16 + i * (120 / Math.max(1, chars.length)) + rnd(-3, 3);
    const y = 35 + rnd(-5, 5);
    s += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-24, 24).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Georgia, 'Times New Roman', serif" font-size="${Math.round(rnd(25, 31))}" font-weight="bold" fill="${col(20, 90)}">${esc(ch)}</text>`;
  });
  s += `<path d="M0 ${rnd(15, 35).toFixed(1)} C 40 ${rnd(0, 50).toFixed(1)}, 100 ${rnd(0, 50).toFixed(1)}, 150 ${rnd(15, 35).toFixed(1)}" fill="none" stroke="${col(40, 120)}" stroke-width="1.4"/></svg>`;
  return s;
}

// ------------------------------------------------------------------------------------------
// Server
// ------------------------------------------------------------------------------------------

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  csrf: string;
  username: string;
  lastSeen: number;
  techShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

type Body = Record<string, unknown>;

const STATIC_FILES: Record<string, { type: string; body: string }> = {
  '/lib/jquery/jquery.min.js': { type: 'application/javascript; charset=utf-8', body: JQUERY_JS },
  '/lib/jqwidgets/jqx-all.js': { type: 'application/javascript; charset=utf-8', body: JQX_JS },
  '/lib/jqwidgets/styles/jqx.base.css': { type: 'text/css; charset=utf-8', body: BASE_CSS },
  '/lib/jqwidgets/styles/jqx.office.css': { type: 'text/css; charset=utf-8', body: OFFICE_CSS },
  '/css/site.css': { type: 'text/css; charset=utf-8', body: SITE_CSS },
  '/js/site.js': { type: 'application/javascript; charset=utf-8', body: SITE_JS },
};

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > 256 * 1024) break;
    chunks.push(b);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text).entries());
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Body) : {};
  } catch {
    return {};
  }
}

const str = (b: Body, k: string): string => {
  const v = b[k];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
};

function stamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const PASSWORD_OK = (v: string): boolean =>
  v.length >= 8 &&
  v.length <= 15 &&
  /[A-Z]/.test(v) &&
  /[a-z]/.test(v) &&
  /[0-9]/.test(v) &&
  /[^A-Za-z0-9]/.test(v);

export async function startJqwidgetsR23Rendition(
  options: JqwidgetsR23Options = {},
): Promise<JqwidgetsR23Rendition> {
  const state: JqwidgetsR23State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration that exists before the server starts (not part of state.users). */
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_ufabtera',
      createdOn: '14/10/2020 11:42',
    },
  ];
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expiryUsed = false;

  const newSession = (stage: Session['stage'], username = ''): Session => {
    const s: Session = {
      id: randomBytes(18).toString('hex'),
      stage,
      csrf: `CfDJ8${randomBytes(30).toString('base64url')}`,
      username,
      lastSeen: Date.now(),
      techShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    return s;
  };
  const sessionCookie = (s: Session): string => `${SESSION_COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`;
  const lookup = (id: string | undefined): Session | null => {
    if (!id) return null;
    const s = sessions.get(id);
    if (!s) return null;
    if (Date.now() - s.lastSeen > SESSION_IDLE_MS) {
      sessions.delete(id);
      return null;
    }
    s.lastSeen = Date.now();
    return s;
  };
  const registrationsFor = (gstin: string): Registration[] => [
    ...seeded.filter((r) => r.gstin === gstin),
    ...state.users
      .filter((u) => u.gstin === gstin)
      .map((u) => ({ gstin: u.gstin, gsp: u.gsp, username: u.username, createdOn: u.createdOn })),
  ];
  const registeredRows = (): { gsp: string; username: string; createdOn: string; status: string }[] =>
    registrationsFor(state.gstin).map((r) => ({
      gsp: r.gsp,
      username: r.username,
      createdOn: r.createdOn,
      status: 'Active',
    }));
  const expireNow = (stage: JqwidgetsR23Expiry, s: Session): boolean => {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    sessions.delete(s.id);
    state.expired.push(stage);
    return true;
  };

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ): void => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };
  const json = (
    res: ServerResponse,
    status: number,
    obj: unknown,
    headers: Record<string, string> = {},
  ): void => send(res, status, 'application/json; charset=utf-8', JSON.stringify(obj), headers);
  const html = (res: ServerResponse, body: string, headers: Record<string, string> = {}): void =>
    send(res, 200, 'text/html; charset=utf-8', body, headers);
  const redirect = (res: ServerResponse, location: string, headers: Record<string, string> = {}): void => {
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...headers });
    res.end();
  };
  const lost = (res: ServerResponse): void =>
    json(res, 401, { sessionExpired: true, message: EXPIRED_TEXT, redirectUrl: '/Home/Login?expired=1' });
  const badToken = (res: ServerResponse): void =>
    json(res, 400, {
      success: false,
      message: 'The request could not be verified. Please reload the page and try again.',
    });

  const page = (s: Session | null, spec: Omit<PageSpec, 'token' | 'gstin' | 'user'>): string =>
    renderPage({
      ...spec,
      token: s?.csrf ?? '',
      gstin: state.gstin,
      user: s && s.stage === 'auth' ? s.username : null,
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const session = lookup(parseCookies(req.headers.cookie)[SESSION_COOKIE]);
    const auth = session && session.stage === 'auth' ? session : null;
    const tokenOk = (s: Session): boolean => req.headers.requestverificationtoken === s.csrf;

    if (method === 'GET') {
      const file = STATIC_FILES[path];
      if (file) return send(res, 200, file.type, file.body, { 'Cache-Control': 'public, max-age=600' });
      if (path === '/favicon.ico')
        return send(
          res,
          200,
          'image/svg+xml',
          decodeURIComponent(ICON.emblem.slice('data:image/svg+xml,'.length)),
        );
      if (path === '/get-captcha-image') return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      if (path === '/' || path === '/Home' || path === '/Home/Index') {
        return html(res, page(session, { title: 'Home', body: homeBody(), script: HOME_JS, home: !auth }));
      }
      if (path === '/Home/Login') {
        const s = session ?? newSession('anon');
        const headers: Record<string, string> = session ? {} : { 'Set-Cookie': sessionCookie(s) };
        const view = renderPage({
          title: 'Login',
          body: loginBody(url.searchParams.get('expired') === '1'),
          script: LOGIN_JS,
          token: s.csrf,
          gstin: state.gstin,
          user: null,
        });
        return html(res, view, headers);
      }
      if (path === '/Home/LoginOtp') {
        if (auth) return redirect(res, '/Home/MainMenu');
        if (session?.stage !== 'otp') return redirect(res, '/Home/Login?expired=1');
        return html(
          res,
          renderPage({
            title: 'Two Factor Authentication',
            body: loginOtpBody(),
            script: LOGIN_OTP_JS,
            token: session.csrf,
            gstin: state.gstin,
            user: null,
          }),
        );
      }
      if (path === '/Home/MainMenu') {
        if (!auth) return redirect(res, '/Home/Login?expired=1');
        const show = !auth.techShown;
        auth.techShown = true;
        return html(
          res,
          page(auth, {
            title: 'Dash Board',
            body: mainMenuBody(show),
            script: MAIN_MENU_JS,
            data: { showTechContact: show },
          }),
        );
      }
      if (path === '/APIRegistration/CreateAPIUser') {
        if (!auth) return redirect(res, '/Home/Login?expired=1');
        auth.apiOtpSent = false;
        auth.apiOtpVerified = false;
        return html(
          res,
          page(auth, {
            title: 'Create API User',
            body: createApiUserBody(),
            script: CREATE_API_USER_JS,
            data: { gstin: state.gstin },
          }),
        );
      }
      if (path === '/APIRegistration/_RegistrationForm') {
        if (!auth) return lost(res);
        if (!auth.apiOtpVerified)
          return json(res, 403, {
            success: false,
            message: 'Please verify the OTP sent to your registered mobile number first.',
          });
        return html(res, registrationFragment(state.gstin));
      }
      if (path === '/APIRegistration/GetGspList') {
        if (!auth) return lost(res);
        return json(
          res,
          200,
          GSP_NAMES.map((n) => ({ label: n, value: n })),
        );
      }
      if (path === '/APIRegistration/RegisteredGsps') {
        if (!auth) return lost(res);
        return json(res, 200, registeredRows());
      }
      const leaf = LEAF_PAGES[path];
      if (leaf) {
        if (!auth) return redirect(res, '/Home/Login?expired=1');
        return html(res, page(auth, { title: leaf, body: leafBody(leaf), script: '' }));
      }
      if (req.headers['x-requested-with'] === 'XMLHttpRequest')
        return json(res, 404, { message: 'Not found' });
      return send(
        res,
        404,
        'text/html; charset=utf-8',
        page(session, { title: 'Page not found', body: leafBody('Page not found'), script: '' }),
      );
    }

    if (method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
    const body = await readBody(req);

    if (path === '/Home/Login') {
      if (!session) return lost(res);
      if (!tokenOk(session)) return badToken(res);
      if (str(body, 'CaptchaCode').trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return json(res, 200, {
          success: false,
          field: 'captcha',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
        });
      }
      const user = str(body, 'UserName').trim();
      if (
        user.toLowerCase() !== JQWIDGETS_R23_LOGIN.username.toLowerCase() ||
        str(body, 'Password') !== JQWIDGETS_R23_LOGIN.password
      ) {
        state.refusals.push('login');
        return json(res, 200, {
          success: false,
          field: 'login',
          message: 'Invalid Login Credentials. Please check your Username and Password.',
        });
      }
      sessions.delete(session.id);
      const next = newSession('otp', JQWIDGETS_R23_LOGIN.username);
      return json(
        res,
        200,
        { success: true, redirectUrl: '/Home/LoginOtp' },
        { 'Set-Cookie': sessionCookie(next) },
      );
    }
    if (path === '/Home/VerifyLoginOtp' || path === '/Home/ResendLoginOtp') {
      if (session?.stage !== 'otp') return lost(res);
      if (!tokenOk(session)) return badToken(res);
      if (path === '/Home/ResendLoginOtp') {
        return json(res, 200, {
          success: true,
          message: `OTP has been re-sent to your registered mobile number ${MOBILE_MASKED}.`,
        });
      }
      if (str(body, 'Otp').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, 200, {
          success: false,
          message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        });
      }
      session.stage = 'auth';
      session.techShown = false;
      return json(res, 200, { success: true, redirectUrl: '/Home/MainMenu' });
    }

    if (!auth) return lost(res);

    if (path === '/APIRegistration/SendOtp') {
      if (expireNow('api-otp-send', auth)) return lost(res);
      if (!tokenOk(auth)) return badToken(res);
      auth.apiOtpSent = true;
      auth.apiOtpVerified = false;
      return json(res, 200, {
        success: true,
        message: `An OTP has been sent to your registered mobile number ${MOBILE_MASKED}. The OTP is valid for 10 minutes.`,
      });
    }
    if (path === '/APIRegistration/VerifyOtp') {
      if (expireNow('api-otp-verify', auth)) return lost(res);
      if (!tokenOk(auth)) return badToken(res);
      if (!auth.apiOtpSent)
        return json(res, 200, { success: false, message: 'Please generate the OTP first using Resend OTP.' });
      if (str(body, 'Otp').trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(res, 200, {
          success: false,
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
      }
      auth.apiOtpVerified = true;
      return json(res, 200, { success: true, message: 'OTP verified successfully.' });
    }
    if (path === '/APIRegistration/Submit') {
      if (expireNow('submit', auth)) return lost(res);
      if (!tokenOk(auth)) return badToken(res);
      if (!auth.apiOtpVerified)
        return json(res, 200, {
          success: false,
          message: 'Please verify the OTP sent to your registered mobile number first.',
        });
      if (str(body, 'RegistrationMode') !== 'GSP')
        return json(res, 200, { success: false, message: 'This option is not enabled for your GSTIN.' });
      const gsp = GSP_NAMES.find((n) => n === str(body, 'GspName'));
      if (!gsp) return json(res, 200, { success: false, message: 'Please select your GSP.' });
      const typed = str(body, 'UserName').trim();
      if (!/^[A-Za-z0-9_]{2,11}$/.test(typed))
        return json(res, 200, { success: false, message: 'Enter 2 to 11 letters, digits or _ after API_.' });
      const password = str(body, 'Password');
      if (!PASSWORD_OK(password)) {
        return json(res, 200, {
          success: false,
          message:
            'Password should be 8 to 15 characters long and contain at least one upper case letter, one lower case letter, one number and one special character.',
        });
      }
      if (password !== str(body, 'ConfirmPassword'))
        return json(res, 200, { success: false, message: 'Password and Re-enter Password do not match.' });
      const username = `API_${typed}`;
      if (registrationsFor(state.gstin).some((r) => r.gsp.toLowerCase() === gsp.toLowerCase())) {
        state.refusals.push('duplicate');
        return json(res, 200, {
          success: false,
          code: 'duplicate',
          message: `GSTIN ${state.gstin} is already registered with the GSP ${gsp}. Please select another GSP.`,
        });
      }
      const taken = [
        ...TAKEN_USERNAMES,
        ...seeded.map((r) => r.username),
        ...state.users.map((u) => u.username),
      ];
      if (taken.some((t) => t.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return json(res, 200, {
          success: false,
          code: 'username-taken',
          message: `User name ${username} is already taken. Please choose another user name.`,
        });
      }
      state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: stamp(new Date()) });
      return json(res, 200, {
        success: true,
        message: `API user ${username} has been created successfully for ${gsp}.`,
        registered: registeredRows(),
      });
    }
    if (path === '/Home/UpdateTechContact') {
      if (!tokenOk(auth)) return badToken(res);
      return json(res, 200, {
        success: true,
        message: 'Contact details of the technical person have been updated successfully.',
      });
    }
    if (path === '/Home/Logout') {
      sessions.delete(auth.id);
      return json(
        res,
        200,
        { success: true, redirectUrl: '/' },
        { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; Max-Age=0` },
      );
    }
    return json(res, 404, { message: 'Not found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error');
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
