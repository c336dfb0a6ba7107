/**
 * Rendition r7-telerik: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as an ASP.NET WebForms site built with
 * Telerik UI for ASP.NET AJAX (classic render mode, "Default" skin) would draw it in the browser:
 * one <form id="form1"> per page with __VIEWSTATE / __EVENTVALIDATION, __doPostBack full posts,
 * MS AJAX partial postbacks (RadAjaxPanel, "len|type|id|content|" delta responses with
 * updatePanel / hiddenField / arrayDeclaration / expando / scriptStartupBlock / pageRedirect),
 * a RadAjaxLoadingPanel over the updating region, ASP.NET validators as red spans, RadTextBox,
 * RadButton (span + input.rbDecorated), RadCaptcha, RadWindow (table chrome, rwCloseButton, moved
 * to the end of the form, TelerikModalOverlay), radalert / radconfirm, RadComboBox (rcbInput,
 * arrow, rcbSlide dropdown moved to the end of the form, ClientState JSON, Contains filter),
 * a vertical RadMenu (ClickToOpen, slide-out rmSlide groups), RadNotification (corner popup that
 * closes itself) and a RadGrid table. Every line of markup, style and script is written here.
 *
 * Choices made where the docs say "unknown" (placeholders; the bot must not rely on them):
 * - Login: the header RadButton "Login" opens a modal RadWindow "Login" holding a RadAjaxPanel
 *   (username, password, RadCaptcha). Wrong captcha / credentials: the panel is re-rendered
 *   (password and captcha emptied) and a startup script runs alert('Invalid Captcha. ...') or
 *   alert('Invalid Login Credentials. ...'). The 2FA step replaces the panel ("Enter OTP",
 *   "Verify OTP", "Resend OTP"); a wrong OTP shows a red label in the panel.
 * - Dashboard /Home/MainMenu.aspx, heading "Dash Board"; the "Contacts of Technical Person"
 *   RadWindow (modal) opens on the first dashboard visit of a session: title-bar Close or the
 *   red "Exit" button closes it, "Update" saves by partial postback. A RadNotification about 2FA
 *   also shows in the bottom-right corner and hides itself.
 * - Create API User lives at /APIRegistration/CreateAPIUser.aspx. Opening it does NOT send the
 *   OTP: the panel shows the masked mobile and a "Send OTP" button (the e-way bill portal's
 *   shape). Wrong API OTP: radalert window "Invalid OTP. ..." (OK button).
 * - "Do you wish to Register your GSTIN for" is an AutoPostBack RadioButtonList (table);
 *   choosing "Through GSP" re-renders the panel with "Select your GSP" (RadComboBox with a
 *   "-- Select --" first item, typing filters), "Username" behind a fixed "API_" label
 *   (4-15 letters/digits typed), "Password" / "Re-enter Password" (8-15 chars, upper, lower,
 *   digit, special), "Submit" and "Exit".
 * - Submit asks a radconfirm ("Are you sure ...", OK / Cancel). Success: RadNotification
 *   "API User API_x has been created successfully ..." (auto-hides) and the RadGrid
 *   "GSPs registered for GSTIN ..." lists the user. Same GSP again: radalert "... is already
 *   registered with ...". Taken username: error RadNotification (auto-hides), fields kept,
 *   passwords emptied.
 * - Session expiry (expireOnce): the partial postback answers a pageRedirect to
 *   /Default.aspx?SessionExpired=1&ReturnUrl=..., where the login window opens by itself with
 *   the red text "Your session has expired. Please login again."; the server session is gone.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first postback of that stage finds it gone. */
export type R7TelerikExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R7TelerikOptions {
  expireOnce?: R7TelerikExpiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Whether the technical-contact window opens on the first dashboard visit of a session (default true). */
  techContact?: boolean;
}

export interface R7TelerikUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R7TelerikState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R7TelerikUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R7TelerikRendition {
  url: string;
  close(): Promise<void>;
  state: R7TelerikState;
}

const LOGIN = { username: 'sdagro27', password: 'Irp@Login2025' };
const MOBILE = 'XXXXXX7305';
const TRADE_NAME = 'SHREE DATTA AGRO INDUSTRIES';
const HOME_PATH = '/Default.aspx';
const MAIN_PATH = '/Home/MainMenu.aspx';
const CREATE_PATH = '/APIRegistration/CreateAPIUser.aspx';
const USER_RX = /^[A-Za-z0-9]{4,15}$/;
const USER_RX_TEXT = '^[A-Za-z0-9]{4,15}$';
const PWD_RX = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const PWD_RX_TEXT = '^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,15}$';

const GSP_NAMES = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Tally ( India) Private Ltd',
  'TCS e-Biz Services',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];
const GSP_ITEMS: { text: string; value: string }[] = [
  { text: '-- Select --', value: '0' },
  ...GSP_NAMES.map((text, i) => ({ text, value: `GSP${String(101 + i * 7)}` })),
];

const REG_TYPES = [
  { text: 'Directly', value: 'D' },
  { text: 'Through GSP', value: 'G' },
  { text: 'Through ERP', value: 'E' },
  { text: 'Through Client-Id of other', value: 'C' },
];

interface MenuNode {
  text: string;
  href?: string;
  children?: MenuNode[];
}

const MENU: MenuNode[] = [
  { text: 'Dash Board', href: MAIN_PATH },
  {
    text: 'e-Invoice',
    children: [
      { text: 'Generate', href: '/EInvoice/Generate.aspx' },
      { text: 'Bulk Upload', href: '/EInvoice/BulkUpload.aspx' },
      { text: 'Cancel', href: '/EInvoice/Cancel.aspx' },
      { text: 'Print', href: '/EInvoice/Print.aspx' },
    ],
  },
  {
    text: 'MIS Reports',
    children: [
      { text: 'Generated e-Invoices', href: '/MisRpt/Generated.aspx' },
      { text: 'Cancelled e-Invoices', href: '/MisRpt/Cancelled.aspx' },
      { text: 'API User Details', href: '/MisRpt/ApiUsers.aspx' },
    ],
  },
  {
    text: 'User Management',
    children: [
      { text: 'Create Sub-User', href: '/UserMgmt/CreateSubUser.aspx' },
      { text: 'Update Sub-User', href: '/UserMgmt/UpdateSubUser.aspx' },
      { text: 'Change Password', href: '/UserMgmt/ChangePassword.aspx' },
    ],
  },
  {
    text: 'API Registration',
    children: [
      {
        text: 'User Credentials',
        children: [
          { text: 'Create API User', href: CREATE_PATH },
          { text: 'Change API Password', href: '/APIRegistration/ChangeAPIPassword.aspx' },
        ],
      },
      { text: 'IP Whitelisting', href: '/APIRegistration/IPWhitelisting.aspx' },
      { text: 'Freeze API User', href: '/APIRegistration/FreezeAPIUser.aspx' },
    ],
  },
];

function menuLeaves(nodes: MenuNode[]): MenuNode[] {
  const out: MenuNode[] = [];
  for (const n of nodes) {
    if (n.children) out.push(...menuLeaves(n.children));
    else if (n.href) out.push(n);
  }
  return out;
}

/* ----------------------------------------------------------------------------------------------
 * Unique ids (name attributes) of the server controls; client ids replace '$' with '_'.
 * -------------------------------------------------------------------------------------------- */
const CPH = 'ctl00$ContentPlaceHolder1$';
const LW = `${CPH}rwLogin$C$`;
const TW = `${CPH}rwTechContact$C$`;
const U = {
  scriptManager: 'ctl00$RadScriptManager1',
  headerLogin: 'ctl00$btnLogin',
  logout: 'ctl00$lnkLogout',
  loading: 'ctl00$RadAjaxLoadingPanel1',
  menu: 'ctl00$RadMenu1',
  rwLogin: `${CPH}rwLogin`,
  rapLogin: `${LW}rapLogin`,
  user: `${LW}txtUserName`,
  pwd: `${LW}txt_password`,
  captcha: `${LW}RadCaptcha1`,
  captchaText: `${LW}RadCaptcha1$CaptchaTextBox`,
  captchaRefresh: `${LW}RadCaptcha1$CaptchaLinkButton`,
  btnLogin: `${LW}btnLogin`,
  loginOtp: `${LW}txtOtp`,
  btnVerifyLogin: `${LW}btnVerifyOTP`,
  resendLogin: `${LW}lnkResendOTP`,
  rwTech: `${CPH}rwTechContact`,
  rapTech: `${TW}rapTech`,
  techName: `${TW}txtTechName`,
  techMobile: `${TW}txtTechMobile`,
  techEmail: `${TW}txtTechEmail`,
  btnTechUpdate: `${TW}btnUpdate`,
  btnTechExit: `${TW}btnExit`,
  rnInfo: `${CPH}rnInfo`,
  rapCreate: `${CPH}rapCreate`,
  btnSendOtp: `${CPH}btnSendOtp`,
  resendApi: `${CPH}lnkResendOtp`,
  apiOtp: `${CPH}txtOtp`,
  btnVerifyApi: `${CPH}btnVerifyOtp`,
  rbl: `${CPH}rblRegType`,
  gsp: `${CPH}rcbGSP`,
  apiUser: `${CPH}txtUserName`,
  apiPwd: `${CPH}txtPassword`,
  apiPwd2: `${CPH}txtConfirmPassword`,
  btnSubmit: `${CPH}btnSubmit`,
  btnExit: `${CPH}btnExit`,
  rnMessage: `${CPH}rnMessage`,
  grid: `${CPH}rgApiUsers`,
} as const;

function cid(unique: string): string {
  return unique.replace(/\$/g, '_');
}

/** Validator client ids. */
const V = {
  user: cid(`${LW}rfvUserName`),
  pwd: cid(`${LW}rfvPassword`),
  captcha: cid(`${LW}rfvCaptcha`),
  loginOtp: cid(`${LW}rfvOtp`),
  techName: cid(`${TW}rfvTechName`),
  apiOtp: cid(`${CPH}rfvOtp`),
  apiOtpRx: cid(`${CPH}revOtp`),
  gsp: cid(`${CPH}rfvGSP`),
  apiUser: cid(`${CPH}rfvUserName`),
  apiUserRx: cid(`${CPH}revUserName`),
  apiPwd: cid(`${CPH}rfvPassword`),
  apiPwdRx: cid(`${CPH}revPassword`),
  apiPwd2: cid(`${CPH}rfvConfirmPassword`),
  apiPwdCmp: cid(`${CPH}cvConfirmPassword`),
} as const;

/* ----------------------------------------------------------------------------------------------
 * Styles: site theme (App_Themes) and an approximation of the Telerik "Default" skin.
 * -------------------------------------------------------------------------------------------- */
const SITE_CSS = `html, body { margin: 0; padding: 0; }
body { font-family: "Segoe UI", Tahoma, Arial, sans-serif; font-size: 13px; color: #222; background: #e9edf2; }
a { color: #1b4f93; }
.siteHeader { background: linear-gradient(#1f4e8c, #163a69); color: #fff; height: 66px; display: flex; align-items: center; justify-content: space-between; padding: 0 18px; }
.brand { display: flex; align-items: center; }
.emblem { width: 44px; height: 44px; border-radius: 50%; background: #fff; color: #163a69; font-weight: bold; font-size: 10px; display: flex; align-items: center; justify-content: center; margin-right: 12px; text-align: center; line-height: 11px; }
.brandTitle { font-size: 21px; font-weight: 600; display: block; }
.brandSub { font-size: 11px; opacity: .85; display: block; }
.headerRight { font-size: 12px; text-align: right; }
.headerRight a { color: #fff; font-weight: 600; }
.headerRight .userLine { margin-bottom: 3px; }
.topNav { background: #f0a830; padding: 0 18px; height: 30px; line-height: 30px; }
.topNav a { color: #1d2a3a; text-decoration: none; margin-right: 22px; font-weight: 600; font-size: 12px; }
table.layout { width: 100%; border-collapse: collapse; }
table.layout td.sidebar { width: 210px; vertical-align: top; background: #fff; border-right: 1px solid #c9d3e0; padding: 0; }
table.layout td.mainContent { vertical-align: top; padding: 16px 22px 40px; min-height: 480px; height: 480px; }
.siteFooter { text-align: center; font-size: 11px; color: #555; padding: 10px; border-top: 1px solid #c9d3e0; background: #f7f8fa; }
.pageTitle { font-size: 18px; color: #163a69; margin: 0 0 14px; border-bottom: 2px solid #f0a830; padding-bottom: 6px; font-weight: 600; }
.breadcrumb { font-size: 11px; color: #666; margin-bottom: 6px; }
.panelBox { background: #fff; border: 1px solid #c9d3e0; margin-bottom: 16px; }
.panelHead { background: #dfe7f2; color: #163a69; font-weight: 600; padding: 8px 12px; border-bottom: 1px solid #c9d3e0; font-size: 14px; }
.panelBody { padding: 14px 16px; }
.subHead { font-weight: 600; color: #333; font-size: 13px; margin: 0 0 10px; }
table.formTable { border-collapse: collapse; }
table.formTable td { padding: 6px 8px; vertical-align: middle; }
table.formTable td.lbl { font-weight: 600; width: 250px; text-align: right; color: #333; }
table.loginTable td.lbl { width: 90px; }
.req { color: #d00000; }
.errormsg { margin-left: 6px; font-size: 12px; }
.successLabel { color: #1a7f37; font-weight: 600; display: block; margin-bottom: 10px; }
.errorLabel { display: block; margin: 0 0 8px; font-weight: 600; }
.note, .hint { color: #5a5a5a; font-size: 12px; }
.hint { margin-top: 3px; }
.staticVal { font-weight: 600; }
.prefixLabel { display: inline-block; padding: 3px 7px; background: #eceff3; border: 1px solid #8e8e8e; border-right: 0; font-weight: 600; vertical-align: middle; line-height: 16px; }
.infoBox { border: 1px solid #e3c77a; background: #fff8e1; padding: 8px 10px; color: #5b4500; max-width: 560px; }
.rblRegType td { padding: 0 14px 0 0; white-space: nowrap; }
.rblRegType label { margin-left: 3px; }
.cards { display: flex; }
.card { background: #fff; border: 1px solid #c9d3e0; width: 230px; margin-right: 16px; }
.card .cardHead { background: #2b5797; color: #fff; padding: 7px 10px; font-weight: 600; }
.card .cardBody { padding: 10px; }
.card .cardBody table td { padding: 3px 6px; }
.card .count { font-size: 20px; font-weight: 600; color: #163a69; }
.homeBanner { background: #fff; border: 1px solid #c9d3e0; padding: 18px 22px; margin: 16px 22px; }
.homeBanner h1 { margin: 0 0 8px; font-size: 22px; color: #163a69; }
.homeCols { display: flex; margin: 0 22px 30px; }
.homeCols .col { background: #fff; border: 1px solid #c9d3e0; padding: 10px 16px; margin-right: 16px; flex: 1; }
.homeCols h3 { font-size: 14px; color: #163a69; border-bottom: 1px solid #e0e0e0; padding-bottom: 5px; }
.loginBox { padding: 4px 6px; }
.loginLinks { font-size: 12px; margin-top: 6px; }
.gridTitle { font-weight: 600; color: #163a69; margin: 18px 0 6px; }
.popupNote { color: #444; margin-bottom: 8px; font-size: 12px; }
.popupButtons { text-align: center; padding: 8px 0 2px; }
`;

