/**
 * Rendition r20-telerik: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and guide.md), drawn as an ASP.NET WebForms 4.x site built with
 * Telerik UI for ASP.NET AJAX (RadControls, Metro skin, Lightweight rendering) would draw it:
 * a master page (`ctl00_ContentPlaceHolder1_*` ids, `ctl00$ContentPlaceHolder1$*` names), one
 * `<form id="aspnetForm">` with __VIEWSTATE / __EVENTVALIDATION, __doPostBack, WebForms client
 * validators, a RadScriptManager whose PageRequestManager performs RadAjaxPanel partial updates
 * in the MS AJAX delta format (`length|type|id|content|`), and a small hand-written runtime for
 * $create/$find, RadButton, RadTextBox, RadComboBox, RadPanelBar, RadWindow / radalert /
 * radconfirm, RadNotification, RadAjaxLoadingPanel, RadCaptcha and RadGrid.
 *
 * Choices made where the docs are silent:
 * - URLs: home `/` (Default.aspx), `/Login.aspx` (`?SessionExpired=1` after a lost session),
 *   `/OTPVerification.aspx` (login 2FA), `/Home/MainMenu.aspx` (dashboard),
 *   `/Popups/TechnicalContact.aspx` (iframe page of the post-login RadWindow),
 *   `/ApiRegistration/CreateApiUser.aspx` (API OTP + registration form on one page, two views
 *   switched by partial postbacks), `/Logout.aspx`; the other menu leaves open a generic
 *   "not available" content page. Script runtime and skins come from
 *   `/Telerik.Web.UI.WebResource.axd` (RadScriptManager / RadStyleSheetManager combined
 *   resources), site CSS from `/Content/site.css`, the captcha picture (SVG) from
 *   `/Telerik.Web.UI.WebResource.axd?type=rca&isc=true&guid=...`. Paths are case-insensitive.
 * - Home: header RadButton "Login" (`span#ctl00_btnLogin.RadButton.homepageloginbtn`, input
 *   type=button) that navigates to /Login.aspx (it does not reveal an inline form).
 * - Login: a "Login" box with table cells "Username *", "Password *", "Captcha *" (plain text
 *   cells, no `<label for>`), RadTextBoxes `ctl00_ContentPlaceHolder1_txtUserName` /
 *   `_txtPassword`, a RadCaptcha (image, link "Generate New Image" that refreshes it through a
 *   RadAjaxPanel partial postback, text box `_RadCaptcha1_CaptchaTextBox` with its label "Type the
 *   code from the image"), RequiredFieldValidators ("Please enter Username" / "Please enter
 *   Password" / "Please enter Captcha", display Dynamic) and a RadButton "Login" (full postback,
 *   SingleClick "Please wait...").
 *   Captcha is checked first (case-insensitive): radalert "Invalid Captcha. Please enter the
 *   characters shown in the image." then credentials: radalert "Invalid Login Credentials.
 *   Please check your Username and Password." (both re-render the page keeping the user name,
 *   clearing password and captcha). Success redirects (302) to /OTPVerification.aspx.
 * - Login 2FA: box "Two Factor Authentication", text about SMS / Sandes / NIC-GST-Shield, cell
 *   "Enter OTP *", RadTextBox `_txtOtp` (validator "Please enter OTP"), RadButton "Verify OTP"
 *   (`_btnVerifyOTP`), link "Resend
 *   OTP" (RadNotification "OTP has been resent..."), link "Back to Login". Partial postback;
 *   wrong OTP: radalert "Invalid OTP. Please enter the correct OTP."; right OTP: pageRedirect to
 *   /Home/MainMenu.aspx.
 * - Post-login popup: on the first dashboard view after each login a modal RadWindow
 *   (`div#RadWindowWrapper_ctl00_ContentPlaceHolder1_rwTechContact.RadWindow`, title
 *   "Contacts of Technical Person", close `span.rwCommandButton.rwCloseButton[title=Close]`,
 *   `div.TelerikModalOverlay` on body) whose content is an iframe loading
 *   /Popups/TechnicalContact.aspx (name, mobile, e-mail, red RadButton "Exit" that closes the
 *   window through GetRadWindow().close()). Only one popup.
 * - Dashboard: heading "Dash Board", cards "Generations" and "Cancelled" (and two more).
 * - Menu: left RadPanelBar (Lightweight, `a.rpLink.rpExpandable` groups that expand with a
 *   height animation, leaves are ordinary links): Dashboard; e-Invoice; e-Way Bill; MIS
 *   Reports; API Registration > (User Credentials > Create API User), IP Whitelisting, Freeze API
 *   User, Change API Password; User Management. The group holding the current page is
 *   rendered expanded and its leaf `rpSelected`.
 * - API OTP: opening Create API User (the GET) sends the OTP: box "API Registration", text
 *   "An OTP has been sent to your registered mobile number XXXXXX4821.", RadNotification toast
 *   (bottom right, auto-closes after 6 s) "OTP has been sent to your registered mobile number
 *   XXXXXX4821.", cell "Enter OTP *", RadTextBox `_txtApiOtp` (6 digits, validators "Please enter
 *   OTP" / "OTP should be 6 digits"), RadButton "Verify OTP" (`_btnVerifyOtp`), link "Resend OTP"
 *   (`_lnkResendOtp`). Wrong OTP: radalert "Invalid OTP. Please enter the correct OTP sent to
 *   your registered mobile number." The panel shows a RadAjaxLoadingPanel during each request.
 * - Registration form (same RadAjaxPanel, after the OTP): "GSTIN" shown, "Do you wish to
 *   Register your GSTIN for" with an asp:RadioButtonList (AutoPostBack, `<label for>` per radio)
 *   "Directly", "Through GSP", "Through ERP", "Through Client-Id of other", none preselected.
 *   Choosing one re-renders the panel: Directly / ERP / Client-Id show an explanatory note only;
 *   Through GSP shows cells "Select your GSP *" (RadComboBox `_rcbGsp`, EmptyMessage "Select",
 *   Filter Contains + MarkFirstMatch, ShowDropDownOnTextboxClick, 25 GSP names, drop-down
 *   `div.rcbSlide` moved to the end of the form), "Username *" (fixed text `API_` before
 *   RadTextBox `_txtApiUserName`), "Password *" and "Re-enter Password *" (RadTextBoxes in
 *   password mode, hint "8 to 15 characters with at least one upper case letter, one lower case
 *   letter, one digit and one special character"), RadButtons "Submit" and "Exit" (Exit goes to
 *   the dashboard). Client validators (red text beside the field): "Please select a GSP",
 *   "Please enter Username", "Username should be 4 to 11 letters or digits", "Please enter
 *   Password", "Password must be <rule>", "Please re-enter Password", "Password and Re-enter
 *   Password do not match". The typed user name part must be 4-11
 *   letters/digits (the server checks the same rules and answers with radalerts).
 * - Submit: radconfirm (title "Confirm", OK / Cancel) "Do you want to create the API user
 *   API_x for the GSP y?"; OK makes the partial postback. Verdicts as radalerts: success "API user
 *   API_x has been created successfully for y. Please note the user name and password; they are
 *   required for the Authentication API." plus a green line on the page and a cleared form;
 *   duplicate "Your GSTIN g is already registered with the GSP y. An API user can be created only
 *   once for each GSP."; taken name "The user name API_x is already in use. Please choose a
 *   different user name.". Below the form a RadGrid "GSPs registered for GSTIN g" (Sl. No., GSP
 *   Name, API User Name, Created On, Status) lists the registrations, seeded with TERA SOFTWARE
 *   LIMITED / API_terasoft.
 * - Sessions: cookie `ASP.NET_SessionId`. A page GET or full postback without a live session
 *   gets a 302 to /Login.aspx?SessionExpired=1; a partial postback gets the MS AJAX
 *   `pageRedirect` delta to the same URL (the runtime navigates there). The login page then
 *   shows "Your session has expired. Please login again." in a red `div.divError`.
 * - expireOnce: the first request of the stage with a live session deletes the session, pushes
 *   the stage to `expired` and answers like any lost session: 'api-otp-send' = the GET of
 *   Create API User (which sends the OTP) or "Resend OTP"; 'api-otp-verify' = "Verify OTP" on the
 *   API OTP view; 'submit' = the Submit partial postback (after the confirmation). Once per server.
 * - Nothing typed is put in a URL: every form travels in POST bodies.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type TelerikR20Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface TelerikR20Options {
  expireOnce?: TelerikR20Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface TelerikR20State {
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
export interface TelerikR20Rendition {
  url: string;
  close(): Promise<void>;
  state: TelerikR20State;
}

export const TELERIK_R20_LOGIN: { username: string; password: string } = {
  username: 'sgenterprises27',
  password: 'Sge@Einv2024',
};

/* ------------------------------------------------------------------------------------------ */
/* Data                                                                                        */
/* ------------------------------------------------------------------------------------------ */

const TRADE_NAME = 'SHREE GANESH ENTERPRISES';
const MOBILE_MASKED = 'XXXXXX4821';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const PASSWORD_RULE_SRC = '^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,15}$';
const PASSWORD_HINT =
  '8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character';
const USERNAME_RULE = /^[A-Za-z0-9]{4,11}$/;
const USERNAME_RULE_SRC = '^[A-Za-z0-9]{4,11}$';

const GSPS: readonly (readonly [string, string])[] = [
  ['GSP001', 'Adaequare Info Private Limited'],
  ['GSP002', 'Alankit Limited'],
  ['GSP003', 'Botree Software International Private Limited'],
  ['GSP004', 'BVM IT Consulting Services India Private Limited'],
  ['GSP005', 'Chartered Information Systems Private Limited'],
  ['GSP006', 'Cygnet Infotech Private Ltd'],
  ['GSP007', 'DEFMACRO SOFTWARE PRIVATE LIMITED'],
  ['GSP008', 'Deloitte Touche Tohmatsu India LLP'],
  ['GSP009', 'Ernst & Young LLP'],
  ['GSP010', 'Excellon Software Private Limited'],
  ['GSP011', 'IRIS BUSINESS SERVICES LIMITED'],
  ['GSP012', 'Karvy Data Management Services Limited'],
  ['GSP013', 'Masters India Private Limited'],
  ['GSP014', 'NSDL e-Governance Infrastructure Limited'],
  ['GSP015', 'PricewaterhouseCoopers Private Limited'],
  ['GSP016', 'Reliance Corporate IT Park Limited'],
  ['GSP017', 'Seshaasai Business Forms Private Limited'],
  ['GSP018', 'Sify Technologies Limited'],
  ['GSP019', 'SISL Infotech Private Limited'],
  ['GSP020', 'Tally ( India) Private Ltd'],
  ['GSP021', 'Tata Consultancy Services Limited'],
  ['GSP022', 'TERA SOFTWARE LIMITED'],
  ['GSP023', 'Vay Network Services Pvt. Ltd.'],
  ['GSP024', 'Webtel Electrosoft Private Limited'],
  ['GSP025', 'Wipro Limited'],
];

const REG_TYPES: readonly (readonly [string, string])[] = [
  ['D', 'Directly'],
  ['G', 'Through GSP'],
  ['E', 'Through ERP'],
  ['C', 'Through Client-Id of other'],
];

interface MenuItem {
  text: string;
  url?: string;
  children?: MenuItem[];
}

const CREATE_API_USER = '/ApiRegistration/CreateApiUser.aspx';
const MAIN_MENU = '/Home/MainMenu.aspx';

const MENU: MenuItem[] = [
  { text: 'Dashboard', url: MAIN_MENU },
  {
    text: 'e-Invoice',
    children: [
      { text: 'Generate', url: '/Invoice/Generate.aspx' },
      { text: 'Bulk Upload', url: '/Invoice/BulkUpload.aspx' },
      { text: 'Cancel', url: '/Invoice/Cancel.aspx' },
      { text: 'Print', url: '/Invoice/Print.aspx' },
    ],
  },
  {
    text: 'e-Way Bill',
    children: [
      { text: 'Generate by IRN', url: '/EwayBill/GenerateByIrn.aspx' },
      { text: 'Cancel EWB', url: '/EwayBill/Cancel.aspx' },
    ],
  },
  {
    text: 'MIS Reports',
    children: [
      { text: 'IRN Details', url: '/MisRpt/IrnDetails.aspx' },
      { text: 'Summary Report', url: '/MisRpt/Summary.aspx' },
    ],
  },
  {
    text: 'API Registration',
    children: [
      { text: 'User Credentials', children: [{ text: 'Create API User', url: CREATE_API_USER }] },
      { text: 'IP Whitelisting', url: '/ApiRegistration/IpWhitelisting.aspx' },
      { text: 'Freeze API User', url: '/ApiRegistration/FreezeApiUser.aspx' },
      { text: 'Change API Password', url: '/ApiRegistration/ChangeApiPassword.aspx' },
    ],
  },
  {
    text: 'User Management',
    children: [
      { text: 'Create Sub User', url: '/UserManagement/CreateSubUser.aspx' },
      { text: 'Freeze Sub User', url: '/UserManagement/FreezeSubUser.aspx' },
      { text: 'Change Password', url: '/UserManagement/ChangePassword.aspx' },
    ],
  },
];

function leafPages(items: MenuItem[], out: Map<string, string>): Map<string, string> {
  for (const it of items) {
    if (it.url) out.set(it.url.toLowerCase(), it.text);
    if (it.children) leafPages(it.children, out);
  }
  return out;
}
const LEAF_PAGES = leafPages(MENU, new Map<string, string>());

/* ------------------------------------------------------------------------------------------ */
/* Small helpers                                                                               */
/* ------------------------------------------------------------------------------------------ */

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
function js(s: string): string {
  return JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}
function b64(n: number): string {
  return randomBytes(n).toString('base64');
}
function viewState(): string {
  return `/wEPDwUK${b64(180)}`;
}
function eventValidation(): string {
  return `/wEdAA${b64(72)}`;
}
function generatorFor(path: string): string {
  let h = 0x811c9dc5;
  for (const ch of path.toLowerCase()) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h.toString(16).toUpperCase().padStart(8, '0');
}
function nowStamp(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
function newSessionId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz012345';
  const bytes = randomBytes(24);
  let s = '';
  for (const b of bytes) s += alphabet.charAt(b % 32);
  return s;
}

const CPH = 'ctl00_ContentPlaceHolder1_';
const CPHU = 'ctl00$ContentPlaceHolder1$';
const cid = (id: string): string => CPH + id;
const uid = (id: string): string => CPHU + id;
/** RadAjaxPanel inner div, update panel div and update panel unique id. */
const apInner = (p: string): string => cid(p);
const apOuter = (p: string): string => `${CPH}ctl00_ContentPlaceHolder1_${p}Panel`;
const apOuterU = (p: string): string => `${CPHU}ctl00$ContentPlaceHolder1$${p}Panel`;

/* ------------------------------------------------------------------------------------------ */
/* Render context: component inits, validators, startup scripts                                */
/* ------------------------------------------------------------------------------------------ */

interface Val {
  id: string;
  control?: string;
  message: string;
  evalFn: string;
  group: string;
  extra: [string, string][];
}

class Ctx {
  inits: string[] = [];
  vals: Val[] = [];
  startup: string[] = [];
  add(o: Ctx): this {
    this.inits.push(...o.inits);
    this.vals.push(...o.vals);
    this.startup.push(...o.startup);
    return this;
  }
  create(
    type: string,
    props: Record<string, unknown>,
    events: Record<string, string> | null,
    id: string,
  ): void {
    const ev = events
      ? `{${Object.entries(events)
          .map(([k, v]) => `"${k}":${v}`)
          .join(',')}}`
      : 'null';
    this.inits.push(
      `Sys.Application.add_init(function() {\n    $create(Telerik.Web.UI.${type}, ${JSON.stringify(props).replace(/</g, '\\u003c')}, ${ev}, null, $get("${id}"));\n});`,
    );
  }
  alert(text: string, title = 'E-Invoice System', w = 380, h = 170): void {
    this.startup.push(
      `(function(){var f = function(){radalert(${js(text)}, ${w}, ${h}, ${js(title)}, null, null);Sys.Application.remove_load(f);};Sys.Application.add_load(f);})();`,
    );
  }
}

function validator(ctx: Ctx, v: Val): string {
  ctx.vals.push(v);
  return `<span id="${v.id}" class="valMsg" style="color:Red;display:none;">${esc(v.message)}</span>`;
}
function required(ctx: Ctx, id: string, control: string, message: string, group: string): string {
  return validator(ctx, {
    id,
    control,
    message,
    evalFn: 'RequiredFieldValidatorEvaluateIsValid',
    group,
    extra: [['initialvalue', '']],
  });
}
function regex(ctx: Ctx, id: string, control: string, message: string, group: string, expr: string): string {
  return validator(ctx, {
    id,
    control,
    message,
    evalFn: 'RegularExpressionValidatorEvaluateIsValid',
    group,
    extra: [['validationexpression', expr]],
  });
}
function valExpandos(v: Val): [string, string][] {
  const r: [string, string][] = [];
  if (v.control) r.push(['controltovalidate', v.control]);
  r.push(['errormessage', v.message]);
  r.push(['display', 'Dynamic']);
  if (v.group) r.push(['validationGroup', v.group]);
  r.push(['evaluationfunction', v.evalFn]);
  r.push(...v.extra);
  return r;
}
function validatorScripts(vals: Val[]): string {
  if (vals.length === 0) return '';
  const arr = `var Page_Validators =  new Array(${vals.map((v) => `document.getElementById("${v.id}")`).join(', ')});`;
  const exp = vals
    .map((v) => {
      const lines = [
        `var ${v.id} = document.all ? document.all["${v.id}"] : document.getElementById("${v.id}");`,
      ];
      for (const [k, x] of valExpandos(v)) lines.push(`${v.id}.${k} = ${js(x)};`);
      return lines.join('\n');
    })
    .join('\n');
  return `<script type="text/javascript">\n//<![CDATA[\n${arr}\n//]]>\n</script>\n\n<script type="text/javascript">\n//<![CDATA[\n${exp}\n//]]>\n</script>\n`;
}
const VALIDATOR_ONLOAD = `
var Page_ValidationActive = false;
if (typeof(ValidatorOnLoad) == "function") {
    ValidatorOnLoad();
}

function ValidatorOnSubmit() {
    if (Page_ValidationActive) {
        return ValidatorCommonOnSubmit();
    }
    else {
        return true;
    }
}`;

