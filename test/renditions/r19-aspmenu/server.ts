/**
 * Rendition r19-aspmenu: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2010-2016 ASP.NET WebForms 4 portal of
 * the kind NIC and the states built in that decade: a Master Page, one `form#form1` per page with
 * `__VIEWSTATE` / `__EVENTVALIDATION` / `__EVENTTARGET` / `__EVENTARGUMENT`, LinkButtons that call
 * `__doPostBack`, `ctl00_ContentPlaceHolder1_*` ids and `ctl00$ContentPlaceHolder1$*` names, the
 * asp:Menu control (Orientation=Horizontal, 4.0 table-free List rendering, its flyouts driven by a
 * hand-written Menu.js), the AJAX Control Toolkit (ModalPopupExtender with a separate
 * `_backgroundElement`, ValidatorCalloutExtender), MS AJAX UpdatePanel / UpdateProgress with real
 * delta responses (`length|type|id|content|`), and a GridView. No real ASP.NET: every line of markup,
 * style and script is written here and served from this file (`/WebResource.axd`,
 * `/ScriptResource.axd`, `/CaptchaImage.aspx`), no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` (Default.aspx) is a home page with a header `input#ctl00_btnLogin` "Login" (a postback
 *   that redirects to `/Login.aspx`). `/LoginOTP.aspx` is the 2FA step, `/MainMenu.aspx` the dashboard
 *   (heading "Dash Board"), `/APIRegistration/CreateApiUser.aspx` the API user page. Other menu leaves
 *   are placeholder pages with an empty GridView ("No Records Found").
 * - Login: a `table` with `asp:Label` spans (no `for`), "User Name", "Password", "Enter Captcha" beside
 *   `img#ctl00_ContentPlaceHolder1_imgCaptcha` (`CaptchaImage.aspx?guid=...`, an SVG of the configured
 *   characters with fresh noise, compared case-insensitively) and a refresh `input[type=image]`
 *   (alt "Refresh", a full postback). RequiredFieldValidators ('*', Display=Dynamic) and a red
 *   ValidationSummary (`ul > li`) check empty fields in the browser. Refusals: a red `asp:Label`
 *   "Invalid Captcha. Please try again." / "Invalid User Name or Password." (captcha checked first); the
 *   password and captcha boxes come back empty (as TextMode=Password does), the user name is kept.
 * - Login OTP: "Enter OTP" and "Submit" (plus a "Resend OTP" LinkButton); wrong: red "Invalid OTP. Please
 *   enter the correct OTP." Retries unlimited.
 * - After login, on the first signed-in page of a session: the ModalPopupExtender `ctl00_mpeContacts`
 *   (panel `div#ctl00_pnlContacts.modalPopup`, background `div#ctl00_mpeContacts_backgroundElement`
 *   appended beside it) "Contacts of Technical Person" with Name / Mobile No / Email Id textboxes,
 *   "Update" (a postback that saves) and "Close" (the CancelControlID: hides it in the page).
 * - Menu (master page, horizontal asp:Menu): Dash Board | e-Invoice (Generate IRN, Bulk Upload, Cancel
 *   IRN) | API Registration (User Credentials → Create API User, Change API Password; IP Whitelisting;
 *   Freeze API User) | MIS Reports | User Management. Groups have no NavigateUrl: a click does nothing,
 *   flyouts open on hover only (100 ms) and close 300 ms after the mouse leaves. "Logout" is a LinkButton
 *   in the header.
 * - Create API User: an UpdatePanel `div#ctl00_ContentPlaceHolder1_upApi` (every button in it is an async
 *   postback, an UpdateProgress "Please wait..." shows meanwhile). Step 1 "Send OTP"; step 2 "Enter OTP"
 *   + "Verify OTP" (+ "Resend OTP"), a required-field ValidatorCallout; wrong OTP: red Label "Invalid
 *   OTP." Step 3 "Do you wish to Register your GSTIN for" as an asp:RadioButtonList (Directly / Through
 *   GSP, AutoPostBack). "Directly" shows a red note only. "Through GSP" shows GSTIN, "Select your GSP"
 *   (DropDownList, '--Select--' first, AutoPostBack: its postback empties both password boxes), "User
 *   Name" with a Label "API_" before the textbox, "Password", "Confirm Password", "Submit" (OnClientClick
 *   confirm 'Are you sure you want to create API user?') and "Reset". Password rule: 8 to 15 characters
 *   with upper, lower, digit and special character; user name 3 to 30 of letters, digits, '.', '_', '-'.
 * - Verdicts after Submit, as an asp:Label above the form: green "API user created successfully." (the
 *   form is reset) or red "GSTIN is already registered with the selected GSP." (duplicate: Tera Software
 *   Limited is on file from before, or any made here) / "User Name already exists." (API_admin, API_test,
 *   API_tera27 or any made here, case-insensitively). The GridView `table#..._gvGsp.grid` ("GSPs
 *   registered for this GSTIN": Sl No, GSP Name, User Name, Created On, Status) is shown below once the
 *   OTP is verified.
 * - Sessions: cookie `ASP.NET_SessionId` naming server-side state. A page request without a live session
 *   is a 302 to `Login.aspx?ReturnUrl=...` (with `&msg=SessionExpired` when the cookie named a session
 *   that is gone), which shows red "Your session has expired. Please login again."; an async postback
 *   gets the delta `pageRedirect` to that URL, which the runtime follows. After login the ReturnUrl is
 *   followed.
 * - expireOnce: the first async postback of that stage (Send/Resend OTP, Verify OTP, Submit) deletes the
 *   server session first, so it answers as any lost session does.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type AspmenuR19Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface AspmenuR19Options {
  expireOnce?: AspmenuR19Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface AspmenuR19State {
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

export interface AspmenuR19Rendition {
  url: string;
  close(): Promise<void>;
  state: AspmenuR19State;
}

export const ASPMENU_R19_LOGIN: { username: string; password: string } = {
  username: 'mhtaxpayer27',
  password: 'WebF0rms@2014',
};

const GSPS = [
  'Adaequare Info Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'Masters India Private Limited',
  'Tally ( India) Private Ltd',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
];

/** A registration on file before this rendition started (not one of `state.users`). */
const ON_FILE = { gsp: 'Tera Software Limited', username: 'API_tera27', createdOn: '14/08/2020' };
const TAKEN = ['API_admin', 'API_test', ON_FILE.username];

const CP = 'ctl00_ContentPlaceHolder1_';
const CPN = 'ctl00$ContentPlaceHolder1$';
const API_PAGE = '/APIRegistration/CreateApiUser.aspx';

type Verdict = { text: string; ok: boolean } | null;

interface ApiPanel {
  step: 'send' | 'verify' | 'form';
  regType: '' | 'D' | 'G';
  gsp: string;
  username: string;
  otpNote: Verdict;
  verdict: Verdict;
}

interface Session {
  id: string;
  auth: 'none' | 'otp' | 'in';
  returnUrl: string;
  contactsShown: boolean;
  contact: { name: string; mobile: string; email: string };
  panel: ApiPanel;
  apiOtpVerified: boolean;
}

function freshPanel(): ApiPanel {
  return { step: 'send', regType: '', gsp: '', username: '', otpNote: null, verdict: null };
}

export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A `__VIEWSTATE`-looking value: "/wEPDwUK" and base64 noise, as a LosFormatter string starts. */
function viewState(): string {
  return `/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgID${randomBytes(96).toString('base64')}`;
}

function eventValidation(): string {
  return `/wEWBwLs${randomBytes(40).toString('base64')}`;
}

function aspSessionId(): string {
  const abc = 'abcdefghijklmnopqrstuvwxyz012345';
  return [...randomBytes(24)].map((b) => abc[b % 32]).join('');
}