const SKIN_CSS = String.raw`/* Telerik.Web.UI.Skins.Default (approximation) */
.RadInput { display: inline-block; vertical-align: middle; white-space: nowrap; }
.RadInput_Default .riTextBox { box-sizing: border-box; width: 100%; border: 1px solid #8e8e8e; padding: 3px 5px; font: 12px "Segoe UI", Arial, sans-serif; color: #000; background: #fff; height: 24px; }
.RadInput_Default .riHover { border-color: #000; }
.RadInput_Default .riFocused { border-color: #3d6fb5; outline: 0; }
.RadButton { display: inline-block; vertical-align: middle; position: relative; cursor: pointer; margin-right: 6px; outline: 0; }
.RadButton_Default .rbDecorated { font: 12px "Segoe UI", Arial, sans-serif; border: 1px solid #7a7a7a; border-radius: 3px; background: linear-gradient(#fafafa, #dadada); padding: 4px 16px; cursor: pointer; color: #000; }
.RadButton_Default.rbHovered .rbDecorated { background: linear-gradient(#ffffff, #cfe0f5); border-color: #3d6fb5; }
.RadButton_Default.rbDisabled .rbDecorated { opacity: .5; cursor: default; }
.RadButton_Default.btnPrimary .rbDecorated { background: linear-gradient(#3d78c4, #24569a); color: #fff; border-color: #1d477f; }
.RadButton_Default.btnPrimary.rbHovered .rbDecorated { background: linear-gradient(#4a88d6, #2a62ad); }
.RadButton_Default.btnExit .rbDecorated { background: linear-gradient(#e25b5b, #c43131); color: #fff; border-color: #9e2222; }
.RadButton_Default.btnHeader .rbDecorated { background: #f0a830; border-color: #c98a1c; color: #1d2a3a; font-weight: 600; padding: 5px 22px; }
.RadCaptcha { display: inline-block; vertical-align: middle; }
.RadCaptcha img { border: 1px solid #b5b5b5; }
.RadCaptcha .rcRefreshImage { font-size: 11px; display: inline-block; margin: 3px 0; }
.RadCaptcha p { margin: 2px 0 0; }
.RadCaptcha .rcCaptchaTextBox { width: 110px; border: 1px solid #8e8e8e; padding: 3px 5px; font: 12px "Segoe UI", Arial, sans-serif; height: 24px; box-sizing: border-box; }
.RadCaptcha label { display: block; font-size: 11px; color: #555; }
.RadWindow { font: 12px "Segoe UI", Arial, sans-serif; }
.RadWindow table.rwTable { width: 100%; height: 100%; border-collapse: collapse; table-layout: auto; box-shadow: 0 4px 18px rgba(0,0,0,.35); }
.RadWindow td.rwCorner { width: 6px; padding: 0; font-size: 1px; line-height: 1px; }
.RadWindow tr.rwTitleRow td { background: #2b5797; height: 30px; }
.RadWindow td.rwTitlebar { padding: 0 2px; cursor: move; }
.RadWindow .rwTopResize { height: 2px; font-size: 1px; }
.RadWindow table.rwTitlebarControls { width: 100%; border-collapse: collapse; }
.RadWindow table.rwTitlebarControls em { font-style: normal; font-weight: 600; color: #fff; font-size: 13px; padding-left: 2px; white-space: nowrap; }
.RadWindow a.rwIcon { display: block; width: 14px; height: 14px; border-radius: 2px; background: #f0a830; }
.RadWindow ul.rwControlButtons { list-style: none; margin: 0; padding: 0; }
.RadWindow ul.rwControlButtons li { float: left; margin-left: 3px; }
.RadWindow ul.rwControlButtons a { display: block; width: 22px; height: 20px; text-align: center; color: #fff; text-decoration: none; border-radius: 2px; }
.RadWindow ul.rwControlButtons a:hover { background: #c43131; }
.RadWindow ul.rwControlButtons a span { font-size: 0; }
.RadWindow a.rwCloseButton::after { content: "\00D7"; font-size: 18px; line-height: 19px; font-weight: bold; }
.RadWindow tr.rwContentRow td.rwCorner, .RadWindow tr.rwStatusbarRow td.rwCorner { background: #fff; border-left: 1px solid #2b5797; }
.RadWindow tr.rwContentRow td.rwBodyRight, .RadWindow tr.rwStatusbarRow td.rwBodyRight { border-left: 0; border-right: 1px solid #2b5797; }
.RadWindow td.rwWindowContent { background: #fff; padding: 12px 10px; vertical-align: top; }
.RadWindow tr.rwFooterRow td { background: #fff; height: 6px; border-bottom: 1px solid #2b5797; font-size: 1px; }
.RadWindow tr.rwFooterRow td.rwFooterLeft { border-left: 1px solid #2b5797; }
.RadWindow tr.rwFooterRow td.rwFooterRight { border-right: 1px solid #2b5797; }
.RadWindow .rwDialogPopup { padding: 6px 4px 2px; }
.RadWindow .rwDialogText { margin: 4px 0 16px; font-size: 13px; line-height: 18px; }
.RadWindow .radalert .rwDialogText { padding-left: 38px; position: relative; min-height: 28px; }
.RadWindow .radalert .rwDialogText::before { content: "!"; position: absolute; left: 0; top: 0; width: 26px; height: 26px; border-radius: 50%; background: #e8a317; color: #fff; font-weight: bold; text-align: center; line-height: 26px; }
.RadWindow a.rwPopupButton { display: inline-block; margin: 0 6px 0 0; text-decoration: none; color: #000; border: 1px solid #7a7a7a; border-radius: 3px; background: linear-gradient(#fafafa, #dadada); }
.RadWindow a.rwPopupButton:hover { border-color: #3d6fb5; background: linear-gradient(#fff, #cfe0f5); }
.RadWindow a.rwPopupButton span.rwInnerSpan { display: inline-block; padding: 4px 20px; }
.RadWindow .rwDialogPopup > div:last-child { text-align: center; }
.RadComboBox { display: inline-block; vertical-align: middle; font: 12px "Segoe UI", Arial, sans-serif; }
.RadComboBox table { width: 100%; border-collapse: collapse; border: 0; }
.RadComboBox td.rcbInputCell { border: 1px solid #8e8e8e; border-right: 0; padding: 0 4px; height: 22px; background: #fff; }
.RadComboBox table.rcbFocused td.rcbInputCell { border-color: #3d6fb5; }
.RadComboBox .rcbInput { border: 0; width: 100%; padding: 2px 0; margin: 0; font: 12px "Segoe UI", Arial, sans-serif; outline: 0; background: transparent; }
.RadComboBox td.rcbArrowCell { width: 18px; border: 1px solid #8e8e8e; background: linear-gradient(#fafafa, #dadada); padding: 0; }
.RadComboBox td.rcbArrowCell a { display: block; width: 18px; height: 22px; font-size: 0; cursor: pointer; position: relative; }
.RadComboBox td.rcbArrowCell a::after { content: ""; position: absolute; left: 5px; top: 9px; border-left: 4px solid transparent; border-right: 4px solid transparent; border-top: 5px solid #333; }
.rcbSlide { position: absolute; }
.RadComboBoxDropDown { background: #fff; border: 1px solid #8e8e8e; font: 12px "Segoe UI", Arial, sans-serif; box-shadow: 0 3px 8px rgba(0,0,0,.2); box-sizing: border-box; }
.RadComboBoxDropDown .rcbScroll { overflow: auto; max-height: 210px; }
.RadComboBoxDropDown ul.rcbList { list-style: none; margin: 0; padding: 0; }
.RadComboBoxDropDown li.rcbItem { padding: 3px 6px; cursor: default; white-space: nowrap; }
.RadComboBoxDropDown li.rcbItem em { font-style: normal; font-weight: bold; }
.RadComboBoxDropDown li.rcbHovered { background: #d8e6f7; }
.RadComboBoxDropDown li.rcbSelected { background: #3d6fb5; color: #fff; }
.RadMenu { position: relative; font: 13px "Segoe UI", Arial, sans-serif; z-index: 7000; }
.RadMenu ul.rmRootGroup, .RadMenu ul.rmGroup { list-style: none; margin: 0; padding: 0; }
.RadMenu ul.rmRootGroup.rmVertical { width: 210px; }
.RadMenu li.rmItem { position: relative; }
.RadMenu a.rmLink { display: block; padding: 9px 14px; color: #163a69; text-decoration: none; border-bottom: 1px solid #e1e6ee; }
.RadMenu a.rmLink:hover { background: #edf2f9; }
.RadMenu a.rmLink.rmExpanded { background: #dfe7f2; font-weight: 600; }
.RadMenu a.rmLink.rmSelected { border-left: 3px solid #f0a830; }
.RadMenu span.rmExpandRight::after { content: "\25B8"; float: right; color: #6c7d95; }
.RadMenu div.rmSlide { position: absolute; display: none; overflow: hidden; }
.RadMenu ul.rmGroup { width: 230px; background: #fff; border: 1px solid #b8c4d6; box-shadow: 2px 3px 8px rgba(0,0,0,.18); }
.RadNotification { font: 12px "Segoe UI", Arial, sans-serif; background: #fff; border: 1px solid #7d8ea8; box-shadow: 0 3px 12px rgba(0,0,0,.3); border-radius: 4px; }
.RadNotification .rnTitleBar { background: #2b5797; color: #fff; padding: 5px 8px; border-radius: 3px 3px 0 0; position: relative; }
.RadNotification.rnError .rnTitleBar { background: #c43131; }
.RadNotification.rnSuccess .rnTitleBar { background: #1a7f37; }
.RadNotification .rnTitleBarTitle { font-weight: 600; }
.RadNotification ul.rnCommands { list-style: none; margin: 0; padding: 0; position: absolute; right: 6px; top: 4px; }
.RadNotification ul.rnCommands a { color: #fff; text-decoration: none; display: block; width: 16px; height: 16px; text-align: center; }
.RadNotification ul.rnCommands a::after { content: "\00D7"; font-weight: bold; font-size: 15px; line-height: 15px; }
.RadNotification .rnContentWrapper { padding: 10px 12px; }
.RadNotification .rnText { line-height: 17px; }
.RadGrid_Default { border: 1px solid #828282; background: #fff; font: 12px "Segoe UI", Arial, sans-serif; }
.RadGrid_Default table.rgMasterTable { width: 100%; border-collapse: separate; border-spacing: 0; }
.RadGrid_Default th.rgHeader { background: linear-gradient(#f4f4f4, #dedede); border-bottom: 1px solid #828282; border-left: 1px solid #f9f9f9; padding: 6px 7px; text-align: left; font-weight: normal; color: #333; }
.RadGrid_Default tr.rgRow td, .RadGrid_Default tr.rgAltRow td { padding: 5px 7px; border-bottom: 1px solid #e4e4e4; }
.RadGrid_Default tr.rgAltRow { background: #f2f2f2; }
.RadGrid_Default tr.rgNoRecords td { padding: 6px 7px; color: #555; }
.RadAjax_Default .raColor { position: absolute; left: 0; top: 0; width: 100%; height: 100%; background: #fff; opacity: .65; }
.RadAjax_Default .raDiv { position: absolute; left: 50%; top: 50%; width: 28px; height: 28px; margin: -14px 0 0 -14px; border: 3px solid #c7d3e6; border-top-color: #2b5797; border-radius: 50%; animation: raSpin .8s linear infinite; z-index: 1; }
@keyframes raSpin { to { transform: rotate(360deg); } }
`;

/* ----------------------------------------------------------------------------------------------
 * Client script 1 (served as ScriptResource.axd): a small MS AJAX look-alike: $get/$find/$create,
 * Sys.Application, WebForms client validation, the PageRequestManager (partial postbacks).
 * -------------------------------------------------------------------------------------------- */