/* ------------------------------------------------------------------------------------------ */
/* RadControls (server-side renderers)                                                         */
/* ------------------------------------------------------------------------------------------ */

function radTextBox(
  ctx: Ctx,
  c: string,
  u: string,
  o: { value?: string; password?: boolean; maxLength?: number; width?: number },
): string {
  const v = o.password ? '' : (o.value ?? '');
  const state = JSON.stringify({
    enabled: true,
    emptyMessage: '',
    validationText: v,
    valueAsString: v,
    lastSetTextBoxValue: v,
  });
  ctx.create(
    'RadTextBox',
    {
      _displayText: v,
      _focused: false,
      _initialValueAsText: v,
      _postBackEventReferenceScript: '',
      _skin: 'Metro',
      _validationText: v,
      clientStateFieldID: `${c}_ClientState`,
      enabled: true,
      styles: {
        HoveredStyle: ['', 'riHover'],
        InvalidStyle: ['', 'riError'],
        DisabledStyle: ['', 'riDisabled'],
        FocusedStyle: ['', 'riFocused'],
        EnabledStyle: ['', 'riEnabled'],
      },
    },
    null,
    c,
  );
  return `<span id="${c}_wrapper" class="riSingle RadInput RadInput_Metro" style="width:${o.width ?? 220}px;"><input id="${c}" name="${u}" size="20" maxlength="${o.maxLength ?? 50}" class="riTextBox riEnabled" type="${o.password ? 'password' : 'text'}" value="${esc(v)}" autocomplete="off" /><input id="${c}_ClientState" name="${c}_ClientState" type="hidden" autocomplete="off" value="${esc(state)}" /></span>`;
}

interface ButtonOpts {
  postBack?: boolean;
  group?: string;
  validate?: boolean;
  navigateUrl?: string;
  clicking?: string;
  clicked?: string;
  css?: string;
  singleClickText?: string;
}
function radButton(ctx: Ctx, c: string, u: string, text: string, o: ButtonOpts): string {
  const postBack = o.postBack ?? false;
  const ref = postBack
    ? `WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions("${u}", "", ${o.validate ? 'true' : 'false'}, "${o.group ?? ''}", "", false, true))`
    : '';
  const events: Record<string, string> = {};
  if (o.clicking) events.clicking = o.clicking;
  if (o.clicked) events.clicked = o.clicked;
  ctx.create(
    'RadButton',
    {
      _accessKey: '',
      _hasIcon: false,
      _isClientSubmit: true,
      _postBackReference: ref,
      _renderMode: 1,
      autoPostBack: postBack,
      causesValidation: o.validate ?? false,
      clientStateFieldID: `${c}_ClientState`,
      navigateUrl: o.navigateUrl ?? '',
      singleClick: !!o.singleClickText,
      singleClickText: o.singleClickText ?? '',
      text,
      uniqueID: u,
      validationGroup: o.group ?? '',
    },
    Object.keys(events).length ? events : null,
    c,
  );
  const state = JSON.stringify({
    text,
    value: '',
    checked: false,
    target: '',
    navigateUrl: o.navigateUrl ?? '',
    commandName: '',
    commandArgument: '',
    autoPostBack: postBack,
    selectedToggleStateIndex: 0,
    validationGroup: o.group ?? null,
    readOnly: false,
    primary: false,
    enabled: true,
  });
  return `<span id="${c}" class="RadButton RadButton_Metro rbSkinnedButton${o.css ? ` ${o.css}` : ''}" tabindex="0"><input class="rbDecorated" type="${postBack ? 'submit' : 'button'}" name="${u}_input" id="${c}_input" value="${esc(text)}" tabindex="-1" /><input id="${c}_ClientState" name="${c}_ClientState" type="hidden" autocomplete="off" value="${esc(state)}" /></span>`;
}

function radComboBox(
  ctx: Ctx,
  c: string,
  u: string,
  items: readonly (readonly [string, string])[],
  selectedValue: string,
  o: { width: number; emptyMessage: string },
): string {
  const sel = items.findIndex(([v]) => v === selectedValue);
  const selText = sel >= 0 ? (items[sel]?.[1] ?? '') : '';
  const lis = items
    .map(([, t], i) => `<li class="rcbItem${i === sel ? ' rcbSelected' : ''}">${esc(t)}</li>`)
    .join('');
  ctx.create(
    'RadComboBox',
    {
      _dropDownWidth: 0,
      _height: 230,
      _skin: 'Metro',
      _uniqueId: u,
      _text: selText,
      _value: sel >= 0 ? selectedValue : '',
      allowCustomText: false,
      autoPostBack: false,
      clientStateFieldID: `${c}_ClientState`,
      collapseAnimation: '{"type":0,"duration":200}',
      emptyMessage: o.emptyMessage,
      expandAnimation: '{"type":0,"duration":250}',
      filter: 1,
      itemData: items.map(([v]) => ({ value: v })),
      markFirstMatch: true,
      selectedIndex: sel,
      showDropDownOnTextboxClick: true,
    },
    null,
    c,
  );
  const inputVal = sel >= 0 ? selText : o.emptyMessage;
  return `<div id="${c}" class="RadComboBox RadComboBox_Metro" style="width:${o.width}px;white-space:normal;">
\t\t\t<span class="rcbInner"><input name="${u}" type="text" class="rcbInput radPreventDecorate${sel >= 0 ? '' : ' rcbEmptyMessage'}" id="${c}_Input" value="${esc(inputVal)}" autocomplete="off" /><a class="rcbActionButton" tabindex="-1"><span id="${c}_Arrow" class="rcbIcon"></span><span class="rcbButtonText">select</span></a></span><div class="rcbSlide" style="z-index:6000;display:none;"><div id="${c}_DropDown" class="RadComboBoxDropDown RadComboBoxDropDown_Metro "><div class="rcbScroll rcbWidth" style="max-height:230px;"><ul class="rcbList">${lis}</ul></div></div></div><input id="${c}_ClientState" name="${c}_ClientState" type="hidden" autocomplete="off" />
\t\t</div>`;
}

function radioList(
  c: string,
  u: string,
  items: readonly (readonly [string, string])[],
  selected: string,
): string {
  const cells = items
    .map(([v, t], i) => {
      const checked = v === selected;
      const post = checked
        ? ''
        : ` onclick="javascript:setTimeout(&#39;__doPostBack(\\&#39;${u}$${i}\\&#39;,\\&#39;\\&#39;)&#39;, 0)"`;
      return `<td><input id="${c}_${i}" type="radio" name="${u}" value="${v}"${checked ? ' checked="checked"' : ''}${post} /><label for="${c}_${i}">${esc(t)}</label></td>`;
    })
    .join('');
  return `<table id="${c}" class="rblRegType">\n\t<tr>\n\t\t${cells}\n\t</tr>\n</table>`;
}

function ajaxPanelInner(ctx: Ctx, p: string, html: string, loadingPanel: string): string {
  ctx.create(
    'RadAjaxPanel',
    {
      clientEvents: { OnRequestStart: '', OnResponseEnd: '' },
      enableAJAX: true,
      enableHistory: false,
      links: [],
      loadingPanelID: cid(loadingPanel),
      styles: [],
      uniqueID: uid(p),
    },
    null,
    apInner(p),
  );
  return `<div id="${apInner(p)}">\n\t\t${html}\n\t</div>`;
}
function ajaxPanelOuter(p: string, inner: string): string {
  return `<div class="RadAjaxPanel" id="${apOuter(p)}" style="display: block;">\n\t${inner}\n</div>`;
}
function loadingPanel(ctx: Ctx, id: string): string {
  ctx.create(
    'RadAjaxLoadingPanel',
    {
      initialDelayTime: 0,
      isSticky: false,
      minDisplayTime: 0,
      skin: 'Metro',
      transparency: 30,
      zIndex: 90000,
    },
    null,
    cid(id),
  );
  return `<div id="${cid(id)}" class="RadAjax RadAjax_Metro" style="display:none;">\n\t<div class="raDiv">\n\n\t</div><div class="raColor raTransp">\n\n\t</div>\n</div>`;
}

function radNotification(ctx: Ctx, id: string, title: string, text: string, showOnLoad: boolean): string {
  const c = cid(id);
  ctx.create(
    'RadNotification',
    {
      autoCloseDelay: 6000,
      clientStateFieldID: `${c}_ClientState`,
      formID: 'aspnetForm',
      keepOnMouseOver: true,
      position: 33,
      showCloseButton: true,
      title,
      visibleOnPageLoad: showOnLoad,
      width: '360px',
    },
    null,
    c,
  );
  return `<div id="${c}" style="display:none;"><input id="${c}_ClientState" name="${c}_ClientState" type="hidden" autocomplete="off" /></div>
<div id="${c}_popup" class="RadNotification RadNotification_Metro" style="display:none;position:absolute;width:360px;z-index:10000;">
\t<div class="rnTitleBar" id="${c}_titlebar"><span class="rnIcon rnIconInfo"></span><span class="rnTitleBarTitle">${esc(title)}</span><ul class="rnCommands"><li class="rnCloseIcon"><a href="javascript:void(0);" title="Close"></a></li></ul></div><div id="${c}_C" class="rnContentWrapper"><div class="rnContent">${text}</div></div>
</div>`;
}

function radGrid(ctx: Ctx, id: string, cols: string[], rows: string[][]): string {
  const c = cid(id);
  ctx.create('RadGrid', { _renderMode: 2, clientStateFieldID: `${c}_ClientState`, Skin: 'Metro' }, null, c);
  const head = cols.map((h) => `<th scope="col" class="rgHeader">${esc(h)}</th>`).join('');
  const body = rows.length
    ? rows
        .map(
          (r, i) =>
            `<tr class="${i % 2 ? 'rgAltRow' : 'rgRow'}" id="${c}_ctl00__${i}">${r.map((x) => `<td>${esc(x)}</td>`).join('')}</tr>`,
        )
        .join('\n')
    : `<tr class="rgNoRecords"><td colspan="${cols.length}" style="text-align:left;"><div>No records to display.</div></td></tr>`;
  return `<div id="${c}" class="RadGrid RadGrid_Metro">
<table class="rgMasterTable" id="${c}_ctl00" style="width:100%;table-layout:auto;empty-cells:show;">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table><input id="${c}_ClientState" name="${c}_ClientState" type="hidden" autocomplete="off" />
</div>`;
}

function panelBar(ctx: Ctx, current: string): string {
  const cur = current.toLowerCase();
  const contains = (it: MenuItem): boolean =>
    it.url?.toLowerCase() === cur || (it.children?.some(contains) ?? false);
  const render = (items: MenuItem[], level: number): string =>
    items
      .map((it, i) => {
        const first = i === 0 ? ' rpFirst' : '';
        const last = i === items.length - 1 ? ' rpLast' : '';
        if (it.children) {
          const open = it.children.some(contains);
          return `<li class="rpItem${first}${last}"><a href="#" class="rpLink rpExpandable${open ? ' rpExpanded' : ''}"><span class="rpOut"><span class="rpExpandHandle"></span><span class="rpText">${esc(it.text)}</span></span></a><div class="rpSlide" style="display:${open ? 'block' : 'none'};"><ul class="rpGroup rpLevel${level + 1}">${render(it.children, level + 1)}</ul></div></li>`;
        }
        const selected = it.url?.toLowerCase() === cur ? ' rpSelected' : '';
        return `<li class="rpItem${first}${last}"><a href="${esc(it.url ?? '#')}" class="rpLink${selected}"><span class="rpOut"><span class="rpText">${esc(it.text)}</span></span></a></li>`;
      })
      .join('');
  ctx.create(
    'RadPanelBar',
    {
      _renderMode: 2,
      _skin: 'Metro',
      clientStateFieldID: 'ctl00_RadPanelBar1_ClientState',
      collapseAnimation: '{"duration":300}',
      expandAnimation: '{"duration":300}',
      expandMode: 0,
    },
    null,
    'ctl00_RadPanelBar1',
  );
  return `<div id="ctl00_RadPanelBar1" class="RadPanelBar RadPanelBar_Metro" style="width:100%;">
\t<ul class="rpRootGroup">${render(MENU, 0)}</ul><input id="ctl00_RadPanelBar1_ClientState" name="ctl00_RadPanelBar1_ClientState" type="hidden" autocomplete="off" />
</div>`;
}

const WINDOW_MANAGER = `<div id="ctl00_RadWindowManager1" style="display:none;">
\t<!-- 2018.1.117.45 --><div id="ctl00_RadWindowManager1_alerttemplate" style="display:none;">
\t\t<div class="rwDialog rwAlertDialog">
\t\t\t<div class="rwDialogContent">
\t\t\t\t<div class="rwDialogMessage">{1}</div>
\t\t\t</div>
\t\t\t<div class="rwDialogButtons">
\t\t\t\t<button type="button" class="rwOkBtn" onclick="$find('{0}').close(true); return false;">##LOC[OK]##</button>
\t\t\t</div>
\t\t</div>
\t\t</div><div id="ctl00_RadWindowManager1_confirmtemplate" style="display:none;">
\t\t<div class="rwDialog rwConfirmDialog">
\t\t\t<div class="rwDialogContent">
\t\t\t\t<div class="rwDialogMessage">{1}</div>
\t\t\t</div>
\t\t\t<div class="rwDialogButtons">
\t\t\t\t<button type="button" class="rwOkBtn" onclick="$find('{0}').close(true); return false;">##LOC[OK]##</button>
\t\t\t\t<button type="button" class="rwCancelBtn" onclick="$find('{0}').close(false); return false;">##LOC[Cancel]##</button>
\t\t\t</div>
\t\t</div>
\t\t</div><input id="ctl00_RadWindowManager1_ClientState" name="ctl00_RadWindowManager1_ClientState" type="hidden" autocomplete="off" />
</div>`;

/* ------------------------------------------------------------------------------------------ */
/* Inline pictures                                                                             */
/* ------------------------------------------------------------------------------------------ */

const EMBLEM_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="54" height="54" viewBox="0 0 54 54" aria-hidden="true"><circle cx="27" cy="27" r="25" fill="#fff"/><circle cx="27" cy="27" r="21" fill="none" stroke="#1b4f8f" stroke-width="2"/><path d="M14 33h26l-3-12-4 5-6-9-6 9-4-5z" fill="#f0a30a"/><rect x="14" y="35" width="26" height="3" fill="#1b4f8f"/><text x="27" y="47" font-family="Arial" font-size="6" text-anchor="middle" fill="#1b4f8f">GST</text></svg>`;
const NIC_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="26" viewBox="0 0 64 26" aria-hidden="true"><rect width="64" height="26" rx="3" fill="#fff"/><text x="32" y="18" font-family="Arial" font-weight="bold" font-size="14" text-anchor="middle" fill="#0b3d91">NIC</text></svg>`;