function guid(): string {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** The app-relative ReturnUrl as FormsAuthentication writes it (%2f in lower case). */
function loginUrlFor(path: string, expired: boolean): string {
  const ret = encodeURIComponent(path).replace(/%2F/g, '%2f');
  return `/Login.aspx?ReturnUrl=${ret}${expired ? '&msg=SessionExpired' : ''}`;
}

/** One MS AJAX delta entry: `length|type|id|content|`. */
function delta(type: string, id: string, content: string): string {
  return `${content.length}|${type}|${id}|${content}|`;
}

// ---------------------------------------------------------------------------------------------------
// The theme (App_Themes/Default/StyleSheet.css) and the Master Page
// ---------------------------------------------------------------------------------------------------

const THEME_CSS = `
body { margin:0; padding:0; background:#dfe7ef; font-family:Verdana, Tahoma, Arial, sans-serif; font-size:12px; color:#222; }
#wrapper { width:990px; margin:0 auto; background:#fff; border-left:1px solid #9fb4cc; border-right:1px solid #9fb4cc; min-height:700px; }
#header { height:86px; background:#0b3d6b; background:linear-gradient(#1d5b96, #0b3d6b); color:#fff; position:relative; }
#header .emblem { position:absolute; left:14px; top:10px; width:62px; height:66px; border-radius:31px; background:#f4f1e6; color:#0b3d6b; font:bold 10px Georgia, serif; text-align:center; line-height:66px; }
#header .sitename { position:absolute; left:92px; top:14px; font:bold 26px Georgia, 'Times New Roman', serif; letter-spacing:1px; }
#header .subname { position:absolute; left:94px; top:52px; font-size:12px; color:#cfe0f1; }
#header .hdrright { position:absolute; right:14px; top:14px; text-align:right; font-size:11px; color:#e6eef7; }
#header .hdrright a { color:#ffd966; font-weight:bold; }
.homepageloginbtn { background:#f0a30a; border:1px solid #b57a00; color:#fff; font-weight:bold; padding:5px 22px; cursor:pointer; margin-top:8px; }
#menubar { background:#2a6496; border-top:1px solid #5e93c2; border-bottom:3px solid #f0a30a; height:30px; }
.menu a.static { color:#fff; font-weight:bold; padding:7px 16px !important; border-right:1px solid #4f85b5; }
.menu a.static.highlighted, .menu a.static:hover { background-color:#f0a30a; color:#fff; }
.menu ul.dynamic { background:#f7f9fc; border:1px solid #7f9db9; box-shadow:2px 2px 4px rgba(0,0,0,.35); min-width:190px; }
.menu a.dynamic { color:#0b3d6b; padding:6px 12px; border-bottom:1px dotted #c3d1e0; }
.menu a.dynamic.highlighted, .menu a.dynamic:hover { background-color:#dbe8f6; color:#000; }
.menu a.popout.dynamic { padding-right:22px; }
#content { padding:14px 18px 30px 18px; }
.pagehead { font:bold 16px Georgia, serif; color:#0b3d6b; border-bottom:2px solid #f0a30a; padding-bottom:4px; margin:0 0 12px 0; }
.box { border:1px solid #9fb4cc; background:#f7f9fc; margin-bottom:14px; }
.box .boxhead { background:#2a6496; color:#fff; font-weight:bold; padding:6px 10px; }
.box .boxbody { padding:12px; }
table.formtable td { padding:5px 6px; vertical-align:middle; }
table.formtable td.lbl { text-align:right; font-weight:bold; color:#333; white-space:nowrap; }
.textbox { border:1px solid #7f9db9; padding:3px; font-size:12px; width:200px; }
.dropdown { border:1px solid #7f9db9; font-size:12px; padding:2px; width:330px; }
.button { background:#2a6496; background:linear-gradient(#4a86bf, #2a6496); border:1px solid #1b4a75; color:#fff; font-weight:bold; padding:4px 14px; cursor:pointer; font-size:12px; }
.button:hover { background:#f0a30a; border-color:#b57a00; }
.validationsummary { border:1px solid #e0a0a0; background:#fff2f2; padding:4px 10px; margin-bottom:8px; }
.validationsummary ul { margin:4px 0 4px 18px; padding:0; }
.note { color:#555; font-size:11px; }
.prefix { font-weight:bold; color:#0b3d6b; padding-right:2px; }
.grid { border-collapse:collapse; width:100%; margin-top:6px; }
.grid th { background:#2a6496; color:#fff; padding:5px; border:1px solid #1b4a75; text-align:left; }
.grid td { padding:5px; border:1px solid #b9c9da; }
.grid tr.alt td { background:#eef3f9; }
.cards { overflow:hidden; margin-bottom:12px; }
.card { float:left; width:220px; margin-right:14px; border:1px solid #9fb4cc; background:#fff; }
.card .cardhead { background:#0b3d6b; color:#fff; padding:5px 8px; font-weight:bold; }
.card .cardnum { font:bold 28px Georgia, serif; color:#0b3d6b; padding:10px; text-align:center; }
.modalBackground { background-color:Gray; filter:alpha(opacity=70); opacity:0.7; }
.modalPopup { background:#fff; border:3px solid #2a6496; width:460px; }
.modalPopup .popuphead { background:#2a6496; color:#fff; font-weight:bold; padding:7px 10px; }
.modalPopup .popupbody { padding:12px; }
.updateprogress { position:fixed; left:45%; top:40%; z-index:20000; background:#fffbe6; border:1px solid #f0a30a; padding:10px 22px; font-weight:bold; color:#7a4d00; }
marquee { color:#8b0000; }
#footer { background:#0b3d6b; color:#cfe0f1; font-size:11px; text-align:center; padding:10px; clear:both; }
.ajax__validatorcallout_popup_table { border:none; }
.ajax__validatorcallout_error_message_cell { background:LemonChiffon; border:1px solid black; border-left:none; border-right:none; padding:4px 4px 4px 2px; font-size:11px; white-space:nowrap; }
.ajax__validatorcallout_icon_cell { background:LemonChiffon; border:1px solid black; border-right:none; padding:4px 0 4px 6px; width:20px; }
.ajax__validatorcallout_close_button_cell { background:LemonChiffon; border:1px solid black; border-left:none; padding:4px 6px 4px 2px; cursor:pointer; font-weight:bold; }
.ajax__validatorcallout_callout_cell { width:20px; height:100%; padding:0; }
.ajax__validatorcallout_arrow { width:0; height:0; border-top:8px solid transparent; border-bottom:8px solid transparent; border-right:14px solid black; margin-top:4px; }
`;

/** The CSS the Menu control writes into <head> for itself (RenderingMode=List). */
const MENU_CSS = `
#ctl00_Menu1 img.icon { border-style:none;vertical-align:middle; }
#ctl00_Menu1 img.separator { border-style:none;display:block; }
#ctl00_Menu1 img.horizontal-separator { border-style:none;vertical-align:middle; }
#ctl00_Menu1 ul { list-style:none;margin:0;padding:0;width:auto; }
#ctl00_Menu1 ul.dynamic { z-index:1; }
#ctl00_Menu1 a { text-decoration:none;white-space:nowrap;display:block; }
#ctl00_Menu1 a.static { padding-left:0.15em;padding-right:0.15em; }
#ctl00_Menu1 a.popout { background-image:url("/WebResource.axd?d=YJi1Iq8mEgO2X0yY9sFhSg2&t=634605546709717464");background-repeat:no-repeat;background-position:right center;padding-right:14px; }
`;

interface MenuNode {
  text: string;
  url?: string;
  children?: MenuNode[];
}

const SIGNED_IN_MENU: MenuNode[] = [
  { text: 'Dash Board', url: '/MainMenu.aspx' },
  {
    text: 'e-Invoice',
    children: [
      { text: 'Generate IRN', url: '/EInvoice/GenerateIRN.aspx' },
      { text: 'Bulk Upload', url: '/EInvoice/BulkUpload.aspx' },
      { text: 'Cancel IRN', url: '/EInvoice/CancelIRN.aspx' },
    ],
  },
  {
    text: 'API Registration',
    children: [
      {
        text: 'User Credentials',
        children: [
          { text: 'Create API User', url: API_PAGE },
          { text: 'Change API Password', url: '/APIRegistration/ChangeApiPassword.aspx' },
        ],
      },
      { text: 'IP Whitelisting', url: '/APIRegistration/IPWhitelisting.aspx' },
      { text: 'Freeze API User', url: '/APIRegistration/FreezeApiUser.aspx' },
    ],
  },
  { text: 'MIS Reports', url: '/MIS/MisReports.aspx' },
  {
    text: 'User Management',
    children: [
      { text: 'Create Sub User', url: '/UserMgmt/CreateSubUser.aspx' },
      { text: 'Update Contact Details', url: '/UserMgmt/UpdateContact.aspx' },
    ],
  },
];

const HOME_MENU: MenuNode[] = [
  { text: 'Home', url: '/' },
  { text: 'About e-Invoice', url: '/About.aspx' },
  {
    text: 'Help',
    children: [
      { text: 'User Manual', url: '/Help/UserManual.aspx' },
      { text: 'FAQs', url: '/Help/FAQ.aspx' },
    ],
  },
  { text: 'Contact Us', url: '/ContactUs.aspx' },
];

/** Every placeholder leaf page: its path and title. */
const PLACEHOLDERS = new Map<string, string>();
for (const top of [...SIGNED_IN_MENU, ...HOME_MENU])
  for (const n of [top, ...(top.children ?? []), ...(top.children ?? []).flatMap((c) => c.children ?? [])])
    if (n.url && n.url !== '/' && n.url !== API_PAGE && n.url !== '/MainMenu.aspx')
      PLACEHOLDERS.set(n.url, n.text);

function renderMenuItems(nodes: MenuNode[], level: number): string {
  const cls = level === 1 ? 'static' : 'dynamic';
  const liStyle = level === 1 ? 'position:relative;float:left;' : 'position:relative;';
  return nodes
    .map((n) => {
      const kids = n.children?.length ?? 0;
      const aCls = `${kids ? 'popout ' : ''}level${level} ${cls}`;
      const href = n.url ? esc(n.url) : '#';
      const click = n.url ? '' : ' onclick="return false;"';
      const sub = kids
        ? `<ul class="level${level + 1} dynamic" style="display:none;">${renderMenuItems(n.children ?? [], level + 1)}</ul>`
        : '';
      return `<li role="menuitem" class="${cls}" style="${liStyle}"><a class="${aCls}" href="${href}" tabindex="-1"${click}>${esc(n.text)}</a>${sub}</li>`;
    })
    .join('');
}

function renderMenu(nodes: MenuNode[]): string {
  return `<a href="#ctl00_Menu1_SkipLink"><img alt="Skip Navigation Links" src="/WebResource.axd?d=8G9Zx0hJqLWCmR1gqk1a2A2&amp;t=634605546709717464" width="0" height="0" style="border-width:0px;" /></a><div id="ctl00_Menu1" class="menu">
	<ul class="level1 static" tabindex="0" role="menubar" style="position:relative;width:auto;float:left;">${renderMenuItems(nodes, 1)}</ul>
</div><a id="ctl00_Menu1_SkipLink"></a>`;
}

interface Validator {
  id: string;
  control: string;
  message: string;
  kind: 'required' | 'regex' | 'compare';
  text?: string;
  display: 'Dynamic' | 'None';
  group: string;
  initial?: string;
  pattern?: string;
  compareTo?: string;
  callout?: boolean;
}

function renderValidator(v: Validator): string {
  const text = v.display === 'None' ? '' : (v.text ?? '*');
  return `<span id="${v.id}" style="color:Red;display:none;">${text}</span>`;
}

/** The expando script ASP.NET 4 writes for validators (ClientIDMode=AutoID, not unobtrusive). */
function validatorScript(vals: Validator[]): { array: string; expando: string; callouts: string } {
  const array = vals.map((v) => `document.getElementById("${v.id}")`).join(', ');
  const expando = vals
    .map((v) => {
      const lines = [
        `var ${v.id} = document.all ? document.all["${v.id}"] : document.getElementById("${v.id}");`,
        `${v.id}.controltovalidate = "${v.control}";`,
        `${v.id}.errormessage = "${v.message.replace(/"/g, '\\"')}";`,
        `${v.id}.display = "${v.display}";`,
        `${v.id}.validationGroup = "${v.group}";`,
      ];
      if (v.kind === 'required')
        lines.push(
          `${v.id}.evaluationfunction = "RequiredFieldValidatorEvaluateIsValid";`,
          `${v.id}.initialvalue = "${v.initial ?? ''}";`,
        );
      if (v.kind === 'regex')
        lines.push(
          `${v.id}.evaluationfunction = "RegularExpressionValidatorEvaluateIsValid";`,
          `${v.id}.validationexpression = "${(v.pattern ?? '').replace(/\\/g, '\\\\')}";`,
        );
      if (v.kind === 'compare')
        lines.push(
          `${v.id}.evaluationfunction = "CompareValidatorEvaluateIsValid";`,
          `${v.id}.controltocompare = "${v.compareTo ?? ''}";`,
          `${v.id}.controlhookup = "${v.compareTo ?? ''}";`,
          `${v.id}.operator = "Equal";`,
        );
      return lines.join('\n');
    })
    .join('\n');
  const callouts = vals
    .filter((v) => v.callout)
    .map(
      (v) =>
        `$create(Sys.Extended.UI.ValidatorCalloutBehavior, {"closeImageUrl":"/WebResource.axd?d=cl0se&t=634605546709717464","id":"${v.id.replace(/_(rfv|rev|cv)/, '_vce')}","warningIconImageUrl":"/WebResource.axd?d=w4rn&t=634605546709717464"}, null, null, $get("${v.id}"));`,
    )
    .join('\n');
  return { array, expando, callouts };
}

const SCRIPTS = `<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=634605546709717464" type="text/javascript"></script>
<script src="/WebResource.axd?d=x2nkrMJGXkMELz33nwnakAsCTWRU6ld1xCGvuvTaeLpTDG3ES4rAjE7HF8ufGVJvVg2&amp;t=634605546709717464" type="text/javascript"></script>
<script src="/WebResource.axd?d=mn2JqcOxC0gPZdrL3pXMaDe8sm9SgTaEWbUNqZzkIvGbbr6TiGNGj3eGGrgjvHJNfbQ2&amp;t=634605546709717464" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvgsXkOYZaK3d0xSaTkHwGkdbjP3Xmrs7rB3I2Oz8WGQ0&amp;t=ffffffffb53e74b8" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OBGh5FkgWvBvZsBPAYyNW1Ez4IMq0hpCIF9iIC1&amp;t=ffffffffb53e74b8" type="text/javascript"></script>`;

interface PageArgs {
  title: string;
  action: string;
  session: Session | null;
  body: string;
  validators?: Validator[];
  startup?: string;
  updatePanels?: boolean;
  showContacts?: boolean;
  home?: boolean;
}

function renderPage(a: PageArgs): string {
  const signedIn = a.session?.auth === 'in';
  const vals = a.validators ?? [];
  const vs = validatorScript(vals);
  const header = signedIn
    ? `<div class="hdrright">Welcome, <b>${esc(ASPMENU_R19_LOGIN.username)}</b><br />Last login: ${today()} 10:42:17<br /><a id="ctl00_lnkLogout" href="javascript:__doPostBack('ctl00$lnkLogout','')">Logout</a></div>`
    : a.home
      ? `<div class="hdrright">Helpdesk: 1800-1200-232<br /><input type="submit" name="ctl00$btnLogin" value="Login" id="ctl00_btnLogin" class="homepageloginbtn" /></div>`
      : `<div class="hdrright">Helpdesk: 1800-1200-232<br />support.einv.api@gov.in</div>`;
  const contacts = signedIn ? contactsPopup(a.session as Session) : '';
  const panelsInit = a.updatePanels
    ? `Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'form1', ['tctl00$ContentPlaceHolder1$upApi','ctl00_ContentPlaceHolder1_upApi'], [], [], 90, 'ctl00');`
    : `Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'form1', [], [], [], 90, 'ctl00');`;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	${esc(a.title)}
</title><link href="/App_Themes/Default/StyleSheet.css" type="text/css" rel="stylesheet" /><style type="text/css">${MENU_CSS}</style></head>
<body>
    <form method="post" action="${esc(a.action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="form1">
<div class="aspNetHidden">
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

${SCRIPTS}
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
if (typeof(ValidatorOnSubmit) == "function" && ValidatorOnSubmit() == false) return false;
return true;
}
//]]>
</script>

<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="${eventValidation()}" />
</div>
    <script type="text/javascript">
//<![CDATA[
${panelsInit}
//]]>
</script>

    <div id="wrapper">
        <div id="header">
            <div class="emblem">GST</div>
            <div class="sitename">e-Invoice System</div>
            <div class="subname">Goods and Services Tax Network &nbsp;|&nbsp; Government of India</div>
            ${header}
        </div>
        <div id="menubar">${renderMenu(signedIn ? SIGNED_IN_MENU : HOME_MENU)}</div>
        <div id="content">
${a.body}
        </div>
        <div id="footer">Site is designed, developed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network.<br />Best viewed in Internet Explorer 9+ at 1024 x 768 resolution.</div>
    </div>
${contacts}
<script type="text/javascript">
//<![CDATA[
var Page_Validators =  new Array(${vs.array});
//]]>
</script>

<script type="text/javascript">
//<![CDATA[
${vs.expando}
//]]>
</script>

<script type="text/javascript">
//<![CDATA[

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
}
        new Sys.WebForms.Menu({ element: 'ctl00_Menu1', disappearAfter: 300, orientation: 'horizontal', tabIndex: 0, disabled: false });