const MSAJAX_JS = String.raw`// MicrosoftAjax + MicrosoftAjaxWebForms + WebUIValidation (compatible subset)
(function () {
  'use strict';
  var w = window, d = document;
  var Sys = (w.Sys = w.Sys || {});
  var comps = {};
  var queue = [];
  var started = false;
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  w.$get = function (id) { return d.getElementById(id); };
  w.$find = function (id) { return has(comps, id) ? comps[id] : null; };
  w.$create = function (type, props, events, refs, el) {
    if (!el) { return null; }
    var c = new type(el, props || {}, events || {});
    comps[el.id] = c;
    if (typeof c.initialize === 'function') { c.initialize(); }
    return c;
  };
  Sys.Application = {
    add_init: function (f) { if (started) { f(); } else { queue.push(f); } },
    initialize: function () {
      if (started) { return; }
      started = true;
      var q = queue.splice(0, queue.length);
      for (var i = 0; i < q.length; i++) { q[i](); }
    },
    disposeWithin: function (root) {
      for (var k in comps) {
        if (!has(comps, k)) { continue; }
        var c = comps[k];
        if (c && c.element && root.contains(c.element)) {
          if (typeof c.dispose === 'function') { c.dispose(); }
          delete comps[k];
        }
      }
    },
    removeComponent: function (c) {
      for (var k in comps) { if (has(comps, k) && comps[k] === c) { delete comps[k]; } }
    }
  };

  /* ---- WebUIValidation ---- */
  w.Page_Validators = w.Page_Validators || [];
  w.Page_IsValid = true;
  w.Page_BlockSubmit = false;
  w.ValidatorTrim = function (s) {
    var m = /^\s*(\S+(\s+\S+)*)\s*$/.exec(String(s));
    return m === null ? '' : m[1];
  };
  function valueOf(node) {
    if (typeof node.value === 'string' && (node.type !== 'radio' || node.checked)) { return node.value; }
    for (var i = 0; i < node.childNodes.length; i++) {
      var v = valueOf(node.childNodes[i]);
      if (v !== '') { return v; }
    }
    return '';
  }
  w.ValidatorGetValue = function (id) { var c = d.getElementById(id); return c ? valueOf(c) : ''; };
  w.RequiredFieldValidatorEvaluateIsValid = function (v) {
    return w.ValidatorTrim(w.ValidatorGetValue(v.controltovalidate)) !== w.ValidatorTrim(v.initialvalue || '');
  };
  w.RegularExpressionValidatorEvaluateIsValid = function (v) {
    var s = w.ValidatorGetValue(v.controltovalidate);
    if (w.ValidatorTrim(s).length === 0) { return true; }
    var m = new RegExp(v.validationexpression).exec(s);
    return m !== null && s === m[0];
  };
  w.CompareValidatorEvaluateIsValid = function (v) {
    var s = w.ValidatorGetValue(v.controltovalidate);
    if (w.ValidatorTrim(s).length === 0) { return true; }
    return s === w.ValidatorGetValue(v.controltocompare);
  };
  w.IsValidationGroupMatch = function (v, g) {
    if (typeof g === 'undefined' || g === null) { return true; }
    var cg = typeof v.validationGroup === 'string' ? v.validationGroup : '';
    return w.ValidatorTrim(cg) === w.ValidatorTrim(g);
  };
  w.ValidatorUpdateDisplay = function (v) {
    if (v.display === 'None') { return; }
    if (v.display === 'Dynamic') { v.style.display = v.isvalid ? 'none' : 'inline'; return; }
    v.style.visibility = v.isvalid ? 'hidden' : 'visible';
  };
  w.ValidatorValidate = function (v, g) {
    v.isvalid = true;
    if ((typeof v.enabled === 'undefined' || v.enabled !== false) && w.IsValidationGroupMatch(v, g)) {
      var f = w[v.evaluationfunction];
      if (typeof f === 'function') { v.isvalid = f(v); }
    }
    w.ValidatorUpdateDisplay(v);
  };
  function liveValidators() {
    var out = [];
    for (var i = 0; i < w.Page_Validators.length; i++) {
      var v = w.Page_Validators[i];
      if (v && d.body.contains(v)) { out.push(v); }
    }
    return out;
  }
  w.Page_ClientValidate = function (g) {
    var vs = liveValidators(), ok = true, first = null;
    for (var i = 0; i < vs.length; i++) {
      w.ValidatorValidate(vs[i], g);
      if (!vs[i].isvalid) { ok = false; if (!first) { first = vs[i]; } }
    }
    w.Page_IsValid = ok;
    w.Page_BlockSubmit = !ok;
    if (first && first.focusOnError === 't') {
      var c = d.getElementById(first.controltovalidate);
      if (c && typeof c.focus === 'function') { try { c.focus(); } catch (e) { /* ignore */ } }
    }
    return ok;
  };
  w.ValidatorCommonOnSubmit = function () { w.Page_BlockSubmit = false; return true; };
  function hook(v, id) {
    var c = id ? d.getElementById(id) : null;
    if (!c) { return; }
    c.addEventListener('change', function () { if (d.body.contains(v)) { w.ValidatorValidate(v); } });
  }
  w.ValidatorOnLoad = function () {
    var vs = w.Page_Validators;
    for (var i = 0; i < vs.length; i++) {
      var v = vs[i];
      if (!v) { continue; }
      if (typeof v.isvalid === 'string') { v.isvalid = v.isvalid !== 'False'; }
      else if (typeof v.isvalid !== 'boolean') { v.isvalid = true; }
      if (!v.__hooked) {
        v.__hooked = true;
        hook(v, v.controltovalidate);
        if (v.controlhookup) { hook(v, v.controlhookup); }
      }
    }
    w.Page_ValidationActive = true;
  };
  w.WebForm_FireDefaultButton = function (event, target) {
    if (event.keyCode === 13 || event.key === 'Enter') {
      var src = event.srcElement || event.target;
      if (src && (src.tagName === 'TEXTAREA' || src.tagName === 'A' || String(src.type).toLowerCase() === 'submit')) { return true; }
      var c = w.$find(target), b = d.getElementById(target);
      if (c && typeof c.click === 'function') { c.click(true); }
      else if (b && typeof b.click === 'function') { b.click(); }
      else { return true; }
      event.cancelBubble = true;
      if (event.stopPropagation) { event.stopPropagation(); }
      if (event.preventDefault) { event.preventDefault(); }
      return false;
    }
    return true;
  };

  /* ---- PageRequestManager ---- */
  var prm = { _sm: '', _form: null, _panels: [], _xhr: null, _loading: {}, _current: null };
  prm.registerLoading = function (panelId, loadingId) { prm._loading[panelId] = loadingId; };
  prm.get_isInAsyncPostBack = function () { return prm._xhr !== null; };
  function panelOf(target) {
    var el = d.getElementById(String(target).replace(/\$/g, '_'));
    while (el) {
      for (var i = 0; i < prm._panels.length; i++) { if (prm._panels[i].client === el.id) { return prm._panels[i]; } }
      el = el.parentNode;
    }
    return null;
  }
  function field(body, name, value) { body.push(encodeURIComponent(name) + '=' + encodeURIComponent(value)); }
  function raise(msg) {
    var err = new Error(msg);
    err.name = 'Sys.WebForms.PageRequestManagerServerErrorException';
    w.setTimeout(function () { throw err; }, 0);
  }
  function beginLoading(panelId) {
    var id = prm._loading[panelId];
    var c = id ? w.$find(id) : null;
    if (c && typeof c.show === 'function') { c.show(panelId); prm._current = c; }
  }
  function endLoading() {
    if (prm._current && typeof prm._current.hide === 'function') { prm._current.hide(); }
    prm._current = null;
  }
  function parseDelta(t) {
    var out = [], i = 0;
    while (i < t.length) {
      var a = t.indexOf('|', i);
      if (a < 0) { throw new Error('delta'); }
      var len = parseInt(t.substring(i, a), 10);
      if (isNaN(len)) { throw new Error('delta'); }
      var b = t.indexOf('|', a + 1);
      var c = b < 0 ? -1 : t.indexOf('|', b + 1);
      if (c < 0) { throw new Error('delta'); }
      var content = t.substr(c + 1, len);
      if (t.charAt(c + 1 + len) !== '|') { throw new Error('delta'); }
      out.push({ type: t.substring(a + 1, b), id: t.substring(b + 1, c), content: content });
      i = c + 2 + len;
    }
    return out;
  }
  function byIdRef(s) {
    var m = /^document\.getElementById\(['"]([^'"]+)['"]\)$/.exec(s);
    return m ? d.getElementById(m[1]) : null;
  }
  function setHidden(name, value) {
    var f = prm._form, e = f.elements[name];
    if (!e) {
      e = d.createElement('input');
      e.type = 'hidden'; e.name = name; e.id = name;
      f.appendChild(e);
    }
    e.value = value;
  }
  function apply(text) {
    var parts, i, p;
    try { parts = parseDelta(text); } catch (e) {
      raise('Sys.WebForms.PageRequestManagerParserErrorException: The message received from the server could not be parsed.');
      return;
    }
    for (i = 0; i < parts.length; i++) {
      p = parts[i];
      if (p.type === 'pageRedirect') { w.location.href = p.content; return; }
      if (p.type === 'error') { raise('Sys.WebForms.PageRequestManagerServerErrorException: ' + p.content); return; }
    }
    var arrays = {}, scripts = [], expandos = [], focusId = '';
    for (i = 0; i < parts.length; i++) {
      p = parts[i];
      if (p.type === 'updatePanel') {
        var el = d.getElementById(p.id);
        if (el) { Sys.Application.disposeWithin(el); el.innerHTML = p.content; }
      } else if (p.type === 'hiddenField') { setHidden(p.id, p.content); }
      else if (p.type === 'arrayDeclaration') { (arrays[p.id] = arrays[p.id] || []).push(p.content); }
      else if (p.type === 'expando') { expandos.push(p); }
      else if (p.type === 'scriptStartupBlock' && p.id === 'ScriptContentNoTags') { scripts.push(p.content); }
      else if (p.type === 'pageTitle') { d.title = p.content; }
      else if (p.type === 'formAction') { prm._form.setAttribute('action', p.content); }
      else if (p.type === 'focus') { focusId = p.content; }
    }
    for (var name in arrays) { if (has(arrays, name)) { w[name] = arrays[name].map(byIdRef); } }
    for (i = 0; i < expandos.length; i++) {
      var m = /^document\.getElementById\(['"]([^'"]+)['"]\)\[['"]([^'"]+)['"]\]$/.exec(expandos[i].id);
      var target = m ? d.getElementById(m[1]) : null;
      if (target) { target[m[2]] = JSON.parse(expandos[i].content); }
    }
    for (i = 0; i < scripts.length; i++) { (0, eval)(scripts[i]); }
    if (focusId) { var fe = d.getElementById(focusId); if (fe) { fe.focus(); } }
  }
  function asyncPost(panel, target, arg) {
    var f = prm._form;
    if (prm._xhr) { var old = prm._xhr; prm._xhr = null; old.abort(); endLoading(); }
    var body = [];
    field(body, prm._sm, panel.unique + '|' + target);
    f.__EVENTTARGET.value = target;
    f.__EVENTARGUMENT.value = arg || '';
    for (var i = 0; i < f.elements.length; i++) {
      var e = f.elements[i];
      if (!e.name || e.disabled) { continue; }
      var t = String(e.type || '').toLowerCase();
      if (t === 'submit' || t === 'button' || t === 'image' || t === 'reset' || t === 'file' || e.tagName === 'FIELDSET') { continue; }
      if ((t === 'radio' || t === 'checkbox') && !e.checked) { continue; }
      if (e.tagName === 'SELECT') {
        for (var j = 0; j < e.options.length; j++) { if (e.options[j].selected) { field(body, e.name, e.options[j].value); } }
        continue;
      }
      field(body, e.name, e.value);
    }
    field(body, '__ASYNCPOST', 'true');
    f.__EVENTTARGET.value = '';
    f.__EVENTARGUMENT.value = '';
    beginLoading(panel.client);
    var x = new XMLHttpRequest();
    prm._xhr = x;
    x.open('POST', f.action, true);
    x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=utf-8');
    x.setRequestHeader('X-MicrosoftAjax', 'Delta=true');
    x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    x.setRequestHeader('Cache-Control', 'no-cache');
    x.onreadystatechange = function () {
      if (x.readyState !== 4 || prm._xhr !== x) { return; }
      prm._xhr = null;
      endLoading();
      if (x.status !== 200) {
        raise('Sys.WebForms.PageRequestManagerServerErrorException: An unknown error occurred while processing the request on the server. The status code returned from the server was: ' + x.status);
        return;
      }
      apply(x.responseText);
    };
    x.send(body.join('&'));
  }
  Sys.WebForms = {
    PageRequestManager: {
      _initialize: function (sm, formId, panels) {
        prm._sm = sm;
        prm._form = d.getElementById(formId);
        for (var i = 0; i + 1 < panels.length; i += 2) {
          prm._panels.push({ unique: String(panels[i]).replace(/^[tf]/, ''), client: panels[i + 1] });
        }
        var original = w.__doPostBack;
        w.__doPostBack = function (target, arg) {
          var p = panelOf(target || '');
          if (p) { asyncPost(p, target, arg); } else { original(target, arg); }
        };
      },
      getInstance: function () { return prm; }
    }
  };
})();
`;

/* ----------------------------------------------------------------------------------------------
 * Client script 2 (served as Telerik.Web.UI.WebResource.axd): the controls' client objects.
 * -------------------------------------------------------------------------------------------- */