function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353) >>> 0;
  return (): number => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function captchaSvg(text: string, guid: string): string {
  const r = seeded(guid);
  const parts: string[] = [];
  parts.push('<rect width="180" height="50" fill="#f4f1e8"/>');
  for (let i = 0; i < 70; i++) {
    parts.push(
      `<circle cx="${(r() * 180).toFixed(1)}" cy="${(r() * 50).toFixed(1)}" r="${(0.6 + r() * 1.4).toFixed(1)}" fill="#${Math.floor(100 + r() * 120).toString(16)}${Math.floor(100 + r() * 120).toString(16)}${Math.floor(100 + r() * 120).toString(16)}"/>`,
    );
  }
  const chars = [...text];
  const step = 150 / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const x = 18 + i * step + r() * 6;
    const y = 34 + r() * 8;
    const rot = (r() - 0.5) * 40;
    const col = ['#2b2b6f', '#6b1f1f', '#1f5b2b', '#4b2b6b', '#1f3f6f'][i % 5];
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rot.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Georgia, 'Times New Roman', serif" font-size="${(27 + r() * 6).toFixed(0)}" font-weight="bold" fill="${col}">${esc(ch)}</text>`,
    );
  });
  for (let i = 0; i < 5; i++) {
    parts.push(
      `<path d="M${(r() * 20).toFixed(0)} ${(r() * 50).toFixed(0)} C ${(40 + r() * 40).toFixed(0)} ${(r() * 50).toFixed(0)}, ${(100 + r() * 40).toFixed(0)} ${(r() * 50).toFixed(0)}, ${(160 + r() * 20).toFixed(0)} ${(r() * 50).toFixed(0)}" stroke="#${i % 2 ? '7a6a5a' : '5a6a8a'}" stroke-width="${(1 + r() * 1.2).toFixed(1)}" fill="none"/>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?><svg xmlns="http://www.w3.org/2000/svg" width="180" height="50" viewBox="0 0 180 50">${parts.join('')}</svg>`;
}

/* ------------------------------------------------------------------------------------------ */
/* Stylesheets                                                                                 */
/* ------------------------------------------------------------------------------------------ */

const SITE_CSS = `
html,body{margin:0;padding:0}
body{font:13px "Segoe UI",Arial,Helvetica,sans-serif;color:#333;background:#eef1f5}
a{color:#1565c0}
.hdr{background:linear-gradient(#1b4f8f,#123a6b);color:#fff;height:74px;display:flex;align-items:center;padding:0 22px;gap:14px}
.hdr .ttl{flex:1}
.hdr h1{margin:0;font-size:23px;font-weight:600;letter-spacing:.3px}
.hdr .sub{font-size:12px;opacity:.85}
.hdr .usr{text-align:right;font-size:12px;line-height:18px}
.hdr .usr a{color:#fff;font-weight:600}
.nav{background:#0e2d55;height:34px;display:flex;align-items:center;padding:0 22px;gap:22px}
.nav a{color:#dfe8f5;text-decoration:none;font-size:13px}
.nav a:hover{color:#fff;text-decoration:underline}
.wrap{display:flex;align-items:flex-start;min-height:calc(100vh - 150px)}
.side{width:250px;flex:none;padding:12px 0 12px 12px;box-sizing:border-box}
.main{flex:1;padding:16px 22px;min-width:0}
.pub{max-width:1100px;margin:0 auto;padding:22px}
.crumb{font-size:12px;color:#666;margin-bottom:10px}
.box{background:#fff;border:1px solid #d5dce6;margin-bottom:16px}
.box-h{background:#e9eff7;border-bottom:1px solid #d5dce6;padding:9px 14px;font-weight:600;color:#1b3b6f;font-size:15px}
.box-b{padding:14px 16px}
.frm{border-collapse:collapse}
.frm td{padding:7px 8px;vertical-align:middle}
.frm td.lbl{width:200px;color:#333;font-weight:600}
.req{color:#e51400}
.valMsg{font-size:11px;margin-left:6px}
.divError{color:#c00;background:#fdecea;border:1px solid #f5c2c0;padding:7px 10px;margin-bottom:10px}
.msgOk{color:#1e7b34;font-weight:600;display:block;margin:6px 0 10px}
.note{color:#555;font-size:12px}
.hint{color:#666;font-size:11px;display:block;margin-top:3px}
.prefix{display:inline-block;vertical-align:middle;border:1px solid #cdcdcd;border-right:0;background:#f3f3f3;height:28px;line-height:26px;padding:0 8px;box-sizing:border-box;font-weight:600}
.loginbox{width:470px;margin:26px auto}
.cards{display:flex;gap:16px;flex-wrap:wrap;margin-bottom:16px}
.card{flex:1;min-width:190px;background:#fff;border:1px solid #d5dce6;border-top:4px solid #25a0da;padding:14px}
.card .n{font-size:28px;font-weight:300;color:#1b3b6f}
.card .t{font-size:13px;color:#555}
.card.c2{border-top-color:#e51400}.card.c3{border-top-color:#60a917}.card.c4{border-top-color:#f0a30a}
.banner{background:#fff;border:1px solid #d5dce6;padding:22px;margin-bottom:16px;display:flex;gap:22px}
.banner h2{margin:0 0 8px;color:#1b3b6f;font-weight:600}
.news li{margin-bottom:6px}
.ftr{background:#0e2d55;color:#c9d6e8;font-size:12px;padding:12px 22px;display:flex;align-items:center;gap:14px}
.rblRegType td{padding-right:18px}
.rblRegType label{margin-left:4px}
body.bare{background:#fff}
.tc{padding:14px 16px;font:13px "Segoe UI",Arial,sans-serif}
.tc table td{padding:6px 8px}
h2.dash{margin:0 0 12px;color:#1b3b6f;font-weight:600}
`;

const SKIN_CSS = String.raw`
.RadInput{display:inline-block;vertical-align:middle;position:relative}
.RadInput_Metro .riTextBox{border:1px solid #cdcdcd;background:#fff;color:#333;font:13px "Segoe UI",Arial,sans-serif;padding:4px 6px;height:28px;box-sizing:border-box;width:100%;outline:0;border-radius:0}
.RadInput_Metro .riTextBox.riHover{border-color:#9ccfe9}
.RadInput_Metro .riTextBox.riFocused{border-color:#25a0da}
.RadInput_Metro .riTextBox.riError{border-color:#e51400;color:#e51400}
.RadButton{display:inline-block;position:relative;vertical-align:middle;cursor:pointer;outline:0;user-select:none;margin-right:6px}
.RadButton_Metro.rbSkinnedButton{background:#25a0da;border:1px solid #25a0da;transition:background-color .15s}
.RadButton_Metro.rbSkinnedButton .rbDecorated{border:0;background:transparent;color:#fff;font:13px "Segoe UI",Arial,sans-serif;padding:0 18px;height:30px;cursor:pointer;outline:0}
.RadButton_Metro.rbHovered{background:#1b8cc0;border-color:#1b8cc0}
.RadButton_Metro.rbPressed{background:#176f99}
.RadButton_Metro:focus{box-shadow:0 0 0 2px #9ccfe9}
.RadButton_Metro.rbDisabled{opacity:.55;cursor:default}
.RadButton_Metro.rbDisabled .rbDecorated{cursor:default}
.RadButton_Metro.btnDanger{background:#d9534f;border-color:#d43f3a}
.RadButton_Metro.btnDanger.rbHovered{background:#c9302c}
.RadButton_Metro.btnLight{background:#fff;border-color:#cdcdcd}
.RadButton_Metro.btnLight .rbDecorated{color:#333}
.RadButton_Metro.btnLight.rbHovered{background:#f1f1f1}
.RadButton_Metro.homepageloginbtn{background:#f0a30a;border-color:#f0a30a}
.RadButton_Metro.homepageloginbtn .rbDecorated{font-weight:600;padding:0 26px}
.RadButton_Metro.homepageloginbtn.rbHovered{background:#d48f06}
.RadComboBox{display:inline-block;vertical-align:middle;position:relative;text-align:left;cursor:default}
.RadComboBox .rcbInner{display:block;position:relative;border:1px solid #cdcdcd;background:#fff;padding:0 32px 0 6px;height:28px;box-sizing:border-box}
.RadComboBox.rcbHovered .rcbInner{border-color:#9ccfe9}
.RadComboBox.rcbFocused .rcbInner{border-color:#25a0da}
.RadComboBox .rcbInput{border:0;outline:0;width:100%;height:26px;font:13px "Segoe UI",Arial,sans-serif;color:#333;background:transparent;padding:0;margin:0}
.RadComboBox .rcbInput.rcbEmptyMessage{color:#8a8a8a;font-style:italic}
.RadComboBox .rcbActionButton{position:absolute;top:0;right:0;width:28px;height:26px;display:block;cursor:pointer;border-left:1px solid #e5e5e5;text-decoration:none}
.RadComboBox .rcbActionButton:hover{background:#e4f3fb}
.RadComboBox .rcbIcon{position:absolute;left:9px;top:11px;width:0;height:0;border:5px solid transparent;border-top-color:#444}
.RadComboBox .rcbButtonText{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.rcbSlide{position:absolute;overflow:hidden;display:none}
.RadComboBoxDropDown{position:relative;top:0;border:1px solid #25a0da;background:#fff;color:#333;font:13px "Segoe UI",Arial,sans-serif;box-sizing:border-box;box-shadow:0 3px 8px rgba(0,0,0,.2);text-align:left}
.RadComboBoxDropDown .rcbScroll{overflow:auto;position:relative}
.RadComboBoxDropDown .rcbList{list-style:none;margin:0;padding:0;position:relative}
.RadComboBoxDropDown .rcbItem{padding:5px 8px;cursor:default;white-space:normal}
.RadComboBoxDropDown .rcbItem em{font-style:normal;font-weight:bold;text-decoration:underline}
.RadComboBoxDropDown .rcbSelected{background:#d3ebf7}
.RadComboBoxDropDown .rcbHovered{background:#25a0da;color:#fff}
.RadPanelBar{font:13px "Segoe UI",Arial,sans-serif;background:#fff;border:1px solid #d5dce6}
.RadPanelBar ul{list-style:none;margin:0;padding:0}
.RadPanelBar .rpLink{display:block;text-decoration:none;color:#333;padding:9px 30px 9px 12px;border-bottom:1px solid #eef0f3;cursor:pointer;position:relative}
.RadPanelBar .rpRootGroup>.rpItem>.rpLink{font-weight:600;background:#f7f9fc}
.RadPanelBar .rpLink:hover{background:#e4f3fb}
.RadPanelBar .rpLink.rpSelected{background:#25a0da;color:#fff}
.RadPanelBar .rpExpandHandle{position:absolute;right:12px;top:50%;margin-top:-4px;width:0;height:0;border:5px solid transparent;border-left-color:#666;transition:transform .2s}
.RadPanelBar .rpExpanded>.rpOut>.rpExpandHandle{transform:rotate(90deg);margin-top:-3px}
.RadPanelBar .rpLevel1 .rpLink{padding-left:26px}
.RadPanelBar .rpLevel2 .rpLink{padding-left:42px}
.RadPanelBar .rpSlide{overflow:hidden}
.RadWindow{position:absolute;box-sizing:border-box;border:1px solid #25a0da;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.35);font:13px "Segoe UI",Arial,sans-serif;text-align:left;display:flex;flex-direction:column;color:#333}
.RadWindow_Metro .rwTitleBar{flex:none;background:#25a0da;color:#fff;height:34px;position:relative;cursor:move;user-select:none}
.RadWindow .rwTitleWrapper{padding:0 44px 0 12px;line-height:34px;white-space:nowrap;overflow:hidden}
.RadWindow .rwTitleWrapper .rwIcon{display:none}
.RadWindow .rwTitle{margin:0;font:15px/34px "Segoe UI",Arial,sans-serif;color:#fff;display:inline;white-space:nowrap}
.RadWindow .rwCommands{margin:-11px 0 0;padding:0;width:auto;list-style:none;position:absolute;top:50%;right:6px}
.RadWindow .rwListItem{margin:0 0 0 5px;display:inline-block}
.RadWindow .rwCommandButton{display:inline-block;width:22px;height:22px;border:1px solid transparent;border-radius:2px;cursor:pointer;text-align:center;line-height:20px;vertical-align:top}
.RadWindow .rwCommandButton:hover{border-color:#fff;background:rgba(255,255,255,.15)}
.RadWindow .rwCloseButton:before{content:"\00d7";font:20px/20px Arial,sans-serif;color:#fff}
.RadWindow .rwContent{flex:1;position:relative;overflow:auto;min-height:0}
.RadWindow .rwExternalContent{overflow:hidden}
.RadWindow .rwLoading{background:#fff}
.RadWindow .rwLoading:after{content:"";position:absolute;left:50%;top:50%;width:26px;height:26px;margin:-13px 0 0 -13px;border:3px solid #25a0da;border-top-color:transparent;border-radius:50%;animation:raSpin .8s linear infinite}
.rwDialog{padding:16px 16px 12px;display:flex;flex-direction:column;box-sizing:border-box;min-height:100%}
.rwDialog .rwDialogContent{flex:1}
.rwDialog .rwDialogMessage{font-size:13px;line-height:1.5}
.rwDialog .rwDialogButtons{text-align:right;padding-top:14px}
.rwDialog .rwDialogButtons button{min-width:76px;height:30px;margin-left:6px;border:1px solid #25a0da;background:#25a0da;color:#fff;font:13px "Segoe UI",Arial,sans-serif;cursor:pointer}
.rwDialog .rwDialogButtons button:hover{background:#1b8cc0}
.rwDialog .rwDialogButtons button:focus{outline:2px solid #9ccfe9}
.rwDialog .rwDialogButtons .rwCancelBtn{background:#fff;color:#333;border-color:#cdcdcd}
.rwDialog .rwDialogButtons .rwCancelBtn:hover{background:#f1f1f1}
.TelerikModalOverlay{background:#000}
.RadAjax .raColor{position:absolute;left:0;top:0;width:100%;height:100%;background:#fff}
.RadAjax .raTransp{opacity:.7}
.RadAjax .raDiv{position:absolute;left:50%;top:50%;width:30px;height:30px;margin:-15px 0 0 -15px;border:3px solid #25a0da;border-top-color:transparent;border-radius:50%;animation:raSpin .8s linear infinite;z-index:2;box-sizing:border-box}
@keyframes raSpin{to{transform:rotate(360deg)}}
.RadNotification{background:#fff;border:1px solid #25a0da;box-shadow:0 3px 12px rgba(0,0,0,.3);font:13px "Segoe UI",Arial,sans-serif;color:#333}
.RadNotification .rnTitleBar{background:#25a0da;color:#fff;padding:7px 34px 7px 12px;position:relative;font-weight:600}
.RadNotification .rnIcon{display:none}
.RadNotification .rnCommands{position:absolute;right:8px;top:5px;list-style:none;margin:0;padding:0}
.RadNotification .rnCloseIcon a{display:block;width:20px;height:20px;color:#fff;text-decoration:none;text-align:center}
.RadNotification .rnCloseIcon a:before{content:"\00d7";font:18px/20px Arial,sans-serif}
.RadNotification .rnContentWrapper{padding:12px}
.RadGrid_Metro{border:1px solid #cdcdcd;font:13px "Segoe UI",Arial,sans-serif;background:#fff;color:#333}
.RadGrid .rgMasterTable{border-collapse:separate;border-spacing:0}
.RadGrid_Metro .rgHeader{background:#f3f3f3;color:#333;font-weight:600;text-align:left;padding:8px;border-bottom:1px solid #cdcdcd}
.RadGrid_Metro .rgRow td,.RadGrid_Metro .rgAltRow td{padding:7px 8px;border-bottom:1px solid #eee}
.RadGrid_Metro .rgAltRow{background:#fafafa}
.RadGrid_Metro .rgHoveredRow{background:#e4f3fb}
.RadGrid_Metro .rgNoRecords td{padding:8px;color:#777}
.RadCaptcha img{border:1px solid #cdcdcd}
.RadCaptcha .rcRefreshImage{font-size:12px;display:inline-block;margin:4px 0}
.RadCaptcha p{margin:4px 0 0}
.RadCaptcha p input{border:1px solid #cdcdcd;height:28px;box-sizing:border-box;padding:4px 6px;font:13px "Segoe UI",Arial,sans-serif;width:120px;text-transform:uppercase}
.RadCaptcha p label{margin-left:8px;font-size:12px;color:#666}
`;

/* ------------------------------------------------------------------------------------------ */
/* Client runtime (MS AJAX + WebForms + RadControls, hand-written)                             */
/* ------------------------------------------------------------------------------------------ */

const RUNTIME_JS = String.raw`/* RadScriptManager combined script: MicrosoftAjax, MicrosoftAjaxWebForms, WebForms, WebUIValidation, Telerik.Web.UI */
(function (w, d) {
var Sys = w.Sys = {};
var Telerik = w.Telerik = { Web: { UI: {} } };
var UI = Telerik.Web.UI;
var comps = {};
function $get(id) { return d.getElementById(id); }
w.$get = $get;
w.$find = function (id) { return comps[id] || null; };
function hasC(el, c) { return !!el && el.classList.contains(c); }
function addC(el, c) { if (el) el.classList.add(c); }
function remC(el, c) { if (el) el.classList.remove(c); }
function closest(el, sel, stop) { while (el && el !== stop && el.nodeType === 1) { if (el.matches(sel)) return el; el = el.parentNode; } return null; }
function htmlEnc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
function formEl() { return d.forms[0] || d.body; }
function resolveFn(h) { if (typeof h === 'function') return h; if (typeof h === 'string' && h) { var f = w[h]; if (typeof f === 'function') return f; } return null; }
function px(v, dflt) { if (v == null || v === '') return dflt; var n = parseInt(v, 10); return isNaN(n) ? dflt : n; }
function execJs(code) { var s = d.createElement('script'); s.type = 'text/javascript'; s.text = code; d.head.appendChild(s); d.head.removeChild(s); }

Sys.EventArgs = function () {};
Sys.EventArgs.Empty = new Sys.EventArgs();
function CancelEventArgs() { this._cancel = false; }
CancelEventArgs.prototype.set_cancel = function (v) { this._cancel = !!v; };
CancelEventArgs.prototype.get_cancel = function () { return this._cancel; };
Sys.CancelEventArgs = CancelEventArgs;

var App = Sys.Application = {
  _initHandlers: [], _loadHandlers: [], _initialized: false, _initializing: false,
  add_init: function (h) { if (this._initialized) h(this, Sys.EventArgs.Empty); else this._initHandlers.push(h); },
  add_load: function (h) { this._loadHandlers.push(h); },
  remove_load: function (h) { var i = this._loadHandlers.indexOf(h); if (i >= 0) this._loadHandlers.splice(i, 1); },
  findComponent: function (id) { return comps[id] || null; },
  addComponent: function (c) { comps[c.get_id()] = c; },
  removeComponent: function (c) { if (comps[c.get_id()] === c) delete comps[c.get_id()]; },
  getComponents: function () { var a = []; for (var k in comps) a.push(comps[k]); return a; },
  get_isInitialized: function () { return this._initialized; },
  initialize: function () {
    var self = this;
    if (this._initializing) return;
    this._initializing = true;
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', function () { self._doInitialize(); });
    else setTimeout(function () { self._doInitialize(); }, 0);
  },
  _doInitialize: function () {
    this._initialized = true;
    var hs = this._initHandlers; this._initHandlers = [];
    for (var i = 0; i < hs.length; i++) hs[i](this, Sys.EventArgs.Empty);
    this.raiseLoad(false);
  },
  raiseLoad: function (partial) {
    var args = { get_isPartialLoad: function () { return partial; }, get_components: function () { return []; } };
    var hs = this._loadHandlers.slice();
    for (var i = 0; i < hs.length; i++) hs[i](this, args);
    if (typeof w.pageLoad === 'function') w.pageLoad(this, args);
  }
};

w.$create = function (type, props, events, refs, el) {
  var c = new type(el);
  c._id = el ? el.id : '';
  if (props) for (var k in props) { c[k.charAt(0) === '_' ? k : '_' + k] = props[k]; }
  if (events) for (var e in events) c.add_event(e, events[e]);
  comps[c._id] = c;
  c.initialize();
  return c;
};

function Component(el) { this._element = el; this._events = {}; }
Component.prototype = {
  get_element: function () { return this._element; },
  get_id: function () { return this._id; },
  add_event: function (n, h) { h = resolveFn(h); if (h) (this._events[n] = this._events[n] || []).push(h); },
  remove_event: function (n, h) { var a = this._events[n]; if (a) { var i = a.indexOf(h); if (i >= 0) a.splice(i, 1); } },
  raiseEvent: function (n, a) { var hs = this._events[n]; if (hs) { hs = hs.slice(); for (var i = 0; i < hs.length; i++) hs[i](this, a || Sys.EventArgs.Empty); } },
  initialize: function () {},
  dispose: function () { if (comps[this._id] === this) delete comps[this._id]; }
};
function define(name, ctor, proto, events) {
  ctor.prototype = Object.create(Component.prototype);
  ctor.prototype.constructor = ctor;
  for (var k in proto) ctor.prototype[k] = proto[k];
  (events || []).forEach(function (n) {
    ctor.prototype['add_' + n] = function (h) { this.add_event(n, h); };
    ctor.prototype['remove_' + n] = function (h) { this.remove_event(n, h); };
  });
  UI[name] = ctor;
  return ctor;
}

/* ---------------- WebForms.js ---------------- */
w.WebForm_PostBackOptions = function (eventTarget, eventArgument, validation, validationGroup, actionUrl, trackFocus, clientSubmit) {
  this.eventTarget = eventTarget; this.eventArgument = eventArgument; this.validation = validation;
  this.validationGroup = validationGroup; this.actionUrl = actionUrl; this.trackFocus = trackFocus; this.clientSubmit = clientSubmit;
};
w.WebForm_DoPostBackWithOptions = function (o) {
  var ok = true;
  if (o.validation && typeof w.Page_ClientValidate === 'function') ok = w.Page_ClientValidate(o.validationGroup);
  if (ok) {
    if (o.actionUrl) formEl().action = o.actionUrl;
    if (o.clientSubmit) w.__doPostBack(o.eventTarget, o.eventArgument);
  }
};

/* ---------------- WebUIValidation.js ---------------- */
w.Page_ValidationVer = '125';
w.Page_IsValid = true;
w.Page_BlockSubmit = false;
w.Page_InvalidControlToBeFocused = null;
function ValidatorUpdateDisplay(val) {
  if (typeof val.display == 'string') {
    if (val.display == 'None') return;
    if (val.display == 'Dynamic') { val.style.display = val.isvalid ? 'none' : 'inline'; return; }
  }
  val.style.visibility = val.isvalid ? 'hidden' : 'visible';
}
function AllValidatorsValid(vals) { if (vals) for (var i = 0; i < vals.length; i++) if (vals[i] && !vals[i].isvalid) return false; return true; }
function ValidatorUpdateIsValid() { w.Page_IsValid = AllValidatorsValid(w.Page_Validators); }
function IsValidationGroupMatch(ctrl, group) { if (typeof group == 'undefined' || group == null) return true; var cg = ''; if (typeof ctrl.validationGroup == 'string') cg = ctrl.validationGroup; return cg == group; }
function ValidatorOnChange(e) {
  var ctrl = e.target; var vals = ctrl.Validators; if (!vals) return;
  for (var i = 0; i < vals.length; i++) ValidatorValidate(vals[i], null, e);
  ValidatorUpdateIsValid();
}
function ValidatorHookupControl(ctrl, val) {
  if (typeof ctrl.tagName != 'string') return;
  if (ctrl.tagName != 'INPUT' && ctrl.tagName != 'TEXTAREA' && ctrl.tagName != 'SELECT') {
    for (var i = 0; i < ctrl.childNodes.length; i++) ValidatorHookupControl(ctrl.childNodes[i], val);
    return;
  }
  if (typeof ctrl.Validators == 'undefined') {
    ctrl.Validators = [];
    ctrl.addEventListener(ctrl.type == 'radio' ? 'click' : 'change', ValidatorOnChange);
  }
  ctrl.Validators.push(val);
}
function ValidatorHookupControlID(id, val) {
  if (typeof id != 'string') return;
  var ctrl = d.getElementById(id);
  if (ctrl) ValidatorHookupControl(ctrl, val); else { val.isvalid = true; val.enabled = false; }
}
function ValidatorGetValueRecursive(c) {
  if (typeof c.value == 'string' && (c.type != 'radio' || c.checked == true)) return c.value;
  for (var i = 0; i < c.childNodes.length; i++) { var v = ValidatorGetValueRecursive(c.childNodes[i]); if (v != '') return v; }
  return '';
}
function ValidatorGetValue(id) { var c = d.getElementById(id); if (!c) return ''; if (typeof c.value == 'string') return c.value; return ValidatorGetValueRecursive(c); }
function ValidatorTrim(s) { var m = String(s).match(/^\s*(\S+(\s+\S+)*)\s*$/); return m == null ? '' : m[1]; }
function ValidatorSetFocus(val) { var c = d.getElementById(val.controltovalidate); if (c && c.focus) { try { c.focus(); } catch (e) {} w.Page_InvalidControlToBeFocused = c; } }
function ValidatorValidate(val, group, ev) {
  val.isvalid = true;
  if ((typeof val.enabled == 'undefined' || val.enabled != false) && IsValidationGroupMatch(val, group)) {
    if (typeof val.evaluationfunction == 'function') {
      val.isvalid = val.evaluationfunction(val);
      if (!val.isvalid && w.Page_InvalidControlToBeFocused == null && typeof val.focusOnError == 'string' && val.focusOnError == 't') ValidatorSetFocus(val, ev);
    }
  }
  ValidatorUpdateDisplay(val);
}
w.RequiredFieldValidatorEvaluateIsValid = function (val) { return ValidatorTrim(ValidatorGetValue(val.controltovalidate)) != ValidatorTrim(val.initialvalue || ''); };
w.RegularExpressionValidatorEvaluateIsValid = function (val) {
  var v = ValidatorGetValue(val.controltovalidate);
  if (ValidatorTrim(v).length == 0) return true;
  var rx = new RegExp(val.validationexpression); var m = rx.exec(v);
  return m != null && v == m[0];
};
w.CompareValidatorEvaluateIsValid = function (val) {
  var v = ValidatorGetValue(val.controltovalidate);
  if (ValidatorTrim(v).length == 0) return true;
  var other = (typeof val.controltocompare == 'string' && d.getElementById(val.controltocompare)) ? ValidatorGetValue(val.controltocompare) : (val.valuetocompare || '');
  return v == other;
};
w.CustomValidatorEvaluateIsValid = function (val) {
  var v = '';
  if (typeof val.controltovalidate == 'string') {
    v = ValidatorGetValue(val.controltovalidate);
    if (ValidatorTrim(v).length == 0 && !(typeof val.validateemptytext == 'string' && val.validateemptytext == 'true')) return true;
  }
  var args = { Value: v, IsValid: true };
  var f = resolveFn(val.clientvalidationfunction);
  if (f) f(val, args);
  return args.IsValid;
};
w.ValidatorOnLoad = function () {
  if (typeof w.Page_Validators == 'undefined') return;
  for (var i = 0; i < w.Page_Validators.length; i++) {
    var val = w.Page_Validators[i];
    if (!val) continue;
    if (typeof val.evaluationfunction == 'string') val.evaluationfunction = w[val.evaluationfunction];
    if (typeof val.isvalid == 'string') { if (val.isvalid == 'False') { val.isvalid = false; w.Page_IsValid = false; } else val.isvalid = true; } else val.isvalid = true;
    if (typeof val.enabled == 'string') val.enabled = (val.enabled != 'False');
    if (typeof val.controltovalidate == 'string') ValidatorHookupControlID(val.controltovalidate, val);
    if (typeof val.controlhookup == 'string') ValidatorHookupControlID(val.controlhookup, val);
  }
  w.Page_ValidationActive = true;
};
w.Page_ClientValidate = function (group) {
  w.Page_InvalidControlToBeFocused = null;
  if (typeof w.Page_Validators == 'undefined') return true;
  for (var i = 0; i < w.Page_Validators.length; i++) if (w.Page_Validators[i]) ValidatorValidate(w.Page_Validators[i], group, null);
  ValidatorUpdateIsValid();
  w.Page_BlockSubmit = !w.Page_IsValid;
  return w.Page_IsValid;
};
w.ValidatorCommonOnSubmit = function () { w.Page_InvalidControlToBeFocused = null; var r = !w.Page_BlockSubmit; w.Page_BlockSubmit = false; return r; };
w.ValidatorValidate = ValidatorValidate;
w.ValidatorEnable = function (val, enable) { val.enabled = (enable != false); ValidatorValidate(val); ValidatorUpdateIsValid(); };

/* ---------------- MicrosoftAjaxWebForms.js: PageRequestManager ---------------- */
function parseDelta(text) {
  var nodes = [], i = 0;
  while (i < text.length) {
    var p = text.indexOf('|', i); if (p < 0) throw new Error('delta');
    var len = parseInt(text.substring(i, p), 10); if (isNaN(len)) throw new Error('delta');
    i = p + 1; p = text.indexOf('|', i); var type = text.substring(i, p);
    i = p + 1; p = text.indexOf('|', i); var id = text.substring(i, p);
    i = p + 1; var content = text.substr(i, len); i += len;
    if (text.charAt(i) !== '|') throw new Error('delta');
    i++;
    nodes.push({ type: type, id: id, content: content });
  }
  return nodes;
}
function disposeIn(el) { for (var k in comps) { var c = comps[k]; if (c && c._element && el.contains(c._element)) c.dispose(); } }
function enc(s) { return encodeURIComponent(s); }
var prm = {
  _ajaxPanels: {}, _begin: [], _end: [], _xhr: null, _req: null, _panels: [], _smUid: '', _form: null, _timeout: 90, _orig: null,
  add_beginRequest: function (h) { this._begin.push(h); },
  remove_beginRequest: function (h) { var i = this._begin.indexOf(h); if (i >= 0) this._begin.splice(i, 1); },
  add_endRequest: function (h) { this._end.push(h); },
  remove_endRequest: function (h) { var i = this._end.indexOf(h); if (i >= 0) this._end.splice(i, 1); },
  add_pageLoaded: function (h) { App.add_load(h); },
  get_isInAsyncPostBack: function () { return !!this._xhr; },
  abortPostBack: function () { if (this._xhr) { var x = this._xhr; this._xhr = null; x.abort(); this._finish(this._req, null); } },
  _init: function (sm, formId, panels, triggers, postBacks, timeout) {
    this._smUid = sm; this._form = d.getElementById(formId) || d.forms[0]; this._panels = [];
    for (var i = 0; i < panels.length; i += 2) {
      var u = panels[i]; if (u.charAt(0) === 't' || u.charAt(0) === 'f') u = u.substring(1);
      this._panels.push({ uid: u, cid: panels[i + 1] || u.replace(/\$/g, '_') });
    }
    this._timeout = timeout || 90;
    var self = this;
    if (!this._orig) { this._orig = w.__doPostBack; w.__doPostBack = function (t, a) { self._doPostBack(t, a); }; }
  },
  _doPostBack: function (target, arg) {
    var p = this._panelFor(target);
    if (!p) { this._orig(target, arg); return; }
    this._post(p, target, arg || '');
  },
  _panelFor: function (target) {
    var el = d.getElementById(String(target).replace(/\$/g, '_'));
    if (!el) return null;
    for (var i = 0; i < this._panels.length; i++) { var pe = d.getElementById(this._panels[i].cid); if (pe && pe.contains(el)) return this._panels[i]; }
    return null;
  },
  _post: function (p, target, arg) {
    var form = this._form, self = this;
    if (this._xhr) { var old = this._xhr; this._xhr = null; old.abort(); this._finish(this._req, null); }
    form.__EVENTTARGET.value = target; form.__EVENTARGUMENT.value = arg;
    var parts = [enc(this._smUid) + '=' + enc(p.uid + '|' + target)];
    var els = form.elements;
    for (var i = 0; i < els.length; i++) {
      var e = els[i], n = e.name; if (!n || e.disabled || n === this._smUid) continue;
      var t = (e.type || '').toLowerCase();
      if (t === 'submit' || t === 'button' || t === 'image' || t === 'reset' || t === 'file') continue;
      if ((t === 'checkbox' || t === 'radio') && !e.checked) continue;
      if (e.tagName === 'SELECT') { for (var j = 0; j < e.options.length; j++) if (e.options[j].selected) parts.push(enc(n) + '=' + enc(e.options[j].value)); continue; }
      parts.push(enc(n) + '=' + enc(e.value));
    }
    var pel = d.getElementById(p.cid), ap = null;
    for (var k in this._ajaxPanels) { var c = this._ajaxPanels[k]; if (pel && c._element && pel.contains(c._element)) ap = c; }
    parts.push('__ASYNCPOST=true');
    if (ap) parts.push('RadAJAXControlID=' + enc(ap._id));
    form.__EVENTTARGET.value = ''; form.__EVENTARGUMENT.value = '';
    var req = { panel: p, target: target, ajaxPanel: ap, loading: null };
    this._req = req;
    var bargs = { get_postBackElement: function () { return d.getElementById(String(target).replace(/\$/g, '_')); } };
    for (var b = 0; b < this._begin.length; b++) this._begin[b](this, bargs);
    if (ap) {
      var rs = new CancelEventArgs(); rs.get_eventTarget = function () { return target; }; rs.set_enableAjax = function () {};
      ap.raiseEvent('requestStart', rs);
      var lp = ap._loadingPanelID ? w.$find(ap._loadingPanelID) : null;
      if (lp) { lp.show(p.cid); req.loading = lp; }
    }
    var x = new XMLHttpRequest(); this._xhr = x;
    x.open('POST', form.action, true);
    x.setRequestHeader('X-MicrosoftAjax', 'Delta=true');
    x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    x.setRequestHeader('Cache-Control', 'no-cache');
    x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=utf-8');
    x.timeout = this._timeout * 1000;
    x.onreadystatechange = function () { if (x.readyState !== 4 || self._xhr !== x) return; self._xhr = null; self._onResponse(x, req); };
    x.send(parts.join('&'));
  },
  _onResponse: function (x, req) {
    if (x.status !== 200) { this._finish(req, 'Sys.WebForms.PageRequestManagerServerErrorException: An unknown error occurred while processing the request on the server. The status code returned from the server was: ' + x.status); return; }
    var nodes, i;
    try { nodes = parseDelta(x.responseText); } catch (ex) { this._finish(req, 'Sys.WebForms.PageRequestManagerParserErrorException: The message received from the server could not be parsed.'); return; }
    for (i = 0; i < nodes.length; i++) if (nodes[i].type === 'pageRedirect') { w.location.href = decodeURIComponent(nodes[i].content); return; }
    for (i = 0; i < nodes.length; i++) if (nodes[i].type === 'error') { this._finish(req, 'Sys.WebForms.PageRequestManagerServerErrorException: ' + nodes[i].content); return; }
    var form = this._form, arrays = {}, scripts = [], focusId = null;
    for (i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      switch (n.type) {
        case 'updatePanel': var el = d.getElementById(n.id); if (el) { disposeIn(el); el.innerHTML = n.content; } break;
        case 'hiddenField': var h = d.getElementById(n.id); if (!h) { h = d.createElement('input'); h.type = 'hidden'; h.name = h.id = n.id; form.appendChild(h); } h.value = n.content; break;
        case 'arrayDeclaration': (arrays[n.id] = arrays[n.id] || []).push(n.content); break;
        case 'expando': scripts.push(n.id + ' = ' + n.content + ';'); break;
        case 'pageTitle': d.title = n.content; break;
        case 'formAction': form.setAttribute('action', n.content); break;
        case 'focus': focusId = n.content; break;
        case 'scriptBlock': case 'scriptStartupBlock': if (n.id === 'ScriptContentNoTags') scripts.push(n.content); break;
      }
    }
    for (var name in arrays) execJs(name + ' = new Array(' + arrays[name].join(', ') + ');');
    if (!arrays.Page_Validators && w.Page_Validators) w.Page_Validators = w.Page_Validators.filter(function (v) { return v && d.body.contains(v); });
    for (i = 0; i < scripts.length; i++) execJs(scripts[i]);
    App.raiseLoad(true);
    this._finish(req, null);
    if (focusId && d.getElementById(focusId)) d.getElementById(focusId).focus();
  },
  _finish: function (req, err) {
    if (req && req.loading) req.loading.hide(req.panel.cid);
    var handled = false;
    var ea = { get_error: function () { return err ? { message: err, name: 'Sys.WebForms.PageRequestManagerServerErrorException' } : null; }, set_errorHandled: function (v) { handled = v; }, get_errorHandled: function () { return handled; } };
    for (var i = 0; i < this._end.length; i++) this._end[i](this, ea);
    if (req && req.ajaxPanel) req.ajaxPanel.raiseEvent('responseEnd', ea);
    if (err && !handled && w.console) w.console.error(err);
  }
};
Sys.WebForms = { PageRequestManager: { getInstance: function () { return prm; }, _initialize: function (sm, formId, panels, triggers, postBacks, timeout) { prm._init(sm, formId, panels, triggers, postBacks, timeout); } } };

/* ---------------- Telerik.Web.UI ---------------- */
define('RadTextBox', function (el) { Component.call(this, el); }, {
  initialize: function () {
    var el = this._element, self = this;
    if (!el) return;
    el.addEventListener('focus', function () { addC(el, 'riFocused'); self.raiseEvent('focus'); });
    el.addEventListener('blur', function () { remC(el, 'riFocused'); self._update(); self.raiseEvent('blur'); });
    el.addEventListener('mouseenter', function () { addC(el, 'riHover'); });
    el.addEventListener('mouseleave', function () { remC(el, 'riHover'); });
    el.addEventListener('input', function () { self._update(); });
  },
  _update: function () {
    var cs = $get(this._clientStateFieldID); if (!cs) return;
    var v = this._element.type === 'password' ? '' : this._element.value;
    cs.value = JSON.stringify({ enabled: true, emptyMessage: '', validationText: v, valueAsString: v, lastSetTextBoxValue: v });
  },
  get_value: function () { return this._element.value; },
  set_value: function (v) { this._element.value = v; this._update(); },
  get_textBoxValue: function () { return this._element.value; },
  focus: function () { this._element.focus(); },
  clear: function () { this.set_value(''); }
}, ['focus', 'blur', 'valueChanged']);

define('RadButton', function (el) { Component.call(this, el); }, {
  initialize: function () {
    var self = this, el = this._element;
    this._input = el.querySelector('input.rbDecorated');
    el.addEventListener('click', function (e) { e.preventDefault(); if (self._enabled === false) return; self.click(); });
    el.addEventListener('keydown', function (e) { if (e.target === el && (e.keyCode === 13 || e.keyCode === 32)) { e.preventDefault(); if (self._enabled !== false) self.click(); } });
    el.addEventListener('mouseenter', function () { addC(el, 'rbHovered'); });
    el.addEventListener('mouseleave', function () { remC(el, 'rbHovered'); remC(el, 'rbPressed'); });
    el.addEventListener('mousedown', function () { addC(el, 'rbPressed'); });
    el.addEventListener('mouseup', function () { remC(el, 'rbPressed'); });
  },
  click: function (raise) {
    if (raise !== false) { var a = new CancelEventArgs(); this.raiseEvent('clicking', a); if (a.get_cancel()) return; }
    this.raiseEvent('clicked', Sys.EventArgs.Empty);
    if (this._navigateUrl) { w.location.href = this._navigateUrl; return; }
    if (this._autoPostBack && this._postBackReference) {
      if (this._singleClick) {
        if (this._causesValidation && typeof w.Page_ClientValidate === 'function' && !w.Page_ClientValidate(this._validationGroup || '')) return;
        var ref = this._postBackReference;
        this.set_enabled(false);
        if (this._singleClickText) this.set_text(this._singleClickText);
        (new Function(ref))();
        return;
      }
      (new Function(this._postBackReference))();
    }
  },
  set_enabled: function (v) { this._enabled = v; if (v) remC(this._element, 'rbDisabled'); else addC(this._element, 'rbDisabled'); },
  get_enabled: function () { return this._enabled !== false; },
  get_text: function () { return this._input ? this._input.value : ''; },
  set_text: function (t) { if (this._input) this._input.value = t; },
  get_uniqueID: function () { return this._uniqueID; },
  get_autoPostBack: function () { return this._autoPostBack; },
  set_autoPostBack: function (v) { this._autoPostBack = v; },
  focus: function () { this._element.focus(); }
}, ['clicking', 'clicked']);

define('RadComboBox', function (el) { Component.call(this, el); this._open = false; this._hl = -1; }, {
  initialize: function () {
    var self = this, el = this._element;
    this._input = $get(el.id + '_Input');
    this._slide = el.querySelector('.rcbSlide');
    this._dd = $get(el.id + '_DropDown');
    this._scroll = this._dd.querySelector('.rcbScroll');
    var lis = this._dd.querySelectorAll('li.rcbItem');
    this._items = [];
    for (var i = 0; i < lis.length; i++) {
      var data = (this._itemData && this._itemData[i]) || {};
      this._items.push({ el: lis[i], text: lis[i].textContent, value: data.value != null ? data.value : lis[i].textContent, index: i });
    }
    if (typeof this._selectedIndex !== 'number') this._selectedIndex = -1;
    formEl().appendChild(this._slide);
    var inp = this._input;
    inp.addEventListener('focus', function () { self._onFocus(); });
    inp.addEventListener('blur', function () { self._onBlur(); });
    inp.addEventListener('keydown', function (e) { self._onKeyDown(e); });
    inp.addEventListener('input', function () { self._onInput(); });
    inp.addEventListener('click', function () { if (self._showDropDownOnTextboxClick !== false && !self._open) self.showDropDown(); });
    var arrow = el.querySelector('.rcbActionButton');
    arrow.addEventListener('mousedown', function (e) { e.preventDefault(); });
    arrow.addEventListener('click', function (e) {
      e.preventDefault();
      if (self._open) { self.hideDropDown(); return; }
      if (d.activeElement !== inp) inp.focus();
      self.showDropDown();
    });
    el.addEventListener('mouseenter', function () { addC(el, 'rcbHovered'); });
    el.addEventListener('mouseleave', function () { remC(el, 'rcbHovered'); });
    this._dd.addEventListener('mousedown', function (e) { e.preventDefault(); });
    this._dd.addEventListener('mouseover', function (e) { var li = closest(e.target, 'li.rcbItem', self._dd); if (li) self._highlight(self._itemFor(li), false); });
    this._dd.addEventListener('click', function (e) {
      var li = closest(e.target, 'li.rcbItem', self._dd); if (!li) return;
      var it = self._itemFor(li); if (!it) return;
      self._select(it); self.hideDropDown();
    });
    this._docDown = function (e) { if (!self._open) return; if (el.contains(e.target) || self._slide.contains(e.target)) return; self._commitText(); self.hideDropDown(); };
    d.addEventListener('mousedown', this._docDown, true);
    this._onResize = function () { if (self._open) self._position(); };
    w.addEventListener('resize', this._onResize);
    w.addEventListener('scroll', this._onResize);
    this._updateClientState();
  },
  dispose: function () {
    d.removeEventListener('mousedown', this._docDown, true);
    w.removeEventListener('resize', this._onResize);
    w.removeEventListener('scroll', this._onResize);
    if (this._slide && this._slide.parentNode) this._slide.parentNode.removeChild(this._slide);
    Component.prototype.dispose.call(this);
  },
  _dur: function (which) { try { return JSON.parse(which === 'c' ? this._collapseAnimation : this._expandAnimation).duration; } catch (e) { return 250; } },
  _itemFor: function (li) { for (var i = 0; i < this._items.length; i++) if (this._items[i].el === li) return this._items[i]; return null; },
  _wrap: function (it) {
    var self = this; if (!it) return null;
    return { get_text: function () { return it.text; }, get_value: function () { return it.value; }, get_index: function () { return it.index; }, select: function () { self._select(it); }, get_element: function () { return it.el; } };
  },
  get_items: function () { var self = this; return { get_count: function () { return self._items.length; }, getItem: function (i) { return self._wrap(self._items[i]); } }; },
  get_selectedItem: function () { return this._wrap(this._items[this._selectedIndex]); },
  get_selectedIndex: function () { return this._selectedIndex; },
  get_value: function () { var it = this._items[this._selectedIndex]; return it ? it.value : ''; },
  get_text: function () { return this._isEmptyShown() ? '' : this._input.value; },
  get_inputDomElement: function () { return this._input; },
  get_dropDownElement: function () { return this._dd; },
  get_dropDownVisible: function () { return this._open; },
  findItemByText: function (t) { for (var i = 0; i < this._items.length; i++) if (this._items[i].text === t) return this._wrap(this._items[i]); return null; },
  findItemByValue: function (v) { for (var i = 0; i < this._items.length; i++) if (this._items[i].value === v) return this._wrap(this._items[i]); return null; },
  _findText: function (t) { var lt = ValidatorTrim(t).toLowerCase(); if (!lt) return null; for (var i = 0; i < this._items.length; i++) if (this._items[i].text.toLowerCase() === lt) return this._items[i]; return null; },
  _isEmptyShown: function () { return hasC(this._input, 'rcbEmptyMessage'); },
  _onFocus: function () { addC(this._element, 'rcbFocused'); if (this._isEmptyShown()) { this._input.value = ''; remC(this._input, 'rcbEmptyMessage'); } },
  _onBlur: function () { remC(this._element, 'rcbFocused'); this._commitText(); if (this._open) this.hideDropDown(); this._showEmptyIfNeeded(); },
  _showEmptyIfNeeded: function () { if (this._selectedIndex < 0 && !this._input.value && this._emptyMessage) { this._input.value = this._emptyMessage; addC(this._input, 'rcbEmptyMessage'); this._updateClientState(); } },
  _commitText: function () {
    if (this._isEmptyShown()) return;
    var t = this._input.value, sel = this._items[this._selectedIndex];
    if (sel && t === sel.text) return;
    var m = this._findText(t);
    if (m) { this._select(m); return; }
    if (!this._allowCustomText) { this._input.value = sel ? sel.text : ''; this._resetFilter(); this._updateClientState(); }
  },
  _onInput: function () {
    if (this._filter) { if (!this._open) this.showDropDown(true); this._applyFilter(this._input.value); }
    else if (this._markFirstMatch) { var lt = this._input.value.toLowerCase(), f = null; for (var i = 0; i < this._items.length && !f; i++) if (lt && this._items[i].text.toLowerCase().indexOf(lt) === 0) f = this._items[i]; this._highlight(f, true); }
    this._updateClientState();
  },
  _applyFilter: function (t) {
    var lt = t.toLowerCase(), first = null;
    for (var i = 0; i < this._items.length; i++) {
      var it = this._items[i], tx = it.text.toLowerCase();
      var idx = !lt ? 0 : (this._filter === 2 ? (tx.indexOf(lt) === 0 ? 0 : -1) : tx.indexOf(lt));
      if (idx >= 0) {
        it.el.style.display = '';
        it.el.innerHTML = lt ? htmlEnc(it.text.substring(0, idx)) + '<em>' + htmlEnc(it.text.substr(idx, lt.length)) + '</em>' + htmlEnc(it.text.substring(idx + lt.length)) : htmlEnc(it.text);
        if (!first) first = it;
      } else it.el.style.display = 'none';
    }
    this._highlight(this._markFirstMatch && lt ? first : null, true);
    if (this._open) this._position();
  },
  _resetFilter: function () { for (var i = 0; i < this._items.length; i++) { var it = this._items[i]; it.el.style.display = ''; it.el.innerHTML = htmlEnc(it.text); } },
  _visible: function () { return this._items.filter(function (it) { return it.el.style.display !== 'none'; }); },
  _highlight: function (it, scroll) {
    for (var i = 0; i < this._items.length; i++) remC(this._items[i].el, 'rcbHovered');
    this._hl = it ? it.index : -1;
    if (it) { addC(it.el, 'rcbHovered'); if (scroll) this._scrollTo(it); }
  },
  _scrollTo: function (it) {
    var s = this._scroll, li = it.el;
    if (li.offsetTop < s.scrollTop) s.scrollTop = li.offsetTop;
    else if (li.offsetTop + li.offsetHeight > s.scrollTop + s.clientHeight) s.scrollTop = li.offsetTop + li.offsetHeight - s.clientHeight;
  },
  _onKeyDown: function (e) {
    var k = e.keyCode, it;
    if (k === 40 || k === 38) {
      e.preventDefault();
      if (e.altKey) { if (this._open) this.hideDropDown(); else this.showDropDown(); return; }
      var vis = this._visible(); if (!vis.length) return;
      var cur = this._open ? this._hl : this._selectedIndex, pos = -1;
      for (var i = 0; i < vis.length; i++) if (vis[i].index === cur) pos = i;
      pos = k === 40 ? Math.min(vis.length - 1, pos + 1) : Math.max(0, pos - 1);
      if (this._open) this._highlight(vis[pos], true); else this._select(vis[pos]);
      return;
    }
    if (k === 13) { e.preventDefault(); if (this._open) { it = this._items[this._hl]; if (it) this._select(it); else this._commitText(); this.hideDropDown(); } return; }
    if (k === 27) { if (this._open) { e.preventDefault(); var sel = this._items[this._selectedIndex]; this._input.value = sel ? sel.text : ''; this.hideDropDown(); } return; }
    if (k === 9) { if (this._open) { it = this._items[this._hl]; if (it) this._select(it); this.hideDropDown(); } return; }
    if (k === 115) { e.preventDefault(); if (this._open) this.hideDropDown(); else this.showDropDown(); }
  },
  _select: function (it) {
    var prev = this._selectedIndex;
    var a = new CancelEventArgs(); a.get_item = function () { return it; };
    this.raiseEvent('selectedIndexChanging', a); if (a.get_cancel()) return;
    for (var i = 0; i < this._items.length; i++) remC(this._items[i].el, 'rcbSelected');
    this._selectedIndex = it ? it.index : -1;
    if (it) { addC(it.el, 'rcbSelected'); this._input.value = it.text; remC(this._input, 'rcbEmptyMessage'); }
    this._resetFilter();
    this._updateClientState();
    if (prev !== this._selectedIndex) {
      var self = this;
      this.raiseEvent('selectedIndexChanged', { get_item: function () { return self._wrap(it); } });
      if (this._autoPostBack && this._uniqueId) w.__doPostBack(this._uniqueId, JSON.stringify({ Command: 'Select', Index: this._selectedIndex }));
    }
  },
  _updateClientState: function () {
    var cs = $get(this._clientStateFieldID || (this._id + '_ClientState')); if (!cs) return;
    var it = this._items[this._selectedIndex];
    cs.value = JSON.stringify({ logEntries: [], value: it ? it.value : '', text: this._isEmptyShown() ? '' : this._input.value, enabled: true, checkedIndices: [], checkedItemsTextOverflows: false });
  },
  _position: function () {
    var r = this._element.getBoundingClientRect(), s = this._slide;
    var ddH = this._dd.offsetHeight, vh = d.documentElement.clientHeight;
    var below = vh - r.bottom, above = r.top;
    this._up = below < ddH && above > below;
    s.style.position = 'absolute';
    s.style.left = (r.left + w.pageXOffset) + 'px';
    s.style.top = (this._up ? r.top + w.pageYOffset - ddH : r.bottom + w.pageYOffset) + 'px';
    s.style.width = r.width + 'px';
    s.style.zIndex = 6000;
    this._dd.style.width = r.width + 'px';
  },
  showDropDown: function (keepFilter) {
    if (this._open) return;
    var a = new CancelEventArgs(); this.raiseEvent('dropDownOpening', a); if (a.get_cancel()) return;
    this._open = true;
    if (!keepFilter) { this._resetFilter(); this._highlight(this._items[this._selectedIndex] || null, false); }
    var s = this._slide, dd = this._dd, dur = this._dur('e'), self = this;
    clearTimeout(this._animT);
    s.style.display = 'block'; s.style.visibility = 'hidden'; s.style.overflow = 'hidden'; s.style.height = '';
    dd.style.transition = 'none'; dd.style.top = '0px';
    this._position();
    var h = dd.offsetHeight;
    s.style.height = h + 'px';
    dd.style.top = (this._up ? h : -h) + 'px';
    s.style.visibility = 'visible';
    void dd.offsetHeight;
    dd.style.transition = 'top ' + dur + 'ms ease-out';
    dd.style.top = '0px';
    if (this._hl >= 0 && this._items[this._hl]) this._scrollTo(this._items[this._hl]);
    this._animT = setTimeout(function () { s.style.height = ''; dd.style.transition = 'none'; }, dur + 20);
    this.raiseEvent('dropDownOpened');
  },
  hideDropDown: function () {
    if (!this._open) return;
    this._open = false;
    var s = this._slide, dd = this._dd, h = dd.offsetHeight, dur = this._dur('c'), self = this;
    clearTimeout(this._animT);
    s.style.height = h + 'px'; s.style.overflow = 'hidden';
    dd.style.transition = 'top ' + dur + 'ms ease-in';
    dd.style.top = (this._up ? h : -h) + 'px';
    this._animT = setTimeout(function () { s.style.display = 'none'; s.style.height = ''; dd.style.transition = 'none'; dd.style.top = '0px'; if (!self._open) { self._resetFilter(); self._highlight(null, false); } }, dur);
    this.raiseEvent('dropDownClosed');
  },
  toggleDropDown: function () { if (this._open) this.hideDropDown(); else this.showDropDown(); },
  clearSelection: function () { this._select(null); this._input.value = ''; this._showEmptyIfNeeded(); }
}, ['selectedIndexChanging', 'selectedIndexChanged', 'dropDownOpening', 'dropDownOpened', 'dropDownClosed']);

define('RadPanelBar', function (el) { Component.call(this, el); }, {
  initialize: function () {
    var self = this, el = this._element;
    el.addEventListener('click', function (e) {
      var a = closest(e.target, 'a.rpLink', el); if (!a) return;
      var li = a.parentNode, slide = null;
      for (var c = li.firstElementChild; c; c = c.nextElementSibling) if (hasC(c, 'rpSlide')) slide = c;
      if (slide) { e.preventDefault(); self._toggle(a, slide); return; }
      var sel = el.querySelectorAll('a.rpSelected'); for (var i = 0; i < sel.length; i++) remC(sel[i], 'rpSelected');
      addC(a, 'rpSelected');
      self.raiseEvent('itemClicked', { get_item: function () { return { get_text: function () { return a.textContent; }, get_navigateUrl: function () { return a.getAttribute('href'); } }; } });
    });
  },
  _toggle: function (a, slide) {
    var ul = slide.firstElementChild, dur = 300;
    clearTimeout(slide._t);
    slide.style.transition = 'none';
    if (hasC(a, 'rpExpanded')) {
      remC(a, 'rpExpanded');
      slide.style.overflow = 'hidden'; slide.style.height = ul.offsetHeight + 'px';
      void slide.offsetHeight;
      slide.style.transition = 'height ' + dur + 'ms ease'; slide.style.height = '0px';
      slide._t = setTimeout(function () { slide.style.display = 'none'; slide.style.height = ''; slide.style.transition = ''; }, dur);
      this.raiseEvent('itemCollapse');
    } else {
      addC(a, 'rpExpanded');
      slide.style.display = 'block'; slide.style.overflow = 'hidden';
      var h = ul.offsetHeight;
      slide.style.height = '0px';
      void slide.offsetHeight;
      slide.style.transition = 'height ' + dur + 'ms ease'; slide.style.height = h + 'px';
      slide._t = setTimeout(function () { slide.style.height = ''; slide.style.overflow = ''; slide.style.transition = ''; }, dur);
      this.raiseEvent('itemExpand');
    }
  }
}, ['itemClicked', 'itemExpand', 'itemCollapse']);

var zTop = 3000;
define('RadWindow', function (el) { Component.call(this, el); this._visible = false; }, {
  initialize: function () {
    var self = this;
    if (this._visibleOnPageLoad) { var f = function () { App.remove_load(f); self.show(); }; App.add_load(f); }
  },
  _build: function () {
    if (this._popup) return;
    var self = this, p = d.createElement('div');
    p.id = 'RadWindowWrapper_' + this._id;
    p.className = 'RadWindow RadWindow_' + (this._skin || 'Metro') + ' rwNormalWindow' + (this._isDialog ? ' rwDialogWindow' : '');
    p.setAttribute('unselectable', 'on');
    p.style.cssText = 'display:none;visibility:hidden;position:absolute;width:' + px(this._width, 400) + 'px;' + (this._isDialog ? 'min-height:' + px(this._height, 160) + 'px;' : 'height:' + px(this._height, 300) + 'px;');
    p.innerHTML = '<div class="rwTitleBar"><div class="rwTitleWrapper"><span class="rwIcon"></span><h6 class="rwTitle"></h6></div><ul class="rwCommands"><li class="rwListItem"><span class="rwCommandButton rwCloseButton" title="Close"></span></li></ul></div><div class="rwContent"></div>';
    p.querySelector('.rwTitle').textContent = this._title || '';
    var content = p.querySelector('.rwContent');
    if (this._navigateUrl) {
      addC(content, 'rwExternalContent'); addC(content, 'rwLoading');
      var f = d.createElement('iframe');
      f.name = this._name || this._id.split('_').pop();
      f.setAttribute('frameborder', '0');
      f.style.cssText = 'width:100%;height:100%;border:0;display:block;';
      f.radWindow = this;
      f.addEventListener('load', function () { remC(content, 'rwLoading'); self.raiseEvent('pageLoad'); });
      f.src = this._navigateUrl;
      content.appendChild(f);
      this._iframe = f;
    } else if (this._contentHtml != null) content.innerHTML = this._contentHtml;
    p.querySelector('.rwCloseButton').addEventListener('click', function (e) { e.preventDefault(); self.close(); });
    this._setupMove(p.querySelector('.rwTitleBar'), p);
    formEl().appendChild(p);
    this._popup = p;
  },
  _setupMove: function (bar, p) {
    bar.addEventListener('mousedown', function (e) {
      if (e.button !== 0 || closest(e.target, '.rwCommands', bar)) return;
      var sx = e.clientX, sy = e.clientY, ox = p.offsetLeft, oy = p.offsetTop;
      function mv(ev) { p.style.left = (ox + ev.clientX - sx) + 'px'; p.style.top = Math.max(0, oy + ev.clientY - sy) + 'px'; }
      function up() { d.removeEventListener('mousemove', mv); d.removeEventListener('mouseup', up); }
      d.addEventListener('mousemove', mv); d.addEventListener('mouseup', up);
      e.preventDefault();
    });
  },
  show: function () {
    if (this._visible) return;
    this._build();
    var p = this._popup, z = (zTop += 2);
    if (this._modal) {
      var o = d.createElement('div');
      o.className = 'TelerikModalOverlay'; o.setAttribute('unselectable', 'on');
      o.style.cssText = 'position:fixed;top:0;left:0;width:100%;height:100%;z-index:' + (z - 1) + ';opacity:0.5;';
      d.body.appendChild(o); this._overlay = o;
      this._saveTabIndexes();
    }
    p.style.zIndex = z; p.style.display = ''; p.style.visibility = 'visible';
    this.center();
    p.style.transition = 'none'; p.style.opacity = '0';
    void p.offsetWidth;
    p.style.transition = 'opacity 250ms linear'; p.style.opacity = '1';
    this._visible = true;
    this.raiseEvent('show');
    if (this._isDialog) setTimeout(function () { var b = p.querySelector('.rwDialogButtons button'); if (b) b.focus(); }, 0);
  },
  center: function () {
    var p = this._popup, de = d.documentElement;
    p.style.left = Math.max(0, Math.round((de.clientWidth - p.offsetWidth) / 2 + w.pageXOffset)) + 'px';
    p.style.top = Math.max(0, Math.round((de.clientHeight - p.offsetHeight) / 2 + w.pageYOffset)) + 'px';
  },
  _saveTabIndexes: function () {
    var p = this._popup, saved = [], els = d.querySelectorAll('a, input, select, textarea, button, iframe, [tabindex]');
    for (var i = 0; i < els.length; i++) { var e = els[i]; if (p.contains(e)) continue; saved.push([e, e.getAttribute('tabindex')]); e.setAttribute('tabindex', '-1'); }
    this._savedTabs = saved;
  },
  _restoreTabIndexes: function () {
    var s = this._savedTabs || [];
    for (var i = 0; i < s.length; i++) { if (s[i][1] === null) s[i][0].removeAttribute('tabindex'); else s[i][0].setAttribute('tabindex', s[i][1]); }
    this._savedTabs = null;
  },
  close: function (arg) {
    if (!this._visible) return;
    var bc = new CancelEventArgs(); bc.get_argument = function () { return arg; };
    this.raiseEvent('beforeClose', bc); if (bc.get_cancel()) return;
    this._visible = false;
    var p = this._popup;
    p.style.display = 'none'; p.style.visibility = 'hidden';
    if (this._overlay) { if (this._overlay.parentNode) this._overlay.parentNode.removeChild(this._overlay); this._overlay = null; this._restoreTabIndexes(); }
    this.raiseEvent('close', { get_argument: function () { return arg; } });
    if (this._callback) this._callback(arg);
    if (this._destroyOnClose) { if (p.parentNode) p.parentNode.removeChild(p); this._popup = null; this.dispose(); }
  },
  hide: function () { this.close(); },
  isVisible: function () { return this._visible; },
  get_contentFrame: function () { return this._iframe || null; },
  get_popupElement: function () { return this._popup; },
  set_title: function (t) { this._title = t; if (this._popup) this._popup.querySelector('.rwTitle').textContent = t; },
  get_title: function () { return this._title; },
  setUrl: function (u) { this._navigateUrl = u; if (this._iframe) this._iframe.src = u; },
  get_navigateUrl: function () { return this._navigateUrl; },
  BrowserWindow: w
}, ['show', 'close', 'beforeClose', 'pageLoad']);

define('RadWindowManager', function (el) { Component.call(this, el); }, {
  initialize: function () { UI._windowManager = this; },
  _template: function (kind) { var t = $get(this._id + '_' + kind + 'template'); return t ? t.innerHTML : ''; }
});
var DEFAULT_TPL = {
  alert: '<div class="rwDialog rwAlertDialog"><div class="rwDialogContent"><div class="rwDialogMessage">{1}</div></div><div class="rwDialogButtons"><button type="button" class="rwOkBtn" onclick="$find(\'{0}\').close(true); return false;">##LOC[OK]##</button></div></div>',
  confirm: '<div class="rwDialog rwConfirmDialog"><div class="rwDialogContent"><div class="rwDialogMessage">{1}</div></div><div class="rwDialogButtons"><button type="button" class="rwOkBtn" onclick="$find(\'{0}\').close(true); return false;">##LOC[OK]##</button><button type="button" class="rwCancelBtn" onclick="$find(\'{0}\').close(false); return false;">##LOC[Cancel]##</button></div></div>'
};
var dlgSeq = 0;
function openDialog(kind, text, width, height, title, callback) {
  var mgr = UI._windowManager;
  var id = kind + (Date.now() + (dlgSeq++));
  var tpl = (mgr && mgr._template(kind)) || DEFAULT_TPL[kind];
  var html = tpl.split('{0}').join(id).split('{1}').join(text == null ? '' : String(text)).split('{2}').join('').replace(/##LOC\[(\w+)\]##/g, function (m, k) { return k; });
  var win = new UI.RadWindow(null);
  win._id = id; comps[id] = win;
  win._modal = true; win._isDialog = true; win._contentHtml = html; win._title = title || '';
  win._width = width || 330; win._height = height || 180; win._destroyOnClose = true; win._skin = 'Metro';
  if (typeof callback === 'function') win._callback = callback;
  win.show();
  return win;
}
w.radalert = function (text, width, height, title, callback) { return openDialog('alert', text, width, height, title, callback); };
w.radconfirm = function (text, callback, width, height, caller, title) { return openDialog('confirm', text, width, height, title, callback); };
w.radopen = function (url, name) {
  var id = name || ('RadWindow' + Date.now());
  var win = comps[id];
  if (!win) { win = new UI.RadWindow(null); win._id = id; comps[id] = win; win._width = 600; win._height = 400; win._modal = true; }
  win._navigateUrl = url; win.show(); return win;
};
w.GetRadWindowManager = function () { return UI._windowManager || null; };

define('RadNotification', function (el) { Component.call(this, el); }, {
  initialize: function () {
    var self = this;
    this._popup = $get(this._id + '_popup');
    if (this._popup) {
      formEl().appendChild(this._popup);
      var x = this._popup.querySelector('.rnCloseIcon a');
      if (x) x.addEventListener('click', function (e) { e.preventDefault(); self.hide(); });
      this._popup.addEventListener('mouseenter', function () { if (self._keepOnMouseOver) clearTimeout(self._t); });
      this._popup.addEventListener('mouseleave', function () { if (self._keepOnMouseOver && self._shown && self._autoCloseDelay) self._t = setTimeout(function () { self.hide(); }, self._autoCloseDelay); });
    }
    if (this._visibleOnPageLoad) { var f = function () { App.remove_load(f); self.show(); }; App.add_load(f); }
  },
  set_text: function (t) { var c = this._popup && this._popup.querySelector('.rnContent'); if (c) c.innerHTML = t; },
  get_text: function () { var c = this._popup && this._popup.querySelector('.rnContent'); return c ? c.innerHTML : ''; },
  set_title: function (t) { var c = this._popup && this._popup.querySelector('.rnTitleBarTitle'); if (c) c.textContent = t; },
  show: function () {
    var p = this._popup, self = this; if (!p) return;
    clearTimeout(this._t); clearTimeout(this._t2);
    p.style.display = 'block'; p.style.position = 'fixed'; p.style.right = '14px'; p.style.bottom = '14px'; p.style.left = 'auto'; p.style.top = 'auto';
    p.style.transition = 'none'; p.style.opacity = '0'; p.style.transform = 'translateY(40px)';
    void p.offsetHeight;
    p.style.transition = 'opacity 400ms ease, transform 400ms ease'; p.style.opacity = '1'; p.style.transform = 'translateY(0)';
    this._shown = true;
    if (this._autoCloseDelay) this._t = setTimeout(function () { self.hide(); }, this._autoCloseDelay);
    this.raiseEvent('shown');
  },
  hide: function () {
    var p = this._popup, self = this; if (!p || !this._shown) return;
    clearTimeout(this._t); this._shown = false;
    p.style.opacity = '0';
    this._t2 = setTimeout(function () { if (!self._shown) p.style.display = 'none'; }, 400);
    this.raiseEvent('hidden');
  },
  isVisible: function () { return !!this._shown; }
}, ['showing', 'shown', 'hidden']);

define('RadAjaxLoadingPanel', function (el) { Component.call(this, el); this._shown = {}; }, {
  show: function (targetId) {
    var t = $get(targetId); if (!t || this._shown[targetId]) return;
    var c = this._element.cloneNode(true);
    c.id = this._id + targetId;
    var r = t.getBoundingClientRect();
    c.style.cssText = 'position:absolute;display:block;left:' + (r.left + w.pageXOffset) + 'px;top:' + (r.top + w.pageYOffset) + 'px;width:' + r.width + 'px;height:' + r.height + 'px;z-index:' + (this._zIndex || 90000) + ';';
    formEl().appendChild(c);
    this._shown[targetId] = c;
  },
  hide: function (targetId) { var c = this._shown[targetId]; if (c && c.parentNode) c.parentNode.removeChild(c); delete this._shown[targetId]; }
});
define('RadAjaxPanel', function (el) { Component.call(this, el); }, {
  initialize: function () { prm._ajaxPanels[this._id] = this; },
  dispose: function () { if (prm._ajaxPanels[this._id] === this) delete prm._ajaxPanels[this._id]; Component.prototype.dispose.call(this); },
  ajaxRequest: function (arg) { w.__doPostBack(this._uniqueID, arg || ''); },
  ajaxRequestWithTarget: function (target, arg) { w.__doPostBack(target, arg || ''); }
}, ['requestStart', 'responseEnd']);
define('RadCaptcha', function (el) { Component.call(this, el); }, {});
define('RadGrid', function (el) { Component.call(this, el); }, {
  initialize: function () {
    var el = this._element;
    el.addEventListener('mouseover', function (e) { var tr = closest(e.target, 'tr.rgRow, tr.rgAltRow', el); if (tr) addC(tr, 'rgHoveredRow'); });
    el.addEventListener('mouseout', function (e) { var tr = closest(e.target, 'tr.rgRow, tr.rgAltRow', el); if (tr) remC(tr, 'rgHoveredRow'); });
  }
});
})(window, document);
`;

/* ------------------------------------------------------------------------------------------ */
/* Page shell                                                                                  */
/* ------------------------------------------------------------------------------------------ */

type Layout = 'public' | 'app' | 'bare';
interface Page {
  title: string;
  path: string;
  layout: Layout;
  body: string;
  ctx: Ctx;
  panels: string[];
  /** Page-level script functions (outside update panels). */
  script?: string;
  homeLogin?: boolean;
}
interface Shell {
  gstin: string;
  user: string;
}

const SCRIPT_URL =
  '/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_RadScriptManager1_TSM&amp;compress=1&amp;_TSM_CombinedScripts_=%3b%3bSystem.Web.Extensions%2c+Version%3d4.0.0.0%2c+Culture%3dneutral%2c+PublicKeyToken%3d31bf3856ad364e35%3aen-US%3a9ddf364d-d65d-4f01-a69e-8b015049e026%3aea597d4b%3ab25378d2%3bTelerik.Web.UI%2c+Version%3d2018.1.117.45%2c+Culture%3dneutral%2c+PublicKeyToken%3d121fae78165ba3d4%3aen-US%3a8b5fd8e9-5ae6-4d2a-b0ba-44bd1a2b6d0f%3a16e4e7cd%3af7645509%3a24ee1bba%3ac128760b%3a1e771326%3a88144a7a%3a33715776%3ae330518b%3ab7778d6c';
const SKIN_URL =
  '/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_RadStyleSheetManager1_TSSM&amp;compress=1&amp;_TSM_CombinedScripts_=%3bTelerik.Web.UI%2c+Version%3d2018.1.117.45%2c+Culture%3dneutral%2c+PublicKeyToken%3d121fae78165ba3d4%3aen-US%3a8b5fd8e9-5ae6-4d2a-b0ba-44bd1a2b6d0f%3aMetro';

function formAction(path: string): string {
  const last = path.split('/').pop() ?? '';
  return `./${last || 'Default.aspx'}`;
}

function header(shell: Shell | null, homeLogin: boolean, ctx: Ctx): string {
  let right = '';
  if (shell) {
    right = `<div class="usr">GSTIN: <b>${esc(shell.gstin)}</b><br />${esc(TRADE_NAME)}<br />Welcome <b>${esc(shell.user)}</b> | <a id="ctl00_lnkLogout" href="/Logout.aspx">Logout</a></div>`;
  } else if (homeLogin) {
    right = radButton(ctx, 'ctl00_btnLogin', 'ctl00$btnLogin', 'Login', {
      navigateUrl: '/Login.aspx',
      css: 'homepageloginbtn',
    });
  }
  return `<div class="hdr"><div class="logo">${EMBLEM_SVG}</div><div class="ttl"><h1>e-Invoice System</h1><div class="sub">Goods and Services Tax | Government of India</div></div>${right}</div>
<div class="nav"><a href="/">Home</a><a href="javascript:void(0);">e-Invoice</a><a href="javascript:void(0);">Search</a><a href="javascript:void(0);">Help</a><a href="javascript:void(0);">Contact Us</a></div>`;
}
function footer(): string {
  return `<div class="ftr">${NIC_SVG}<span>Site is designed, developed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network. Best viewed in the latest versions of Chrome, Edge and Firefox.</span></div>`;
}

function renderFull(page: Page, shell: Shell | null): string {
  const ctx = page.ctx;
  let layoutBody: string;
  if (page.layout === 'app') {
    const menuCtx = new Ctx();
    const menu = panelBar(menuCtx, page.path);
    ctx.inits.unshift(...menuCtx.inits);
    layoutBody = `${header(shell, false, ctx)}
<div class="wrap">
<div class="side">${menu}</div>
<div class="main">
${page.body}
</div>
</div>
${footer()}`;
  } else if (page.layout === 'public') {
    const hdr = header(null, !!page.homeLogin, ctx);
    layoutBody = `${hdr}\n<div class="pub">\n${page.body}\n</div>\n${footer()}`;
  } else {
    layoutBody = page.body;
  }
  const panelIds = page.panels.map((p) => `'t${apOuterU(p)}',''`).join(',');
  const hasVals = ctx.vals.length > 0;
  const startup = [...ctx.startup];
  const formId = page.layout === 'bare' ? 'form1' : 'aspnetForm';
  const sm = page.layout === 'bare' ? 'RadScriptManager1' : 'ctl00$RadScriptManager1';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
\t${esc(page.title)}
</title><link href="/Content/site.css" rel="stylesheet" type="text/css" /><link href="${SKIN_URL}" type="text/css" rel="stylesheet" /></head>
<body${page.layout === 'bare' ? ' class="bare"' : ''}>
    <form method="post" action="${formAction(page.path)}"${hasVals ? ' onsubmit="javascript:return WebForm_OnSubmit();"' : ''} id="${formId}">
<div class="aspNetHidden">
<input type="hidden" name="${page.layout === 'bare' ? 'RadScriptManager1_TSM' : 'ctl00_RadScriptManager1_TSM'}" id="${page.layout === 'bare' ? 'RadScriptManager1_TSM' : 'ctl00_RadScriptManager1_TSM'}" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${viewState()}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['${formId}'];
if (!theForm) {
    theForm = document.${formId};
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


<script src="${SCRIPT_URL}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
if (typeof(ValidatorOnSubmit) == "function" && ValidatorOnSubmit() == false) return false;
return true;
}
//]]>
</script>

<div class="aspNetHidden">

\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="${generatorFor(page.path)}" />
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="${eventValidation()}" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('${sm}', '${formId}', [${panelIds}], [], [], 90, '${page.layout === 'bare' ? '' : 'ctl00'}');
//]]>
</script>

${page.layout === 'bare' ? '' : WINDOW_MANAGER}
${page.script ? `<script type="text/javascript">\n//<![CDATA[\n${page.script}\n//]]>\n</script>\n` : ''}${layoutBody}
${validatorScripts(ctx.vals)}
<script type="text/javascript">
//<![CDATA[
${hasVals ? VALIDATOR_ONLOAD : ''}
Sys.Application.initialize();
${page.layout === 'bare' ? '' : `Sys.Application.add_init(function() {\n    $create(Telerik.Web.UI.RadWindowManager, {"clientStateFieldID":"ctl00_RadWindowManager1_ClientState","formID":"aspnetForm","iconUrl":"","minimizeIconUrl":"","name":"RadWindowManager1","renderMode":2,"skin":"Metro","windowControls":"[]"}, null, null, $get("ctl00_RadWindowManager1"));\n});`}
${ctx.inits.join('\n')}
${startup.join('\n')}
//]]>
</script>
</form>
</body>
</html>`;
}

type DeltaNode = [string, string, string];
function renderDelta(nodes: DeltaNode[]): string {
  return nodes.map(([t, id, c]) => `${c.length}|${t}|${id}|${c}|`).join('');
}
function asyncResponse(page: Page, panels: { p: string; html: string; ctx: Ctx }[], extra: Ctx): string {
  const nodes: DeltaNode[] = [['#', '', '4']];
  for (const pn of panels) nodes.push(['updatePanel', apOuter(pn.p), pn.html]);
  nodes.push(['hiddenField', '__EVENTTARGET', '']);
  nodes.push(['hiddenField', '__EVENTARGUMENT', '']);
  nodes.push(['hiddenField', '__VIEWSTATE', viewState()]);
  nodes.push(['hiddenField', '__VIEWSTATEGENERATOR', generatorFor(page.path)]);
  nodes.push(['hiddenField', '__EVENTVALIDATION', eventValidation()]);
  nodes.push(['asyncPostBackControlIDs', '', '']);
  nodes.push(['postBackControlIDs', '', '']);
  nodes.push(['updatePanelIDs', '', page.panels.map((p) => `t${apOuterU(p)},`).join(',')]);
  nodes.push(['childUpdatePanelIDs', '', '']);
  nodes.push(['panelsToRefreshIDs', '', panels.map((pn) => `${apOuterU(pn.p)},`).join(',')]);
  nodes.push(['asyncPostBackTimeout', '', '90']);
  for (const v of page.ctx.vals)
    nodes.push(['arrayDeclaration', 'Page_Validators', `document.getElementById("${v.id}")`]);
  for (const v of page.ctx.vals) {
    for (const [k, x] of valExpandos(v))
      nodes.push(['expando', `document.getElementById('${v.id}')['${k}']`, js(x)]);
  }
  nodes.push(['formAction', '', formAction(page.path)]);
  nodes.push(['pageTitle', '', page.title]);
  const inits = panels.flatMap((pn) => pn.ctx.inits);
  if (inits.length) nodes.push(['scriptStartupBlock', 'ScriptContentNoTags', inits.join('\n')]);
  if (page.ctx.vals.length) nodes.push(['scriptStartupBlock', 'ScriptContentNoTags', VALIDATOR_ONLOAD]);
  const startup = [...panels.flatMap((pn) => pn.ctx.startup), ...extra.startup];
  for (const s of startup) nodes.push(['scriptStartupBlock', 'ScriptContentNoTags', s]);
  return renderDelta(nodes);
}

/* ------------------------------------------------------------------------------------------ */
/* Server                                                                                      */
/* ------------------------------------------------------------------------------------------ */

type Stage = 'anon' | 'otp' | 'in';
interface Session {
  id: string;
  stage: Stage;
  user: string;
  popupShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  regType: string;
}

function parseCookies(h: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of (h ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) m.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return m;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function startTelerikR20Rendition(
  options: TelerikR20Options = {},
): Promise<TelerikR20Rendition> {
  const state: TelerikR20State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration on file (not one made here: `state.users` holds those). */
  const seeded: TelerikR20State['users'] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_terasoft',
      password: 'Tera@Soft21',
      createdOn: '14/08/2021 11:26:43',
    },
  ];
  const onFile = () => [...seeded, ...state.users];
  const sessions = new Map<string, Session>();
  let expiryUsed = false;

  const shellOf = (s: Session): Shell => ({ gstin: state.gstin, user: s.user });

  function consumeExpiry(stage: TelerikR20Expiry, s: Session): boolean {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    sessions.delete(s.id);
    state.expired.push(stage);
    return true;
  }

  /* ---------------- common responses ---------------- */

  function baseHeaders(res: ServerResponse): void {
    res.setHeader('Server', 'Microsoft-IIS/10.0');
    res.setHeader('X-AspNet-Version', '4.0.30319');
    res.setHeader('X-Powered-By', 'ASP.NET');
  }
  function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
    if (res.writableEnded || res.destroyed) return;
    baseHeaders(res);
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'private');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
  }
  function redirect(res: ServerResponse, location: string): void {
    if (res.writableEnded || res.destroyed) return;
    baseHeaders(res);
    res.statusCode = 302;
    res.setHeader('Location', location);
    res.setHeader('Cache-Control', 'private');
    const body = `<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="${esc(location)}">here</a>.</h2>\r\n</body></html>\r\n`;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
  }
  function sendDelta(res: ServerResponse, body: string): void {
    if (res.writableEnded || res.destroyed) return;
    baseHeaders(res);
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
  }
  function pageRedirect(res: ServerResponse, location: string, isAsync: boolean): void {
    if (isAsync) sendDelta(res, renderDelta([['pageRedirect', '', encodeURIComponent(location)]]));
    else redirect(res, location);
  }
  function lost(res: ServerResponse, isAsync: boolean): void {
    pageRedirect(res, '/Login.aspx?SessionExpired=1', isAsync);
  }
  function newSession(res: ServerResponse): Session {
    const s: Session = {
      id: newSessionId(),
      stage: 'anon',
      user: '',
      popupShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      regType: '',
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `ASP.NET_SessionId=${s.id}; path=/; HttpOnly; SameSite=Lax`);
    return s;
  }

  /* ---------------- pages ---------------- */

  function homePage(): Page {
    const ctx = new Ctx();
    const body = `<div class="banner"><div style="flex:1"><h2>Welcome to e-Invoice System</h2>
<p>The e-Invoice System (IRP) registers B2B invoices and issues the Invoice Reference Number (IRN) with a signed QR code. Taxpayers can generate IRNs on this portal, through the offline bulk tools, or through API integration directly or via GSPs.</p>
<p class="note">Use the <b>Login</b> button at the top right to sign in with your e-Invoice / e-Way Bill credentials.</p></div></div>
<div class="cards"><div class="card"><div class="t">Generate IRN</div><div class="note">Enter invoice details on the portal and get the IRN instantly.</div></div><div class="card c3"><div class="t">Bulk Generation Tool</div><div class="note">Prepare invoices offline in the Excel based tool and upload the JSON.</div></div><div class="card c4"><div class="t">API Integration</div><div class="note">Register API users directly or through your GSP (API Registration menu).</div></div></div>
<div class="box"><div class="box-h">What's New</div><div class="box-b"><ul class="news">
<li>01/04/2025 - Two factor authentication (OTP) is mandatory for login to the e-Invoice System.</li>
<li>01/04/2025 - Invoices cannot be reported after 30 days from the invoice date for taxpayers with AATO of 10 Crore and above.</li>
<li>15/01/2025 - NIC-GST-Shield app can be used to get the login OTP.</li>
</ul></div></div>`;
    return {
      title: 'e-Invoice System',
      path: '/Default.aspx',
      layout: 'public',
      body,
      ctx,
      panels: [],
      homeLogin: true,
    };
  }

  function captchaMarkup(): string {
    const c = cid('RadCaptcha1');
    const guid = randomBytes(16).toString('hex');
    return `<div id="${c}" class="RadCaptcha RadCaptcha_Metro">
\t<span id="${c}_ctl00" style="color:Red;display:none;">The code you entered is not valid.</span><div id="${c}_SpamProtectorPanel">
\t\t<img id="${c}_CaptchaImage" alt="" src="/Telerik.Web.UI.WebResource.axd?type=rca&amp;isc=true&amp;guid=${guid}" style="height:50px;width:180px;border-width:0px;display:block;" /><a id="${c}_CaptchaLinkButton" class="rcRefreshImage" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$RadCaptcha1$CaptchaLinkButton','')">Generate New Image</a><p>
\t\t\t<input name="ctl00$ContentPlaceHolder1$RadCaptcha1$CaptchaTextBox" type="text" maxlength="5" id="${c}_CaptchaTextBox" autocomplete="off" /><label for="${c}_CaptchaTextBox">Type the code from the image</label>
\t\t</p>
\t</div><input id="${c}_ClientState" name="${c}_ClientState" type="hidden" autocomplete="off" />
</div>`;
  }
  function captchaPanel(): { html: string; ctx: Ctx } {
    const ctx = new Ctx();
    ctx.create(
      'RadCaptcha',
      { _isRendered: true, clientStateFieldID: `${cid('RadCaptcha1')}_ClientState` },
      null,
      cid('RadCaptcha1'),
    );
    const html = ajaxPanelInner(ctx, 'pnlCaptcha', captchaMarkup(), 'RadAjaxLoadingPanel1');
    return { html, ctx };
  }

  function loginPage(userName: string, message: string): Page {
    const ctx = new Ctx();
    const cap = captchaPanel();
    ctx.add(cap.ctx);
    const body = `<div class="loginbox box"><div class="box-h">Login</div><div class="box-b">
${message ? `<div class="divError"><span id="${cid('lblMessage')}">${esc(message)}</span></div>` : ''}
<table class="frm" style="width:100%">
<tr><td class="lbl" style="width:110px">Username <span class="req">*</span></td><td>${radTextBox(ctx, cid('txtUserName'), uid('txtUserName'), { value: userName, maxLength: 15, width: 260 })}<br />${required(ctx, cid('rfvUserName'), cid('txtUserName'), 'Please enter Username', 'Login')}</td></tr>
<tr><td class="lbl">Password <span class="req">*</span></td><td>${radTextBox(ctx, cid('txtPassword'), uid('txtPassword'), { password: true, maxLength: 15, width: 260 })}<br />${required(ctx, cid('rfvPassword'), cid('txtPassword'), 'Please enter Password', 'Login')}</td></tr>
<tr><td class="lbl">Captcha <span class="req">*</span></td><td>${ajaxPanelOuter('pnlCaptcha', cap.html)}${required(ctx, cid('rfvCaptcha'), cid('RadCaptcha1_CaptchaTextBox'), 'Please enter Captcha', 'Login')}</td></tr>
<tr><td></td><td>${radButton(ctx, cid('btnLogin'), uid('btnLogin'), 'Login', { postBack: true, validate: true, group: 'Login', singleClickText: 'Please wait...' })}</td></tr>
<tr><td></td><td class="note"><a href="javascript:void(0);" onclick="radalert('Please use the Forgot Username option of the e-Way Bill portal.', 340, 150, 'E-Invoice System'); return false;">Forgot Username</a> | <a href="javascript:void(0);" onclick="radalert('Please use the Forgot Password option of the e-Way Bill portal.', 340, 150, 'E-Invoice System'); return false;">Forgot Password</a></td></tr>
</table>
${loadingPanel(ctx, 'RadAjaxLoadingPanel1')}
</div></div>`;
    return {
      title: 'e-Invoice System | Login',
      path: '/Login.aspx',
      layout: 'public',
      body,
      ctx,
      panels: ['pnlCaptcha'],
    };
  }

  function otpLoginPanel(): { html: string; ctx: Ctx } {
    const ctx = new Ctx();
    const inner = `<p>An OTP has been sent to your registered mobile number <b>${MOBILE_MASKED}</b> by SMS and to the Sandes app. You may also enter the OTP shown in the NIC-GST-Shield app.</p>
<table class="frm">
<tr><td class="lbl" style="width:110px">Enter OTP <span class="req">*</span></td><td>${radTextBox(ctx, cid('txtOtp'), uid('txtOtp'), { maxLength: 6, width: 180 })} ${required(ctx, cid('rfvOtp'), cid('txtOtp'), 'Please enter OTP', 'Otp')}</td></tr>
<tr><td></td><td>${radButton(ctx, cid('btnVerifyOTP'), uid('btnVerifyOTP'), 'Verify OTP', { postBack: true, validate: true, group: 'Otp' })} <a id="${cid('lnkResendOTP')}" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkResendOTP','')">Resend OTP</a></td></tr>
<tr><td></td><td class="note"><a href="/Login.aspx">Back to Login</a></td></tr>
</table>`;
    return { html: ajaxPanelInner(ctx, 'pnlOtp', inner, 'RadAjaxLoadingPanel1'), ctx };
  }
  function otpLoginPage(): { page: Page; panel: { html: string; ctx: Ctx } } {
    const ctx = new Ctx();
    const panel = otpLoginPanel();
    ctx.add(panel.ctx);
    const body = `<div class="loginbox box"><div class="box-h">Two Factor Authentication</div><div class="box-b">
${ajaxPanelOuter('pnlOtp', panel.html)}
${loadingPanel(ctx, 'RadAjaxLoadingPanel1')}
${radNotification(ctx, 'rnOtp', 'E-Invoice System', 'OTP has been resent to your registered mobile number.', false)}
</div></div>`;
    return {
      page: {
        title: 'e-Invoice System | Verify OTP',
        path: '/OTPVerification.aspx',
        layout: 'public',
        body,
        ctx,
        panels: ['pnlOtp'],
      },
      panel,
    };
  }

  function dashboardPage(s: Session): Page {
    const ctx = new Ctx();
    let popup = '';
    if (!s.popupShown) {
      s.popupShown = true;
      const w = cid('rwTechContact');
      ctx.create(
        'RadWindow',
        {
          _dockMode: false,
          behaviors: 5,
          clientStateFieldID: `${w}_ClientState`,
          destroyOnClose: false,
          formID: 'aspnetForm',
          height: '330px',
          modal: true,
          name: 'rwTechContact',
          navigateUrl: '/Popups/TechnicalContact.aspx',
          renderMode: 2,
          skin: 'Metro',
          title: 'Contacts of Technical Person',
          visibleOnPageLoad: true,
          visibleStatusbar: false,
          width: '620px',
        },
        null,
        w,
      );
      popup = `<div id="${w}" style="display:none;"><div id="${w}_C" style="display:none;"></div><input id="${w}_ClientState" name="${w}_ClientState" type="hidden" autocomplete="off" /></div>`;
    }
    const body = `<div class="crumb">Home &gt; Dash Board</div>
<h2 class="dash">Dash Board</h2>
<div class="cards">
<div class="card"><div class="n">0</div><div class="t">Generations</div></div>
<div class="card c2"><div class="n">0</div><div class="t">Cancelled</div></div>
<div class="card c3"><div class="n">0</div><div class="t">Generations through API</div></div>
<div class="card c4"><div class="n">0</div><div class="t">e-Way Bills generated by IRN</div></div>
</div>
<div class="box"><div class="box-h">Notices</div><div class="box-b"><ul class="news">
<li>Two factor authentication is mandatory for all users from 01/04/2025.</li>
<li>To use the e-Invoice APIs through a GSP, create an API user for that GSP under API Registration &gt; User Credentials &gt; Create API User.</li>
</ul></div></div>
${popup}`;
    return { title: 'e-Invoice System | Dash Board', path: MAIN_MENU, layout: 'app', body, ctx, panels: [] };
  }

  function techContactPage(): Page {
    const ctx = new Ctx();
    const body = `<div class="tc">
<p>Please verify the details of the technical contact person of your organisation. The NIC helpdesk will contact this person for API and integration related issues.</p>
<table>
<tr><td><b>Name</b></td><td>:</td><td>Rahul Deshmukh</td></tr>
<tr><td><b>Mobile No.</b></td><td>:</td><td>98XXXXXX21</td></tr>
<tr><td><b>E-mail Id</b></td><td>:</td><td>rahul.deshmukh@sgenterprises.in</td></tr>
</table>
<p class="note">To change these details use Update &gt; Contacts of Technical Person after closing this window.</p>
<div style="margin-top:14px">${radButton(ctx, 'btnExit', 'btnExit', 'Exit', { css: 'btnDanger', clicked: 'closeRadWindow' })}</div>
</div>`;
    const script = `function GetRadWindow() {
    var oWindow = null;
    if (window.radWindow) oWindow = window.radWindow;
    else if (window.frameElement && window.frameElement.radWindow) oWindow = window.frameElement.radWindow;
    return oWindow;
}
function closeRadWindow(sender, args) {
    var oWnd = GetRadWindow();
    if (oWnd) oWnd.close();
}`;
    return {
      title: 'Contacts of Technical Person',
      path: '/Popups/TechnicalContact.aspx',
      layout: 'bare',
      body,
      ctx,
      panels: [],
      script,
    };
  }

  function genericPage(path: string, text: string): Page {
    const ctx = new Ctx();
    const body = `<div class="crumb">Home &gt; ${esc(text)}</div>
<div class="box"><div class="box-h">${esc(text)}</div><div class="box-b"><p>This facility is not available for your GSTIN at present.</p></div></div>`;
    return { title: `e-Invoice System | ${text}`, path, layout: 'app', body, ctx, panels: [] };
  }

  interface RegValues {
    gsp: string;
    user: string;
    message: string;
    otp: string;
  }
  function apiPanel(s: Session, v: RegValues): { html: string; ctx: Ctx } {
    const ctx = new Ctx();
    let inner: string;
    if (!s.apiOtpVerified) {
      inner = `<p>An OTP has been sent to your registered mobile number <b>${MOBILE_MASKED}</b>. Enter the OTP to continue with API registration.</p>
<table class="frm">
<tr><td class="lbl">Enter OTP <span class="req">*</span></td><td>${radTextBox(ctx, cid('txtApiOtp'), uid('txtApiOtp'), { maxLength: 6, width: 180, value: v.otp })} ${required(ctx, cid('rfvApiOtp'), cid('txtApiOtp'), 'Please enter OTP', 'ApiOtp')}${regex(ctx, cid('revApiOtp'), cid('txtApiOtp'), 'OTP should be 6 digits', 'ApiOtp', '^\\d{6}$')}</td></tr>
<tr><td></td><td>${radButton(ctx, cid('btnVerifyOtp'), uid('btnVerifyOtp'), 'Verify OTP', { postBack: true, validate: true, group: 'ApiOtp' })} <a id="${cid('lnkResendOtp')}" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkResendOtp','')">Resend OTP</a></td></tr>
<tr><td></td><td class="note">The OTP is valid for 15 minutes.</td></tr>
</table>`;
    } else {
      let rows = '';
      if (s.regType === 'G') {
        const cv = validator(ctx, {
          id: cid('cvGsp'),
          message: 'Please select a GSP',
          evalFn: 'CustomValidatorEvaluateIsValid',
          group: 'Reg',
          extra: [['clientvalidationfunction', 'ValidateGspSelection']],
        });
        rows = `<tr><td class="lbl">Select your GSP <span class="req">*</span></td><td>${radComboBox(ctx, cid('rcbGsp'), uid('rcbGsp'), GSPS, v.gsp, { width: 420, emptyMessage: 'Select' })}${cv}</td></tr>
<tr><td class="lbl">Username <span class="req">*</span></td><td><span class="prefix" id="${cid('lblPrefix')}">API_</span>${radTextBox(ctx, cid('txtApiUserName'), uid('txtApiUserName'), { value: v.user, maxLength: 11, width: 200 })}${required(ctx, cid('rfvApiUserName'), cid('txtApiUserName'), 'Please enter Username', 'Reg')}${regex(ctx, cid('revApiUserName'), cid('txtApiUserName'), 'Username should be 4 to 11 letters or digits', 'Reg', USERNAME_RULE_SRC)}</td></tr>
<tr><td class="lbl">Password <span class="req">*</span></td><td>${radTextBox(ctx, cid('txtApiPassword'), uid('txtApiPassword'), { password: true, maxLength: 15, width: 240 })}${required(ctx, cid('rfvApiPassword'), cid('txtApiPassword'), 'Please enter Password', 'Reg')}${regex(ctx, cid('revApiPassword'), cid('txtApiPassword'), `Password must be ${PASSWORD_HINT}`, 'Reg', PASSWORD_RULE_SRC)}<span class="hint">(${PASSWORD_HINT})</span></td></tr>
<tr><td class="lbl">Re-enter Password <span class="req">*</span></td><td>${radTextBox(ctx, cid('txtApiRePassword'), uid('txtApiRePassword'), { password: true, maxLength: 15, width: 240 })}${required(ctx, cid('rfvApiRePassword'), cid('txtApiRePassword'), 'Please re-enter Password', 'Reg')}${validator(
          ctx,
          {
            id: cid('cmpApiPassword'),
            control: cid('txtApiRePassword'),
            message: 'Password and Re-enter Password do not match',
            evalFn: 'CompareValidatorEvaluateIsValid',
            group: 'Reg',
            extra: [
              ['controltocompare', cid('txtApiPassword')],
              ['controlhookup', cid('txtApiPassword')],
              ['operator', 'Equal'],
              ['type', 'String'],
            ],
          },
        )}</td></tr>
<tr><td></td><td>${radButton(ctx, cid('btnSubmit'), uid('btnSubmit'), 'Submit', { postBack: true, validate: true, group: 'Reg', clicking: 'confirmCreateUser' })}${radButton(ctx, cid('btnExit'), uid('btnExit'), 'Exit', { navigateUrl: MAIN_MENU, css: 'btnLight' })}</td></tr>`;
      } else if (s.regType === 'D') {
        rows = `<tr><td></td><td class="note" style="max-width:620px">Direct API access (own Client-Id and Client-Secret) is available only to taxpayers whose aggregate turnover is above the notified threshold. Your GSTIN is not eligible for direct registration; register through a GSP or an ERP.</td></tr>`;
      } else if (s.regType === 'E') {
        rows = `<tr><td></td><td class="note" style="max-width:620px">No ERP has been registered with the e-Invoice System for your GSTIN. Please contact your ERP provider, or register through a GSP.</td></tr>`;
      } else if (s.regType === 'C') {
        rows = `<tr><td></td><td class="note" style="max-width:620px">No taxpayer has shared a Client-Id with your GSTIN. The owner of the Client-Id has to add your GSTIN first.</td></tr>`;
      }
      const gridRows = onFile()
        .filter((u) => u.gstin === state.gstin)
        .map((u, i) => [String(i + 1), u.gsp, u.username, u.createdOn, 'Active']);
      inner = `${v.message ? `<span class="msgOk" id="${cid('lblMsg')}">${esc(v.message)}</span>` : ''}<table class="frm">
<tr><td class="lbl">GSTIN</td><td><b>${esc(state.gstin)}</b> - ${esc(TRADE_NAME)}</td></tr>
<tr><td class="lbl">Do you wish to Register your GSTIN for</td><td>${radioList(cid('rblRegType'), uid('rblRegType'), REG_TYPES, s.regType)}</td></tr>
${rows}
</table>
<h3 style="margin:18px 0 8px;font-size:14px;color:#1b3b6f">GSPs registered for GSTIN ${esc(state.gstin)}</h3>
${radGrid(ctx, 'rgGspList', ['Sl. No.', 'GSP Name', 'API User Name', 'Created On', 'Status'], gridRows)}`;
    }
    return { html: ajaxPanelInner(ctx, 'pnlApi', inner, 'RadAjaxLoadingPanel1'), ctx };
  }
  function apiPage(
    s: Session,
    v: RegValues,
    notify: boolean,
  ): { page: Page; panel: { html: string; ctx: Ctx } } {
    const ctx = new Ctx();
    const panel = apiPanel(s, v);
    ctx.add(panel.ctx);
    const body = `<div class="crumb">Home &gt; API Registration &gt; User Credentials &gt; Create API User</div>
<div class="box"><div class="box-h">API Registration</div><div class="box-b">
${ajaxPanelOuter('pnlApi', panel.html)}
</div></div>
${loadingPanel(ctx, 'RadAjaxLoadingPanel1')}
${radNotification(ctx, 'rnOtp', 'OTP Sent', `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`, notify)}`;
    const script = `function ValidateGspSelection(source, args) {
    var combo = $find("${cid('rcbGsp')}");
    args.IsValid = !!(combo && combo.get_selectedItem());
}
function htmlEncodeText(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
var regConfirmed = false;
function confirmCreateUser(sender, args) {
    if (regConfirmed) { regConfirmed = false; return; }
    args.set_cancel(true);
    if (typeof(Page_ClientValidate) == "function" && !Page_ClientValidate("Reg")) return;
    var combo = $find("${cid('rcbGsp')}");
    var user = $get("${cid('txtApiUserName')}").value;
    var gsp = combo && combo.get_selectedItem() ? combo.get_selectedItem().get_text() : "";
    radconfirm("Do you want to create the API user <b>API_" + htmlEncodeText(user) + "</b> for the GSP <b>" + htmlEncodeText(gsp) + "</b>?", function (arg) {
        if (arg) { regConfirmed = true; sender.click(); }
    }, 420, 180, null, "Confirm");
}`;
    return {
      page: {
        title: 'e-Invoice System | Create API User',
        path: CREATE_API_USER,
        layout: 'app',
        body,
        ctx,
        panels: ['pnlApi'],
        script,
      },
      panel,
    };
  }

  /* ---------------- handlers ---------------- */

  function getSession(req: IncomingMessage): Session | null {
    const id = parseCookies(req.headers.cookie).get('ASP.NET_SessionId');
    return id ? (sessions.get(id) ?? null) : null;
  }

  function respondPage(
    res: ServerResponse,
    isAsync: boolean,
    built: { page: Page; panel: { html: string; ctx: Ctx } },
    panelName: string,
    extra: Ctx,
    s: Session | null,
  ): void {
    if (isAsync) {
      const delay = 180;
      setTimeout(() => {
        sendDelta(
          res,
          asyncResponse(built.page, [{ p: panelName, html: built.panel.html, ctx: built.panel.ctx }], extra),
        );
      }, delay);
      return;
    }
    built.page.ctx.startup.push(...extra.startup);
    send(res, 200, 'text/html; charset=utf-8', renderFull(built.page, s ? shellOf(s) : null));
  }

  function handleLogin(
    req: IncomingMessage,
    res: ServerResponse,
    form: URLSearchParams,
    isAsync: boolean,
    url: URL,
  ): void {
    let s = getSession(req);
    if (req.method !== 'POST') {
      if (s) {
        s.stage = 'anon';
        s.user = '';
        s.popupShown = false;
        s.apiOtpSent = false;
        s.apiOtpVerified = false;
        s.regType = '';
      } else s = newSession(res);
      const msg = url.searchParams.has('SessionExpired')
        ? 'Your session has expired. Please login again.'
        : '';
      send(res, 200, 'text/html; charset=utf-8', renderFull(loginPage('', msg), null));
      return;
    }
    const target = form.get('__EVENTTARGET') ?? '';
    if (isAsync) {
      // "Generate New Image" of the RadCaptcha.
      if (!s) s = newSession(res);
      const page = loginPage(form.get(uid('txtUserName')) ?? '', '');
      const cap = captchaPanel();
      setTimeout(() => {
        sendDelta(res, asyncResponse(page, [{ p: 'pnlCaptcha', html: cap.html, ctx: cap.ctx }], new Ctx()));
      }, 150);
      return;
    }
    const userName = form.get(uid('txtUserName')) ?? '';
    if (!s) {
      s = newSession(res);
      send(
        res,
        200,
        'text/html; charset=utf-8',
        renderFull(loginPage(userName, 'Your session has expired. Please try again.'), null),
      );
      return;
    }
    if (target !== uid('btnLogin') && !form.has(`${uid('btnLogin')}_input`)) {
      send(res, 200, 'text/html; charset=utf-8', renderFull(loginPage(userName, ''), null));
      return;
    }
    const pwd = form.get(uid('txtPassword')) ?? '';
    const cap = (form.get(uid('RadCaptcha1$CaptchaTextBox')) ?? '').trim();
    const page = loginPage(userName, '');
    if (!userName.trim() || !pwd || !cap) {
      page.ctx.alert('Please enter Username, Password and Captcha.');
    } else if (cap.toUpperCase() !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      page.ctx.alert('Invalid Captcha. Please enter the characters shown in the image.');
    } else if (
      userName.trim().toLowerCase() !== TELERIK_R20_LOGIN.username.toLowerCase() ||
      pwd !== TELERIK_R20_LOGIN.password
    ) {
      state.refusals.push('login');
      page.ctx.alert('Invalid Login Credentials. Please check your Username and Password.');
    } else {
      s.stage = 'otp';
      s.user = userName.trim();
      redirect(res, '/OTPVerification.aspx');
      return;
    }
    send(res, 200, 'text/html; charset=utf-8', renderFull(page, null));
  }

  function handleOtpLogin(
    req: IncomingMessage,
    res: ServerResponse,
    form: URLSearchParams,
    isAsync: boolean,
  ): void {
    const s = getSession(req);
    if (!s || s.stage === 'anon') {
      lost(res, isAsync);
      return;
    }
    if (s.stage === 'in') {
      pageRedirect(res, MAIN_MENU, isAsync);
      return;
    }
    const built = otpLoginPage();
    if (req.method !== 'POST') {
      send(res, 200, 'text/html; charset=utf-8', renderFull(built.page, null));
      return;
    }
    const target = form.get('__EVENTTARGET') ?? '';
    const extra = new Ctx();
    if (target === uid('lnkResendOTP')) {
      extra.startup.push(
        `(function(){var f = function(){var n = $find("${cid('rnOtp')}"); if (n) { n.set_text("OTP has been resent to your registered mobile number ${MOBILE_MASKED}."); n.show(); } Sys.Application.remove_load(f);};Sys.Application.add_load(f);})();`,
      );
    } else if (target === uid('btnVerifyOTP') || form.has(`${uid('btnVerifyOTP')}_input`)) {
      const otp = (form.get(uid('txtOtp')) ?? '').trim();
      if (!otp) {
        extra.alert('Please enter the OTP.');
      } else if (otp !== state.loginOtp) {
        state.refusals.push('login-otp');
        extra.alert('Invalid OTP. Please enter the correct OTP.');
      } else {
        s.stage = 'in';
        s.popupShown = false;
        pageRedirect(res, MAIN_MENU, isAsync);
        return;
      }
    }
    respondPage(res, isAsync, built, 'pnlOtp', extra, null);
  }

  function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    form: URLSearchParams,
    isAsync: boolean,
  ): void {
    const s = getSession(req);
    if (s?.stage !== 'in') {
      lost(res, isAsync);
      return;
    }
    const blank: RegValues = { gsp: '', user: '', message: '', otp: '' };
    if (req.method !== 'POST') {
      if (consumeExpiry('api-otp-send', s)) {
        lost(res, false);
        return;
      }
      s.apiOtpSent = true;
      s.apiOtpVerified = false;
      s.regType = '';
      const built = apiPage(s, blank, true);
      send(res, 200, 'text/html; charset=utf-8', renderFull(built.page, shellOf(s)));
      return;
    }
    const target = form.get('__EVENTTARGET') ?? '';
    const posted = (name: string): string => form.get(uid(name)) ?? '';
    let gspValue = '';
    const csRaw = form.get(`${cid('rcbGsp')}_ClientState`);
    if (csRaw) {
      try {
        const cs = JSON.parse(csRaw) as { value?: unknown };
        if (typeof cs.value === 'string') gspValue = cs.value;
      } catch {
        gspValue = '';
      }
    }
    if (!gspValue) {
      const t = posted('rcbGsp').trim().toLowerCase();
      gspValue = GSPS.find(([, n]) => n.toLowerCase() === t)?.[0] ?? '';
    }
    const values: RegValues = { gsp: gspValue, user: posted('txtApiUserName'), message: '', otp: '' };
    const extra = new Ctx();
    const clicked = (name: string): boolean => target === uid(name) || form.has(`${uid(name)}_input`);

    if (target === uid('lnkResendOtp')) {
      if (consumeExpiry('api-otp-send', s)) {
        lost(res, isAsync);
        return;
      }
      s.apiOtpSent = true;
      s.apiOtpVerified = false;
      extra.startup.push(
        `(function(){var f = function(){var n = $find("${cid('rnOtp')}"); if (n) { n.set_text("OTP has been resent to your registered mobile number ${MOBILE_MASKED}."); n.show(); } Sys.Application.remove_load(f);};Sys.Application.add_load(f);})();`,
      );
    } else if (clicked('btnVerifyOtp')) {
      if (consumeExpiry('api-otp-verify', s)) {
        lost(res, isAsync);
        return;
      }
      const otp = posted('txtApiOtp').trim();
      if (!otp) {
        extra.alert('Please enter the OTP.');
      } else if (!s.apiOtpSent || otp !== state.apiOtp) {
        state.refusals.push('api-otp');
        extra.alert('Invalid OTP. Please enter the correct OTP sent to your registered mobile number.');
      } else {
        s.apiOtpVerified = true;
        s.regType = '';
      }
    } else if (target.startsWith(uid('rblRegType'))) {
      if (s.apiOtpVerified) {
        const t = posted('rblRegType');
        s.regType = REG_TYPES.some(([v]) => v === t) ? t : '';
      }
    } else if (clicked('btnSubmit')) {
      if (consumeExpiry('submit', s)) {
        lost(res, isAsync);
        return;
      }
      const gsp = GSPS.find(([v]) => v === values.gsp);
      const typed = values.user.trim();
      const pwd = posted('txtApiPassword');
      const pwd2 = posted('txtApiRePassword');
      if (!s.apiOtpVerified) {
        extra.alert('Please verify the OTP first.');
      } else if (s.regType !== 'G') {
        extra.alert('Please select Through GSP.');
      } else if (!gsp) {
        extra.alert('Please select your GSP.');
      } else if (!USERNAME_RULE.test(typed)) {
        extra.alert('Username should be 4 to 11 letters or digits (the prefix API_ is added by the system).');
      } else if (!PASSWORD_RULE.test(pwd)) {
        extra.alert(`Password must be ${PASSWORD_HINT}.`);
      } else if (pwd !== pwd2) {
        extra.alert('Password and Re-enter Password do not match.');
      } else {
        const username = `API_${typed}`;
        const gspName = gsp[1];
        if (onFile().some((u) => u.gstin === state.gstin && u.gsp === gspName)) {
          state.refusals.push('duplicate');
          extra.alert(
            `Your GSTIN ${esc(state.gstin)} is already registered with the GSP <b>${esc(gspName)}</b>. An API user can be created only once for each GSP.`,
          );
        } else if (onFile().some((u) => u.username.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          extra.alert(
            `The user name <b>${esc(username)}</b> is already in use. Please choose a different user name.`,
          );
        } else {
          state.users.push({
            gstin: state.gstin,
            gsp: gspName,
            username,
            password: pwd,
            createdOn: nowStamp(),
          });
          values.gsp = '';
          values.user = '';
          values.message = `API user ${username} has been created successfully for ${gspName}.`;
          extra.alert(
            `API user <b>${esc(username)}</b> has been created successfully for <b>${esc(gspName)}</b>. Please note the user name and password; they are required for the Authentication API.`,
            'E-Invoice System',
            420,
            190,
          );
        }
      }
    }
    respondPage(res, isAsync, apiPage(s, values, false), 'pnlApi', extra, s);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.toLowerCase();
    const body = req.method === 'POST' ? await readBody(req) : '';
    const form = new URLSearchParams(body);
    const isAsync = req.headers['x-microsoftajax'] === 'Delta=true' || form.get('__ASYNCPOST') === 'true';

    if (path === '/telerik.web.ui.webresource.axd') {
      if (url.searchParams.get('type') === 'rca') {
        send(res, 200, 'image/svg+xml', captchaSvg(state.captcha, url.searchParams.get('guid') ?? 'x'));
        return;
      }
      if ((url.searchParams.get('_TSM_HiddenField_') ?? '').endsWith('TSSM')) {
        send(res, 200, 'text/css; charset=utf-8', SKIN_CSS);
        return;
      }
      send(res, 200, 'application/x-javascript; charset=utf-8', RUNTIME_JS);
      return;
    }
    if (path === '/content/site.css') {
      send(res, 200, 'text/css; charset=utf-8', SITE_CSS);
      return;
    }
    if (path === '/' || path === '/default.aspx') {
      send(res, 200, 'text/html; charset=utf-8', renderFull(homePage(), null));
      return;
    }
    if (path === '/login.aspx') {
      handleLogin(req, res, form, isAsync, url);
      return;
    }
    if (path === '/otpverification.aspx') {
      handleOtpLogin(req, res, form, isAsync);
      return;
    }
    if (path === '/logout.aspx') {
      const s = getSession(req);
      if (s) sessions.delete(s.id);
      redirect(res, '/');
      return;
    }
    if (path === CREATE_API_USER.toLowerCase()) {
      handleApi(req, res, form, isAsync);
      return;
    }
    if (path === '/popups/technicalcontact.aspx') {
      const s = getSession(req);
      if (s?.stage !== 'in') {
        lost(res, isAsync);
        return;
      }
      send(res, 200, 'text/html; charset=utf-8', renderFull(techContactPage(), null));
      return;
    }
    if (path === MAIN_MENU.toLowerCase() || LEAF_PAGES.has(path)) {
      const s = getSession(req);
      if (s?.stage !== 'in') {
        lost(res, isAsync);
        return;
      }
      const page =
        path === MAIN_MENU.toLowerCase()
          ? dashboardPage(s)
          : genericPage(url.pathname, LEAF_PAGES.get(path) ?? 'Page');
      if (isAsync) {
        sendDelta(res, renderDelta([['pageRedirect', '', encodeURIComponent(url.pathname)]]));
        return;
      }
      send(res, 200, 'text/html; charset=utf-8', renderFull(page, shellOf(s)));
      return;
    }
    const notFound = `<!DOCTYPE html><html><head><title>The resource cannot be found.</title></head><body><h1>Server Error in '/' Application.</h1><h2><i>The resource cannot be found.</i></h2><p>Requested URL: ${esc(url.pathname)}</p></body></html>`;
    send(res, 404, 'text/html; charset=utf-8', notFound);
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const msg = err instanceof Error ? err.message : String(err);
      send(
        res,
        500,
        'text/html; charset=utf-8',
        `<h1>Server Error in '/' Application.</h1><p>${esc(msg)}</p>`,
      );
    });
  });
  server.on('connection', (sock: Socket) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