Sys.Application.add_init(function() {
${vs.callouts}
${signedIn ? `$create(Sys.Extended.UI.ModalPopupBehavior, {"BackgroundCssClass":"modalBackground","CancelControlID":"ctl00_btnClose","PopupControlID":"ctl00_pnlContacts","dynamicServicePath":"${esc(a.action)}","id":"ctl00_mpeContacts"${a.showContacts ? ',"initiallyShown":true' : ''}}, null, null, $get("ctl00_hfContacts"));` : ''}
});
${a.startup ?? ''}
Sys.Application.initialize();
//]]>
</script>
</form>
</body>
</html>
`;
}

function contactsPopup(s: Session): string {
  const c = s.contact;
  return `<input type="hidden" name="ctl00$hfContacts" id="ctl00_hfContacts" />
<div id="ctl00_pnlContacts" class="modalPopup" style="display:none;">
	<div class="popuphead">Contacts of Technical Person</div>
	<div class="popupbody">
		<span class="note">Please provide/verify the details of the technical person of your organisation who will be contacted for API related issues.</span>
		<table class="formtable" style="margin-top:8px;">
			<tr><td class="lbl"><span id="ctl00_lblTpName">Name</span></td><td><input name="ctl00$txtTpName" type="text" value="${esc(c.name)}" maxlength="50" id="ctl00_txtTpName" class="textbox" /></td></tr>
			<tr><td class="lbl"><span id="ctl00_lblTpMobile">Mobile No</span></td><td><input name="ctl00$txtTpMobile" type="text" value="${esc(c.mobile)}" maxlength="10" id="ctl00_txtTpMobile" class="textbox" /></td></tr>
			<tr><td class="lbl"><span id="ctl00_lblTpEmail">Email Id</span></td><td><input name="ctl00$txtTpEmail" type="text" value="${esc(c.email)}" maxlength="60" id="ctl00_txtTpEmail" class="textbox" /></td></tr>
			<tr><td></td><td><input type="submit" name="ctl00$btnUpdate" value="Update" id="ctl00_btnUpdate" class="button" />&nbsp;<input type="submit" name="ctl00$btnClose" value="Close" id="ctl00_btnClose" class="button" /></td></tr>
		</table>
	</div>
</div>`;
}

// ---------------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------------

function label(id: string, text: string, color?: 'Red' | 'Green'): string {
  const style = color ? ` style="color:${color};font-weight:bold;"` : '';
  return `<span id="${CP}${id}"${style}>${text ? esc(text) : ''}</span>`;
}

function verdictLabel(id: string, v: Verdict): string {
  return v ? label(id, v.text, v.ok ? 'Green' : 'Red') : label(id, '', 'Red');
}

function homeBody(): string {
  return `<div class="pagehead">Welcome to e-Invoice System</div>
<marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Two Factor Authentication is mandatory for all taxpayers from 01/04/2025. &nbsp;&nbsp;&nbsp; Taxpayers are requested to update the contacts of their technical person.</marquee>
<table style="width:100%;margin-top:10px;"><tr>
<td style="width:60%;vertical-align:top;"><div class="box"><div class="boxhead">About e-Invoice</div><div class="boxbody">
<p>e-Invoicing is a system in which B2B invoices are authenticated electronically by GSTN for further use on the common GST portal. Under the electronic invoicing system, an identification number will be issued against every invoice by the Invoice Registration Portal (IRP).</p>
<p>Taxpayers can generate the IRN through the API interface (directly or through GSPs), the offline tool, or this portal.</p></div></div></td>
<td style="vertical-align:top;padding-left:14px;"><div class="box"><div class="boxhead">What's New</div><div class="boxbody"><ul style="margin:0;padding-left:16px;line-height:20px;">
<li>Advisory on 2-Factor Authentication</li><li>Release notes of version 1.03</li><li>Time limit on reporting of e-invoices</li></ul></div></div></td>
</tr></table>`;
}

const LOGIN_VALIDATORS: Validator[] = [
  {
    id: `${CP}rfvUserName`,
    control: `${CP}txtUserName`,
    message: 'Please enter User Name.',
    kind: 'required',
    display: 'Dynamic',
    group: 'vgLogin',
  },
  {
    id: `${CP}rfvPassword`,
    control: `${CP}txtPassword`,
    message: 'Please enter Password.',
    kind: 'required',
    display: 'Dynamic',
    group: 'vgLogin',
  },
  {
    id: `${CP}rfvCaptcha`,
    control: `${CP}txtCaptcha`,
    message: 'Please enter Captcha.',
    kind: 'required',
    display: 'Dynamic',
    group: 'vgLogin',
  },
];

function postbackOptions(name: string, group: string): string {
  return `javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;${name}&quot;, &quot;&quot;, true, &quot;${group}&quot;, &quot;&quot;, false, false))`;
}

function loginBody(userName: string, msg: string): string {
  const [rUser, rPwd, rCap] = LOGIN_VALIDATORS.map(renderValidator);
  return `<div class="pagehead">Login</div>
<div class="box" style="width:540px;margin:18px auto;">
<div class="boxhead">Taxpayer / Tax Official Login</div>
<div class="boxbody">
${label('lblMsg', msg, 'Red')}
<div id="${CP}vsLogin" class="validationsummary" style="color:Red;display:none;"></div>
<table class="formtable" cellpadding="0" cellspacing="0">
<tr><td class="lbl"><span id="${CP}lblUserName">User Name</span></td><td><input name="${CPN}txtUserName" type="text" value="${esc(userName)}" maxlength="15" id="${CP}txtUserName" class="textbox" autocomplete="off" />${rUser}</td></tr>
<tr><td class="lbl"><span id="${CP}lblPassword">Password</span></td><td><input name="${CPN}txtPassword" type="password" maxlength="20" id="${CP}txtPassword" class="textbox" autocomplete="off" />${rPwd}</td></tr>
<tr><td></td><td><img id="${CP}imgCaptcha" src="/CaptchaImage.aspx?guid=${guid()}" alt="" style="height:40px;width:150px;border:1px solid #7f9db9;vertical-align:middle;" />&nbsp;<input type="image" name="${CPN}ibtnRefresh" id="${CP}ibtnRefresh" title="Refresh" src="/WebResource.axd?d=r3fr3sh&amp;t=634605546709717464" alt="Refresh" style="height:22px;width:22px;border-width:0px;vertical-align:middle;" /></td></tr>
<tr><td class="lbl"><span id="${CP}lblCaptcha">Enter Captcha</span></td><td><input name="${CPN}txtCaptcha" type="text" maxlength="5" id="${CP}txtCaptcha" class="textbox" autocomplete="off" style="width:110px;" />${rCap}</td></tr>
<tr><td></td><td><input type="submit" name="${CPN}btnLogin" value="Login" onclick="${postbackOptions(`${CPN}btnLogin`, 'vgLogin')}" id="${CP}btnLogin" class="button" />&nbsp;<a id="${CP}lnkForgot" href="javascript:__doPostBack('${CPN}lnkForgot','')">Forgot Password?</a></td></tr>
</table>
<span class="note">Note: The captcha is not case sensitive. Do not share your password or OTP with anyone.</span>
</div></div>`;
}

function loginOtpBody(msg: Verdict): string {
  const v: Validator = {
    id: `${CP}rfvOtp`,
    control: `${CP}txtOTP`,
    message: 'Please enter OTP.',
    kind: 'required',
    display: 'Dynamic',
    group: 'vgOtp',
  };
  return `<div class="pagehead">Two Factor Authentication</div>