const TELERIK_JS = String.raw`/* Telerik.Web.UI (compatible subset): RadButton, RadTextBox, RadWindow, radalert, radconfirm,
   RadComboBox, RadMenu, RadNotification, RadAjaxPanel, RadAjaxLoadingPanel */
(function () {
  'use strict';
  var w = window, d = document;
  var T = (w.Telerik = w.Telerik || {});
  T.Web = T.Web || {};
  var UI = (T.Web.UI = T.Web.UI || {});
  var zIndex = 3000;
  function theForm() { return d.forms[0] || d.body; }
  function handlerOf(h) {
    if (typeof h === 'function') { return h; }
    if (typeof h === 'string' && typeof w[h] === 'function') { return w[h]; }
    return null;
  }
  function raise(c, name, args) { var h = handlerOf(c._events && c._events[name]); if (h) { h(c, args); } }
  function EventArgs() { this._cancel = false; }
  EventArgs.prototype.set_cancel = function (v) { this._cancel = !!v; };
  EventArgs.prototype.get_cancel = function () { return this._cancel; };
  function htmlEncode(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function docRect(el) {
    var r = el.getBoundingClientRect();
    return { left: r.left + w.pageXOffset, top: r.top + w.pageYOffset, width: r.width, height: r.height, bottom: r.bottom + w.pageYOffset };
  }
  function animate(ms, step, done) {
    var start = null;
    function frame(t) {
      if (start === null) { start = t; }
      var k = Math.min(1, (t - start) / ms);
      step(1 - Math.pow(1 - k, 3));
      if (k < 1) { w.requestAnimationFrame(frame); } else if (done) { done(); }
    }
    w.requestAnimationFrame(frame);
  }
  function bind(el, map, on) {
    for (var k in map) {
      if (Object.prototype.hasOwnProperty.call(map, k)) {
        if (on) { el.addEventListener(k, map[k]); } else { el.removeEventListener(k, map[k]); }
      }
    }
  }
  w.$telerik = { htmlEncode: htmlEncode, getBounds: docRect };

  /* ---- RadButton ---- */
  UI.RadButton = function (el, p, ev) {
    var s = this;
    this.element = el; this._p = p; this._events = ev;
    this._h = {
      click: function (e) { e.preventDefault(); s.click(true); },
      keydown: function (e) { if (e.target === el && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); s.click(true); } },
      mouseenter: function () { el.classList.add('rbHovered'); },
      mouseleave: function () { el.classList.remove('rbHovered'); }
    };
  };
  UI.RadButton.prototype = {
    initialize: function () { bind(this.element, this._h, true); if (this._p.enabled === false) { this.element.classList.add('rbDisabled'); } },
    dispose: function () { bind(this.element, this._h, false); },
    get_text: function () { return this._p.text || ''; },
    get_uniqueID: function () { return this._p.uniqueID; },
    set_enabled: function (v) { this._p.enabled = !!v; this.element.classList.toggle('rbDisabled', !v); },
    click: function (raiseEvents) {
      if (this._p.enabled === false) { return; }
      var args = new EventArgs();
      if (raiseEvents !== false) { raise(this, 'clicking', args); if (args.get_cancel()) { return; } }
      if (this._p.causesValidation !== false && typeof w.Page_ClientValidate === 'function') {
        if (!w.Page_ClientValidate(this._p.validationGroup || '')) { return; }
      }
      if (raiseEvents !== false) { raise(this, 'clicked', args); }
      if (this._p.autoPostBack !== false && this._p.uniqueID) { w.__doPostBack(this._p.uniqueID, ''); }
    }
  };

  /* ---- RadTextBox ---- */
  UI.RadTextBox = function (el, p, ev) {
    var s = this;
    this.element = el; this._p = p; this._events = ev;
    this._state = d.getElementById(p.clientStateFieldID);
    this._h = {
      focus: function () { el.classList.add('riFocused'); },
      blur: function () { el.classList.remove('riFocused'); s._save(); },
      input: function () { s._save(); },
      mouseenter: function () { el.classList.add('riHover'); },
      mouseleave: function () { el.classList.remove('riHover'); }
    };
  };
  UI.RadTextBox.prototype = {
    initialize: function () { bind(this.element, this._h, true); },
    dispose: function () { bind(this.element, this._h, false); },
    _save: function () {
      if (!this._state) { return; }
      var v = this.element.type === 'password' ? '' : this.element.value;
      this._state.value = JSON.stringify({ enabled: true, emptyMessage: '', validationText: v, valueAsString: v, lastSetTextBoxValue: v });
    },
    get_value: function () { return this.element.value; },
    set_value: function (v) { this.element.value = v; this._save(); },
    focus: function () { this.element.focus(); }
  };

  /* ---- RadWindow ---- */
  UI.RadWindow = function (el, p, ev) {
    this.element = el; this._p = p; this._events = ev;
    this._popup = null; this._overlay = null; this._visible = false; this._disposed = false;
  };
  UI.RadWindow.prototype = {
    initialize: function () {
      var s = this;
      if (this._p.visibleOnPageLoad) { w.setTimeout(function () { if (!s._disposed) { s.show(); } }, 0); }
    },
    _build: function () {
      var s = this, id = this.element.id, p = this._p;
      var wrap = d.createElement('div');
      wrap.id = 'RadWindowWrapper_' + id;
      wrap.className = 'RadWindow RadWindow_Default rwNormalWindow rwTransparentWindow';
      wrap.setAttribute('unselectable', 'on');
      wrap.style.cssText = 'width:' + (p.width || '400px') + ';position:absolute;display:none;visibility:hidden;';
      var behaviors = String(p.behaviors || 'Close');
      var buttons = '';
      if (behaviors.indexOf('Reload') >= 0) { buttons += '<li><a class="rwReloadButton" href="javascript:void(0);" title="Reload"><span>Reload</span></a></li>'; }
      if (behaviors.indexOf('Close') >= 0) { buttons += '<li><a class="rwCloseButton" href="javascript:void(0);" title="Close"><span>Close</span></a></li>'; }
      wrap.innerHTML = '<table cellspacing="0" cellpadding="0" class="rwTable"><tbody>' +
        '<tr class="rwTitleRow"><td class="rwCorner rwTopLeft">&nbsp;</td><td class="rwTitlebar"><div class="rwTopResize"><!-- / --></div>' +
        '<table cellspacing="0" cellpadding="0" class="rwTitlebarControls"><tbody><tr><td style="width:16px;"><a class="rwIcon"></a></td>' +
        '<td><em unselectable="on"></em></td><td nowrap="nowrap" style="white-space:nowrap;width:30px;"><ul class="rwControlButtons">' + buttons + '</ul></td></tr></tbody></table></td>' +
        '<td class="rwCorner rwTopRight">&nbsp;</td></tr>' +
        '<tr class="rwContentRow"><td class="rwCorner rwBodyLeft">&nbsp;</td><td class="rwWindowContent" valign="top"></td><td class="rwCorner rwBodyRight">&nbsp;</td></tr>' +
        '<tr class="rwStatusbarRow" style="display:none;"><td class="rwCorner rwBodyLeft">&nbsp;</td><td class="rwStatusbar"><div></div></td><td class="rwCorner rwBodyRight">&nbsp;</td></tr>' +
        '<tr class="rwFooterRow"><td class="rwCorner rwFooterLeft">&nbsp;</td><td class="rwFooterCenter">&nbsp;</td><td class="rwCorner rwFooterRight">&nbsp;</td></tr>' +
        '</tbody></table>';
      wrap.querySelector('table.rwTitlebarControls em').textContent = p.title || '';
      var content = d.getElementById(id + '_C');
      if (content) { content.style.display = ''; wrap.querySelector('td.rwWindowContent').appendChild(content); }
      var close = wrap.querySelector('a.rwCloseButton');
      if (close) { close.addEventListener('click', function (e) { e.preventDefault(); s.close(); }); }
      var bar = wrap.querySelector('td.rwTitlebar');
      bar.addEventListener('mousedown', function (e) {
        if (e.button !== 0 || (e.target.closest && e.target.closest('a'))) { return; }
        var sx = e.pageX, sy = e.pageY, ox = wrap.offsetLeft, oy = wrap.offsetTop;
        function move(ev) { wrap.style.left = (ox + ev.pageX - sx) + 'px'; wrap.style.top = (oy + ev.pageY - sy) + 'px'; }
        function up() { d.removeEventListener('mousemove', move); d.removeEventListener('mouseup', up); }
        d.addEventListener('mousemove', move);
        d.addEventListener('mouseup', up);
      });
      theForm().appendChild(wrap);
      this._popup = wrap;
    },
    show: function () {
      if (this._disposed) { return; }
      if (!this._popup) { this._build(); }
      var wrap = this._popup;
      if (this._p.modal && !this._overlay) {
        var o = d.createElement('div');
        o.className = 'TelerikModalOverlay';
        o.setAttribute('unselectable', 'on');
        o.style.cssText = 'position:fixed;left:0px;top:0px;width:100%;height:100%;z-index:' + (++zIndex) + ';background-color:#aaaaaa;opacity:0.5;';
        theForm().appendChild(o);
        this._overlay = o;
      }
      wrap.style.zIndex = String(++zIndex);
      wrap.style.display = 'block';
      var vw = d.documentElement.clientWidth, vh = d.documentElement.clientHeight;
      wrap.style.left = Math.round(w.pageXOffset + Math.max(0, (vw - wrap.offsetWidth) / 2)) + 'px';
      wrap.style.top = Math.round(w.pageYOffset + Math.max(10, (vh - wrap.offsetHeight) / 2 - 40)) + 'px';
      wrap.style.visibility = 'visible';
      wrap.style.opacity = '0';
      animate(200, function (k) { wrap.style.opacity = String(k); });
      this._visible = true;
      raise(this, 'show', new EventArgs());
    },
    close: function (arg) {
      if (!this._visible) { return; }
      var a = new EventArgs();
      a._argument = arg;
      a.get_argument = function () { return this._argument; };
      raise(this, 'beforeClose', a);
      if (a.get_cancel()) { return; }
      this._visible = false;
      this._popup.style.display = 'none';
      this._popup.style.visibility = 'hidden';
      if (this._overlay) { this._overlay.parentNode.removeChild(this._overlay); this._overlay = null; }
      raise(this, 'close', a);
    },
    hide: function () { this.close(); },
    isVisible: function () { return this._visible; },
    get_popupElement: function () { return this._popup; },
    get_contentElement: function () { return d.getElementById(this.element.id + '_C'); },
    set_title: function (t) { this._p.title = t; if (this._popup) { this._popup.querySelector('table.rwTitlebarControls em').textContent = t; } },
    dispose: function () {
      this._disposed = true;
      if (this._overlay && this._overlay.parentNode) { this._overlay.parentNode.removeChild(this._overlay); }
      if (this._popup && this._popup.parentNode) { this._popup.parentNode.removeChild(this._popup); }
      this._overlay = null; this._popup = null; this._visible = false;
    }
  };

  /* ---- radalert / radconfirm ---- */
  var dialogSeq = 0;
  function dialog(kind, text, callback, width, title) {
    var id = (kind === 'radconfirm' ? 'confirm' : 'alert') + (Date.now() + (++dialogSeq));
    var holder = d.createElement('div');
    holder.id = id; holder.style.display = 'none';
    var content = d.createElement('div');
    content.id = id + '_C'; content.style.display = 'none';
    function button(label, value) {
      return '<a onclick="$find(\'' + id + '\').close(' + value + ');" class="rwPopupButton" href="javascript:void(0);">' +
        '<span class="rwOuterSpan"><span class="rwInnerSpan">' + label + '</span></span></a>';
    }
    content.innerHTML = '<div class="rwDialogPopup ' + kind + '"><div class="rwDialogText">' + text + '</div><div>' +
      button('OK', 'true') + (kind === 'radconfirm' ? button('Cancel', 'false') : '') + '</div></div>';
    holder.appendChild(content);
    theForm().appendChild(holder);
    var done = false;
    var win = w.$create(UI.RadWindow, { title: title || '', width: (width || 330) + 'px', modal: true, behaviors: 'Close, Move' }, {
      close: function (sender, a) {
        if (done) { return; }
        done = true;
        var r = a.get_argument();
        w.setTimeout(function () {
          w.Sys.Application.removeComponent(sender);
          sender.dispose();
          if (holder.parentNode) { holder.parentNode.removeChild(holder); }
        }, 0);
        if (typeof callback === 'function') { callback(kind === 'radconfirm' ? r === true : r); }
      }
    }, null, holder);
    win.show();
    var first = win.get_popupElement().querySelector('a.rwPopupButton');
    if (first) { try { first.focus(); } catch (e) { /* ignore */ } }
    return win;
  }
  w.radalert = function (text, width, height, title, callback) { return dialog('radalert', text, callback, width, title); };
  w.radconfirm = function (text, callback, width, height, caller, title) { return dialog('radconfirm', text, callback, width, title); };

  /* ---- RadComboBox ---- */
  UI.RadComboBox = function (el, p, ev) {
    this.element = el; this._p = p; this._events = ev;
    this._input = d.getElementById(el.id + '_Input');
    this._arrow = d.getElementById(el.id + '_Arrow');
    this._stateField = d.getElementById(el.id + '_ClientState');
    this._dropDown = d.getElementById(el.id + '_DropDown');
    this._slide = this._dropDown ? this._dropDown.parentNode : null;
    this._items = this._dropDown ? Array.prototype.slice.call(this._dropDown.querySelectorAll('li.rcbItem')) : [];
    this._texts = this._items.map(function (li) { return li.textContent; });
    this._values = (p.itemData || []).map(function (x) { return x.value; });
    this._selected = typeof p.selectedIndex === 'number' ? p.selectedIndex : -1;
    this._hi = -1; this._open = false; this._h = {};
  };
  UI.RadComboBox.prototype = {
    initialize: function () {
      var s = this, inp = this._input;
      if (this._slide) { theForm().appendChild(this._slide); }
      var table = this.element.querySelector('table');
      this._h.inputClick = function () { if (!s._open) { s.showDropDown(); } };
      this._h.arrowClick = function (e) {
        e.preventDefault();
        if (s._open) { s._commit(); s.hideDropDown(); } else { inp.focus(); s.showDropDown(); }
      };
      this._h.keep = function (e) { e.preventDefault(); };
      this._h.focus = function () { table.classList.add('rcbFocused'); try { inp.select(); } catch (e) { /* ignore */ } };
      this._h.blur = function () { table.classList.remove('rcbFocused'); s._commit(); s.hideDropDown(); };
      this._h.input = function () { if (!s._open) { s.showDropDown(); } s._filter(inp.value); };
      this._h.keydown = function (e) {
        var k = e.key;
        if (k === 'ArrowDown' || k === 'Down') { e.preventDefault(); if (!s._open) { s.showDropDown(); } else { s._move(1); } }
        else if (k === 'ArrowUp' || k === 'Up') { e.preventDefault(); s._move(-1); }
        else if (k === 'Enter') { e.preventDefault(); if (s._open && s._hi >= 0) { s._select(s._hi); } else { s._commit(); } s.hideDropDown(); }
        else if (k === 'Escape' || k === 'Esc') { s.hideDropDown(); s._restore(); }
        else if (k === 'Tab') { s._commit(); s.hideDropDown(); }
      };
      this._h.itemOver = function (e) {
        var li = e.target.closest ? e.target.closest('li.rcbItem') : null;
        if (li) { s._highlight(s._items.indexOf(li)); }
      };
      this._h.itemClick = function (e) {
        var li = e.target.closest ? e.target.closest('li.rcbItem') : null;
        if (!li) { return; }
        s._select(s._items.indexOf(li));
        s.hideDropDown();
      };
      this._h.docDown = function (e) {
        if (!s._open) { return; }
        if (s.element.contains(e.target) || (s._slide && s._slide.contains(e.target))) { return; }
        s._commit();
        s.hideDropDown();
      };
      inp.addEventListener('click', this._h.inputClick);
      inp.addEventListener('focus', this._h.focus);
      inp.addEventListener('blur', this._h.blur);
      inp.addEventListener('input', this._h.input);
      inp.addEventListener('keydown', this._h.keydown);
      if (this._arrow) {
        this._arrow.addEventListener('mousedown', this._h.keep);
        this._arrow.addEventListener('click', this._h.arrowClick);
      }
      if (this._dropDown) {
        this._dropDown.addEventListener('mousedown', this._h.keep);
        this._dropDown.addEventListener('mouseover', this._h.itemOver);
        this._dropDown.addEventListener('click', this._h.itemClick);
      }
      d.addEventListener('mousedown', this._h.docDown, true);
      if (this._selected >= 0 && this._items[this._selected]) { this._items[this._selected].classList.add('rcbSelected'); }
      this._save();
    },
    dispose: function () {
      d.removeEventListener('mousedown', this._h.docDown, true);
      if (this._slide && this._slide.parentNode) { this._slide.parentNode.removeChild(this._slide); }
    },
    _save: function () {
      if (!this._stateField) { return; }
      var i = this._selected;
      this._stateField.value = JSON.stringify({
        logEntries: [], value: i >= 0 ? (this._values[i] || '') : '', text: i >= 0 ? this._texts[i] : this._input.value,
        enabled: true, checkedIndices: [], checkedItemsTextOverflows: false
      });
    },
    _norm: function (s) { return String(s).replace(/^\s+|\s+$/g, '').toLowerCase(); },
    _commit: function () {
      var t = this._norm(this._input.value);
      for (var i = 0; i < this._texts.length; i++) {
        if (this._norm(this._texts[i]) === t) {
          if (i !== this._selected) { this._select(i); } else { this._restore(); }
          return;
        }
      }
      this._restore();
    },
    _restore: function () {
      this._input.value = this._selected >= 0 ? this._texts[this._selected] : '';
      this._filter('');
    },
    _select: function (i) {
      if (i < 0 || i >= this._items.length) { return; }
      var prev = this._selected, s = this;
      var args = new EventArgs();
      args.get_item = function () { return s._item(i); };
      raise(this, 'selectedIndexChanging', args);
      if (args.get_cancel()) { return; }
      if (prev >= 0 && this._items[prev]) { this._items[prev].classList.remove('rcbSelected'); }
      this._selected = i;
      this._items[i].classList.add('rcbSelected');
      this._input.value = this._texts[i];
      this._filter('');
      this._save();
      if (prev !== i) {
        var ev = d.createEvent('HTMLEvents');
        ev.initEvent('change', true, false);
        this._input.dispatchEvent(ev);
        raise(this, 'selectedIndexChanged', args);
        if (this._p.autoPostBack) { w.__doPostBack(this._p._uniqueId, JSON.stringify({ Command: 'Select', Index: i })); }
      }
    },
    _filter: function (text) {
      var q = this._norm(text);
      if (this._selected >= 0 && this._norm(this._texts[this._selected]) === q) { q = ''; }
      var first = -1;
      for (var i = 0; i < this._items.length; i++) {
        var t = this._texts[i], li = this._items[i];
        var pos = q ? t.toLowerCase().indexOf(q) : 0;
        if (q && pos < 0) { li.style.display = 'none'; continue; }
        li.style.display = '';
        if (q) { li.innerHTML = htmlEncode(t.substring(0, pos)) + '<em>' + htmlEncode(t.substr(pos, q.length)) + '</em>' + htmlEncode(t.substring(pos + q.length)); }
        else { li.textContent = t; }
        if (first < 0) { first = i; }
      }
      this._highlight(q ? first : this._selected);
      this._fit();
    },
    _highlight: function (i) {
      if (this._hi >= 0 && this._items[this._hi]) { this._items[this._hi].classList.remove('rcbHovered'); }
      this._hi = i;
      var li = this._items[i];
      if (!li) { return; }
      li.classList.add('rcbHovered');
      var sc = li.parentNode.parentNode;
      if (li.offsetTop < sc.scrollTop) { sc.scrollTop = li.offsetTop; }
      else if (li.offsetTop + li.offsetHeight > sc.scrollTop + sc.clientHeight) { sc.scrollTop = li.offsetTop + li.offsetHeight - sc.clientHeight; }
    },
    _move: function (step) {
      var i = this._hi;
      for (var n = 0; n < this._items.length; n++) {
        i += step;
        if (i < 0 || i >= this._items.length) { return; }
        if (this._items[i].style.display !== 'none') { this._highlight(i); return; }
      }
    },
    _fit: function () {
      if (this._open && this._slide) { this._slide.style.height = this._dropDown.offsetHeight + 'px'; }
    },
    _item: function (i) {
      var s = this;
      return {
        get_text: function () { return s._texts[i]; },
        get_value: function () { return s._values[i]; },
        get_index: function () { return i; },
        select: function () { s._select(i); }
      };
    },
    showDropDown: function () {
      if (this._open || !this._slide) { return; }
      this._open = true;
      var r = docRect(this.element), sl = this._slide, dd = this._dropDown;
      sl.style.cssText = 'position:absolute;z-index:' + (7000 + (++zIndex)) + ';left:' + r.left + 'px;top:' + r.bottom + 'px;width:' + r.width + 'px;overflow:hidden;display:block;';
      dd.style.display = 'block';
      dd.style.visibility = 'visible';
      dd.style.position = 'relative';
      dd.style.width = r.width + 'px';
      this._fit();
      var h = dd.offsetHeight;
      dd.style.top = -h + 'px';
      animate(200, function (k) { dd.style.top = Math.round(-h * (1 - k)) + 'px'; });
      this._highlight(this._selected);
      raise(this, 'dropDownOpened', new EventArgs());
    },
    hideDropDown: function () {
      if (!this._open) { return; }
      this._open = false;
      this._slide.style.display = 'none';
      this._dropDown.style.display = 'none';
      raise(this, 'dropDownClosed', new EventArgs());
    },
    toggleDropDown: function () { if (this._open) { this.hideDropDown(); } else { this.showDropDown(); } },
    get_text: function () { return this._selected >= 0 ? this._texts[this._selected] : ''; },
    get_value: function () { return this._selected >= 0 ? (this._values[this._selected] || '') : ''; },
    get_selectedIndex: function () { return this._selected; },
    get_selectedItem: function () { return this._selected >= 0 ? this._item(this._selected) : null; },
    findItemByText: function (t) { var i = this._texts.indexOf(t); return i >= 0 ? this._item(i) : null; },
    findItemByValue: function (v) { var i = this._values.indexOf(v); return i >= 0 ? this._item(i) : null; }
  };

  /* ---- RadMenu (ClickToOpen, slide-out groups) ---- */
  UI.RadMenu = function (el, p, ev) {
    this.element = el; this._p = p; this._events = ev;
    this._active = false; this._timer = 0; this._h = {};
  };
  UI.RadMenu.prototype = {
    initialize: function () {
      var s = this, el = this.element;
      this._h.click = function (e) {
        var a = e.target.closest ? e.target.closest('a.rmLink') : null;
        if (!a || !el.contains(a)) { return; }
        var li = a.parentNode;
        var args = new EventArgs();
        args.get_item = function () { return { get_text: function () { return a.textContent; }, get_navigateUrl: function () { return a.getAttribute('href'); } }; };
        raise(s, 'itemClicking', args);
        if (args.get_cancel()) { e.preventDefault(); return; }
        if (s._slideOf(li)) {
          e.preventDefault();
          s._active = true;
          w.clearTimeout(s._timer);
          s._open(li);
          return;
        }
        s.close();
      };
      this._h.mouseover = function (e) {
        var li = e.target.closest ? e.target.closest('li.rmItem') : null;
        if (!li || !el.contains(li)) { return; }
        if (!s._active && li.parentNode.classList.contains('rmRootGroup')) { return; }
        w.clearTimeout(s._timer);
        s._timer = w.setTimeout(function () { s._hover(li); }, s._p.expandDelay || 100);
      };
      this._h.docDown = function (e) { if (!el.contains(e.target)) { s.close(); } };
      this._h.key = function (e) { if (e.key === 'Escape' || e.key === 'Esc') { s.close(); } };
      el.addEventListener('click', this._h.click);
      el.addEventListener('mouseover', this._h.mouseover);
      d.addEventListener('mousedown', this._h.docDown, true);
      d.addEventListener('keydown', this._h.key);
    },
    dispose: function () {
      this.element.removeEventListener('click', this._h.click);
      this.element.removeEventListener('mouseover', this._h.mouseover);
      d.removeEventListener('mousedown', this._h.docDown, true);
      d.removeEventListener('keydown', this._h.key);
    },
    _slideOf: function (li) {
      for (var c = li.firstElementChild; c; c = c.nextElementSibling) { if (c.classList.contains('rmSlide')) { return c; } }
      return null;
    },
    _isOpen: function (li) { var sl = this._slideOf(li); return !!sl && sl.style.display === 'block'; },
    _closeSiblings: function (li) {
      for (var c = li.parentNode.firstElementChild; c; c = c.nextElementSibling) { if (c !== li) { this._close(c); } }
    },
    _hover: function (li) {
      if (!this._active && li.parentNode.classList.contains('rmRootGroup')) { return; }
      this._closeSiblings(li);
      if (this._slideOf(li)) { this._open(li); }
    },
    _open: function (li) {
      this._closeSiblings(li);
      var sl = this._slideOf(li);
      if (!sl || this._isOpen(li)) { return; }
      var ul = sl.firstElementChild;
      var vertical = li.parentNode.classList.contains('rmVertical');
      sl.style.display = 'block';
      sl.style.visibility = 'hidden';
      var wd = ul.offsetWidth, ht = ul.offsetHeight;
      sl.style.width = wd + 'px';
      sl.style.height = ht + 'px';
      sl.style.left = vertical ? li.offsetWidth + 'px' : '0px';
      sl.style.top = vertical ? '0px' : li.offsetHeight + 'px';
      sl.style.zIndex = String(7000 + (++zIndex));
      sl.style.visibility = 'visible';
      ul.style.position = 'relative';
      li.firstElementChild.classList.add('rmExpanded');
      if (vertical) {
        ul.style.left = -wd + 'px';
        animate(180, function (k) { ul.style.left = Math.round(-wd * (1 - k)) + 'px'; });
      } else {
        ul.style.top = -ht + 'px';
        animate(180, function (k) { ul.style.top = Math.round(-ht * (1 - k)) + 'px'; });
      }
    },
    _close: function (li) {
      var sl = this._slideOf(li);
      if (!sl || sl.style.display !== 'block') { return; }
      var inner = sl.querySelectorAll('li.rmItem');
      for (var i = 0; i < inner.length; i++) { this._close(inner[i]); }
      sl.style.display = 'none';
      li.firstElementChild.classList.remove('rmExpanded');
    },
    close: function () {
      var root = this.element.querySelector('ul.rmRootGroup');
      for (var c = root.firstElementChild; c; c = c.nextElementSibling) { this._close(c); }
      this._active = false;
      w.clearTimeout(this._timer);
    }
  };

  /* ---- RadNotification ---- */
  UI.RadNotification = function (el, p, ev) {
    this.element = el; this._p = p; this._events = ev;
    this._popup = null; this._timer = 0; this._visible = false; this._disposed = false;
  };
  UI.RadNotification.prototype = {
    initialize: function () {
      var s = this;
      if (this._p.visibleOnPageLoad) { w.setTimeout(function () { if (!s._disposed) { s.show(); } }, this._p.showDelay || 0); }
    },
    _build: function () {
      var s = this, p = this._p;
      var n = d.createElement('div');
      n.id = this.element.id + '_popup';
      n.className = 'RadNotification RadNotification_Default rnRoundedCorners rnShadows' + (p.cssClass ? ' ' + p.cssClass : '');
      n.style.cssText = 'position:fixed;display:none;width:' + (p.width || 330) + 'px;';
      n.innerHTML = '<div class="rnTitleBar"><span class="rnTitleBarIcon"></span><span class="rnTitleBarTitle"></span>' +
        '<ul class="rnCommands"><li class="rnCloseIcon"><a href="javascript:void(0);" title="Close"></a></li></ul></div>' +
        '<div class="rnContentWrapper"><div class="rnContent"><div class="rnText"></div></div></div>';
      n.querySelector('.rnTitleBarTitle').textContent = p.title || '';
      n.querySelector('.rnText').textContent = p.text || '';
      n.querySelector('.rnCloseIcon a').addEventListener('click', function (e) { e.preventDefault(); s.hide(); });
      n.addEventListener('mouseenter', function () { w.clearTimeout(s._timer); });
      n.addEventListener('mouseleave', function () { if (s._visible) { s._arm(); } });
      theForm().appendChild(n);
      this._popup = n;
    },
    _arm: function () {
      var s = this;
      w.clearTimeout(this._timer);
      if (this._p.autoCloseDelay > 0) { this._timer = w.setTimeout(function () { s.hide(); }, this._p.autoCloseDelay); }
    },
    show: function () {
      if (!this._popup) { this._build(); }
      var n = this._popup;
      n.style.zIndex = String(10000 + (++zIndex));
      n.style.right = '12px';
      n.style.bottom = '12px';
      n.style.display = 'block';
      n.style.opacity = '0';
      animate(300, function (k) { n.style.opacity = String(k); });
      this._visible = true;
      this._arm();
      raise(this, 'shown', new EventArgs());
    },
    hide: function () {
      if (!this._visible) { return; }
      var s = this, n = this._popup;
      this._visible = false;
      w.clearTimeout(this._timer);
      animate(300, function (k) { n.style.opacity = String(1 - k); }, function () { if (!s._visible) { n.style.display = 'none'; } });
      raise(this, 'hidden', new EventArgs());
    },
    isVisible: function () { return this._visible; },
    get_text: function () { return this._p.text || ''; },
    set_text: function (t) { this._p.text = t; if (this._popup) { this._popup.querySelector('.rnText').textContent = t; } },
    dispose: function () {
      this._disposed = true;
      w.clearTimeout(this._timer);
      if (this._popup && this._popup.parentNode) { this._popup.parentNode.removeChild(this._popup); }
      this._popup = null;
    }
  };

  /* ---- RadAjaxPanel / RadAjaxLoadingPanel ---- */
  UI.RadAjaxPanel = function (el, p) { this.element = el; this._p = p; };
  UI.RadAjaxPanel.prototype = {
    initialize: function () {
      if (this._p.loadingPanelID && w.Sys && w.Sys.WebForms) {
        w.Sys.WebForms.PageRequestManager.getInstance().registerLoading(this.element.id + 'Panel', this._p.loadingPanelID);
      }
    },
    dispose: function () {}
  };
  UI.RadAjaxLoadingPanel = function (el, p) { this.element = el; this._p = p; this._shown = []; };
  UI.RadAjaxLoadingPanel.prototype = {
    initialize: function () {},
    show: function (targetId) {
      var t = d.getElementById(targetId);
      if (!t) { return; }
      var r = docRect(t);
      var o = this.element.cloneNode(true);
      o.id = this.element.id + targetId;
      o.style.cssText = 'position:absolute;left:' + r.left + 'px;top:' + r.top + 'px;width:' + r.width + 'px;height:' + r.height + 'px;z-index:' + (this._p.zIndex || 90000) + ';display:block;';
      theForm().appendChild(o);
      this._shown.push(o);
    },
    hide: function () {
      for (var i = 0; i < this._shown.length; i++) { if (this._shown[i].parentNode) { this._shown[i].parentNode.removeChild(this._shown[i]); } }
      this._shown = [];
    },
    dispose: function () { this.hide(); }
  };
})();
`;

/* ----------------------------------------------------------------------------------------------
 * Server-side rendering helpers.
 * -------------------------------------------------------------------------------------------- */
function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON for an inline <script>. */
function js(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function viewState(): string {
  return `/wEPDwUKLTk${randomBytes(6).toString('hex').slice(0, 9)}D2${randomBytes(90).toString('base64')}`;
}

function eventValidation(): string {
  return `/wEdAA${randomBytes(60).toString('base64')}`;
}

function generator(path: string): string {
  return createHash('md5').update(path.toLowerCase()).digest('hex').slice(0, 8).toUpperCase();
}

function sessionId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz012345';
  return Array.from(randomBytes(24), (b) => alphabet[b % 32]).join('');
}

function formatDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

interface ValidatorDef {
  id: string;
  control: string;
  kind: 'required' | 'regex' | 'compare';
  message: string;
  group: string;
  initial?: string;
  expr?: string;
  compareTo?: string;
  invalid?: boolean;
}

/** What a render collected besides markup: $create calls, validators, page functions, startup code. */
class Ctx {
  readonly creates: string[] = [];
  readonly validators: ValidatorDef[] = [];
  readonly functions: string[] = [];
  readonly startup: string[] = [];
  constructor(readonly invalid: ReadonlySet<string> = new Set()) {}
}

function expandos(v: ValidatorDef): [string, string][] {
  const out: [string, string][] = [
    ['controltovalidate', v.control],
    ['focusOnError', 't'],
    ['errormessage', v.message],
    ['display', 'Dynamic'],
  ];
  if (v.group) out.push(['validationGroup', v.group]);
  if (v.invalid) out.push(['isvalid', 'False']);
  if (v.kind === 'required') {
    out.push(
      ['evaluationfunction', 'RequiredFieldValidatorEvaluateIsValid'],
      ['initialvalue', v.initial ?? ''],
    );
  } else if (v.kind === 'regex') {
    out.push(
      ['evaluationfunction', 'RegularExpressionValidatorEvaluateIsValid'],
      ['validationexpression', v.expr ?? ''],
    );
  } else {
    out.push(
      ['controltocompare', v.compareTo ?? ''],
      ['controlhookup', v.compareTo ?? ''],
      ['evaluationfunction', 'CompareValidatorEvaluateIsValid'],
    );
  }
  return out;
}

function validator(ctx: Ctx, v: Omit<ValidatorDef, 'invalid'>): string {
  const def: ValidatorDef = { ...v, invalid: ctx.invalid.has(v.id) };
  ctx.validators.push(def);
  return `<span id="${def.id}" class="errormsg" style="color:Red;${def.invalid ? '' : 'display:none;'}">${esc(def.message)}</span>`;
}

interface TextBoxOpts {
  value?: string;
  password?: boolean;
  maxLength?: number;
  width?: number;
}

function textBox(ctx: Ctx, unique: string, o: TextBoxOpts = {}): string {
  const id = cid(unique);
  const value = o.password ? '' : (o.value ?? '');
  const state = {
    enabled: true,
    emptyMessage: '',
    validationText: value,
    valueAsString: value,
    lastSetTextBoxValue: value,
  };
  ctx.creates.push(
    `$create(Telerik.Web.UI.RadTextBox, ${js({ _displayText: value, _focused: false, _initialValueAsText: value, _postBackEventReferenceScript: '', _skin: 'Default', _validationText: value, clientStateFieldID: `${id}_ClientState`, enabled: true, styles: { HoveredStyle: ['width:100%;', 'riTextBox riHover'], EnabledStyle: ['width:100%;', 'riTextBox riEnabled'], FocusedStyle: ['width:100%;', 'riTextBox riFocused'] } })}, null, null, $get(${js(id)}));`,
  );
  const type = o.password ? 'password' : 'text';
  const max = o.maxLength ? ` maxlength="${o.maxLength}"` : '';
  const auto = o.password ? ' autocomplete="off"' : '';
  return `<span id="${id}_wrapper" class="riSingle RadInput RadInput_Default" style="width:${o.width ?? 200}px;"><input id="${id}" name="${unique}" size="20"${max} class="riTextBox riEnabled" type="${type}" value="${esc(value)}"${auto} /><input id="${id}_ClientState" name="${id}_ClientState" type="hidden" value="${esc(JSON.stringify(state))}" /></span>`;
}

interface ButtonOpts {
  validationGroup?: string;
  causesValidation?: boolean;
  autoPostBack?: boolean;
  clicking?: string;
  clicked?: string;
  cssClass?: string;
}

function radButton(ctx: Ctx, unique: string, text: string, o: ButtonOpts = {}): string {
  const id = cid(unique);
  const props = {
    _accessKey: '',
    _hasIcon: false,
    _isSplitButton: false,
    _postBackReference: `__doPostBack('${unique}','')`,
    autoPostBack: o.autoPostBack ?? true,
    causesValidation: o.causesValidation ?? true,
    clientStateFieldID: `${id}_ClientState`,
    text,
    uniqueID: unique,
    validationGroup: o.validationGroup ?? '',
  };
  const events: string[] = [];
  if (o.clicking) events.push(`"clicking":${o.clicking}`);
  if (o.clicked) events.push(`"clicked":${o.clicked}`);
  ctx.creates.push(
    `$create(Telerik.Web.UI.RadButton, ${js(props)}, ${events.length ? `{${events.join(',')}}` : 'null'}, null, $get(${js(id)}));`,
  );
  const cls = o.cssClass ? ` ${o.cssClass}` : '';
  return `<span id="${id}" class="RadButton RadButton_Default rbSkinnedButton${cls}" tabindex="0"><input class="rbDecorated" type="submit" name="${id}_input" id="${id}_input" value="${esc(text)}" tabindex="-1" /><input id="${id}_ClientState" name="${id}_ClientState" type="hidden" /></span>`;
}

function linkButton(unique: string, text: string, cls = ''): string {
  const klass = cls ? ` class="${cls}"` : '';
  return `<a id="${cid(unique)}"${klass} href="javascript:__doPostBack(&#39;${unique}&#39;,&#39;&#39;)">${esc(text)}</a>`;
}

/** RadAjaxPanel: the outer "...Panel" div is the update panel, the inner div the control. */
function ajaxPanelInner(ctx: Ctx, unique: string, inner: string): string {
  const id = cid(unique);
  ctx.creates.push(
    `$create(Telerik.Web.UI.RadAjaxPanel, ${js({ clientEvents: { OnRequestStart: '', OnResponseEnd: '' }, enableAJAX: true, enableHistory: false, links: [], loadingPanelID: cid(U.loading), styles: [], uniqueID: unique })}, null, null, $get(${js(id)}));`,
  );
  return `<div id="${id}">\n${inner}\n</div>`;
}

function ajaxPanel(ctx: Ctx, unique: string, inner: string): string {
  return `<div id="${cid(unique)}Panel">\n${ajaxPanelInner(ctx, unique, inner)}\n</div>`;
}

interface WindowOpts {
  title: string;
  width: number;
  modal: boolean;
  visibleOnPageLoad: boolean;
}

function radWindow(ctx: Ctx, unique: string, content: string, o: WindowOpts): string {
  const id = cid(unique);
  ctx.creates.push(
    `$create(Telerik.Web.UI.RadWindow, ${js({ _dockMode: false, behaviors: 'Close, Move', clientStateFieldID: `${id}_ClientState`, formID: 'form1', iconUrl: '', minimizeIconUrl: '', modal: o.modal, name: unique.split('$').pop(), skin: 'Default', title: o.title, visibleOnPageLoad: o.visibleOnPageLoad, visibleStatusbar: false, width: `${o.width}px` })}, null, null, $get(${js(id)}));`,
  );
  return `<div id="${id}" style="display:none;">\n\t<div id="${id}_C" style="display:none;">\n${content}\n\t</div><input id="${id}_ClientState" name="${id}_ClientState" type="hidden" />\n</div>`;
}

interface NotifyOpts {
  title: string;
  text: string;
  kind: 'info' | 'success' | 'error';
  autoCloseDelay: number;
  showDelay?: number;
}

function notification(ctx: Ctx, unique: string, o: NotifyOpts): string {
  const id = cid(unique);
  const cssClass = o.kind === 'error' ? 'rnError' : o.kind === 'success' ? 'rnSuccess' : 'rnInfo';
  ctx.creates.push(
    `$create(Telerik.Web.UI.RadNotification, ${js({ _uniqueID: unique, animation: 2, autoCloseDelay: o.autoCloseDelay, clientStateFieldID: `${id}_ClientState`, cssClass, position: 9, showDelay: o.showDelay ?? 0, text: o.text, title: o.title, visibleOnPageLoad: true, width: 360 })}, null, null, $get(${js(id)}));`,
  );
  return `<div id="${id}" style="display:none;"><input id="${id}_ClientState" name="${id}_ClientState" type="hidden" /></div>`;
}