<div class="box" style="width:540px;margin:18px auto;">
<div class="boxhead">Verify OTP</div>
<div class="boxbody">
${verdictLabel('lblMsg', msg)}
<p>An OTP has been sent to your registered mobile number XXXXXX7310 and the Sandes app. You may also use the OTP shown in the NIC-GST-Shield app.</p>
<table class="formtable" cellpadding="0" cellspacing="0">
<tr><td class="lbl"><span id="${CP}lblOtp">Enter OTP</span></td><td><input name="${CPN}txtOTP" type="text" maxlength="6" id="${CP}txtOTP" class="textbox" autocomplete="off" style="width:110px;" />${renderValidator(v)}</td></tr>
<tr><td></td><td><input type="submit" name="${CPN}btnSubmit" value="Submit" onclick="${postbackOptions(`${CPN}btnSubmit`, 'vgOtp')}" id="${CP}btnSubmit" class="button" />&nbsp;<a id="${CP}lnkResend" href="javascript:__doPostBack('${CPN}lnkResend','')">Resend OTP</a></td></tr>
</table>
</div></div>`;
}

const LOGIN_OTP_VALIDATORS: Validator[] = [
  {
    id: `${CP}rfvOtp`,
    control: `${CP}txtOTP`,
    message: 'Please enter OTP.',
    kind: 'required',
    display: 'Dynamic',
    group: 'vgOtp',
  },
];

function emptyGrid(id: string, cols: string[]): string {
  return `<div>
	<table class="grid" cellspacing="0" rules="all" border="1" id="${CP}${id}" style="border-collapse:collapse;">
		<tr>${cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr><tr><td colspan="${cols.length}">No Records Found</td></tr>
	</table>
</div>`;
}

function dashboardBody(msg: Verdict): string {
  return `<div class="pagehead"><span id="${CP}lblHead">Dash Board</span></div>
${verdictLabel('lblMsg', msg)}
<div class="cards">
<div class="card"><div class="cardhead">Generations</div><div class="cardnum"><span id="${CP}lblGenerated">0</span></div></div>
<div class="card"><div class="cardhead">Cancelled</div><div class="cardnum"><span id="${CP}lblCancelled">0</span></div></div>
<div class="card"><div class="cardhead">GSTIN</div><div class="cardnum" style="font-size:15px;padding:19px 10px;"><span id="${CP}lblGstin">__GSTIN__</span></div></div>
</div>
<div class="box"><div class="boxhead">e-Invoices generated today</div><div class="boxbody">${emptyGrid('gvToday', ['Sl No', 'IRN', 'Doc No', 'Doc Date', 'Ack No', 'Status'])}</div></div>`;
}

function placeholderBody(title: string): string {
  return `<div class="pagehead">${esc(title)}</div>
<div class="box"><div class="boxhead">${esc(title)}</div><div class="boxbody">${emptyGrid('gvList', ['Sl No', 'Details', 'Date', 'Status'])}</div></div>`;
}

function captchaSvg(text: string): string {
  const rnd = () => randomBytes(1)[0] ?? 0;
  const chars = [...text]
    .map((ch, i) => {
      const x = 16 + i * 26 + (rnd() % 6);
      const y = 28 + (rnd() % 7);
      const rot = (rnd() % 40) - 20;
      return `<text x="${x}" y="${y}" transform="rotate(${rot} ${x} ${y})" font-family="Georgia, serif" font-size="${22 + (rnd() % 6)}" font-weight="bold" fill="#${['1d3c6e', '6b1d1d', '215e21', '4b2a6e'][i % 4]}">${esc(ch)}</text>`;
    })
    .join('');
  const lines = Array.from({ length: 7 }, () => {
    return `<line x1="${rnd() % 150}" y1="${rnd() % 40}" x2="${rnd() % 150}" y2="${rnd() % 40}" stroke="#${(rnd() % 0x99).toString(16).padStart(2, '0')}7788" stroke-width="1"/>`;
  }).join('');
  const dots = Array.from(
    { length: 60 },
    () => `<circle cx="${rnd() % 150}" cy="${rnd() % 40}" r="1" fill="#888"/>`,
  ).join('');
  return `<?xml version="1.0" encoding="utf-8"?><svg xmlns="http://www.w3.org/2000/svg" width="150" height="40" viewBox="0 0 150 40"><rect width="150" height="40" fill="#eef2e2"/>${dots}${chars}${lines}</svg>`;
}

// --- Create API User ---------------------------------------------------------------------------------

function gspValue(name: string): string {
  const i = GSPS.indexOf(name);
  return i < 0 ? '0' : String(101 + i);
}

function gspOf(value: string): string {
  return GSPS[Number(value) - 101] ?? '';
}

const USER_RE = '[A-Za-z0-9._-]{3,30}';
const PASSWORD_RE = '(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,15}';

function apiValidators(p: ApiPanel): Validator[] {
  if (p.step === 'verify')
    return [
      {
        id: `${CP}rfvApiOtp`,
        control: `${CP}txtApiOTP`,
        message: 'Please enter OTP.',
        kind: 'required',
        display: 'None',
        group: 'vgOtp',
        callout: true,
      },
    ];
  if (p.step === 'form' && p.regType === 'G') {
    const g = 'vgApi';
    return [
      {
        id: `${CP}rfvGsp`,
        control: `${CP}ddlGsp`,
        message: 'Please select GSP.',
        kind: 'required',
        initial: '0',
        display: 'None',
        group: g,
        callout: true,
      },
      {
        id: `${CP}rfvUserName`,
        control: `${CP}txtUserName`,
        message: 'Please enter User Name.',
        kind: 'required',
        display: 'None',
        group: g,
        callout: true,
      },
      {
        id: `${CP}revUserName`,
        control: `${CP}txtUserName`,
        message: "User Name should be 3 to 30 characters: letters, digits, '.', '_' or '-'.",
        kind: 'regex',
        pattern: USER_RE,
        display: 'None',
        group: g,
        callout: true,
      },
      {
        id: `${CP}rfvPassword`,
        control: `${CP}txtPassword`,
        message: 'Please enter Password.',
        kind: 'required',
        display: 'None',
        group: g,
        callout: true,
      },
      {
        id: `${CP}revPassword`,
        control: `${CP}txtPassword`,
        message:
          'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
        kind: 'regex',
        pattern: PASSWORD_RE,
        display: 'None',
        group: g,
        callout: true,
      },
      {
        id: `${CP}rfvConfirm`,
        control: `${CP}txtConfirmPassword`,
        message: 'Please re-enter Password.',
        kind: 'required',
        display: 'None',
        group: g,
        callout: true,
      },
      {
        id: `${CP}cvConfirm`,
        control: `${CP}txtConfirmPassword`,
        message: 'Password and Confirm Password do not match.',
        kind: 'compare',
        compareTo: `${CP}txtPassword`,
        display: 'None',
        group: g,
        callout: true,
      },
    ];
  }
  return [];
}

function gridRows(state: AspmenuR19State): string[][] {
  const rows: string[][] = [[ON_FILE.gsp, ON_FILE.username, ON_FILE.createdOn]];
  for (const u of state.users) if (u.gstin === state.gstin) rows.push([u.gsp, u.username, u.createdOn]);
  return rows;
}

function gspGrid(state: AspmenuR19State): string {
  const rows = gridRows(state)
    .map(
      (r, i) =>
        `<tr${i % 2 ? ' class="alt"' : ''}><td>${i + 1}</td><td>${esc(r[0] ?? '')}</td><td>${esc(r[1] ?? '')}</td><td>${esc(r[2] ?? '')}</td><td>Active</td></tr>`,
    )
    .join('\n\t\t');
  return `<div class="box"><div class="boxhead">GSPs registered for this GSTIN</div><div class="boxbody"><div>
	<table class="grid" cellspacing="0" rules="all" border="1" id="${CP}gvGsp" style="border-collapse:collapse;">
		<tr><th scope="col">Sl No</th><th scope="col">GSP Name</th><th scope="col">User Name</th><th scope="col">Created On</th><th scope="col">Status</th></tr>
		${rows}
	</table>
</div></div></div>`;
}

/** The inner HTML of the UpdatePanel `upApi`, as the server renders it after each (async) postback. */
function apiPanelInner(p: ApiPanel, state: AspmenuR19State): string {
  const vals = apiValidators(p);
  const v = (id: string) => {
    const found = vals.find((x) => x.id === `${CP}${id}`);
    return found ? renderValidator(found) : '';
  };
  let inner = '';
  if (p.step === 'send') {
    inner = `${verdictLabel('lblOtpMsg', p.otpNote)}
<p><span id="${CP}lblSendInfo">To create an API user, an OTP will be sent to the mobile number registered for GSTIN <b>${esc(state.gstin)}</b> (XXXXXX7310).</span></p>
<input type="submit" name="${CPN}btnSendOTP" value="Send OTP" id="${CP}btnSendOTP" class="button" />`;
  } else if (p.step === 'verify') {
    inner = `<div id="${CP}pnlOtp" onkeypress="javascript:return WebForm_FireDefaultButton(event, '${CP}btnVerifyOTP')">
${verdictLabel('lblOtpMsg', p.otpNote)}
<table class="formtable" cellpadding="0" cellspacing="0">
<tr><td class="lbl"><span id="${CP}lblEnterOtp">Enter OTP</span></td><td><input name="${CPN}txtApiOTP" type="text" maxlength="6" id="${CP}txtApiOTP" class="textbox" autocomplete="off" style="width:110px;" />${v('rfvApiOtp')}</td></tr>
<tr><td></td><td><input type="submit" name="${CPN}btnVerifyOTP" value="Verify OTP" onclick="${postbackOptions(`${CPN}btnVerifyOTP`, 'vgOtp')}" id="${CP}btnVerifyOTP" class="button" />&nbsp;<a id="${CP}lnkResendOTP" href="javascript:__doPostBack('${CPN}lnkResendOTP','')">Resend OTP</a></td></tr>
</table>
</div>`;
  } else {
    const radio = (i: number, value: string, text: string) =>
      `<td><input id="${CP}rblRegType_${i}" type="radio" name="${CPN}rblRegType" value="${value}"${p.regType === value ? ' checked="checked"' : ''} onclick="javascript:setTimeout('__doPostBack(\\'${CPN}rblRegType$${i}\\',\\'\\')', 0)" /><label for="${CP}rblRegType_${i}">${text}</label></td>`;
    let rows = '';
    if (p.regType === 'D')
      rows = `<tr><td colspan="2"><span id="${CP}lblDirect" style="color:Red;">Direct API access is allowed only to taxpayers whose aggregate turnover exceeds the notified limit. Your GSTIN is not eligible; please register through a GSP.</span></td></tr>`;
    if (p.regType === 'G') {
      const opts = [`<option${p.gsp ? '' : ' selected="selected"'} value="0">--Select--</option>`]
        .concat(
          GSPS.map(
            (g) =>
              `<option${p.gsp === g ? ' selected="selected"' : ''} value="${gspValue(g)}">${esc(g)}</option>`,
          ),
        )
        .join('\n\t');
      rows = `<tr><td class="lbl"><span id="${CP}lblGstinCap">GSTIN</span></td><td><span id="${CP}lblGstin">${esc(state.gstin)}</span></td></tr>
<tr><td class="lbl"><span id="${CP}lblGsp">Select your GSP</span> <span style="color:Red;">*</span></td><td><select name="${CPN}ddlGsp" onchange="javascript:setTimeout('__doPostBack(\\'${CPN}ddlGsp\\',\\'\\')', 0)" id="${CP}ddlGsp" class="dropdown">
	${opts}
</select>${v('rfvGsp')}</td></tr>
<tr><td class="lbl"><span id="${CP}lblUserName">User Name</span> <span style="color:Red;">*</span></td><td><span id="${CP}lblPrefix" class="prefix">API_</span><input name="${CPN}txtUserName" type="text" value="${esc(p.username)}" maxlength="30" id="${CP}txtUserName" class="textbox" autocomplete="off" />${v('rfvUserName')}${v('revUserName')}</td></tr>
<tr><td class="lbl"><span id="${CP}lblPassword">Password</span> <span style="color:Red;">*</span></td><td><input name="${CPN}txtPassword" type="password" maxlength="15" id="${CP}txtPassword" class="textbox" autocomplete="off" />${v('rfvPassword')}${v('revPassword')}</td></tr>
<tr><td class="lbl"><span id="${CP}lblConfirm">Confirm Password</span> <span style="color:Red;">*</span></td><td><input name="${CPN}txtConfirmPassword" type="password" maxlength="15" id="${CP}txtConfirmPassword" class="textbox" autocomplete="off" />${v('rfvConfirm')}${v('cvConfirm')}</td></tr>
<tr><td></td><td class="note">Password: 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character.</td></tr>
<tr><td></td><td><input type="submit" name="${CPN}btnSubmit" value="Submit" onclick="return confirm('Are you sure you want to create API user?');${postbackOptions(`${CPN}btnSubmit`, 'vgApi').replace('javascript:', '')}" id="${CP}btnSubmit" class="button" />&nbsp;<input type="submit" name="${CPN}btnReset" value="Reset" id="${CP}btnReset" class="button" /></td></tr>`;
    }
    inner = `${verdictLabel('lblResult', p.verdict)}
<table class="formtable" cellpadding="0" cellspacing="0">
<tr><td class="lbl"><span id="${CP}lblRegFor">Do you wish to Register your GSTIN for</span></td><td><table id="${CP}rblRegType" border="0">
	<tr>
		${radio(0, 'D', 'Directly')}${radio(1, 'G', 'Through GSP')}
	</tr>
</table></td></tr>
${rows}
</table>`;
  }
  const grid = p.step === 'form' ? gspGrid(state) : '';
  return `
<div class="box"><div class="boxhead">API Registration</div><div class="boxbody">
${inner}
</div></div>
${grid}
`;
}

function apiPageBody(p: ApiPanel, state: AspmenuR19State): string {
  return `<div class="pagehead">Create API User</div>
<div id="${CP}upProgress" style="display:none;" role="status" aria-hidden="true">
	<div class="updateprogress">Please wait...</div>
</div>
<div id="${CP}upApi">${apiPanelInner(p, state)}</div>`;
}

// ---------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------

const OTP_SENT = 'OTP has been sent to your registered mobile number XXXXXX7310. It is valid for 10 minutes.';

function apiStage(f: URLSearchParams): AspmenuR19Expiry | null {
  const target = f.get('__EVENTTARGET') ?? '';
  if (f.has(`${CPN}btnSendOTP`) || target === `${CPN}lnkResendOTP`) return 'api-otp-send';
  if (f.has(`${CPN}btnVerifyOTP`)) return 'api-otp-verify';
  if (f.has(`${CPN}btnSubmit`)) return 'submit';
  return null;
}

function isAsync(req: IncomingMessage, f: URLSearchParams | null): boolean {
  return (
    String(req.headers['x-microsoftajax'] ?? '').includes('Delta=true') || f?.get('__ASYNCPOST') === 'true'
  );
}

export async function startAspmenuR19Rendition(
  options: AspmenuR19Options = {},
): Promise<AspmenuR19Rendition> {
  const state: AspmenuR19State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryUsed = false;

  function newSession(res: ServerResponse): Session {
    const s: Session = {
      id: aspSessionId(),
      auth: 'none',
      returnUrl: '',
      contactsShown: false,
      contact: { name: 'Rajesh Kulkarni', mobile: '98XXXXX310', email: 'it.support@example.co.in' },
      panel: freshPanel(),
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `ASP.NET_SessionId=${s.id}; path=/; HttpOnly; SameSite=Lax`);
    return s;
  }

  function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): void {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'private',
      'X-AspNet-Version': '4.0.30319',
      'X-Powered-By': 'ASP.NET',
    });
    res.end(body);
  }

  function redirect(res: ServerResponse, location: string): void {
    res.writeHead(302, {
      Location: location,
      'Content-Type': 'text/html; charset=utf-8',
      'X-AspNet-Version': '4.0.30319',
    });
    res.end(
      `<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="${esc(location)}">here</a>.</h2>\r\n</body></html>\r\n`,
    );
  }

  /** Response.Redirect during an async postback: the delta `pageRedirect` the runtime follows. */
  function asyncRedirect(res: ServerResponse, location: string): void {
    send(res, 200, `1|#||4|${delta('pageRedirect', '', location)}`, 'text/plain; charset=utf-8');
  }

  function lost(res: ServerResponse, path: string, expired: boolean, async: boolean): void {
    const to = loginUrlFor(path, expired);
    if (async) asyncRedirect(res, to);
    else redirect(res, to);
  }

  function withGstin(html: string): string {
    return html.replace('__GSTIN__', esc(state.gstin));
  }

  function signedInPage(
    s: Session,
    title: string,
    action: string,
    body: string,
    extra: Partial<PageArgs> = {},
  ): string {
    const show = !s.contactsShown;
    s.contactsShown = true;
    return withGstin(
      renderPage({
        title: `E-Invoice System :: ${title}`,
        action,
        session: s,
        body,
        showContacts: show,
        ...extra,
      }),
    );
  }

  function apiPost(s: Session, f: URLSearchParams): void {
    const p = s.panel;
    const target = f.get('__EVENTTARGET') ?? '';
    if (p.step === 'form') {
      const rt = f.get(`${CPN}rblRegType`);
      if (rt === 'D' || rt === 'G') p.regType = rt;
      if (p.regType === 'G') {
        const g = f.get(`${CPN}ddlGsp`);
        if (g !== null) p.gsp = gspOf(g);
        const u = f.get(`${CPN}txtUserName`);
        if (u !== null) p.username = u;
      }
    }
    p.verdict = null;
    const stage = apiStage(f);
    if (stage === 'api-otp-send') {
      p.step = 'verify';
      p.otpNote = { text: OTP_SENT, ok: true };
      return;
    }
    if (stage === 'api-otp-verify') {
      if (p.step !== 'verify') return;
      if ((f.get(`${CPN}txtApiOTP`) ?? '').trim() === state.apiOtp) {
        p.step = 'form';
        p.otpNote = null;
        s.apiOtpVerified = true;
        p.verdict = { text: 'OTP verified successfully.', ok: true };
      } else {
        state.refusals.push('api-otp');
        p.otpNote = { text: 'Invalid OTP.', ok: false };
      }
      return;
    }
    if (p.step !== 'form') return;
    if (target.startsWith(`${CPN}rblRegType`) && p.regType === 'D') p.gsp = '';
    if (f.has(`${CPN}btnReset`)) {
      p.regType = '';
      p.gsp = '';
      p.username = '';
      return;
    }
    if (stage !== 'submit') return;
    const password = f.get(`${CPN}txtPassword`) ?? '';
    const confirm = f.get(`${CPN}txtConfirmPassword`) ?? '';
    const username = `API_${p.username}`;
    const problem = (): string | null => {
      if (!s.apiOtpVerified) return 'Please verify the OTP first.';
      if (p.regType !== 'G') return 'Please select Through GSP.';
      if (!p.gsp) return 'Please select GSP.';
      if (!new RegExp(`^${USER_RE}$`).test(p.username))
        return "User Name should be 3 to 30 characters: letters, digits, '.', '_' or '-'.";
      if (!new RegExp(`^${PASSWORD_RE}$`).test(password))
        return 'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.';
      if (password !== confirm) return 'Password and Confirm Password do not match.';
      if (gridRows(state).some((r) => r[0] === p.gsp)) {
        state.refusals.push('duplicate');
        return 'GSTIN is already registered with the selected GSP.';
      }
      const taken = [...TAKEN, ...state.users.map((u) => u.username)].map((u) => u.toLowerCase());
      if (taken.includes(username.toLowerCase())) {
        state.refusals.push('username-taken');
        return 'User Name already exists.';
      }
      return null;
    };
    const refused = problem();
    if (refused) {
      p.verdict = { text: refused, ok: false };
      return;
    }
    state.users.push({ gstin: state.gstin, gsp: p.gsp, username, password, createdOn: today() });
    Object.assign(p, {
      regType: '',
      gsp: '',
      username: '',
      verdict: { text: 'API user created successfully.', ok: true },
    });
  }

  function apiDelta(s: Session): string {
    const p = s.panel;
    const vals = apiValidators(p);
    const vs = validatorScript(vals);
    const parts = [
      delta('updatePanel', `${CP}upApi`, apiPanelInner(p, state)),
      delta('hiddenField', '__EVENTTARGET', ''),
      delta('hiddenField', '__EVENTARGUMENT', ''),
      delta('hiddenField', '__VIEWSTATE', viewState()),
      delta('hiddenField', '__VIEWSTATEGENERATOR', 'CA0B0334'),
      delta('hiddenField', '__EVENTVALIDATION', eventValidation()),
      delta('asyncPostBackControlIDs', '', ''),
      delta('postBackControlIDs', '', ''),
      delta('updatePanelIDs', '', 'tctl00$ContentPlaceHolder1$upApi,'),
      delta('childUpdatePanelIDs', '', ''),
      delta('panelsToRefreshIDs', '', 'ctl00$ContentPlaceHolder1$upApi,'),
      delta('asyncPostBackTimeout', '', '90'),
      delta('formAction', '', 'CreateApiUser.aspx'),
      delta('pageTitle', '', 'E-Invoice System :: Create API User'),
      ...vals.map((v) => delta('arrayDeclaration', 'Page_Validators', `document.getElementById("${v.id}")`)),
      delta('scriptBlock', 'ScriptContentNoTags', vs.expando),
      delta('scriptStartupBlock', 'ScriptContentNoTags', `ValidatorOnLoad();\n${vs.callouts}`),
    ];
    return `1|#||4|${parts.join('')}`;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.toLowerCase();
    const post = req.method === 'POST';
    const f = post ? await readBody(req) : null;
    const sid = cookieOf(req, 'ASP.NET_SessionId');
    let s = sid ? sessions.get(sid) : undefined;

    if (path === '/app_themes/default/stylesheet.css') return send(res, 200, THEME_CSS, 'text/css');
    if (path === '/webresource.axd' || path === '/scriptresource.axd')
      return resource(res, url.searchParams.get('d') ?? '');
    if (path === '/captchaimage.aspx') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-cache, no-store' });
      res.end(captchaSvg(state.captcha));
      return;
    }

    if (path === '/' || path === '/default.aspx') {
      if (f?.has('ctl00$btnLogin')) return redirect(res, '/Login.aspx');
      return send(
        res,
        200,
        renderPage({ title: 'E-Invoice System', action: './', session: null, body: homeBody(), home: true }),
      );
    }

    if (path === '/login.aspx') {
      if (!s) s = newSession(res);
      let msg = '';
      let userName = '';
      if (!f) {
        s.auth = 'none';
        if (url.searchParams.get('msg') === 'SessionExpired')
          msg = 'Your session has expired. Please login again.';
      } else {
        userName = f.get(`${CPN}txtUserName`) ?? '';
        const password = f.get(`${CPN}txtPassword`) ?? '';
        const captcha = (f.get(`${CPN}txtCaptcha`) ?? '').trim();
        if (f.get('__EVENTTARGET') === `${CPN}lnkForgot`)
          msg = 'Please contact your jurisdictional officer or the helpdesk to reset your password.';
        else if (f.has(`${CPN}btnLogin`)) {
          if (!userName || !password || !captcha) msg = 'Please enter User Name, Password and Captcha.';
          else if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
            state.refusals.push('captcha');
            msg = 'Invalid Captcha. Please try again.';
          } else if (
            userName.trim().toLowerCase() !== ASPMENU_R19_LOGIN.username.toLowerCase() ||
            password !== ASPMENU_R19_LOGIN.password
          ) {
            state.refusals.push('login');
            msg = 'Invalid User Name or Password.';
          } else {
            const ret = url.searchParams.get('ReturnUrl') ?? '';
            s.auth = 'otp';
            s.returnUrl = ret.startsWith('/') && !ret.startsWith('//') ? ret : '';
            return redirect(res, '/LoginOTP.aspx');
          }
        }
      }
      const action = `./Login.aspx${url.search}`;
      const startup = `var Page_ValidationSummaries =  new Array(document.getElementById("${CP}vsLogin"));\nvar ${CP}vsLogin = document.all ? document.all["${CP}vsLogin"] : document.getElementById("${CP}vsLogin");\n${CP}vsLogin.validationGroup = "vgLogin";`;
      return send(
        res,
        200,
        renderPage({
          title: 'E-Invoice System :: Login',
          action,
          session: null,
          body: loginBody(userName, msg),
          validators: LOGIN_VALIDATORS,
          startup,
        }),
      );
    }

    if (path === '/loginotp.aspx') {
      if (!s || s.auth === 'none') return redirect(res, '/Login.aspx');
      if (s.auth === 'in') return redirect(res, '/MainMenu.aspx');
      let msg: Verdict = null;
      if (f?.get('__EVENTTARGET') === `${CPN}lnkResend`)
        msg = { text: 'OTP has been resent to your registered mobile number.', ok: true };
      else if (f?.has(`${CPN}btnSubmit`)) {
        if ((f.get(`${CPN}txtOTP`) ?? '').trim() === state.loginOtp) {
          s.auth = 'in';
          return redirect(res, s.returnUrl || '/MainMenu.aspx');
        }
        state.refusals.push('login-otp');
        msg = { text: 'Invalid OTP. Please enter the correct OTP.', ok: false };
      }
      return send(
        res,
        200,
        renderPage({
          title: 'E-Invoice System :: Verify OTP',
          action: './LoginOTP.aspx',
          session: null,
          body: loginOtpBody(msg),
          validators: LOGIN_OTP_VALIDATORS,
        }),
      );
    }

    const isApi = path === API_PAGE.toLowerCase();
    const placeholder = [...PLACEHOLDERS].find(([p]) => p.toLowerCase() === path);
    if (path !== '/mainmenu.aspx' && !isApi && !placeholder)
      return send(
        res,
        404,
        "<html><body><h2>Server Error in '/' Application.</h2><h3>The resource cannot be found.</h3></body></html>",
      );

    const async = isAsync(req, f);
    const canonical = isApi ? API_PAGE : (placeholder?.[0] ?? '/MainMenu.aspx');
    if (isApi && f && s && s.auth === 'in') {
      const stage = apiStage(f);
      if (stage && stage === options.expireOnce && !expiryUsed) {
        expiryUsed = true;
        sessions.delete(s.id);
        state.expired.push(stage);
        return lost(res, canonical, true, async);
      }
    }
    if (s?.auth !== 'in') return lost(res, canonical, sid !== undefined, async);

    // Master page events.
    let masterMsg: Verdict = null;
    if (f?.get('__EVENTTARGET') === 'ctl00$lnkLogout') {
      sessions.delete(s.id);
      return async ? asyncRedirect(res, '/Login.aspx') : redirect(res, '/Login.aspx');
    }
    if (f?.has('ctl00$btnUpdate')) {
      s.contact = {
        name: f.get('ctl00$txtTpName') ?? '',
        mobile: f.get('ctl00$txtTpMobile') ?? '',
        email: f.get('ctl00$txtTpEmail') ?? '',
      };
      masterMsg = { text: 'Contact details of technical person updated successfully.', ok: true };
    }

    if (isApi) {
      if (!f) {
        s.panel = freshPanel();
        s.apiOtpVerified = false;
      } else apiPost(s, f);
      if (async) return send(res, 200, apiDelta(s), 'text/plain; charset=utf-8');
      const startup = `$create(Sys.UI._UpdateProgress, {"associatedUpdatePanelId":null,"displayAfter":100,"dynamicLayout":true}, null, null, $get("${CP}upProgress"));`;
      const body = `${masterMsg ? verdictLabel('lblMasterMsg', masterMsg) : ''}${apiPageBody(s.panel, state)}`;
      return send(
        res,
        200,
        signedInPage(s, 'Create API User', './CreateApiUser.aspx', body, {
          validators: apiValidators(s.panel),
          updatePanels: true,
          startup,
        }),
      );
    }
    if (placeholder) {
      const action = `./${placeholder[0].split('/').pop() ?? ''}`;
      return send(res, 200, signedInPage(s, placeholder[1], action, placeholderBody(placeholder[1])));
    }
    return send(res, 200, signedInPage(s, 'Dash Board', './MainMenu.aspx', dashboardBody(masterMsg)));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent)
        send(
          res,
          500,
          `<html><body><h2>Server Error in '/' Application.</h2><pre>${esc(String(err))}</pre></body></html>`,
        );
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// The client runtime: WebForms.js, WebUIValidation.js, Menu.js (WebResource.axd), MicrosoftAjax +
// MicrosoftAjaxWebForms and the AJAX Control Toolkit behaviours (ScriptResource.axd), hand-written.
// ---------------------------------------------------------------------------------------------------