function comboBox(
  ctx: Ctx,
  unique: string,
  items: { text: string; value: string }[],
  selected: number,
): string {
  const id = cid(unique);
  const sel = selected >= 0 && selected < items.length ? selected : 0;
  const text = items[sel]?.text ?? '';
  ctx.creates.push(
    `$create(Telerik.Web.UI.RadComboBox, ${js({ _dropDownWidth: 0, _height: 0, _skin: 'Default', _uniqueId: unique, allowCustomText: false, autoPostBack: false, clientStateFieldID: `${id}_ClientState`, collapseAnimation: '{"duration":450}', expandAnimation: '{"duration":450}', filter: 2, itemData: items.map((i) => ({ value: i.value })), markFirstMatch: true, selectedIndex: sel, selectedItem: null })}, null, null, $get(${js(id)}));`,
  );
  const state = {
    logEntries: [],
    value: items[sel]?.value ?? '',
    text,
    enabled: true,
    checkedIndices: [],
    checkedItemsTextOverflows: false,
  };
  const lis = items
    .map((it, i) => `<li class="rcbItem${i === sel ? ' rcbSelected' : ''}">${esc(it.text)}</li>`)
    .join('');
  return (
    `<div id="${id}" class="RadComboBox RadComboBox_Default" style="width:360px;white-space:normal;">` +
    `<table summary="combobox" style="border-width:0;border-collapse:collapse;width:100%"><tr>` +
    `<td class="rcbInputCell rcbInputCellLeft" style="width:100%;"><input name="${unique}" type="text" class="rcbInput radPreventDecorate" id="${id}_Input" value="${esc(text)}" autocomplete="off" /></td>` +
    `<td class="rcbArrowCell rcbArrowCellRight"><a id="${id}_Arrow" style="overflow: hidden;display: block;position: relative;outline: none;">select</a></td>` +
    `</tr></table>` +
    `<div class="rcbSlide" style="z-index:6000;display:none;"><div id="${id}_DropDown" class="RadComboBoxDropDown RadComboBoxDropDown_Default " style="display:none;">` +
    `<div class="rcbScroll rcbWidth"><ul class="rcbList">${lis}</ul></div></div></div>` +
    `<input id="${id}_ClientState" name="${id}_ClientState" type="hidden" value="${esc(JSON.stringify(state))}" /></div>`
  );
}

function radioList(unique: string, items: { text: string; value: string }[], selected: string): string {
  const id = cid(unique);
  const cells = items
    .map((it, i) => {
      const checked = it.value === selected ? ' checked="checked"' : '';
      const post = `javascript:setTimeout(&#39;__doPostBack(\\&#39;${unique}$${i}\\&#39;,\\&#39;\\&#39;)&#39;, 0)`;
      return `\t\t<td><input id="${id}_${i}" type="radio" name="${unique}" value="${it.value}"${checked} onclick="${post}" /><label for="${id}_${i}">${esc(it.text)}</label></td>`;
    })
    .join('\n');
  return `<table id="${id}" class="rblRegType">\n\t<tr>\n${cells}\n\t</tr>\n</table>`;
}

function renderMenu(nodes: MenuNode[], level: number, current: string): string {
  const items = nodes
    .map((n, i) => {
      const pos = i === 0 ? ' rmFirst' : i === nodes.length - 1 ? ' rmLast' : '';
      const root = level === 0 ? ' rmRootLink' : '';
      const selected = n.href && n.href.toLowerCase() === current ? ' rmSelected' : '';
      if (n.children) {
        return `<li class="rmItem${pos}"><a class="rmLink${root}" href="#"><span class="rmText rmExpandRight">${esc(n.text)}</span></a><div class="rmSlide"><ul class="rmVertical rmGroup rmLevel${level + 1}">${renderMenu(n.children, level + 1, current)}</ul></div></li>`;
      }
      return `<li class="rmItem${pos}"><a class="rmLink${root}${selected}" href="${n.href ?? '#'}"><span class="rmText">${esc(n.text)}</span></a></li>`;
    })
    .join('');
  return items;
}