const WEBFORMS_JS = `
function WebForm_PostBackOptions(eventTarget, eventArgument, validation, validationGroup, actionUrl, trackFocus, clientSubmit) {
    this.eventTarget = eventTarget;
    this.eventArgument = eventArgument;
    this.validation = validation;
    this.validationGroup = validationGroup;
    this.actionUrl = actionUrl;
    this.trackFocus = trackFocus;
    this.clientSubmit = clientSubmit;
}
function WebForm_DoPostBackWithOptions(options) {
    var validationResult = true;
    if (options.validation) {
        if (typeof(Page_ClientValidate) == 'function') {
            validationResult = Page_ClientValidate(options.validationGroup);
        }
    }
    if (validationResult) {
        if ((typeof(options.actionUrl) != "undefined") && (options.actionUrl != null) && (options.actionUrl.length > 0)) {
            theForm.action = options.actionUrl;
        }
    }
    if (options.clientSubmit) {
        __doPostBack(options.eventTarget, options.eventArgument);
    }
}
function WebForm_FireDefaultButton(event, target) {
    if (event.keyCode == 13) {
        var src = event.srcElement || event.target;
        if (!src || (src.tagName.toLowerCase() != "textarea")) {
            var defaultButton = document.getElementById(target);
            if (defaultButton && typeof(defaultButton.click) != "undefined") {
                defaultButton.click();
                event.cancelBubble = true;
                if (event.stopPropagation) event.stopPropagation();
                if (event.preventDefault) event.preventDefault();
                return false;
            }
        }
    }
    return true;
}
`;

const VALIDATION_JS = String.raw`
var Page_ValidationVer = "125";
var Page_IsValid = true;
var Page_BlockSubmit = false;
var Page_InvalidControlToBeFocused = null;
function ValidatorUpdateDisplay(val) {
    if (typeof(val.display) == "string") {
        if (val.display == "None") { return; }
        if (val.display == "Dynamic") { val.style.display = val.isvalid ? "none" : "inline"; return; }
    }
    val.style.visibility = val.isvalid ? "hidden" : "visible";
}
function ValidatorUpdateIsValid() { Page_IsValid = AllValidatorsValid(Page_Validators); }
function AllValidatorsValid(validators) {
    if ((typeof(validators) != "undefined") && (validators != null)) {
        for (var i = 0; i < validators.length; i++) { if (validators[i] && !validators[i].isvalid) return false; }
    }
    return true;
}
function ValidatorHookupControlID(controlID, val) {
    if (typeof(controlID) != "string") return;
    var ctrl = document.getElementById(controlID);
    if ((typeof(ctrl) != "undefined") && (ctrl != null)) ValidatorHookupControl(ctrl, val);
}
function ValidatorHookupControl(control, val) {
    if (typeof(control.Validators) == "undefined") {
        control.Validators = new Array;
        control.addEventListener("change", ValidatorOnChange, false);
    }
    control.Validators[control.Validators.length] = val;
}
function ValidatorOnChange(event) {
    var targetedControl = event.target || event.srcElement;
    var vals = targetedControl.Validators || [];
    for (var i = 0; i < vals.length; i++) ValidatorValidate(vals[i], null, event);
    ValidatorUpdateIsValid();
}
function ValidatorGetValue(id) {
    var control = document.getElementById(id);
    if (!control) return "";
    if (typeof(control.value) == "string" && (control.type != "radio" || control.checked)) return control.value;
    return "";
}
function ValidatorTrim(s) {
    var m = s.match(/^\s*(\S+(\s+\S+)*)\s*$/);
    return (m == null) ? "" : m[1];
}
function IsValidationGroupMatch(control, validationGroup) {
    if ((typeof(validationGroup) == "undefined") || (validationGroup == null)) return true;
    var controlGroup = "";
    if (typeof(control.validationGroup) == "string") controlGroup = control.validationGroup;
    return (controlGroup == validationGroup);
}
function ValidatorValidate(val, validationGroup, event) {
    val.isvalid = true;
    if ((typeof(val.enabled) == "undefined" || val.enabled != false) && IsValidationGroupMatch(val, validationGroup)) {
        if (typeof(val.evaluationfunction) == "function") {
            val.isvalid = val.evaluationfunction(val);
            if (!val.isvalid && Page_InvalidControlToBeFocused == null && typeof(val.focusOnError) == "string" && val.focusOnError == "t") {
                Page_InvalidControlToBeFocused = document.getElementById(val.controltovalidate);
            }
        }
    }
    ValidatorUpdateDisplay(val);
}
function RequiredFieldValidatorEvaluateIsValid(val) {
    return (ValidatorTrim(ValidatorGetValue(val.controltovalidate)) != ValidatorTrim(val.initialvalue));
}
function RegularExpressionValidatorEvaluateIsValid(val) {
    var value = ValidatorGetValue(val.controltovalidate);
    if (ValidatorTrim(value).length == 0) return true;
    var rx = new RegExp(val.validationexpression);
    var matches = rx.exec(value);
    return (matches != null && value == matches[0]);
}
function CompareValidatorEvaluateIsValid(val) {
    var value = ValidatorGetValue(val.controltovalidate);
    if (ValidatorTrim(value).length == 0) return true;
    return value == ValidatorGetValue(val.controltocompare);
}
function Page_ClientValidate(validationGroup) {
    Page_InvalidControlToBeFocused = null;
    if (typeof(Page_Validators) == "undefined") return true;
    for (var i = 0; i < Page_Validators.length; i++) ValidatorValidate(Page_Validators[i], validationGroup, null);
    ValidatorUpdateIsValid();
    ValidationSummaryOnSubmit(validationGroup);
    Page_BlockSubmit = !Page_IsValid;
    return Page_IsValid;
}
function ValidatorCommonOnSubmit() {
    Page_InvalidControlToBeFocused = null;
    var result = !Page_BlockSubmit;
    Page_BlockSubmit = false;
    return result;
}
function ValidatorOnLoad() {
    if (typeof(Page_Validators) == "undefined") return;
    for (var i = 0; i < Page_Validators.length; i++) {
        var val = Page_Validators[i];
        if (!val) continue;
        if (typeof(val.evaluationfunction) == "string") eval("val.evaluationfunction = " + val.evaluationfunction + ";");
        if (typeof(val.isvalid) == "string") { val.isvalid = val.isvalid != "False"; } else { val.isvalid = true; }
        ValidatorHookupControlID(val.controltovalidate, val);
        ValidatorHookupControlID(val.controlhookup, val);
    }
    Page_ValidationActive = true;
}
function ValidationSummaryOnSubmit(validationGroup) {
    if (typeof(Page_ValidationSummaries) == "undefined") return;
    for (var sums = 0; sums < Page_ValidationSummaries.length; sums++) {
        var summary = Page_ValidationSummaries[sums];
        if (!summary || !IsValidationGroupMatch(summary, validationGroup)) continue;
        summary.style.display = "none";
        if (!Page_IsValid) {
            var s = "<ul>";
            for (var i = 0; i < Page_Validators.length; i++) {
                if (!Page_Validators[i].isvalid && typeof(Page_Validators[i].errormessage) == "string") s += "<li>" + Page_Validators[i].errormessage + "</li>";
            }
            s += "</ul>";
            summary.innerHTML = s;
            summary.style.display = "";
            window.scrollTo(0, 0);
        }
    }
}
`;