function captchaSvg(text: string): string {
  let seed = 0;
  for (const ch of text) seed = (seed * 31 + ch.charCodeAt(0)) % 9973;
  const rnd = () => {
    seed = (seed * 7919 + 104729) % 1000003;
    return seed / 1000003;
  };
  const colors = ['#3b2f8f', '#8f2f4d', '#2f6f8f', '#6f5a12', '#2f8f45'];
  let noise = '';
  for (let i = 0; i < 7; i++) {
    noise += `<line x1="${Math.round(rnd() * 180)}" y1="${Math.round(rnd() * 50)}" x2="${Math.round(rnd() * 180)}" y2="${Math.round(rnd() * 50)}" stroke="${colors[i % colors.length]}" stroke-opacity="0.45" stroke-width="1.2"/>`;
  }
  for (let i = 0; i < 40; i++) {
    noise += `<circle cx="${Math.round(rnd() * 180)}" cy="${Math.round(rnd() * 50)}" r="1" fill="#777"/>`;
  }
  let glyphs = '';
  [...text].forEach((ch, i) => {
    const x = 22 + i * 30;
    const y = 35 + Math.round(rnd() * 6) - 3;
    const rot = Math.round(rnd() * 40) - 20;
    glyphs += `<text x="${x}" y="${y}" transform="rotate(${rot} ${x} ${y})" font-family="Georgia, 'Times New Roman', serif" font-size="28" font-weight="bold" fill="${colors[i % colors.length]}">${esc(ch)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="50" viewBox="0 0 180 50"><rect width="180" height="50" fill="#f3f1e4"/>${noise}${glyphs}</svg>`;
}

/* ----------------------------------------------------------------------------------------------
 * Page shell (master page) and partial-postback responses.
 * -------------------------------------------------------------------------------------------- */
interface Shell {
  path: string;
  action: string;
  title: string;
  ctx: Ctx;
  panels: string[];
  header: string;
  body: string;
}

function validatorDeclarations(vs: ValidatorDef[]): string {
  if (!vs.length) return '';
  const lines = [
    `var Page_Validators =  new Array(${vs.map((v) => `document.getElementById("${v.id}")`).join(', ')});`,
  ];
  for (const v of vs) {
    lines.push(`var ${v.id} = document.all ? document.all["${v.id}"] : document.getElementById("${v.id}");`);
    for (const [k, val] of expandos(v)) lines.push(`${v.id}.${k} = ${js(val)};`);
  }
  return lines.join('\n');
}

function renderShell(s: Shell): string {
  const ctx = s.ctx;
  const panelDecl = s.panels.map((p) => `'t${p}Panel','${cid(p)}Panel'`).join(',');
  const endScript = [
    validatorDeclarations(ctx.validators),
    'var Page_ValidationActive = false;\nif (typeof(ValidatorOnLoad) == "function") {\n    ValidatorOnLoad();\n}\n\nfunction ValidatorOnSubmit() {\n    if (Page_ValidationActive) {\n        return ValidatorCommonOnSubmit();\n    }\n    else {\n        return true;\n    }\n}',
    ...ctx.functions,
    ...ctx.creates.map((c) => `Sys.Application.add_init(function() {\n    ${c}\n});`),
    ...ctx.startup.map((c) => `Sys.Application.add_init(function() {\n    ${c}\n});`),
    'Sys.Application.initialize();',
  ]
    .filter((x) => x)
    .join('\n');
  const v = generator(s.path);
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	${esc(s.title)}
</title><link href="/App_Themes/EInvoice/Site.css" type="text/css" rel="stylesheet" /><link href="/WebResource.axd?d=${v}TLRK_Skin_Default&amp;t=638412345678901234" type="text/css" rel="stylesheet" class="Telerik_stylesheet" /></head>
<body>
    <form method="post" action="${s.action}" onsubmit="javascript:return WebForm_OnSubmit();" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="ctl00_RadScriptManager1_TSM" id="ctl00_RadScriptManager1_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${viewState()}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {
    theForm = document.form1;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>

<script src="/ScriptResource.axd?d=Dvk7QO2b5bQ1Xy0nJcY1m4uK9Yl2NQx5fR0yB3d1&amp;t=ffffffffe6692900" type="text/javascript"></script>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_RadScriptManager1_TSM&amp;compress=1&amp;_TSM_CombinedScripts_=%3b%3bTelerik.Web.UI%2c+Version%3d2019.3.1023.45%2c+Culture%3dneutral%2c+PublicKeyToken%3d121fae78165ba3d4%3aen-US" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
if (typeof(ValidatorOnSubmit) == "function" && ValidatorOnSubmit() == false) return false;
return true;
}
//]]>
</script>

<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="${v}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="${eventValidation()}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('${U.scriptManager}', 'form1', [${panelDecl}], [], [], 90, 'ctl00');
//]]>
</script>

${s.header}
${s.body}
<div class="siteFooter">Site is designed, developed and hosted by National Informatics Centre, Ministry of Electronics &amp; Information Technology, Government of India. Best viewed in latest versions of Chrome, Edge and Firefox.</div>
<div id="${cid(U.loading)}" class="RadAjax RadAjax_Default" style="display:none;"><div class="raDiv"></div><div class="raColor raTransp"></div></div>

<script type="text/javascript">
//<![CDATA[
${endScript}
//]]>
</script>
</form>
</body>
</html>
`;
}

type DeltaPart = [type: string, id: string, content: string];

function renderDelta(
  path: string,
  action: string,
  title: string,
  ctx: Ctx,
  updates: [clientId: string, html: string][],
): string {
  const parts: DeltaPart[] = [];
  for (const [id, html] of updates) parts.push(['updatePanel', id, html]);
  parts.push(
    ['hiddenField', '__EVENTTARGET', ''],
    ['hiddenField', '__EVENTARGUMENT', ''],
    ['hiddenField', '__VIEWSTATE', viewState()],
    ['hiddenField', '__VIEWSTATEGENERATOR', generator(path)],
    ['hiddenField', '__EVENTVALIDATION', eventValidation()],
    ['asyncPostBackControlIDs', '', ''],
    ['postBackControlIDs', '', ''],
    ['updatePanelIDs', '', updates.map(([id]) => `t${id.replace(/_/g, '$')}`).join(',')],
    ['childUpdatePanelIDs', '', ''],
    ['panelsToRefreshIDs', '', updates.map(([id]) => id.replace(/_/g, '$')).join(',')],
    ['asyncPostBackTimeout', '', '90'],
    ['formAction', '', action],
    ['pageTitle', '', title],
  );
  for (const v of ctx.validators)
    parts.push(['arrayDeclaration', 'Page_Validators', `document.getElementById("${v.id}")`]);
  for (const v of ctx.validators) {
    for (const [k, val] of expandos(v))
      parts.push(['expando', `document.getElementById('${v.id}')['${k}']`, JSON.stringify(val)]);
  }
  const script = [
    ...ctx.functions,
    ...ctx.creates.map((c) => `Sys.Application.add_init(function() {\n    ${c}\n});`),
    'if (typeof(ValidatorOnLoad) == "function") { ValidatorOnLoad(); }',
    ...ctx.startup,
  ].join('\n');
  parts.push(['scriptStartupBlock', 'ScriptContentNoTags', script]);
  return parts.map(([t, i, c]) => `${c.length}|${t}|${i}|${c}|`).join('');
}

function redirectDelta(url: string): string {
  return `${url.length}|pageRedirect||${url}|`;
}

/* ----------------------------------------------------------------------------------------------
 * The portal.
 * -------------------------------------------------------------------------------------------- */
type Stage = 'send' | 'verify' | 'form';

interface Session {
  id: string;
  phase: 'anon' | 'otp' | 'in';
  username: string;
  techShown: boolean;
  stage: Stage;
  regType: string;
}

interface Rc {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  path: string;
  method: string;
  form: URLSearchParams;
  session: Session;
  headers: Record<string, string>;
  isAsync: boolean;
}

interface LoginView {
  step: 'login' | 'otp';
  username: string;
  message?: string;
  otpMessage?: string;
  otpError?: string;
}

interface CreateView {
  stage: Stage;
  regType: string;
  sent?: 'sent' | 'resent';
  gspIndex: number;
  username: string;
  notify?: NotifyOpts;
}

const BASE_HEADERS = {
  'Cache-Control': 'private',
  Server: 'Microsoft-IIS/10.0',
  'X-AspNet-Version': '4.0.30319',
  'X-Powered-By': 'ASP.NET',
};

function send(rc: Pick<Rc, 'res' | 'headers'>, status: number, type: string, body: string): void {
  rc.res.writeHead(status, { ...BASE_HEADERS, ...rc.headers, 'Content-Type': type });
  rc.res.end(body);
}

function notFound(res: ServerResponse): void {
  const html = `<!DOCTYPE html><html><head><title>The resource cannot be found.</title><style>body{font-family:Verdana;font-weight:normal;font-size:.7em;color:black;background:white} H1{font-family:Verdana;font-weight:normal;font-size:18pt;color:red} H2{font-family:Verdana;font-weight:normal;font-size:14pt;color:maroon}</style></head><body><span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1><h2> <i>The resource cannot be found.</i> </h2></span><font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif "><b> Description: </b>HTTP 404. The resource you are looking for (or one of its dependencies) could have been removed, had its name changed, or is temporarily unavailable.  Please review the following URL and make sure that it is spelled correctly.<br><br><hr width=100% size=1 color=silver><b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4667.0</font></body></html>`;
  send({ res, headers: {} }, 404, 'text/html; charset=utf-8', html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > 1_000_000) break;
    chunks.push(b);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

class Portal {
  readonly sessions = new Map<string, Session>();
  private pendingExpiry: R7TelerikExpiry | undefined;
  private readonly stubs: Map<string, MenuNode>;

  constructor(
    readonly state: R7TelerikState,
    private readonly techContact: boolean,
    expireOnce: R7TelerikExpiry | undefined,
  ) {
    this.pendingExpiry = expireOnce;
    this.stubs = new Map(
      menuLeaves(MENU)
        .filter((n) => n.href && n.href !== MAIN_PATH && n.href !== CREATE_PATH)
        .map((n) => [(n.href ?? '').toLowerCase(), n]),
    );
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.toLowerCase();
    const method = req.method ?? 'GET';
    const plain = { res, headers: {} as Record<string, string> };
    if (path === '/scriptresource.axd') return send(plain, 200, 'application/x-javascript', MSAJAX_JS);
    if (path === '/telerik.web.ui.webresource.axd') {
      if (url.searchParams.get('type') === 'rca') {
        return send(plain, 200, 'image/svg+xml', captchaSvg(this.state.captcha));
      }
      return send(plain, 200, 'application/x-javascript', TELERIK_JS);
    }
    if (path === '/webresource.axd') return send(plain, 200, 'text/css', SKIN_CSS);
    if (path === '/app_themes/einvoice/site.css') return send(plain, 200, 'text/css', SITE_CSS);
    if (method !== 'GET' && method !== 'POST' && method !== 'HEAD') {
      return send(plain, 405, 'text/html; charset=utf-8', '<h1>405 Method Not Allowed</h1>');
    }
    const known =
      path === '/' ||
      path === HOME_PATH.toLowerCase() ||
      path === MAIN_PATH.toLowerCase() ||
      path === CREATE_PATH.toLowerCase() ||
      this.stubs.has(path);
    if (!known) return notFound(res);

    const form = method === 'POST' ? await readForm(req) : new URLSearchParams();
    const headers: Record<string, string> = {};
    const sid = cookieValue(req.headers.cookie, 'ASP.NET_SessionId');
    let session = sid ? this.sessions.get(sid) : undefined;
    if (!session) {
      session = {
        id: sessionId(),
        phase: 'anon',
        username: '',
        techShown: false,
        stage: 'send',
        regType: '',
      };
      this.sessions.set(session.id, session);
      headers['Set-Cookie'] = `ASP.NET_SessionId=${session.id}; path=/; HttpOnly; SameSite=Lax`;
    }
    const isAsync =
      method === 'POST' &&
      (req.headers['x-microsoftajax'] === 'Delta=true' || form.get('__ASYNCPOST') === 'true');
    const rc: Rc = { req, res, url, path, method, form, session, headers, isAsync };
    if (isAsync) await sleep(180);

    if (method === 'POST' && form.get('__EVENTTARGET') === U.logout) {
      this.sessions.delete(session.id);
      return this.redirect(rc, HOME_PATH);
    }
    if (path === '/' || path === HOME_PATH.toLowerCase()) return this.home(rc);
    if (session.phase !== 'in') {
      const back = `${HOME_PATH}?ReturnUrl=${encodeURIComponent(url.pathname)}`;
      return this.redirect(rc, back);
    }
    if (path === MAIN_PATH.toLowerCase()) return this.dashboard(rc);
    if (path === CREATE_PATH.toLowerCase()) return this.createApiUser(rc);
    const leaf = this.stubs.get(path);
    if (leaf) return this.stub(rc, leaf);
    return notFound(res);
  }

  private redirect(rc: Rc, location: string): void {
    if (rc.isAsync) {
      send(rc, 200, 'text/plain; charset=utf-8', redirectDelta(location));
      return;
    }
    rc.headers.Location = location;
    send(
      rc,
      302,
      'text/html; charset=utf-8',
      `<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="${esc(location)}">here</a>.</h2>\r\n</body></html>\r\n`,
    );
  }

  /** The session ends if this is the stage chosen to expire once. */
  private expire(rc: Rc, stage: R7TelerikExpiry): boolean {
    if (this.pendingExpiry !== stage) return false;
    this.pendingExpiry = undefined;
    this.state.expired.push(stage);
    this.sessions.delete(rc.session.id);
    this.redirect(rc, `${HOME_PATH}?SessionExpired=1&ReturnUrl=${encodeURIComponent(CREATE_PATH)}`);
    return true;
  }

  /* ---------------- master page parts ---------------- */

  private header(ctx: Ctx, authed: boolean): string {
    if (!authed) {
      ctx.functions.push(
        `function btnLogin_ClientClicked(sender, args) {\n    var wnd = $find("${cid(U.rwLogin)}");\n    if (wnd) { wnd.show(); }\n}`,
      );
      const login = radButton(ctx, U.headerLogin, 'Login', {
        autoPostBack: false,
        causesValidation: false,
        clicked: 'btnLogin_ClientClicked',
        cssClass: 'btnHeader',
      });
      return `<div class="siteHeader">
  <div class="brand"><div class="emblem">GST<br />NIC</div><div><span class="brandTitle">e-Invoice System</span><span class="brandSub">Goods and Services Tax &middot; Government of India</span></div></div>
  <div class="headerRight">${login}</div>
</div>
<div class="topNav"><a href="/Default.aspx">Home</a><a href="#">e-Invoice Schema</a><a href="#">Verify Signed e-Invoice</a><a href="#">Search GSTIN</a><a href="#">Help</a><a href="#">Contact Us</a></div>`;
    }
    return `<div class="siteHeader">
  <div class="brand"><div class="emblem">GST<br />NIC</div><div><span class="brandTitle">e-Invoice System</span><span class="brandSub">Goods and Services Tax &middot; Government of India</span></div></div>
  <div class="headerRight"><div class="userLine">GSTIN : <b>${esc(this.state.gstin)}</b> &nbsp;|&nbsp; ${esc(TRADE_NAME)}</div><div>Last Login : ${formatDate(new Date(Date.now() - 86_400_000 * 3))} &nbsp;|&nbsp; ${linkButton(U.logout, 'Logout')}</div></div>
</div>`;
  }

  private authedBody(ctx: Ctx, current: string, content: string): string {
    ctx.creates.push(
      `$create(Telerik.Web.UI.RadMenu, ${js({ _childListElementCssClass: null, _skin: 'Default', clickToOpen: true, clientStateFieldID: `${cid(U.menu)}_ClientState`, collapseAnimation: '{"duration":450}', collapseDelay: 500, expandAnimation: '{"duration":450}', expandDelay: 100, flow: 1 })}, null, null, $get(${js(cid(U.menu))}));`,
    );
    const menu = `<div id="${cid(U.menu)}" class="RadMenu RadMenu_Default" style="z-index:7000;"><ul class="rmRootGroup rmVertical">${renderMenu(MENU, 0, current.toLowerCase())}</ul><input id="${cid(U.menu)}_ClientState" name="${cid(U.menu)}_ClientState" type="hidden" /></div>`;
    return `<table class="layout"><tr><td class="sidebar">\n${menu}\n</td><td class="mainContent">\n${content}\n</td></tr></table>`;
  }

  private page(rc: Rc, shell: Omit<Shell, 'path'>): void {
    send(rc, 200, 'text/html; charset=utf-8', renderShell({ ...shell, path: rc.path }));
  }

  /* ---------------- home + login window ---------------- */

  private loginPanel(ctx: Ctx, v: LoginView): string {
    if (v.step === 'otp') {
      const otpMsg = v.otpError
        ? `<span id="${cid(`${LW}lblOtpMessage`)}" class="errorLabel" style="color:Red;">${esc(v.otpError)}</span>`
        : `<span id="${cid(`${LW}lblOtpMessage`)}" class="successLabel">${esc(v.otpMessage ?? `OTP has been sent to your registered mobile number ${MOBILE}.`)}</span>`;
      return `<div id="${cid(`${LW}pnlOtp`)}" class="loginBox" onkeypress="javascript:return WebForm_FireDefaultButton(event, '${cid(U.btnVerifyLogin)}')">
  <div class="subHead">Two Factor Authentication</div>
  ${otpMsg}
  <table class="formTable loginTable">
    <tr><td class="lbl">Enter OTP <span class="req">*</span></td><td>${textBox(ctx, U.loginOtp, { maxLength: 6, width: 160 })}${validator(ctx, { id: V.loginOtp, control: cid(U.loginOtp), kind: 'required', message: 'Please enter OTP', group: 'vgOtp' })}</td></tr>
    <tr><td></td><td>${radButton(ctx, U.btnVerifyLogin, 'Verify OTP', { validationGroup: 'vgOtp', cssClass: 'btnPrimary' })} ${linkButton(U.resendLogin, 'Resend OTP')}</td></tr>
  </table>
  <div class="note">The OTP is sent by SMS to the registered mobile number. You may also use the OTP shown in the Sandes app or the NIC-GST-Shield app.</div>
</div>`;
    }
    const msg = v.message
      ? `<span id="${cid(`${LW}lblMessage`)}" class="errorLabel" style="color:Red;">${esc(v.message)}</span>`
      : '';
    const capId = cid(U.captcha);
    const captcha = `<div id="${capId}" class="RadCaptcha RadCaptcha_Default">
      <div id="${capId}_SpamProtectorPanel">
        <img id="${capId}_CaptchaImage" alt="" src="/Telerik.Web.UI.WebResource.axd?type=rca&amp;isc=true&amp;guid=${randomBytes(16).toString('hex')}" style="height:50px;width:180px;border-width:0px;display:block;" />
        ${linkButton(U.captchaRefresh, 'Generate New Image', 'rcRefreshImage')}
        <p><input name="${U.captchaText}" type="text" maxlength="5" id="${cid(U.captchaText)}" class="rcCaptchaTextBox" autocomplete="off" /><label for="${cid(U.captchaText)}" id="${cid(U.captchaText)}Label">Type the code from the image</label></p>
      </div>
    </div>`;
    return `<div id="${cid(`${LW}pnlLogin`)}" class="loginBox" onkeypress="javascript:return WebForm_FireDefaultButton(event, '${cid(U.btnLogin)}')">
  ${msg}
  <table class="formTable loginTable">
    <tr><td class="lbl">Username <span class="req">*</span></td><td>${textBox(ctx, U.user, { value: v.username, maxLength: 15, width: 230 })}${validator(ctx, { id: V.user, control: cid(U.user), kind: 'required', message: 'Please enter Username', group: 'vgLogin' })}</td></tr>
    <tr><td class="lbl">Password <span class="req">*</span></td><td>${textBox(ctx, U.pwd, { password: true, maxLength: 20, width: 230 })}${validator(ctx, { id: V.pwd, control: cid(U.pwd), kind: 'required', message: 'Please enter Password', group: 'vgLogin' })}</td></tr>
    <tr><td class="lbl">Captcha <span class="req">*</span></td><td>${captcha}${validator(ctx, { id: V.captcha, control: cid(U.captchaText), kind: 'required', message: 'Please enter Captcha', group: 'vgLogin' })}</td></tr>
    <tr><td></td><td>${radButton(ctx, U.btnLogin, 'Login', { validationGroup: 'vgLogin', cssClass: 'btnPrimary' })}</td></tr>
  </table>
  <div class="loginLinks"><a href="#">Forgot Username</a> &nbsp;|&nbsp; <a href="#">Forgot Password</a> &nbsp;|&nbsp; <a href="#">New User? Register Here</a></div>
</div>`;
  }

  private home(rc: Rc): void {
    const { session, form } = rc;
    if (rc.method !== 'POST') {
      if (session.phase === 'in') {
        this.redirect(rc, MAIN_PATH);
        return;
      }
      session.phase = 'anon';
      const expired = rc.url.searchParams.get('SessionExpired') === '1';
      const autoOpen = expired || rc.url.searchParams.has('ReturnUrl');
      this.renderHome(rc, new Ctx(), {
        view: {
          step: 'login',
          username: '',
          message: expired ? 'Your session has expired. Please login again.' : undefined,
        },
        autoOpen,
      });
      return;
    }
    const target = form.get('__EVENTTARGET') ?? '';
    const invalid = new Set<string>();
    let view: LoginView = {
      step: session.phase === 'otp' ? 'otp' : 'login',
      username: form.get(U.user) ?? '',
    };
    const startup: string[] = [];
    if (target === U.btnLogin) {
      const user = (form.get(U.user) ?? '').trim();
      const pwd = form.get(U.pwd) ?? '';
      const cap = (form.get(U.captchaText) ?? '').trim();
      if (!user) invalid.add(V.user);
      if (!pwd) invalid.add(V.pwd);
      if (!cap) invalid.add(V.captcha);
      view = { step: 'login', username: user };
      if (invalid.size === 0) {
        if (cap.toUpperCase() !== this.state.captcha) {
          this.state.refusals.push('captcha');
          startup.push(`alert('Invalid Captcha. Please enter the characters shown in the image.');`);
        } else if (user.toLowerCase() !== LOGIN.username.toLowerCase() || pwd !== LOGIN.password) {
          this.state.refusals.push('login');
          startup.push(`alert('Invalid Login Credentials. Please check the Username and Password.');`);
        } else {
          session.phase = 'otp';
          session.username = user;
          view = { step: 'otp', username: user };
        }
      }
    } else if (target === U.btnVerifyLogin && session.phase === 'otp') {
      const otp = (form.get(U.loginOtp) ?? '').trim();
      if (!otp) {
        invalid.add(V.loginOtp);
        view = { step: 'otp', username: session.username };
      } else if (otp === this.state.loginOtp) {
        session.phase = 'in';
        session.techShown = false;
        session.stage = 'send';
        this.redirect(rc, MAIN_PATH);
        return;
      } else {
        this.state.refusals.push('login-otp');
        view = {
          step: 'otp',
          username: session.username,
          otpError: 'Invalid OTP. Please enter the correct OTP.',
        };
      }
    } else if (target === U.resendLogin && session.phase === 'otp') {
      view = {
        step: 'otp',
        username: session.username,
        otpMessage: `OTP has been resent to your registered mobile number ${MOBILE}.`,
      };
    } else if (target === U.btnVerifyLogin) {
      view = { step: 'login', username: '', message: 'Your session has expired. Please login again.' };
    }
    const ctx = new Ctx(invalid);
    ctx.startup.push(...startup);
    if (!rc.isAsync) {
      this.renderHome(rc, ctx, { view, autoOpen: true });
      return;
    }
    const inner = ajaxPanelInner(ctx, U.rapLogin, this.loginPanel(ctx, view));
    send(
      rc,
      200,
      'text/plain; charset=utf-8',
      renderDelta(rc.path, './Default.aspx', 'e-Invoice System', ctx, [[`${cid(U.rapLogin)}Panel`, inner]]),
    );
  }

  private renderHome(rc: Rc, ctx: Ctx, o: { view: LoginView; autoOpen: boolean }): void {
    const header = this.header(ctx, false);
    const login = radWindow(ctx, U.rwLogin, ajaxPanel(ctx, U.rapLogin, this.loginPanel(ctx, o.view)), {
      title: 'Login',
      width: 520,
      modal: true,
      visibleOnPageLoad: o.autoOpen,
    });
    const body = `<div class="homeBanner">
  <h1>Welcome to e-Invoice System</h1>
  <p>The e-Invoice System enables taxpayers to report B2B invoices to the Invoice Registration Portal (IRP) and obtain the Invoice Reference Number (IRN), signed invoice and QR code. Registered taxpayers may log in with their e-Invoice / e-Way Bill credentials.</p>
</div>
<div class="homeCols">
  <div class="col"><h3>Latest Updates</h3><ul>
    <li>Two-Factor Authentication (2FA) is mandatory for all taxpayers from 1st April 2025.</li>
    <li>Time limit for reporting invoices to IRP for taxpayers with AATO of 10 Cr and above.</li>
    <li>API access through GSP: register your GSTIN under API Registration after login.</li>
  </ul></div>
  <div class="col"><h3>Quick Links</h3><ul>
    <li><a href="#">e-Invoice Schema (FORM GST INV-01)</a></li>
    <li><a href="#">List of GSPs</a></li>
    <li><a href="#">User Manual</a></li>
    <li><a href="#">FAQs</a></li>
  </ul></div>
</div>
${login}`;
    this.page(rc, {
      action: './Default.aspx',
      title: 'e-Invoice System',
      ctx,
      panels: [U.rapLogin],
      header,
      body,
    });
  }

  /* ---------------- dashboard ---------------- */

  private techPanel(ctx: Ctx): string {
    return `<div onkeypress="javascript:return WebForm_FireDefaultButton(event, '${cid(U.btnTechUpdate)}')">
  <div class="popupNote">Please verify the contact details of the technical person of your organisation. These details are used by NIC for communication regarding e-Invoice and API integration.</div>
  <table class="formTable">
    <tr><td class="lbl" style="width:110px">Name <span class="req">*</span></td><td>${textBox(ctx, U.techName, { value: 'RAHUL DESHMUKH', width: 260 })}${validator(ctx, { id: V.techName, control: cid(U.techName), kind: 'required', message: 'Please enter Name', group: 'vgTech' })}</td></tr>
    <tr><td class="lbl" style="width:110px">Mobile No.</td><td>${textBox(ctx, U.techMobile, { value: '9822014471', maxLength: 10, width: 260 })}</td></tr>
    <tr><td class="lbl" style="width:110px">E-mail</td><td>${textBox(ctx, U.techEmail, { value: 'it.support@sdagro.in', width: 260 })}</td></tr>
  </table>
  <div class="popupButtons">${radButton(ctx, U.btnTechUpdate, 'Update', { validationGroup: 'vgTech', cssClass: 'btnPrimary' })}${radButton(ctx, U.btnTechExit, 'Exit', { autoPostBack: false, causesValidation: false, clicked: 'btnTechExit_ClientClicked', cssClass: 'btnExit' })}</div>
</div>`;
  }

  private dashboard(rc: Rc): void {
    const { session } = rc;
    if (rc.method === 'POST' && rc.isAsync && rc.form.get('__EVENTTARGET') === U.btnTechUpdate) {
      const ctx = new Ctx((rc.form.get(U.techName) ?? '').trim() ? new Set() : new Set([V.techName]));
      const inner = ajaxPanelInner(ctx, U.rapTech, this.techPanel(ctx));
      ctx.functions.push(this.techExitFunction());
      if (ctx.invalid.size === 0) {
        ctx.startup.push(
          `(function () { var wnd = $find("${cid(U.rwTech)}"); if (wnd) { wnd.close(); } radalert("Technical person details have been updated successfully.", 360, 150, "e-Invoice System"); })();`,
        );
      }
      const body = renderDelta(rc.path, './MainMenu.aspx', 'e-Invoice System :: Dash Board', ctx, [
        [`${cid(U.rapTech)}Panel`, inner],
      ]);
      send(rc, 200, 'text/plain; charset=utf-8', body);
      return;
    }
    const ctx = new Ctx();
    const showTech = this.techContact && !session.techShown;
    session.techShown = true;
    ctx.functions.push(this.techExitFunction());
    const header = this.header(ctx, true);
    const tech = radWindow(ctx, U.rwTech, ajaxPanel(ctx, U.rapTech, this.techPanel(ctx)), {
      title: 'Contacts of Technical Person',
      width: 560,
      modal: true,
      visibleOnPageLoad: showTech,
    });
    const info = notification(ctx, U.rnInfo, {
      title: 'Information',
      text: 'Two-Factor Authentication (2FA) is mandatory for login from 1st April 2025. Keep your registered mobile number updated.',
      kind: 'info',
      autoCloseDelay: 6000,
      showDelay: 400,
    });
    const content = `<h2 class="pageTitle">Dash Board</h2>
<div class="cards">
  <div class="card"><div class="cardHead">Generations</div><div class="cardBody"><table><tr><td>Today</td><td class="count">0</td></tr><tr><td>This Month</td><td class="count">148</td></tr></table></div></div>
  <div class="card"><div class="cardHead">Cancelled</div><div class="cardBody"><table><tr><td>Today</td><td class="count">0</td></tr><tr><td>This Month</td><td class="count">3</td></tr></table></div></div>
  <div class="card"><div class="cardHead">API Users</div><div class="cardBody"><table><tr><td>Active</td><td class="count">${this.state.users.filter((u) => u.gstin === this.state.gstin).length}</td></tr></table></div></div>
</div>
${tech}
${info}`;
    this.page(rc, {
      action: './MainMenu.aspx',
      title: 'e-Invoice System :: Dash Board',
      ctx,
      panels: [U.rapTech],
      header,
      body: this.authedBody(ctx, MAIN_PATH, content),
    });
  }

  private techExitFunction(): string {
    return `function btnTechExit_ClientClicked(sender, args) {\n    var wnd = $find("${cid(U.rwTech)}");\n    if (wnd) { wnd.close(); }\n}`;
  }

  /* ---------------- other menu pages ---------------- */

  private stub(rc: Rc, leaf: MenuNode): void {
    const ctx = new Ctx();
    const header = this.header(ctx, true);
    const content = `<h2 class="pageTitle">${esc(leaf.text)}</h2>
<div class="panelBox"><div class="panelHead">${esc(leaf.text)}</div><div class="panelBody"><span style="color:#8a5a00;font-weight:600">This facility is not enabled for your login. Please contact the helpdesk for details.</span></div></div>`;
    this.page(rc, {
      action: `./${rc.url.pathname.split('/').pop() ?? ''}`,
      title: `e-Invoice System :: ${leaf.text}`,
      ctx,
      panels: [],
      header,
      body: this.authedBody(ctx, leaf.href ?? '', content),
    });
  }

  /* ---------------- Create API User ---------------- */

  private gridHtml(): string {
    const id = cid(U.grid);
    const mine = this.state.users.filter((u) => u.gstin === this.state.gstin);
    const rows = mine.length
      ? mine
          .map(
            (u, i) =>
              `<tr class="${i % 2 ? 'rgAltRow' : 'rgRow'}" id="${id}_ctl00__${i}"><td>${i + 1}</td><td>${esc(u.gsp)}</td><td>${esc(u.username)}</td><td>Through GSP</td><td>${esc(formatDate(new Date(u.createdOn)))}</td><td>Active</td></tr>`,
          )
          .join('\n')
      : `<tr class="rgNoRecords"><td colspan="6" style="text-align:left;"><div>No records to display.</div></td></tr>`;
    return `<div class="gridTitle">GSPs registered for GSTIN ${esc(this.state.gstin)}</div>
<div id="${id}" class="RadGrid RadGrid_Default" tabindex="0">
<table class="rgMasterTable" border="0" id="${id}_ctl00" style="width:100%;table-layout:auto;empty-cells:show;">
<colgroup><col style="width:60px" /><col /><col /><col /><col /><col style="width:70px" /></colgroup>
<thead><tr><th scope="col" class="rgHeader">Sl. No.</th><th scope="col" class="rgHeader">GSP Name</th><th scope="col" class="rgHeader">User Name</th><th scope="col" class="rgHeader">Registration Type</th><th scope="col" class="rgHeader">Created On</th><th scope="col" class="rgHeader">Status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table><input id="${id}_ClientState" name="${id}_ClientState" type="hidden" />
</div>`;
  }

  private createPanel(ctx: Ctx, v: CreateView): string {
    let inner = '';
    if (v.stage === 'send') {
      inner = `<div id="${cid(`${CPH}pnlSendOtp`)}">
  <table class="formTable"><tr><td class="lbl">GSTIN</td><td><span class="staticVal">${esc(this.state.gstin)}</span></td></tr>
  <tr><td class="lbl">Registered Mobile No.</td><td><span id="${cid(`${CPH}lblMobile`)}" class="staticVal">${MOBILE}</span></td></tr>
  <tr><td></td><td><span class="note">An OTP will be sent to the registered mobile number to proceed with the API registration.</span></td></tr>
  <tr><td></td><td>${radButton(ctx, U.btnSendOtp, 'Send OTP', { causesValidation: false, cssClass: 'btnPrimary' })}</td></tr></table>
</div>`;
    } else if (v.stage === 'verify') {
      const sent =
        v.sent === 'resent'
          ? `OTP has been resent to your registered mobile number ${MOBILE}.`
          : `OTP has been sent to your registered mobile number ${MOBILE}.`;
      inner = `<div id="${cid(`${CPH}pnlVerifyOtp`)}" onkeypress="javascript:return WebForm_FireDefaultButton(event, '${cid(U.btnVerifyApi)}')">
  <span id="${cid(`${CPH}lblOtpSent`)}" class="successLabel">${esc(sent)}</span>
  <table class="formTable">
    <tr><td class="lbl">Enter OTP <span class="req">*</span></td><td>${textBox(ctx, U.apiOtp, { maxLength: 6, width: 160 })}${validator(ctx, { id: V.apiOtp, control: cid(U.apiOtp), kind: 'required', message: 'Please enter OTP', group: 'vgApiOtp' })}${validator(ctx, { id: V.apiOtpRx, control: cid(U.apiOtp), kind: 'regex', expr: '^\\d{6}$', message: 'OTP should be of 6 digits', group: 'vgApiOtp' })}</td></tr>
    <tr><td></td><td>${radButton(ctx, U.btnVerifyApi, 'Verify OTP', { validationGroup: 'vgApiOtp', cssClass: 'btnPrimary' })} ${linkButton(U.resendApi, 'Resend OTP')}</td></tr>
    <tr><td></td><td><span class="note">OTP is valid for 10 minutes.</span></td></tr>
  </table>
</div>`;
    } else {
      let rows = `<tr><td class="lbl">Do you wish to Register your GSTIN for <span class="req">*</span></td><td>${radioList(U.rbl, REG_TYPES, v.regType)}</td></tr>`;
      if (v.regType === 'G') {
        ctx.functions.push(
          `function btnSubmit_ClientClicking(sender, args) {\n    args.set_cancel(true);\n    if (typeof(Page_ClientValidate) == "function" && !Page_ClientValidate("vgApiUser")) { return; }\n    var combo = $find("${cid(U.gsp)}");\n    var user = $get("${cid(U.apiUser)}");\n    radconfirm("Are you sure you want to create the API User <b>API_" + $telerik.htmlEncode(user.value) + "</b> for <b>" + $telerik.htmlEncode(combo.get_text()) + "</b>?", function (ok) {\n        if (ok) { sender.click(false); }\n    }, 420, 180, null, "Confirm");\n}`,
        );
        rows += `
    <tr><td class="lbl">Select your GSP <span class="req">*</span></td><td>${comboBox(ctx, U.gsp, GSP_ITEMS, v.gspIndex)}${validator(ctx, { id: V.gsp, control: cid(U.gsp), kind: 'required', initial: '-- Select --', message: 'Please select GSP', group: 'vgApiUser' })}</td></tr>
    <tr><td class="lbl">Username <span class="req">*</span></td><td><span id="${cid(`${CPH}lblPrefix`)}" class="prefixLabel">API_</span>${textBox(ctx, U.apiUser, { value: v.username, maxLength: 15, width: 200 })}${validator(ctx, { id: V.apiUser, control: cid(U.apiUser), kind: 'required', message: 'Please enter Username', group: 'vgApiUser' })}${validator(ctx, { id: V.apiUserRx, control: cid(U.apiUser), kind: 'regex', expr: USER_RX_TEXT, message: 'Username should be 4 to 15 characters, letters and digits only', group: 'vgApiUser' })}</td></tr>
    <tr><td class="lbl">Password <span class="req">*</span></td><td>${textBox(ctx, U.apiPwd, { password: true, maxLength: 15, width: 240 })}${validator(ctx, { id: V.apiPwd, control: cid(U.apiPwd), kind: 'required', message: 'Please enter Password', group: 'vgApiUser' })}${validator(ctx, { id: V.apiPwdRx, control: cid(U.apiPwd), kind: 'regex', expr: PWD_RX_TEXT, message: 'Password does not meet the password policy', group: 'vgApiUser' })}<div class="hint">Password should be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.</div></td></tr>
    <tr><td class="lbl">Re-enter Password <span class="req">*</span></td><td>${textBox(ctx, U.apiPwd2, { password: true, maxLength: 15, width: 240 })}${validator(ctx, { id: V.apiPwd2, control: cid(U.apiPwd2), kind: 'required', message: 'Please re-enter Password', group: 'vgApiUser' })}${validator(ctx, { id: V.apiPwdCmp, control: cid(U.apiPwd2), kind: 'compare', compareTo: cid(U.apiPwd), message: 'Password and Re-enter Password do not match', group: 'vgApiUser' })}</td></tr>
    <tr><td></td><td>${radButton(ctx, U.btnSubmit, 'Submit', { validationGroup: 'vgApiUser', clicking: 'btnSubmit_ClientClicking', cssClass: 'btnPrimary' })}${radButton(ctx, U.btnExit, 'Exit', { causesValidation: false, cssClass: 'btnExit' })}</td></tr>`;
      } else if (v.regType === 'D') {
        rows += `<tr><td></td><td><div class="infoBox">Direct API access is available only to taxpayers whose Aggregate Annual Turnover exceeds the notified threshold. The Client-Id and Client-Secret are issued after approval of the request by NIC.</div></td></tr>`;
      } else if (v.regType === 'E' || v.regType === 'C') {
        rows += `<tr><td></td><td><div class="infoBox">This option is not enabled for your GSTIN. Please choose another option.</div></td></tr>`;
      }
      inner = `<div id="${cid(`${CPH}pnlRegistration`)}" onkeypress="javascript:return WebForm_FireDefaultButton(event, '${cid(U.btnSubmit)}')">
  <table class="formTable">
    ${rows}
  </table>
</div>
${this.gridHtml()}`;
    }
    const note = v.notify ? notification(ctx, U.rnMessage, v.notify) : '';
    return `<div class="panelBox">
  <div class="panelHead">API Registration</div>
  <div class="panelBody">
  <div class="breadcrumb">API Registration &raquo; User Credentials &raquo; Create API User</div>
  <div class="subHead">Create API User</div>
  ${inner}
  </div>
</div>
${note}`;
  }

  private resolveGsp(form: URLSearchParams): number {
    const raw = form.get(`${cid(U.gsp)}_ClientState`);
    if (raw) {
      try {
        const st = JSON.parse(raw) as { value?: unknown };
        if (typeof st.value === 'string' && st.value) {
          const i = GSP_ITEMS.findIndex((g) => g.value === st.value);
          if (i >= 0) return i;
        }
      } catch {
        // fall back to the posted text
      }
    }
    const text = (form.get(U.gsp) ?? '').trim().toLowerCase();
    return GSP_ITEMS.findIndex((g) => g.text.toLowerCase() === text);
  }

  private createApiUser(rc: Rc): void {
    const { session, form } = rc;
    if (rc.method !== 'POST') {
      session.stage = 'send';
      session.regType = '';
      this.renderCreate(rc, new Ctx(), { stage: 'send', regType: '', gspIndex: 0, username: '' });
      return;
    }
    const target = form.get('__EVENTTARGET') ?? '';
    const invalid = new Set<string>();
    const startup: string[] = [];
    const view: CreateView = {
      stage: session.stage,
      regType: session.regType,
      gspIndex: Math.max(0, this.resolveGsp(form)),
      username: (form.get(U.apiUser) ?? '').trim(),
    };
    if (target === U.btnSendOtp || target === U.resendApi) {
      if (session.stage === 'send' || session.stage === 'verify') {
        if (this.expire(rc, 'api-otp-send')) return;
        view.sent = target === U.resendApi ? 'resent' : 'sent';
        session.stage = view.stage = 'verify';
      }
    } else if (target === U.btnVerifyApi && session.stage === 'verify') {
      if (this.expire(rc, 'api-otp-verify')) return;
      const otp = (form.get(U.apiOtp) ?? '').trim();
      if (!otp) invalid.add(V.apiOtp);
      else if (!/^\d{6}$/.test(otp)) invalid.add(V.apiOtpRx);
      else if (otp !== this.state.apiOtp) {
        this.state.refusals.push('api-otp');
        startup.push(
          `radalert("Invalid OTP. Please enter the valid OTP sent to your registered mobile number.", 380, 170, "Alert");`,
        );
      } else {
        session.stage = view.stage = 'form';
        session.regType = view.regType = '';
        view.gspIndex = 0;
        view.username = '';
      }
      if (view.stage === 'verify') view.sent = 'sent';
    } else if (target.startsWith(`${U.rbl}$`) && session.stage === 'form') {
      const t = form.get(U.rbl) ?? '';
      session.regType = view.regType = REG_TYPES.some((r) => r.value === t) ? t : '';
    } else if (target === U.btnExit) {
      this.redirect(rc, MAIN_PATH);
      return;
    } else if (target === U.btnSubmit && session.stage === 'form') {
      if (this.expire(rc, 'submit')) return;
      const t = form.get(U.rbl) ?? session.regType;
      session.regType = view.regType = t;
      if (t === 'G') this.submit(form, view, invalid, startup);
    } else if (session.stage === 'verify') {
      view.sent = 'sent';
    }
    const ctx = new Ctx(invalid);
    ctx.startup.push(...startup);
    if (!rc.isAsync) {
      this.renderCreate(rc, ctx, view);
      return;
    }
    const inner = ajaxPanelInner(ctx, U.rapCreate, this.createPanel(ctx, view));
    send(
      rc,
      200,
      'text/plain; charset=utf-8',
      renderDelta(rc.path, './CreateAPIUser.aspx', 'e-Invoice System :: Create API User', ctx, [
        [`${cid(U.rapCreate)}Panel`, inner],
      ]),
    );
  }

  private submit(form: URLSearchParams, view: CreateView, invalid: Set<string>, startup: string[]): void {
    const gspIndex = this.resolveGsp(form);
    const typed = (form.get(U.apiUser) ?? '').trim();
    const pwd = form.get(U.apiPwd) ?? '';
    const pwd2 = form.get(U.apiPwd2) ?? '';
    if (gspIndex <= 0) invalid.add(V.gsp);
    if (!typed) invalid.add(V.apiUser);
    else if (!USER_RX.test(typed)) invalid.add(V.apiUserRx);
    if (!pwd) invalid.add(V.apiPwd);
    else if (!PWD_RX.test(pwd)) invalid.add(V.apiPwdRx);
    if (!pwd2) invalid.add(V.apiPwd2);
    else if (pwd2 !== pwd) invalid.add(V.apiPwdCmp);
    if (invalid.size > 0) return;
    const gsp = GSP_ITEMS[gspIndex]?.text ?? '';
    const username = `API_${typed}`;
    const gstin = this.state.gstin;
    if (this.state.users.some((u) => u.gstin === gstin && u.gsp === gsp)) {
      this.state.refusals.push('duplicate');
      startup.push(
        `radalert(${js(esc(`Your GSTIN ${gstin} is already registered with ${gsp}. An API user can be created only once for a GSP.`))}, 400, 180, "Alert");`,
      );
      return;
    }
    if (this.state.users.some((u) => u.username.toLowerCase() === username.toLowerCase())) {
      this.state.refusals.push('username-taken');
      view.notify = {
        title: 'Error',
        text: `User Name ${username} already exists. Please choose a different User Name.`,
        kind: 'error',
        autoCloseDelay: 6000,
      };
      return;
    }
    this.state.users.push({ gstin, gsp, username, password: pwd, createdOn: new Date().toISOString() });
    view.gspIndex = 0;
    view.username = '';
    view.notify = {
      title: 'Success',
      text: `API User ${username} has been created successfully for ${gsp}. Please note the User Name and Password for use with the e-Invoice APIs.`,
      kind: 'success',
      autoCloseDelay: 8000,
    };
  }

  private renderCreate(rc: Rc, ctx: Ctx, view: CreateView): void {
    const header = this.header(ctx, true);
    const content = `<h2 class="pageTitle">API Registration</h2>
${ajaxPanel(ctx, U.rapCreate, this.createPanel(ctx, view))}`;
    this.page(rc, {
      action: './CreateAPIUser.aspx',
      title: 'e-Invoice System :: Create API User',
      ctx,
      panels: [U.rapCreate],
      header,
      body: this.authedBody(ctx, CREATE_PATH, content),
    });
  }
}

export async function startR7TelerikRendition(options: R7TelerikOptions = {}): Promise<R7TelerikRendition> {
  const state: R7TelerikState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const portal = new Portal(state, options.techContact ?? true, options.expireOnce);
  const server = createServer((req, res) => {
    portal.handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { ...BASE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
      }
      res.end(`<h1>Server Error in '/' Application.</h1><pre>${esc(String(err))}</pre>`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export const R7_TELERIK_LOGIN = LOGIN;