/** Menu.js of ASP.NET 4 (table-free Menu): flyouts on hover, with a hover delay and a disappear delay. */
const MENU_JS = String.raw`
if (!window.Sys) { window.Sys = {}; }
if (!Sys.WebForms) { Sys.WebForms = {}; }
Sys.WebForms.Menu = function(options) {
    this.element = document.getElementById(options.element);
    if (!this.element) return;
    this.disappearAfter = options.disappearAfter || 500;
    this.orientation = options.orientation || 'vertical';
    this.hoverDelay = 100;
    Sys.WebForms.Menu._menus = Sys.WebForms.Menu._menus || [];
    Sys.WebForms.Menu._menus.push(this);
    var self = this;
    var items = this.element.getElementsByTagName('li');
    for (var i = 0; i < items.length; i++) self._wire(items[i]);
};
Sys.WebForms.Menu._childList = function(li) {
    for (var c = li.firstChild; c; c = c.nextSibling) if (c.nodeType == 1 && c.tagName == 'UL') return c;
    return null;
};
Sys.WebForms.Menu._anchor = function(li) {
    for (var c = li.firstChild; c; c = c.nextSibling) if (c.nodeType == 1 && c.tagName == 'A') return c;
    return null;
};
Sys.WebForms.Menu._addClass = function(el, cls) { if (el && (' ' + el.className + ' ').indexOf(' ' + cls + ' ') < 0) el.className += ' ' + cls; };
Sys.WebForms.Menu._removeClass = function(el, cls) { if (el) el.className = (' ' + el.className + ' ').replace(' ' + cls + ' ', ' ').replace(/^\s+|\s+$/g, ''); };
Sys.WebForms.Menu.prototype._wire = function(li) {
    var self = this, M = Sys.WebForms.Menu;
    var ul = M._childList(li), a = M._anchor(li);
    if (ul) M._addClass(li, 'has-popup');
    li.addEventListener('mouseover', function(e) {
        if (li.contains(e.relatedTarget)) return;
        M._addClass(a, 'highlighted');
        if (li._hideTimer) { clearTimeout(li._hideTimer); li._hideTimer = null; }
        if (!ul || ul.style.display == 'block') return;
        if (li._showTimer) clearTimeout(li._showTimer);
        li._showTimer = setTimeout(function() { li._showTimer = null; self._show(li, ul); }, self.hoverDelay);
    }, false);
    li.addEventListener('mouseout', function(e) {
        if (li.contains(e.relatedTarget)) return;
        if (li._showTimer) { clearTimeout(li._showTimer); li._showTimer = null; }
        if (!ul || ul.style.display != 'block') { M._removeClass(a, 'highlighted'); return; }
        if (li._hideTimer) clearTimeout(li._hideTimer);
        li._hideTimer = setTimeout(function() { li._hideTimer = null; self._hide(li, ul); }, self.disappearAfter);
    }, false);
};
Sys.WebForms.Menu.prototype._show = function(li, ul) {
    var M = Sys.WebForms.Menu;
    var parentList = li.parentNode;
    for (var sib = parentList.firstChild; sib; sib = sib.nextSibling) {
        if (sib.nodeType != 1 || sib == li) continue;
        var other = M._childList(sib);
        if (other && other.style.display == 'block') this._hide(sib, other);
    }
    var isStatic = (' ' + parentList.className + ' ').indexOf(' static ') >= 0;
    ul.style.position = 'absolute';
    if (isStatic && this.orientation == 'horizontal') {
        ul.style.left = '0px';
        ul.style.top = li.offsetHeight + 'px';
    } else {
        ul.style.left = li.offsetWidth + 'px';
        ul.style.top = '0px';
    }
    ul.style.display = 'block';
    M._addClass(M._anchor(li), 'highlighted');
};
Sys.WebForms.Menu.prototype._hide = function(li, ul) {
    var M = Sys.WebForms.Menu;
    var nested = ul.getElementsByTagName('ul');
    for (var i = 0; i < nested.length; i++) nested[i].style.display = 'none';
    var anchors = ul.getElementsByTagName('a');
    for (var j = 0; j < anchors.length; j++) M._removeClass(anchors[j], 'highlighted');
    ul.style.display = 'none';
    M._removeClass(M._anchor(li), 'highlighted');
};
`;

const MSAJAX_JS = String.raw`
if (!window.Sys) { window.Sys = {}; }
Sys.WebForms = Sys.WebForms || {};
Sys.UI = Sys.UI || {};
Sys.Extended = Sys.Extended || { UI: {} };
Sys._components = {};
window.$get = function(id, element) { return (element || document).getElementById ? (element || document).getElementById(id) : document.getElementById(id); };
window.$find = function(id) { return Sys._components[id] || null; };
window.$create = function(type, properties, events, references, element) {
    var component = new type(element);
    for (var name in properties) {
        if (name == 'id') component._id = properties[name]; else component[name] = properties[name];
    }
    if (!component._id && element) component._id = element.id;
    Sys._components[component._id] = component;
    if (Sys.Application._initialized && !Sys.Application._initializing) component.initialize();
    else Sys.Application._pending.push(component);
    return component;
};
Sys.Application = {
    _initHandlers: [], _loadHandlers: [], _pending: [], _initialized: false, _initializing: false,
    add_init: function(fn) { this._initHandlers.push(fn); },
    add_load: function(fn) { this._loadHandlers.push(fn); },
    initialize: function() {
        if (this._initialized) return;
        this._initialized = true;
        this._initializing = true;
        var self = this;
        var go = function() { self._doInitialize(); };
        if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', go, false); else setTimeout(go, 0);
    },
    _doInitialize: function() {
        var i;
        for (i = 0; i < this._initHandlers.length; i++) this._initHandlers[i]();
        var pending = this._pending; this._pending = [];
        for (i = 0; i < pending.length; i++) pending[i].initialize();
        this._initializing = false;
        this.raiseLoad();
    },
    raiseLoad: function() { for (var i = 0; i < this._loadHandlers.length; i++) this._loadHandlers[i](this, { get_isPartialLoad: function() { return false; } }); }
};

Sys.WebForms.PageRequestManager = function() {
    this._request = null;
    this._postBackSettings = { async: false };
    this._beginHandlers = [];
    this._endHandlers = [];
};
Sys.WebForms.PageRequestManager._instance = null;
Sys.WebForms.PageRequestManager.getInstance = function() { return Sys.WebForms.PageRequestManager._instance; };
Sys.WebForms.PageRequestManager._initialize = function(scriptManagerID, formID, updatePanelIDs, asyncPostBackControlIDs, postBackControlIDs, asyncPostBackTimeout, masterPageUniqueID) {
    var prm = new Sys.WebForms.PageRequestManager();
    Sys.WebForms.PageRequestManager._instance = prm;
    prm._initializeInternal(scriptManagerID, document.getElementById(formID), updatePanelIDs, asyncPostBackTimeout);
};
Sys.WebForms.PageRequestManager.prototype = {
    add_beginRequest: function(fn) { this._beginHandlers.push(fn); },
    add_endRequest: function(fn) { this._endHandlers.push(fn); },
    get_isInAsyncPostBack: function() { return this._request != null; },
    _initializeInternal: function(scriptManagerID, form, updatePanelIDs, timeout) {
        var self = this;
        this._scriptManagerID = scriptManagerID;
        this._form = form;
        this._asyncPostBackTimeout = timeout * 1000;
        this._updatePanelIDs = [];
        this._updatePanelClientIDs = [];
        for (var i = 0; i < updatePanelIDs.length; i++) {
            var id = updatePanelIDs[i];
            if (id.charAt(0) == 't' || id.charAt(0) == 'f') {
                this._updatePanelIDs.push(id.substr(1));
                this._updatePanelClientIDs.push(updatePanelIDs[i + 1] || id.substr(1).replace(/\$/g, '_'));
                i++;
            }
        }
        this._onsubmit = form.onsubmit;
        form.onsubmit = null;
        form.addEventListener('click', function(e) { self._onFormElementClick(e); }, true);
        form.addEventListener('submit', function(e) { self._onFormSubmit(e); }, false);
        this._originalDoPostBack = window.__doPostBack;
        window.__doPostBack = function(eventTarget, eventArgument) { self._doPostBack(eventTarget, eventArgument); };
    },
    _findPanelFor: function(element) {
        while (element && element != this._form) {
            if (element.id) {
                for (var i = 0; i < this._updatePanelClientIDs.length; i++) {
                    if (this._updatePanelClientIDs[i] == element.id) return this._updatePanelIDs[i];
                }
            }
            element = element.parentNode;
        }
        return null;
    },
    _getPostBackSettings: function(element) {
        var panelID = this._findPanelFor(element);
        return panelID ? { async: true, panelID: panelID, sourceElement: element } : { async: false, sourceElement: element };
    },
    _onFormElementClick: function(e) {
        var element = e.target;
        if (element.tagName != 'INPUT') return;
        var type = element.type;
        if (type == 'submit') {
            this._additionalInput = encodeURIComponent(element.name) + '=' + encodeURIComponent(element.value);
        } else if (type == 'image') {
            this._additionalInput = encodeURIComponent(element.name) + '.x=' + (e.offsetX || 0) + '&' + encodeURIComponent(element.name) + '.y=' + (e.offsetY || 0);
        } else return;
        this._postBackSettings = this._getPostBackSettings(element);
        this._postBackSettings.panelID = (this._postBackSettings.panelID || this._scriptManagerID) + '|' + element.name;
    },
    _onFormSubmit: function(e) {
        var cont = true;
        if (this._onsubmit) cont = this._onsubmit.call(this._form) != false;
        if (!cont) { e.preventDefault(); this._postBackSettings = { async: false }; return; }
        if (!this._postBackSettings.async) return;
        e.preventDefault();
        this._form.__EVENTTARGET.value = '';
        this._form.__EVENTARGUMENT.value = '';
        this._postAsync(this._postBackSettings.panelID, this._additionalInput);
    },
    _doPostBack: function(eventTarget, eventArgument) {
        var clientID = eventTarget.replace(/\$/g, '_');
        var element = document.getElementById(clientID);
        var settings = element ? this._getPostBackSettings(element) : { async: false };
        if (!settings.async) {
            this._form.onsubmit = this._onsubmit;
            this._originalDoPostBack(eventTarget, eventArgument);
            this._form.onsubmit = null;
            return;
        }
        this._form.__EVENTTARGET.value = eventTarget;
        this._form.__EVENTARGUMENT.value = eventArgument;
        this._postAsync(settings.panelID + '|' + eventTarget, null);
    },
    _serialize: function(panelAndTarget, additionalInput) {
        var parts = [encodeURIComponent(this._scriptManagerID) + '=' + encodeURIComponent(panelAndTarget)];
        var els = this._form.elements;
        for (var i = 0; i < els.length; i++) {
            var el = els[i], name = el.name;
            if (!name || el.disabled) continue;
            var tag = el.tagName.toUpperCase();
            if (tag == 'INPUT') {
                var type = el.type;
                if (type == 'text' || type == 'password' || type == 'hidden' || ((type == 'checkbox' || type == 'radio') && el.checked)) {
                    parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(el.value));
                }
            } else if (tag == 'SELECT') {
                for (var j = 0; j < el.options.length; j++) if (el.options[j].selected) parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(el.options[j].value));
            } else if (tag == 'TEXTAREA') {
                parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(el.value));
            }
        }
        parts.push('__ASYNCPOST=true');
        if (additionalInput) parts.push(additionalInput);
        return parts.join('&');
    },
    _postAsync: function(panelAndTarget, additionalInput) {
        var self = this;
        if (this._request) { this._request.abort(); this._request = null; }
        var body = this._serialize(panelAndTarget, additionalInput);
        this._additionalInput = null;
        this._postBackSettings = { async: false };
        var xhr = new XMLHttpRequest();
        this._request = xhr;
        xhr.open('POST', this._form.action, true);
        xhr.setRequestHeader('X-MicrosoftAjax', 'Delta=true');
        xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        xhr.setRequestHeader('Cache-Control', 'no-cache');
        xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=utf-8');
        xhr.timeout = this._asyncPostBackTimeout;
        var i;
        for (i = 0; i < this._beginHandlers.length; i++) this._beginHandlers[i](this, {});
        xhr.onreadystatechange = function() {
            if (xhr.readyState != 4 || self._request != xhr) return;
            self._request = null;
            var error = null;
            try {
                if (xhr.status != 200) error = 'Sys.WebForms.PageRequestManagerServerErrorException: An unknown error occurred while processing the request on the server. The status code returned from the server was: ' + xhr.status;
                else self._onDelta(xhr.responseText);
            } finally {
                for (var k = 0; k < self._endHandlers.length; k++) self._endHandlers[k](self, { get_error: function() { return error; } });
            }
            if (error) throw new Error(error);
        };
        xhr.send(body);
    },
    _parseDelta: function(text) {
        var entries = [], pos = 0;
        while (pos < text.length) {
            var bar = text.indexOf('|', pos);
            var len = parseInt(text.substring(pos, bar), 10);
            pos = bar + 1;
            bar = text.indexOf('|', pos);
            var type = text.substring(pos, bar);
            pos = bar + 1;
            bar = text.indexOf('|', pos);
            var id = text.substring(pos, bar);
            pos = bar + 1;
            var content = text.substr(pos, len);
            pos += len + 1;
            entries.push({ type: type, id: id, content: content });
        }
        return entries;
    },
    _runScript: function(code) {
        var script = document.createElement('script');
        script.type = 'text/javascript';
        script.text = code;
        document.getElementsByTagName('head')[0].appendChild(script);
        script.parentNode.removeChild(script);
    },
    _destroyTree: function(element) {
        for (var id in Sys._components) {
            var c = Sys._components[id];
            if (c && c._element && element.contains(c._element)) {
                if (c.dispose) c.dispose();
                delete Sys._components[id];
            }
        }
    },
    _onDelta: function(text) {
        var entries = this._parseDelta(text), i, e;
        for (i = 0; i < entries.length; i++) {
            e = entries[i];
            if (e.type == 'pageRedirect') { window.location.href = e.content; return; }
            if (e.type == 'error') { throw new Error('Sys.WebForms.PageRequestManagerServerErrorException: ' + e.content); }
        }
        var scripts = [], startups = [], arrays = {};
        for (i = 0; i < entries.length; i++) {
            e = entries[i];
            if (e.type == 'updatePanel') {
                var panel = document.getElementById(e.id);
                if (panel) { this._destroyTree(panel); panel.innerHTML = e.content; }
            } else if (e.type == 'hiddenField') {
                var field = document.getElementById(e.id);
                if (!field) {
                    field = document.createElement('input');
                    field.type = 'hidden'; field.id = e.id; field.name = e.id;
                    this._form.appendChild(field);
                }
                field.value = e.content;
            } else if (e.type == 'formAction') { this._form.action = e.content; }
            else if (e.type == 'pageTitle') { document.title = e.content; }
            else if (e.type == 'arrayDeclaration') { (arrays[e.id] = arrays[e.id] || []).push(e.content); }
            else if (e.type == 'scriptBlock') { scripts.push(e.content); }
            else if (e.type == 'scriptStartupBlock') { startups.push(e.content); }
        }
        window.Page_Validators = [];
        for (var name in arrays) this._runScript('window.' + name + ' = [' + arrays[name].join(', ') + '];');
        for (i = 0; i < scripts.length; i++) this._runScript(scripts[i]);
        for (i = 0; i < startups.length; i++) this._runScript(startups[i]);
        for (i = 0; i < Sys.Application._loadHandlers.length; i++) Sys.Application._loadHandlers[i](Sys.Application, { get_isPartialLoad: function() { return true; } });
    }
};

Sys.UI._UpdateProgress = function(element) { this._element = element; };
Sys.UI._UpdateProgress.prototype = {
    initialize: function() {
        var self = this, prm = Sys.WebForms.PageRequestManager.getInstance();
        prm.add_beginRequest(function() {
            if (self._timer) clearTimeout(self._timer);
            self._timer = setTimeout(function() {
                self._element.style.display = 'block';
                self._element.setAttribute('aria-hidden', 'false');
            }, self.displayAfter || 0);
        });
        prm.add_endRequest(function() {
            if (self._timer) { clearTimeout(self._timer); self._timer = null; }
            self._element.style.display = 'none';
            self._element.setAttribute('aria-hidden', 'true');
        });
    }
};
`;

const TOOLKIT_JS = `
Sys.Extended.UI.ModalPopupBehavior = function(element) { this._element = element; this._saveTabIndexes = []; };
Sys.Extended.UI.ModalPopupBehavior.prototype = {
    initialize: function() {
        var self = this;
        this._popupElement = document.getElementById(this.PopupControlID);
        this._foregroundElement = this._popupElement;
        var bg = document.createElement('div');
        bg.id = this._id + '_backgroundElement';
        bg.style.display = 'none';
        bg.style.position = 'fixed';
        bg.style.left = '0px';
        bg.style.top = '0px';
        bg.style.zIndex = 10000;
        if (this.BackgroundCssClass) bg.className = this.BackgroundCssClass;
        this._backgroundElement = bg;
        this._foregroundElement.parentNode.appendChild(bg);
        this._foregroundElement.style.display = 'none';
        this._foregroundElement.style.position = 'fixed';
        this._foregroundElement.style.zIndex = 10001;
        if (this.CancelControlID) {
            var cancel = document.getElementById(this.CancelControlID);
            if (cancel) cancel.addEventListener('click', function(e) { e.preventDefault(); self.hide(); }, false);
        }
        this._resizeHandler = function() { if (self._shown) self._layout(); };
        window.addEventListener('resize', this._resizeHandler, false);
        window.addEventListener('scroll', this._resizeHandler, false);
        if (this.initiallyShown) this.show();
    },
    show: function() {
        this._shown = true;
        this._backgroundElement.style.display = '';
        this._foregroundElement.style.display = '';
        this._disableTab();
        this._layout();
        this._layout();
    },
    hide: function() {
        this._shown = false;
        this._foregroundElement.style.display = 'none';
        this._backgroundElement.style.display = 'none';
        this._restoreTab();
    },
    _layout: function() {
        var clientWidth = document.documentElement.clientWidth || document.body.clientWidth;
        var clientHeight = document.documentElement.clientHeight || window.innerHeight;
        this._backgroundElement.style.width = Math.max(document.documentElement.scrollWidth, clientWidth) + 'px';
        this._backgroundElement.style.height = Math.max(document.documentElement.scrollHeight, clientHeight) + 'px';
        var fg = this._foregroundElement;
        fg.style.left = Math.max(0, Math.floor((clientWidth - fg.offsetWidth) / 2)) + 'px';
        fg.style.top = Math.max(0, Math.floor((clientHeight - fg.offsetHeight) / 2)) + 'px';
    },
    _disableTab: function() {
        var tags = ['A', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'IFRAME', 'AREA'];
        this._saveTabIndexes = [];
        for (var t = 0; t < tags.length; t++) {
            var els = document.getElementsByTagName(tags[t]);
            for (var i = 0; i < els.length; i++) {
                if (this._foregroundElement.contains(els[i])) continue;
                this._saveTabIndexes.push({ tag: els[i], index: els[i].tabIndex });
                els[i].tabIndex = '-1';
            }
        }
    },
    _restoreTab: function() {
        for (var i = 0; i < this._saveTabIndexes.length; i++) this._saveTabIndexes[i].tag.tabIndex = this._saveTabIndexes[i].index;
        this._saveTabIndexes = [];
    },
    dispose: function() {
        window.removeEventListener('resize', this._resizeHandler, false);
        window.removeEventListener('scroll', this._resizeHandler, false);
        if (this._backgroundElement && this._backgroundElement.parentNode) this._backgroundElement.parentNode.removeChild(this._backgroundElement);
    }
};

Sys.Extended.UI.ValidatorCalloutBehavior = function(element) { this._element = element; };
Sys.Extended.UI.ValidatorCalloutBehavior._currentCallout = null;
Sys.Extended.UI.ValidatorCalloutBehavior.prototype = {
    initialize: function() {
        var self = this, elt = this._element;
        this._original = elt.evaluationfunction;
        if (typeof(this._original) == 'string') this._original = window[this._original];
        elt.evaluationfunction = function(val) {
            var isValid = self._original(val);
            var current = Sys.Extended.UI.ValidatorCalloutBehavior._currentCallout;
            if (!isValid) { if (!current || current == self || !current._isOpen) self.show(); }
            else if (self._isOpen) self.hide();
            return isValid;
        };
    },
    _build: function() {
        var self = this;
        var table = document.createElement('table');
        table.id = this._id + '_popupTable';
        table.className = 'ajax__validatorcallout_popup_table';
        table.cellPadding = 0; table.cellSpacing = 0; table.border = 0;
        table.style.position = 'absolute';
        table.style.zIndex = 1000;
        table.style.display = 'none';
        table.innerHTML = '<tbody><tr class="ajax__validatorcallout_popup_table_row">' +
            '<td class="ajax__validatorcallout_callout_cell"><table class="ajax__validatorcallout_callout_table" cellpadding="0" cellspacing="0" border="0"><tbody><tr class="ajax__validatorcallout_callout_table_row"><td class="ajax__validatorcallout_callout_arrow_cell"><div class="ajax__validatorcallout_innerdiv"><div class="ajax__validatorcallout_arrow"></div></div></td></tr></tbody></table></td>' +
            '<td class="ajax__validatorcallout_icon_cell"><img border="0" src="' + this.warningIconImageUrl + '" alt="" /></td>' +
            '<td class="ajax__validatorcallout_error_message_cell"></td>' +
            '<td class="ajax__validatorcallout_close_button_cell"><div class="ajax__validatorcallout_innerdiv"><img src="' + this.closeImageUrl + '" alt="Close" /></div></td>' +
            '</tr></tbody>';
        table.getElementsByTagName('td')[4].addEventListener('click', function() { self.hide(); }, false);
        document.getElementById('form1').appendChild(table);
        this._popupTable = table;
    },
    show: function() {
        var C = Sys.Extended.UI.ValidatorCalloutBehavior;
        if (C._currentCallout && C._currentCallout != this) C._currentCallout.hide();
        if (!this._popupTable) this._build();
        var target = document.getElementById(this._element.controltovalidate);
        this._popupTable.getElementsByTagName('td')[3].innerHTML = this._element.errormessage;
        if (target) {
            var r = target.getBoundingClientRect();
            this._popupTable.style.left = Math.round(r.right + window.pageXOffset) + 'px';
            this._popupTable.style.top = Math.round(r.top + window.pageYOffset - 4) + 'px';
        }
        this._popupTable.style.display = '';
        this._isOpen = true;
        C._currentCallout = this;
    },
    hide: function() {
        if (this._popupTable) this._popupTable.style.display = 'none';
        this._isOpen = false;
        if (Sys.Extended.UI.ValidatorCalloutBehavior._currentCallout == this) Sys.Extended.UI.ValidatorCalloutBehavior._currentCallout = null;
    },
    dispose: function() {
        this.hide();
        if (this._popupTable && this._popupTable.parentNode) this._popupTable.parentNode.removeChild(this._popupTable);
    }
};
`;

const IMAGES: Record<string, string> = {
  YJi1Iq8mEgO2X0yY9sFhSg2:
    '<svg xmlns="http://www.w3.org/2000/svg" width="7" height="7"><path d="M1 0 L6 3.5 L1 7 Z" fill="#ffffff"/></svg>',
  r3fr3sh:
    '<svg xmlns="http://www.w3.org/2000/svg" width="22" height="22" viewBox="0 0 22 22"><circle cx="11" cy="11" r="10" fill="#2a6496"/><path d="M16 11a5 5 0 1 1-1.5-3.6" fill="none" stroke="#fff" stroke-width="2"/><path d="M15.5 4v4h-4z" fill="#fff"/></svg>',
  cl0se:
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path d="M1 1L9 9M9 1L1 9" stroke="#000" stroke-width="2"/></svg>',
  w4rn: '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="18"><path d="M10 1L19 17H1Z" fill="#f0c000" stroke="#805000"/><path d="M10 6v6M10 14v1.5" stroke="#000" stroke-width="2"/></svg>',
};

const SPACER_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function resource(res: ServerResponse, d: string): void {
  const scripts: Record<string, string> = {
    pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2: WEBFORMS_JS,
    x2nkrMJGXkMELz33nwnakAsCTWRU6ld1xCGvuvTaeLpTDG3ES4rAjE7HF8ufGVJvVg2: VALIDATION_JS,
    mn2JqcOxC0gPZdrL3pXMaDe8sm9SgTaEWbUNqZzkIvGbbr6TiGNGj3eGGrgjvHJNfbQ2: MENU_JS,
    NJmAwtEo3Ipnlaxl6CMhvgsXkOYZaK3d0xSaTkHwGkdbjP3Xmrs7rB3I2Oz8WGQ0: MSAJAX_JS,
    dwY9oWetJoJoVpgL6Zq8OBGh5FkgWvBvZsBPAYyNW1Ez4IMq0hpCIF9iIC1: TOOLKIT_JS,
  };
  const js = scripts[d];
  if (js !== undefined) {
    res.writeHead(200, { 'Content-Type': 'application/x-javascript', 'Cache-Control': 'public' });
    res.end(js);
    return;
  }
  const svg = IMAGES[d];
  if (svg !== undefined) {
    res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public' });
    res.end(svg);
    return;
  }
  res.writeHead(200, { 'Content-Type': 'image/gif', 'Cache-Control': 'public' });
  res.end(SPACER_GIF);
}
