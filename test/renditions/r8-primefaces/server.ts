/**
 * Rendition r8-primefaces: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a Jakarta Faces (JSF) site built with
 * PrimeFaces 13 and its "saga" theme would draw it in the browser: colon ids (`loginForm:username`),
 * a `jakarta.faces.ViewState` hidden field in every form with server-side state (views live in the
 * session; a POST whose view or session is gone meets a ViewExpiredException), PrimeFaces AJAX
 * (`PrimeFaces.ab(...)` posts the whole form with `jakarta.faces.partial.*` parameters and the
 * `Faces-Request: partial/ajax` header; the answer is a `<partial-response>` whose
 * `<update id>` CDATA replaces elements, `<eval>` runs script, `<redirect url>` navigates), p:growl
 * toasts (top right, 4 s), p:messages / p:message boxes, p:panelMenu (stateful in localStorage, as
 * PrimeFaces keeps it), p:dialog with a separate `.ui-widget-overlay` mask appended to body,
 * a global p:confirmDialog, p:selectOneRadio (hidden native radios, drawn boxes), p:selectOneMenu
 * (hidden native select, drawn label and trigger, filterable panel of `li.ui-selectonemenu-item`
 * moved to body), p:inputOtp (login 2FA), p:inputMask 999999 (API OTP, autoclear on blur when
 * incomplete), p:password with a strength panel, p:graphicImage-style dynamic captcha (SVG).
 * Every line of markup, CSS and script is written here; no library files.
 *
 * Choices made where the docs are silent (the bot must not depend on them):
 * - URLs: home `/` (index.xhtml), login `/login.xhtml`, dashboard `/secure/dashboard.xhtml`,
 *   Create API User `/secure/apiregistration/createApiUser.xhtml`, logout `/logout.xhtml`.
 *   The first response of a new session rewrites form actions with `;jsessionid=...` (as
 *   servlet containers do before they know the browser keeps cookies). Session cookie JSESSIONID,
 *   30 minutes idle timeout, a new session id after the login OTP (session fixation protection).
 * - The home page's header button "Login" (p:button, `headerForm:btnLogin.homepageloginbtn`) opens
 *   `/login.xhtml`. Login: `loginForm:username`, `loginForm:password`, `loginForm:captcha` beside the
 *   captcha image `loginForm:captchaImg` (5 characters, case-insensitive), button "Login". The
 *   captcha is checked first. Refusals are p:messages boxes in the form: "Invalid Captcha. Please
 *   enter the characters shown in the image." / "Invalid Login Credentials. Please check your
 *   username and password."; empty fields get JSF's "X: Validation Error: Value is required."
 *   The password and captcha fields come back empty after any failure. No account lock-out.
 * - 2FA: the same form is re-rendered by AJAX as "Two Factor Authentication" with a 6-box
 *   p:inputOtp `loginForm:otp` (value posted in `loginForm:otp_hidden`), "Verify OTP", "Resend OTP",
 *   "Back to Login". Wrong OTP: "Invalid OTP. The OTP you entered is incorrect. Please enter the
 *   correct OTP." (may retry). Success: AJAX `<redirect>` to the dashboard.
 * - Dashboard: heading "Dash Board", p:card "Generations" and "Cancelled". On the first dashboard
 *   visit of each session a modal p:dialog "Contacts of Technical Person" (name, mobile, e-mail,
 *   buttons "Update" and "Exit" (ui-button-danger), a × close icon; Escape does not close it).
 *   A growl "Welcome" toast also shows.
 * - Left menu: p:panelMenu "Home", "e-Invoice", "E-Way Bill", "MIS Reports", "User Management",
 *   "API Registration" (→ "User Credentials" → "Create API User", "Change API Password",
 *   "Freeze API User"; and "IP Whitelisting"), "Profile". Headers and the submenu toggle on click;
 *   their open state is kept in localStorage (so a later page may show them already open, and a
 *   second click closes them). Leaves are plain GET links; other leaves draw a placeholder page.
 * - Create API User: opening the page (the GET, as a @PostConstruct of a view-scoped bean) sends the
 *   OTP ("OTP Sent" growl; stage 'api-otp-send'; "Resend OTP" is the same stage). Panel "API
 *   Registration", text-cell label "Enter OTP *", p:inputMask `otpForm:otp`, buttons "Verify OTP",
 *   link "Resend OTP", button "Exit". OTP valid 10 minutes. Wrong OTP: "Invalid OTP. The OTP entered
 *   is incorrect. Please try again." (stays, may retry); an expired one: "OTP Expired. ...".
 * - Then "Do you wish to Register your GSTIN for" p:selectOneRadio (page direction): "Directly",
 *   "Through GSP", "Through ERP", "Through Client-Id of other"; nothing chosen at first; each change
 *   is an AJAX round-trip re-rendering `regForm:modePanel`. "Directly", "Through ERP" and "Through
 *   Client-Id of other" only show a warning (not eligible) and "Exit".
 * - "Through GSP": "Select your GSP" p:selectOneMenu (filter, contains) `regForm:gsp` over 34 GSP
 *   names, first item "--Select--"; "Username" with the fixed addon `API_` before
 *   `regForm:username` (typed part 4 to 16 letters, digits or underscore; the stored name is
 *   `API_<typed>`); "Password" (8 to 15 characters with upper, lower, digit and special) and
 *   "Re-enter Password"; "Submit" asks a p:confirmDialog "Confirmation" (Yes / No); "Exit" goes to
 *   the dashboard. Labels are plain text cells (no `<label for>`), required ones end with " *".
 * - Refusals after Submit are a modal p:dialog "Error" with an "OK" button: "GSTIN <gstin> is already
 *   registered with <GSP>. ..." (duplicate) or "The username API_x is already taken. Please choose a
 *   different username." (taken: any stored user's name, case-insensitive, and API_admin,
 *   API_einvoice, API_nicuser held by other taxpayers). The form comes back with the GSP and
 *   username kept and both passwords empty.
 * - Success: a modal p:dialog "Success" ("API user API_x has been created successfully for GSP ...")
 *   with "OK", a p:messages info box holding the same text, a growl, the form reset, and the table
 *   "GSPs registered for GSTIN <gstin>" (Sl. No., GSP Name, API User Name, Created On, Status).
 * - Session expiry (`expireOnce`, or a real timeout): the server session is deleted; a GET of a
 *   protected page with a dead session cookie is redirected (302) to `/login.xhtml?expired=true`;
 *   an AJAX call gets `<partial-response><redirect url="/login.xhtml?expired=true"/>` (the
 *   ViewExpiredException handler). The login page then shows a warning p:messages box
 *   "Session Expired. Your session has expired. Please login again." A page without any session
 *   cookie goes to `/login.xhtml` plainly.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first call of that stage finds the session gone. */
export type R8PrimefacesExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R8PrimefacesOptions {
  expireOnce?: R8PrimefacesExpiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Whether the technical-contact dialog opens on the first dashboard visit of a session (default true). */
  techContact?: boolean;
}

export interface R8PrimefacesUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R8PrimefacesState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R8PrimefacesUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R8PrimefacesRendition {
  url: string;
  close(): Promise<void>;
  state: R8PrimefacesState;
}

const LOGIN = { username: 'udayelec27', password: 'Uday@Einv2025' };
const MOBILE = 'XXXXXX4821';
const TRADE_NAME = 'UDAY ELECTRICALS';
const PF_VERSION = '13.0.10';
const LOGIN_PATH = '/login.xhtml';
const DASHBOARD_PATH = '/secure/dashboard.xhtml';
const CREATE_PATH = '/secure/apiregistration/createApiUser.xhtml';
const EXPIRED_URL = '/login.xhtml?expired=true';
const SESSION_TIMEOUT_MS = 30 * 60 * 1000;
const API_OTP_VALIDITY_MS = 10 * 60 * 1000;
const MAX_VIEWS = 20;
const TAKEN_ELSEWHERE = ['API_admin', 'API_einvoice', 'API_nicuser'];
const FORM_INDEX: Record<string, number> = {
  headerForm: 0,
  loginForm: 0,
  menuForm: 0,
  techForm: 1,
  otpForm: 1,
  regForm: 2,
  dlgForm: 3,
};

const GSP_NAMES = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Avalara Technologies Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Botree Software International Private Limited',
  'Chartered Information Systems Private Limited',
  'Computer Age Management Services Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'Hinduja Global Solutions Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'KDK Softwares (India) Private Limited',
  'Karvy Data Management Services Limited',
  'Marg ERP Limited',
  'Mastek Limited',
  'Masters India Private Limited',
  'Protean eGov Technologies Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Sify Technologies Limited',
  'TAXILLA IT SOLUTIONS PRIVATE LIMITED',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Tera Software Limited',
  'Thomson Reuters International Services Private Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wep Solutions Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
];
const GSPS = GSP_NAMES.map((name, i) => ({ id: `GSP${String(1003 + i * 7).padStart(5, '0')}`, name }));

const MODES: Array<[string, string]> = [
  ['DIRECT', 'Directly'],
  ['GSP', 'Through GSP'],
  ['ERP', 'Through ERP'],
  ['CLIENTID', 'Through Client-Id of other'],
];

interface MenuLeaf {
  label: string;
  href: string;
  icon: string;
}
interface MenuSub {
  label: string;
  icon?: string;
  children: MenuNode[];
}
type MenuNode = MenuLeaf | MenuSub;

const MENU: MenuSub[] = [
  {
    label: 'Home',
    icon: 'pi pi-home',
    children: [{ label: 'Dash Board', href: DASHBOARD_PATH, icon: 'pi pi-th-large' }],
  },
  {
    label: 'e-Invoice',
    icon: 'pi pi-file',
    children: [
      { label: 'Generate', href: '/secure/einvoice/generate.xhtml', icon: 'pi pi-plus' },
      { label: 'Bulk Upload', href: '/secure/einvoice/bulkUpload.xhtml', icon: 'pi pi-upload' },
      { label: 'Cancel', href: '/secure/einvoice/cancel.xhtml', icon: 'pi pi-ban' },
      { label: 'Print', href: '/secure/einvoice/print.xhtml', icon: 'pi pi-print' },
    ],
  },
  {
    label: 'E-Way Bill',
    icon: 'pi pi-send',
    children: [
      { label: 'Generate by IRN', href: '/secure/ewb/generateByIrn.xhtml', icon: 'pi pi-plus' },
      { label: 'Cancel E-Way Bill', href: '/secure/ewb/cancel.xhtml', icon: 'pi pi-ban' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: 'pi pi-chart-bar',
    children: [
      { label: 'IRN Details', href: '/secure/mis/irnDetails.xhtml', icon: 'pi pi-list' },
      { label: 'Cancelled IRNs', href: '/secure/mis/cancelledIrn.xhtml', icon: 'pi pi-list' },
      { label: 'Summary Report', href: '/secure/mis/summary.xhtml', icon: 'pi pi-list' },
    ],
  },
  {
    label: 'User Management',
    icon: 'pi pi-users',
    children: [
      { label: 'Create Sub-User', href: '/secure/users/create.xhtml', icon: 'pi pi-user-plus' },
      { label: 'Update Sub-User', href: '/secure/users/update.xhtml', icon: 'pi pi-user-edit' },
      { label: 'Freeze Sub-User', href: '/secure/users/freeze.xhtml', icon: 'pi pi-lock' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'pi pi-key',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', href: CREATE_PATH, icon: 'pi pi-user-plus' },
          {
            label: 'Change API Password',
            href: '/secure/apiregistration/changeApiPassword.xhtml',
            icon: 'pi pi-lock',
          },
          {
            label: 'Freeze API User',
            href: '/secure/apiregistration/freezeApiUser.xhtml',
            icon: 'pi pi-ban',
          },
        ],
      },
      { label: 'IP Whitelisting', href: '/secure/apiregistration/ipWhitelisting.xhtml', icon: 'pi pi-globe' },
    ],
  },
  {
    label: 'Profile',
    icon: 'pi pi-user',
    children: [
      { label: 'Change Password', href: '/secure/profile/changePassword.xhtml', icon: 'pi pi-lock' },
      {
        label: 'Update Technical Contact',
        href: '/secure/profile/technicalContact.xhtml',
        icon: 'pi pi-phone',
      },
    ],
  },
];

function isLeaf(node: MenuNode): node is MenuLeaf {
  return 'href' in node;
}

function leafTrail(href: string): string[] | undefined {
  const walk = (nodes: MenuNode[], trail: string[]): string[] | undefined => {
    for (const node of nodes) {
      if (isLeaf(node)) {
        if (node.href === href) return [...trail, node.label];
      } else {
        const found = walk(node.children, [...trail, node.label]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(MENU, []);
}

// ---------------------------------------------------------------------------------------------
// Server-side model

type Severity = 'info' | 'warn' | 'error' | 'fatal';
interface FacesMessage {
  severity: Severity;
  summary: string;
  detail: string;
}

interface CreateBean {
  otpSentAt: number;
  otpVerified: boolean;
  mode: string;
  gspId: string;
  typed: string;
}

interface View {
  id: string;
  path: string;
  bean: CreateBean | null;
}

interface Session {
  id: string;
  auth: 'none' | 'otp' | 'in';
  views: Map<string, View>;
  lastSeen: number;
  dashboardVisits: number;
  tech: { name: string; mobile: string; email: string };
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  query: URLSearchParams;
  session: Session | undefined;
  /** A session id was asked for (cookie or URL) but no such session lives. */
  deadSession: boolean;
  /** The session was created in this request and the browser sent no cookie yet. */
  rewriteUrls: boolean;
  headers: Record<string, string | string[]>;
}

// ---------------------------------------------------------------------------------------------
// Markup helpers (what the PrimeFaces renderers write)

function h(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function js(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

function wv(id: string): string {
  return `widget_${id.replace(/:/g, '_')}`;
}

function cdata(text: string): string {
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

function viewStateId(): string {
  const a = randomBytes(8).readBigInt64BE();
  const b = randomBytes(8).readBigInt64BE();
  return `${a}:${b}`;
}

function vsField(vs: string, n: number): string {
  return `<input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:${n}" value="${h(vs)}" autocomplete="off" />`;
}

function form(id: string, action: string, vs: string, body: string, cls = ''): string {
  return `<form id="${id}" name="${id}" method="post" action="${h(action)}"${cls ? ` class="${cls}"` : ''} enctype="application/x-www-form-urlencoded">
<input type="hidden" name="${id}" value="${id}" />
${body}
${vsField(vs, FORM_INDEX[id] ?? 0)}</form>`;
}

interface AbCfg {
  s: string;
  f: string;
  p?: string;
  u?: string;
  e?: string;
  onco?: string;
}

function ab(c: AbCfg): string {
  const parts = [`s:"${c.s}"`, `f:"${c.f}"`];
  if (c.p) parts.push(`p:"${c.p}"`);
  if (c.u) parts.push(`u:"${c.u}"`);
  if (c.e) parts.push(`e:"${c.e}"`);
  if (c.onco) parts.push(`onco:${c.onco}`);
  return `PrimeFaces.ab({${parts.join(',')}});`;
}

interface ButtonCfg {
  id: string;
  label: string;
  onclick: string;
  icon?: string;
  cls?: string;
  type?: 'submit' | 'button';
  confirmCommand?: string;
  title?: string;
}

function button(b: ButtonCfg): string {
  const iconCls = b.icon ? 'ui-button-text-icon-left' : 'ui-button-text-only';
  const extra =
    (b.confirmCommand ? ` data-pfconfirmcommand="${h(b.confirmCommand)}"` : '') +
    (b.title ? ` title="${h(b.title)}"` : '');
  return `<button id="${b.id}" name="${b.id}" class="ui-button ui-widget ui-state-default ui-corner-all ${iconCls}${b.cls ? ` ${b.cls}` : ''}" onclick="${h(b.onclick)}" type="${b.type ?? 'submit'}" role="button" aria-disabled="false"${extra}>${b.icon ? `<span class="ui-button-icon-left ui-icon ui-c ${b.icon}"></span>` : ''}<span class="ui-button-text ui-c">${h(b.label)}</span></button>`;
}

function pButton(id: string, label: string, href: string, icon: string, cls: string): string {
  return button({ id, label, icon, cls, type: 'button', onclick: `window.open('${href}','_self')` });
}

function commandLink(id: string, label: string, onclick: string, cls = ''): string {
  return `<a id="${id}" href="#" class="ui-commandlink ui-widget${cls ? ` ${cls}` : ''}" onclick="${h(onclick)}">${h(label)}</a>`;
}

function messagesBox(id: string, msgs: FacesMessage[]): string {
  let inner = '';
  for (const sev of ['info', 'warn', 'error', 'fatal'] as const) {
    const list = msgs.filter((m) => m.severity === sev);
    if (list.length === 0) continue;
    const items = list
      .map(
        (m) =>
          `<li role="alert" aria-atomic="true" aria-live="polite"><span class="ui-messages-${sev}-summary">${h(m.summary)}</span><span class="ui-messages-${sev}-detail">${h(m.detail)}</span></li>`,
      )
      .join('');
    inner += `<div class="ui-messages-${sev} ui-corner-all"><a href="#" class="ui-messages-close" onclick="this.parentNode.style.display='none';return false;"><span class="ui-icon ui-icon-close"></span></a><span class="ui-messages-${sev}-icon"></span><ul>${items}</ul></div>`;
  }
  return `<div id="${id}" class="ui-messages ui-widget" aria-live="polite" data-global="false" data-summary="data-summary" data-detail="data-detail" data-severity="all,error" data-redisplay="true">${inner}</div>`;
}

function fieldMessage(id: string, text?: string): string {
  if (!text) return `<div id="${id}" aria-live="polite" class="ui-message"></div>`;
  return `<div id="${id}" aria-live="polite" data-display="both" data-redisplay="true" class="ui-message ui-message-error ui-widget ui-corner-all"><span class="ui-message-error-icon"></span><span class="ui-message-error-detail">${h(text)}</span></div>`;
}

interface InputCfg {
  id: string;
  value?: string;
  type?: string;
  maxlength?: number;
  placeholder?: string;
  error?: boolean;
  autocomplete?: string;
  cls?: string;
  extra?: string;
}

function inputText(o: InputCfg): string {
  const value = o.value ?? '';
  const cls = `ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all${o.cls ? ` ${o.cls}` : ''}${value ? ' ui-state-filled' : ''}${o.error ? ' ui-state-error' : ''}`;
  return `<input id="${o.id}" name="${o.id}" type="${o.type ?? 'text'}" value="${h(value)}"${o.maxlength ? ` maxlength="${o.maxlength}"` : ''}${o.placeholder ? ` placeholder="${h(o.placeholder)}"` : ''} autocomplete="${o.autocomplete ?? 'off'}" class="${cls}" aria-required="true"${o.error ? ' aria-invalid="true"' : ''}${o.extra ?? ''} />`;
}

function passwordInput(id: string, error: boolean, feedback: boolean, placeholder = ''): string {
  const input = inputText({
    id,
    type: 'password',
    maxlength: 15,
    error,
    placeholder,
    autocomplete: 'new-password',
    cls: 'ui-password',
  });
  return `${input}<script>PrimeFaces.cw("Password","${wv(id)}",{id:"${id}",feedback:${feedback},inline:false,promptLabel:"Please enter a password",weakLabel:"Weak",goodLabel:"Good",strongLabel:"Strong"});</script>`;
}

function outputLabel(forId: string, text: string, required: boolean): string {
  return `<label id="${forId}_lbl" for="${forId}" class="ui-outputlabel ui-widget">${h(text)}${required ? '<span class="ui-outputlabel-rfi">*</span>' : ''}</label>`;
}

interface DialogCfg {
  id: string;
  widgetVar: string;
  header: string;
  content: string;
  footer?: string;
  width?: number;
  visible?: boolean;
  closable?: boolean;
  closeOnEscape?: boolean;
  cls?: string;
}

function dialog(o: DialogCfg): string {
  const closable = o.closable ?? true;
  const close = closable
    ? `<a href="#" class="ui-dialog-titlebar-icon ui-dialog-titlebar-close ui-corner-all" aria-label="Close" role="button"><span class="ui-icon ui-icon-closethick"></span></a>`
    : '';
  return `<div id="${o.id}" class="ui-dialog ui-widget ui-widget-content ui-corner-all ui-shadow ui-hidden-container${o.cls ? ` ${o.cls}` : ''}" role="dialog" aria-labelledby="${o.id}_title" aria-hidden="true" style="width:${o.width ?? 480}px;display:none"><div class="ui-dialog-titlebar ui-widget-header ui-helper-clearfix ui-corner-top"><span id="${o.id}_title" class="ui-dialog-title">${h(o.header)}</span>${close}</div><div class="ui-dialog-content ui-widget-content" id="${o.id}_content">${o.content}</div>${o.footer ? `<div class="ui-dialog-footer ui-widget-content">${o.footer}</div>` : ''}</div><script>PrimeFaces.cw("Dialog","${o.widgetVar}",{id:"${o.id}",modal:true,visible:${o.visible ? 'true' : 'false'},closeOnEscape:${o.closeOnEscape ?? true},resizable:false,draggable:true,fitViewport:true});</script>`;
}

function growl(msgs: FacesMessage[] = []): string {
  return `<span id="growl"><script>PrimeFaces.cw("Growl","widget_growl",{id:"growl",sticky:false,life:4000,escape:true,keepAlive:false,msgs:${js(msgs)}});</script></span>`;
}

function panel(id: string, header: string, content: string, cls = ''): string {
  return `<div id="${id}" class="ui-panel ui-widget ui-widget-content ui-corner-all${cls ? ` ${cls}` : ''}" data-widget="${wv(id)}"><div id="${id}_header" class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">${h(header)}</span></div><div id="${id}_content" class="ui-panel-content ui-widget-content">${content}</div></div>`;
}

function selectOneRadio(
  id: string,
  options: Array<[string, string]>,
  selected: string,
  change: string,
): string {
  const rows = options
    .map(([value, label], i) => {
      const on = value === selected;
      return `<tr><td><div class="ui-radiobutton ui-widget"><div class="ui-helper-hidden-accessible"><input id="${id}:${i}" name="${id}" type="radio" value="${h(value)}"${on ? ' checked="checked"' : ''} data-label="${h(label)}" /></div><div class="ui-radiobutton-box ui-widget ui-corner-all ui-state-default${on ? ' ui-state-active' : ''}"><span class="ui-radiobutton-icon ui-icon ui-c ${on ? 'ui-icon-bullet' : 'ui-icon-blank'}"></span></div></div><label for="${id}:${i}" class="ui-radiobutton-label">${h(label)}</label></td></tr>`;
    })
    .join('');
  return `<table id="${id}" class="ui-selectoneradio ui-widget" role="radiogroup" aria-required="true"><tbody>${rows}</tbody></table><script>PrimeFaces.cw("SelectOneRadio","${wv(id)}",{id:"${id}",unselectable:false,behaviors:{change:function(ext,event){${change}}}});</script>`;
}

function selectOneMenu(
  id: string,
  items: Array<{ value: string; label: string }>,
  selected: string,
  error: boolean,
  width: string,
): string {
  const index = Math.max(
    0,
    items.findIndex((i) => i.value === selected),
  );
  const current = items[index] ?? { value: '', label: '' };
  const options = items
    .map(
      (item, i) =>
        `<option value="${h(item.value)}"${i === index ? ' selected="selected"' : ''}${item.value === '' ? ' data-noselection-option="true"' : ''}>${h(item.label)}</option>`,
    )
    .join('');
  const lis = items
    .map(
      (item, i) =>
        `<li id="${id}_${i}" class="ui-selectonemenu-item ui-selectonemenu-list-item ui-corner-all${item.value === '' ? ' ui-noselection-option' : ''}${i === index ? ' ui-state-highlight' : ''}" data-label="${h(item.label)}" tabindex="-1" role="option" aria-selected="${i === index}">${h(item.label)}</li>`,
    )
    .join('');
  return `<div id="${id}" class="ui-selectonemenu ui-widget ui-state-default ui-corner-all${error ? ' ui-state-error' : ''}" aria-owns="${id}_panel" role="combobox" aria-haspopup="listbox" aria-expanded="false" style="width:${width}"><div class="ui-helper-hidden-accessible"><input id="${id}_focus" name="${id}_focus" type="text" autocomplete="off" aria-expanded="false" aria-labelledby="${id}_label" role="combobox" aria-haspopup="listbox" aria-controls="${id}_items" readonly="readonly" /></div><div class="ui-helper-hidden-accessible"><select id="${id}_input" name="${id}_input" tabindex="-1" autocomplete="off" aria-hidden="true">${options}</select></div><label id="${id}_label" class="ui-selectonemenu-label ui-inputfield ui-corner-all${current.value === '' ? ' ui-state-placeholder' : ''}">${h(current.label)}</label><div class="ui-selectonemenu-trigger ui-state-default ui-corner-right" aria-hidden="true"><span class="ui-icon ui-icon-triangle-1-s ui-c"></span></div><div id="${id}_panel" class="ui-selectonemenu-panel ui-widget ui-widget-content ui-corner-all ui-helper-hidden ui-shadow ui-input-overlay"><div class="ui-selectonemenu-filter-container"><input id="${id}_filter" name="${id}_filter" type="text" autocomplete="off" class="ui-selectonemenu-filter ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" aria-label="Filter Input" /><span class="ui-icon ui-icon-search"></span></div><div class="ui-selectonemenu-items-wrapper" style="max-height:220px"><ul id="${id}_items" class="ui-selectonemenu-items ui-selectonemenu-list ui-widget-content ui-widget ui-corner-all ui-helper-reset" role="listbox">${lis}</ul></div></div></div><script>PrimeFaces.cw("SelectOneMenu","${wv(id)}",{id:"${id}",appendTo:"@(body)",filter:true,filterMatchMode:"contains",caseSensitive:false,autoWidth:false,dynamic:false,behaviors:{}});</script>`;
}

function inputOtp(id: string, length: number, error: boolean): string {
  const boxes = Array.from(
    { length },
    (_, i) =>
      `<input id="${id}_${i + 1}" type="text" class="ui-inputotp-input ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all${error ? ' ui-state-error' : ''}" autocomplete="one-time-code" inputmode="numeric" aria-label="${i + 1} digit" />`,
  ).join('');
  return `<span id="${id}" class="ui-inputotp ui-widget"><input id="${id}_hidden" name="${id}_hidden" type="hidden" value="" autocomplete="off" />${boxes}</span><script>PrimeFaces.cw("InputOtp","${wv(id)}",{id:"${id}",length:${length},integerOnly:true});</script>`;
}

function inputMask(id: string, error: boolean): string {
  return `${inputText({ id, error, cls: 'ui-inputmask', extra: ' inputmode="numeric"' })}<script>PrimeFaces.cw("InputMask","${wv(id)}",{id:"${id}",mask:"999999",slotChar:"_",autoClear:true});</script>`;
}

function dataTable(id: string, header: string, cols: string[], rows: string[][], empty: string): string {
  const head = cols
    .map(
      (c) =>
        `<th class="ui-state-default" role="columnheader" scope="col"><span class="ui-column-title">${h(c)}</span></th>`,
    )
    .join('');
  const body = rows.length
    ? rows
        .map(
          (r, i) =>
            `<tr data-ri="${i}" class="ui-widget-content ui-datatable-${i % 2 ? 'odd' : 'even'}" role="row">${r.map((c) => `<td role="gridcell">${h(c)}</td>`).join('')}</tr>`,
        )
        .join('')
    : `<tr class="ui-widget-content ui-datatable-empty-message"><td colspan="${cols.length}">${h(empty)}</td></tr>`;
  return `<div id="${id}" class="ui-datatable ui-widget"><div class="ui-datatable-header ui-widget-header ui-corner-top">${h(header)}</div><div class="ui-datatable-tablewrapper"><table role="grid"><thead id="${id}_head"><tr role="row">${head}</tr></thead><tbody id="${id}_data" class="ui-datatable-data ui-widget-content">${body}</tbody></table></div></div>`;
}

function partialResponse(o: {
  updates?: Array<[string, string]>;
  evals?: string[];
  args?: Record<string, unknown>;
  vs?: string;
}): string {
  let xml = `<?xml version='1.0' encoding='UTF-8'?>\n<partial-response id="j_id1"><changes>`;
  for (const [id, html] of o.updates ?? []) xml += `<update id="${h(id)}">${cdata(html)}</update>`;
  if (o.vs) xml += `<update id="j_id1:jakarta.faces.ViewState:0">${cdata(o.vs)}</update>`;
  for (const e of o.evals ?? []) xml += `<eval>${cdata(e)}</eval>`;
  if (o.args) xml += `<extension ln="primefaces" type="args">${h(JSON.stringify(o.args))}</extension>`;
  return `${xml}</changes></partial-response>`;
}

function partialRedirect(url: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?>\n<partial-response id="j_id1"><redirect url="${h(url)}"></redirect></partial-response>`;
}

function indiaTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 330 * 60 * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

function captchaSvg(text: string): string {
  const width = 160;
  const height = 50;
  const rnd = () => Math.random();
  let noise = '';
  for (let i = 0; i < 7; i++) {
    const y1 = Math.round(rnd() * height);
    const y2 = Math.round(rnd() * height);
    const cy = Math.round(rnd() * height);
    const hue = Math.round(rnd() * 360);
    noise += `<path d="M0 ${y1} Q ${Math.round(width / 2)} ${cy} ${width} ${y2}" stroke="hsl(${hue},45%,55%)" stroke-width="${1 + Math.round(rnd())}" fill="none" opacity="0.7"/>`;
  }
  for (let i = 0; i < 60; i++) {
    noise += `<circle cx="${Math.round(rnd() * width)}" cy="${Math.round(rnd() * height)}" r="${(rnd() * 1.4 + 0.4).toFixed(1)}" fill="hsl(${Math.round(rnd() * 360)},40%,45%)"/>`;
  }
  const glyphs = [...text]
    .map((ch, i) => {
      const x = 18 + i * 28;
      const y = 34 + Math.round(rnd() * 6 - 3);
      const rot = Math.round(rnd() * 36 - 18);
      const fill = ['#1b3a6b', '#6b1b1b', '#1b5e20', '#4a148c', '#37474f'][i % 5];
      const safe = ch.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return `<text x="${x}" y="${y}" transform="rotate(${rot} ${x + 8} ${y - 10})" font-family="'Courier New',Courier,monospace" font-size="30" font-weight="bold" fill="${fill}">${safe}</text>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f3f6e9"/><stop offset="1" stop-color="#e3ecf7"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#bg)"/>${noise}${glyphs}</svg>`;
}

const EMBLEM = `<svg class="einv-emblem" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="18" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="20" cy="20" r="3" fill="currentColor"/><g stroke="currentColor" stroke-width="1">${Array.from(
  { length: 12 },
  (_, i) => {
    const a = (i * Math.PI) / 6;
    return `<line x1="${(20 + 4 * Math.cos(a)).toFixed(1)}" y1="${(20 + 4 * Math.sin(a)).toFixed(1)}" x2="${(20 + 16 * Math.cos(a)).toFixed(1)}" y2="${(20 + 16 * Math.sin(a)).toFixed(1)}"/>`;
  },
).join('')}</g></svg>`;

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3866"/><text x="16" y="22" font-family="Arial,sans-serif" font-size="15" font-weight="bold" fill="#ffd54f" text-anchor="middle">eI</text></svg>`;

function head(title: string, viewId: string): string {
  const res = (name: string, ln: string) =>
    `/jakarta.faces.resource/${name}.xhtml?ln=${ln}&amp;v=${PF_VERSION}`;
  return `<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="icon" type="image/svg+xml" href="/jakarta.faces.resource/images/favicon.svg.xhtml?ln=einv" />
<link type="text/css" rel="stylesheet" href="${res('theme.css', 'primefaces-saga')}" />
<link type="text/css" rel="stylesheet" href="${res('components.css', 'primefaces')}" />
<link type="text/css" rel="stylesheet" href="/jakarta.faces.resource/css/einvoice.css.xhtml?ln=einv" />
<script src="${res('core.js', 'primefaces')}"></script>
<script src="${res('components.js', 'primefaces')}"></script>
<script>if(window.PrimeFaces){PrimeFaces.settings.locale='en_IN';PrimeFaces.settings.viewId='${viewId}';PrimeFaces.settings.contextPath='';PrimeFaces.settings.cookiesSecure=false;PrimeFaces.settings.projectStage='Production';}</script>
<title>${h(title)}</title>
</head>`;
}

function html(title: string, viewId: string, bodyClass: string, body: string): string {
  return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
${head(title, viewId)}
<body class="${bodyClass}">
<div id="ajaxStatus" class="ui-ajax-status einv-ajax-status" style="display:none"><span class="pi pi-spin pi-spinner"></span> Please wait...</div>
${body}
</body>
</html>`;
}

function publicHeader(withLogin: boolean): string {
  return `<header class="einv-public-header">
<div class="einv-brand">${EMBLEM}<div><div class="einv-brand-title">e-Invoice System</div><div class="einv-brand-sub">Goods and Services Tax Network &middot; Government of India</div></div></div>
<nav class="einv-public-nav"><a href="/">Home</a><a href="#" onclick="return false;">Help</a><a href="#" onclick="return false;">Contact Us</a>${withLogin ? pButton('headerForm:btnLogin', 'Login', LOGIN_PATH, 'pi pi-sign-in', 'homepageloginbtn') : ''}</nav>
</header>`;
}

const PUBLIC_FOOTER = `<footer class="einv-public-footer">Site is designed, developed and hosted by National Informatics Centre. Contents are provided by Goods and Services Tax Network. Best viewed in the latest versions of Chrome, Edge and Firefox.</footer>`;

function renderPanelMenu(activeHref: string): string {
  const items = (nodes: MenuNode[], prefix: string): string =>
    nodes
      .map((node, i) => {
        if (isLeaf(node)) {
          const active = node.href === activeHref ? ' ui-state-highlight' : '';
          return `<li class="ui-menuitem ui-widget ui-corner-all" role="none"><a tabindex="-1" class="ui-menuitem-link ui-corner-all${active}" href="${node.href}" role="menuitem"><span class="ui-menuitem-icon ui-icon ${node.icon}"></span><span class="ui-menuitem-text">${h(node.label)}</span></a></li>`;
        }
        const id = `${prefix}_${i}`;
        return `<li id="${id}" class="ui-widget ui-menuitem ui-corner-all ui-menu-parent" role="none" aria-expanded="false"><a tabindex="-1" class="ui-menuitem-link ui-corner-all" href="#" role="menuitem"><span class="ui-panelmenu-icon ui-icon ui-icon-triangle-1-e"></span><span class="ui-menuitem-text">${h(node.label)}</span></a><ul class="ui-menu-list ui-helper-reset" role="menu" style="display:none">${items(node.children, id)}</ul></li>`;
      })
      .join('');
  const panels = MENU.map((group, gi) => {
    const cid = `menuForm:panelMenu_${gi}`;
    return `<div class="ui-panelmenu-panel"><h3 class="ui-widget ui-panelmenu-header ui-state-default ui-corner-all" role="tab" tabindex="0" aria-expanded="false" aria-controls="${cid}"><span class="ui-icon ui-icon-triangle-1-e"></span><a href="#" tabindex="-1"><span class="ui-menuitem-icon ui-icon ${group.icon ?? ''}"></span>${h(group.label)}</a></h3><div id="${cid}" class="ui-panelmenu-content ui-widget-content ui-helper-hidden" role="tabpanel" aria-hidden="true"><ul class="ui-menu-list ui-helper-reset" role="menu">${items(group.children, cid)}</ul></div></div>`;
  }).join('');
  return `<div id="menuForm:panelMenu" class="ui-panelmenu ui-widget" role="tablist">${panels}</div><script>PrimeFaces.cw("PanelMenu","widget_menuForm_panelMenu",{id:"menuForm:panelMenu",stateful:true,multiple:true});</script>`;
}

function breadcrumb(trail: string[]): string {
  const parts = trail
    .map(
      (label, i) =>
        `<li class="ui-breadcrumb-chevron pi pi-chevron-right" aria-hidden="true"></li><li><a tabindex="-1" class="ui-menuitem-link ui-corner-all${i === trail.length - 1 ? ' ui-state-disabled' : ''}" href="#" onclick="return false;"><span class="ui-menuitem-text">${h(label)}</span></a></li>`,
    )
    .join('');
  return `<nav id="breadcrumb" class="ui-breadcrumb ui-module ui-widget ui-widget-header ui-helper-clearfix ui-corner-all" aria-label="Breadcrumb"><ol class="ui-breadcrumb-items"><li class="ui-breadcrumb-home-icon"><a tabindex="-1" class="ui-menuitem-link ui-corner-all" href="${DASHBOARD_PATH}" aria-label="Home"><span class="ui-menuitem-icon ui-icon pi pi-home"></span></a></li>${parts}</ol></nav>`;
}

const CONFIRM_DIALOG = `<div id="confirmDlg" class="ui-confirm-dialog ui-dialog ui-widget ui-widget-content ui-corner-all ui-shadow ui-hidden-container" role="alertdialog" aria-describedby="confirmDlg_message" aria-labelledby="confirmDlg_title" aria-hidden="true" style="width:440px;display:none"><div class="ui-dialog-titlebar ui-widget-header ui-helper-clearfix ui-corner-top"><span id="confirmDlg_title" class="ui-dialog-title">Confirmation</span><a href="#" class="ui-dialog-titlebar-icon ui-dialog-titlebar-close ui-corner-all" aria-label="Close" role="button"><span class="ui-icon ui-icon-closethick"></span></a></div><div class="ui-dialog-content ui-widget-content"><span class="ui-icon ui-confirm-dialog-severity pi pi-exclamation-triangle"></span><span id="confirmDlg_message" class="ui-confirm-dialog-message"></span></div><div class="ui-dialog-buttonpane ui-dialog-footer ui-widget-content ui-helper-clearfix">${button(
  {
    id: 'confirmDlg:yes',
    label: 'Yes',
    icon: 'pi pi-check',
    type: 'button',
    cls: 'ui-confirmdialog-yes',
    onclick: '',
  },
)}${button({
  id: 'confirmDlg:no',
  label: 'No',
  icon: 'pi pi-times',
  type: 'button',
  cls: 'ui-confirmdialog-no ui-button-flat',
  onclick: '',
})}</div></div><script>PrimeFaces.cw("ConfirmDialog","widget_confirmDlg",{id:"confirmDlg",global:true,modal:true,closeOnEscape:true});</script>`;

function okDialog(id: string, header: string, icon: string): string {
  return dialog({
    id,
    widgetVar: id,
    header,
    width: 460,
    content: `<div class="einv-dlg-body"><span class="einv-dlg-icon ${icon}"></span><span id="${id}Msg" class="einv-dlg-text"></span></div>`,
    footer: button({
      id: `${id}:ok`,
      label: 'OK',
      icon: 'pi pi-check',
      type: 'button',
      onclick: `PF('${id}').hide();return false;`,
    }),
  });
}

// ---------------------------------------------------------------------------------------------

export async function startR8PrimefacesRendition(
  options: R8PrimefacesOptions = {},
): Promise<R8PrimefacesRendition> {
  const state: R8PrimefacesState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const showTechContact = options.techContact ?? true;
  const sessions = new Map<string, Session>();
  let pendingExpiry: R8PrimefacesExpiry | undefined = options.expireOnce;

  function newSession(): Session {
    const id = `${randomBytes(18).toString('base64url')}.einv-app-2`;
    const session: Session = {
      id,
      auth: 'none',
      views: new Map(),
      lastSeen: Date.now(),
      dashboardVisits: 0,
      tech: { name: 'Prakash Deshmukh', mobile: '9876504821', email: 'it.support@udayelectricals.in' },
    };
    sessions.set(id, session);
    return session;
  }

  function sessionCookie(session: Session): string {
    return `JSESSIONID=${session.id}; Path=/; HttpOnly; SameSite=Lax`;
  }

  function ensureSession(ctx: Ctx): Session {
    if (ctx.session) return ctx.session;
    const session = newSession();
    ctx.session = session;
    ctx.headers['Set-Cookie'] = sessionCookie(session);
    ctx.rewriteUrls = !ctx.req.headers.cookie?.includes('JSESSIONID=');
    return session;
  }

  function newView(session: Session, path: string, bean: CreateBean | null): View {
    const view: View = { id: viewStateId(), path, bean };
    session.views.set(view.id, view);
    while (session.views.size > MAX_VIEWS) {
      const oldest = session.views.keys().next().value;
      if (oldest === undefined) break;
      session.views.delete(oldest);
    }
    return view;
  }

  function action(ctx: Ctx, path: string): string {
    return ctx.rewriteUrls && ctx.session ? `${path};jsessionid=${ctx.session.id}` : path;
  }

  /** The first call of a stage named by expireOnce finds its session gone. */
  function takeExpiry(stage: R8PrimefacesExpiry, session: Session): boolean {
    if (pendingExpiry !== stage) return false;
    pendingExpiry = undefined;
    sessions.delete(session.id);
    state.expired.push(stage);
    return true;
  }

  function send(ctx: Ctx, status: number, type: string, body: string) {
    ctx.res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      Pragma: 'no-cache',
      'X-Powered-By': 'Jakarta Faces 4.0 (Mojarra 4.0.5)',
      ...ctx.headers,
    });
    ctx.res.end(body);
  }

  function redirect(ctx: Ctx, location: string) {
    ctx.res.writeHead(302, { Location: location, 'Cache-Control': 'no-cache', ...ctx.headers });
    ctx.res.end();
  }

  function sendXml(ctx: Ctx, xml: string) {
    send(ctx, 200, 'text/xml;charset=UTF-8', xml);
  }

  // ----- pages ---------------------------------------------------------------------------------

  function homePage(ctx: Ctx) {
    const body = `${publicHeader(true)}
<main class="einv-public-main">
<section class="einv-hero"><h1>e-Invoice System</h1><p>Generate the Invoice Reference Number (IRN) for your B2B invoices, register your GSP for API access, and view the e-invoices reported for your GSTIN.</p></section>
<div class="einv-public-grid">
${panel('newsPanel', 'Latest Updates', `<ul class="einv-news"><li><span class="einv-news-date">01/04/2025</span> Two-factor authentication (OTP) is mandatory for logging in to the e-Invoice System. The OTP is sent by SMS and the Sandes app, or generated by the NIC-GST-Shield app.</li><li><span class="einv-news-date">01/04/2025</span> Taxpayers with AATO of Rs. 10 crore and above may not report invoices older than 30 days.</li><li><span class="einv-news-date">15/01/2025</span> API users can be created per GSP: API Registration &gt; User Credentials &gt; Create API User.</li></ul>`)}
${panel('linksPanel', 'Quick Links', `<ul class="einv-links-list"><li><a href="#" onclick="return false;">Verify Signed Invoice</a></li><li><a href="#" onclick="return false;">Search Taxpayer</a></li><li><a href="#" onclick="return false;">List of GSPs</a></li><li><a href="#" onclick="return false;">User Manual</a></li></ul>`)}
</div>
</main>
${PUBLIC_FOOTER}`;
    send(ctx, 200, 'text/html;charset=UTF-8', html('e-Invoice System', '/index.xhtml', 'einv-public', body));
  }

  function captchaUrl(): string {
    return `/jakarta.faces.resource/dynamiccontent.properties.xhtml?ln=primefaces&amp;v=${PF_VERSION}&amp;pfdrid=${randomBytes(12).toString('hex')}&amp;pfdrt=sc&amp;pfdrid_c=false&amp;uid=${randomBytes(8).toString('hex')}`;
  }

  interface LoginRender {
    msgs?: FacesMessage[];
    errors?: Record<string, string>;
    username?: string;
  }

  function loginFormHtml(ctx: Ctx, session: Session, view: View, o: LoginRender = {}): string {
    const errors = o.errors ?? {};
    const submit = ab({ s: 'loginForm:btnLogin', f: 'loginForm', p: 'loginForm', u: 'loginForm growl' });
    let body: string;
    if (session.auth === 'otp') {
      body = `<div class="einv-form-title"><span class="pi pi-shield"></span> Two Factor Authentication</div>
${messagesBox('loginForm:msgs', o.msgs ?? [])}
<p class="einv-note">An OTP has been sent to your registered mobile number <b>${MOBILE}</b> and to the Sandes app. You may also enter the OTP shown in the NIC-GST-Shield app.</p>
<div class="einv-field">${outputLabel('loginForm:otp_1', 'Enter OTP', true)}
${inputOtp('loginForm:otp', 6, Boolean(errors.otp))}
${fieldMessage('loginForm:otpMsg', errors.otp)}</div>
<div class="einv-actions">${button({ id: 'loginForm:btnVerifyOtp', label: 'Verify OTP', icon: 'pi pi-check', cls: 'einv-block', onclick: `${ab({ s: 'loginForm:btnVerifyOtp', f: 'loginForm', p: 'loginForm', u: 'loginForm growl' })}return false;` })}</div>
<div class="einv-login-links">${commandLink('loginForm:lnkResendOtp', 'Resend OTP', `${ab({ s: 'loginForm:lnkResendOtp', f: 'loginForm', p: 'loginForm:lnkResendOtp', u: 'loginForm growl' })}return false;`)}<span class="einv-sep">|</span>${commandLink('loginForm:lnkBack', 'Back to Login', `${ab({ s: 'loginForm:lnkBack', f: 'loginForm', p: 'loginForm:lnkBack', u: 'loginForm' })}return false;`)}</div>`;
    } else {
      body = `<div class="einv-form-title"><span class="pi pi-sign-in"></span> Login</div>
${messagesBox('loginForm:msgs', o.msgs ?? [])}
<div class="einv-field">${outputLabel('loginForm:username', 'Username', true)}
${inputText({ id: 'loginForm:username', value: o.username ?? '', maxlength: 15, placeholder: 'Enter Username', error: Boolean(errors.username), autocomplete: 'username' })}
${fieldMessage('loginForm:usernameMsg', errors.username)}</div>
<div class="einv-field">${outputLabel('loginForm:password', 'Password', true)}
${inputText({ id: 'loginForm:password', type: 'password', maxlength: 20, placeholder: 'Enter Password', error: Boolean(errors.password), autocomplete: 'current-password', cls: 'ui-password' })}
${fieldMessage('loginForm:passwordMsg', errors.password)}</div>
<div class="einv-field">${outputLabel('loginForm:captcha', 'Captcha', true)}
<div class="einv-captcha-row"><img id="loginForm:captchaImg" src="${captchaUrl()}" alt="Captcha" width="160" height="50" class="einv-captcha" />${commandLink('loginForm:lnkRefreshCaptcha', '', "var i=document.getElementById('loginForm:captchaImg');i.src=i.src.replace(/uid=[0-9a-f]+/,'uid='+Date.now().toString(16));return false;", 'einv-captcha-refresh pi pi-refresh')}</div>
${inputText({ id: 'loginForm:captcha', maxlength: 5, placeholder: 'Enter the characters shown above', error: Boolean(errors.captcha) })}
${fieldMessage('loginForm:captchaMsg', errors.captcha)}</div>
<div class="einv-actions">${button({ id: 'loginForm:btnLogin', label: 'Login', icon: 'pi pi-sign-in', cls: 'einv-block', onclick: `${submit}return false;` })}</div>
<div class="einv-login-links"><a href="#" onclick="return false;">Forgot Username</a><span class="einv-sep">|</span><a href="#" onclick="return false;">Forgot Password</a></div>`;
    }
    return form('loginForm', action(ctx, LOGIN_PATH), view.id, body, 'einv-login-form');
  }

  function loginPage(ctx: Ctx) {
    if (ctx.session?.auth === 'in') return redirect(ctx, DASHBOARD_PATH);
    const session = ensureSession(ctx);
    session.auth = 'none';
    const view = newView(session, LOGIN_PATH, null);
    const msgs: FacesMessage[] = [];
    if (ctx.query.get('expired') === 'true')
      msgs.push({
        severity: 'warn',
        summary: 'Session Expired.',
        detail: 'Your session has expired. Please login again.',
      });
    if (ctx.query.get('logout') === 'true')
      msgs.push({
        severity: 'info',
        summary: 'Logged out.',
        detail: 'You have been logged out successfully.',
      });
    const body = `${publicHeader(false)}
<main class="einv-login-main">
<div class="einv-login-side"><h2>e-Invoice System</h2><p>Login with the username and password of your e-Invoice / e-Way Bill account. An OTP will be sent to the mobile number registered with the GSTIN.</p><p class="einv-small">Do not share your password or OTP with anyone.</p></div>
<div class="einv-login-card ui-panel ui-widget ui-widget-content ui-corner-all">
${loginFormHtml(ctx, session, view, { msgs })}
</div>
</main>
${PUBLIC_FOOTER}
${growl()}`;
    send(
      ctx,
      200,
      'text/html;charset=UTF-8',
      html('Login | e-Invoice System', LOGIN_PATH, 'einv-public', body),
    );
  }

  function securePage(
    ctx: Ctx,
    view: View,
    o: {
      title: string;
      active: string;
      trail: string[];
      content: string;
      msgs?: FacesMessage[];
      extra?: string;
    },
  ) {
    const body = `<div class="layout-wrapper">
<div class="layout-topbar">
<div class="layout-topbar-brand">${EMBLEM}<div><div class="einv-brand-title">e-Invoice System</div><div class="einv-brand-sub">Goods and Services Tax &middot; Government of India</div></div></div>
<div class="layout-topbar-user"><span class="pi pi-user"></span><span class="topbar-name">${h(TRADE_NAME)}</span><span class="topbar-gstin">${h(state.gstin)}</span><a id="lnkLogout" href="/logout.xhtml" class="ui-commandlink ui-widget topbar-logout"><span class="pi pi-sign-out"></span> Logout</a></div>
</div>
<div class="layout-sidebar">${form('menuForm', action(ctx, view.path), view.id, renderPanelMenu(o.active))}</div>
<div class="layout-main">
<div class="layout-breadcrumb">${breadcrumb(o.trail)}</div>
<div class="layout-content">${o.content}</div>
<div class="layout-footer">e-Invoice System &middot; National Informatics Centre &middot; Version 1.04</div>
</div>
</div>
${growl(o.msgs ?? [])}
${CONFIRM_DIALOG}
${o.extra ?? ''}`;
    send(
      ctx,
      200,
      'text/html;charset=UTF-8',
      html(`${o.title} | e-Invoice System`, view.path, 'einv-secure', body),
    );
  }

  function techFormHtml(ctx: Ctx, session: Session, view: View, errors: Record<string, string> = {}): string {
    const t = session.tech;
    const body = `<p class="einv-note">Please verify the contact details of the technical person who handles the e-invoice integration (API / ERP) of your organisation. NIC will use these details to reach you about API changes.</p>
${messagesBox('techForm:msgs', [])}
<table class="ui-panelgrid ui-widget einv-grid" role="grid"><tbody>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">Name <span class="einv-req">*</span></td><td class="ui-panelgrid-cell">${inputText({ id: 'techForm:name', value: t.name, maxlength: 60, error: Boolean(errors.name) })}${fieldMessage('techForm:nameMsg', errors.name)}</td></tr>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">Mobile Number <span class="einv-req">*</span></td><td class="ui-panelgrid-cell">${inputText({ id: 'techForm:mobile', value: t.mobile, maxlength: 10, error: Boolean(errors.mobile) })}${fieldMessage('techForm:mobileMsg', errors.mobile)}</td></tr>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">E-mail Id <span class="einv-req">*</span></td><td class="ui-panelgrid-cell">${inputText({ id: 'techForm:email', value: t.email, maxlength: 80, error: Boolean(errors.email) })}${fieldMessage('techForm:emailMsg', errors.email)}</td></tr>
</tbody></table>
<div class="ui-dialog-buttonpane einv-dlg-buttons">${button({ id: 'techForm:btnUpdate', label: 'Update', icon: 'pi pi-save', onclick: `${ab({ s: 'techForm:btnUpdate', f: 'techForm', p: 'techForm', u: 'techForm growl', onco: "function(xhr,status,args){if(!args.validationFailed){PF('techContactDlg').hide();}}" })}return false;` })}${button({ id: 'techForm:btnExit', label: 'Exit', icon: 'pi pi-times', type: 'button', cls: 'ui-button-danger', onclick: "PF('techContactDlg').hide();return false;" })}</div>`;
    return form('techForm', action(ctx, view.path), view.id, body);
  }

  function dashboardPage(ctx: Ctx, session: Session) {
    const view = newView(session, DASHBOARD_PATH, null);
    const first = session.dashboardVisits === 0;
    session.dashboardVisits++;
    const count = state.users.filter((u) => u.gstin === state.gstin).length;
    const card = (title: string, icon: string, rows: Array<[string, string]>) =>
      `<div class="ui-card ui-widget ui-widget-content ui-corner-all einv-card"><div class="ui-card-body"><div class="ui-card-title"><span class="${icon}"></span> ${h(title)}</div><div class="ui-card-content"><table class="einv-card-table">${rows.map(([k, v]) => `<tr><td>${h(k)}</td><td class="einv-num">${h(v)}</td></tr>`).join('')}</table></div></div></div>`;
    const content = `<h1 class="einv-page-title">Dash Board</h1>
<div class="einv-welcome">Welcome <b>${h(TRADE_NAME)}</b> (${h(state.gstin)})</div>
<div class="einv-cards">
${card('Generations', 'pi pi-file', [
  ['Today', '0'],
  ['This Month', '0'],
  ['This Year', '0'],
])}
${card('Cancelled', 'pi pi-ban', [
  ['Today', '0'],
  ['This Month', '0'],
  ['This Year', '0'],
])}
${card('API Users', 'pi pi-key', [['Registered GSPs', String(count)]])}
</div>
${panel('noticePanel', 'Notices', `<ul class="einv-news"><li>Two-factor authentication is mandatory for all users from 01/04/2025.</li><li>To let a GSP call the e-invoice APIs for this GSTIN, create an API user: API Registration &gt; User Credentials &gt; Create API User.</li></ul>`)}`;
    const extra =
      first && showTechContact
        ? dialog({
            id: 'techContactDlg',
            widgetVar: 'techContactDlg',
            header: 'Contacts of Technical Person',
            width: 620,
            visible: true,
            closeOnEscape: false,
            content: techFormHtml(ctx, session, view),
          })
        : '';
    securePage(ctx, view, {
      title: 'Dash Board',
      active: DASHBOARD_PATH,
      trail: ['Dash Board'],
      content,
      msgs: first
        ? [{ severity: 'info', summary: 'Welcome', detail: `You have logged in as ${LOGIN.username}.` }]
        : [],
      extra,
    });
  }

  function placeholderPage(ctx: Ctx, session: Session, trail: string[]) {
    const view = newView(session, ctx.path, null);
    const title = trail[trail.length - 1] ?? 'Page';
    securePage(ctx, view, {
      title,
      active: ctx.path,
      trail,
      content: `<h1 class="einv-page-title">${h(title)}</h1>${panel('mainPanel', title, `${messagesBox('mainMsgs', [{ severity: 'info', summary: 'Information:', detail: 'No records found for your GSTIN.' }])}`)}`,
    });
  }

  // ----- Create API User -----------------------------------------------------------------------

  interface CreateRender {
    otpMsgs?: FacesMessage[];
    otpError?: string;
    regMsgs?: FacesMessage[];
    regErrors?: Record<string, string>;
  }

  function otpFormHtml(ctx: Ctx, view: View, o: CreateRender): string {
    const body = `${messagesBox('otpForm:msgs', o.otpMsgs ?? [])}
<p class="einv-note">An OTP has been sent to your registered mobile number <b>${MOBILE}</b>. Enter the OTP and click "Verify OTP". The OTP is valid for 10 minutes.</p>
<table class="ui-panelgrid ui-widget einv-grid" role="grid"><tbody>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">Enter OTP <span class="einv-req">*</span></td><td class="ui-panelgrid-cell">${inputMask('otpForm:otp', Boolean(o.otpError))}${fieldMessage('otpForm:otpMsg', o.otpError)}</td></tr>
</tbody></table>
<div class="einv-actions">${button({ id: 'otpForm:btnVerifyOtp', label: 'Verify OTP', icon: 'pi pi-check', onclick: `${ab({ s: 'otpForm:btnVerifyOtp', f: 'otpForm', p: 'otpForm', u: 'apiRegContent growl' })}return false;` })}${commandLink('otpForm:lnkResend', 'Resend OTP', `${ab({ s: 'otpForm:lnkResend', f: 'otpForm', p: 'otpForm:lnkResend', u: 'otpForm growl' })}return false;`, 'einv-inline-link')}${pButton('otpForm:btnExit', 'Exit', DASHBOARD_PATH, 'pi pi-times', 'ui-button-secondary')}</div>`;
    return form('otpForm', action(ctx, view.path), view.id, body);
  }

  function modePanelHtml(bean: CreateBean, errors: Record<string, string>): string {
    const exit = pButton('regForm:btnExit', 'Exit', DASHBOARD_PATH, 'pi pi-times', 'ui-button-secondary');
    const pan = state.gstin.slice(2, 12);
    let inner = '';
    if (bean.mode === 'DIRECT') {
      inner = `${messagesBox('regForm:modeMsgs', [{ severity: 'warn', summary: 'Not eligible:', detail: 'Direct API access is allowed only for taxpayers with an aggregate annual turnover above Rs. 500 crore. Please register through a GSP.' }])}<div class="einv-actions">${exit}</div>`;
    } else if (bean.mode === 'ERP') {
      inner = `${messagesBox('regForm:modeMsgs', [{ severity: 'warn', summary: 'Not eligible:', detail: 'Registration through ERP is allowed only for taxpayers who have been given direct API access. Please register through a GSP.' }])}<div class="einv-actions">${exit}</div>`;
    } else if (bean.mode === 'CLIENTID') {
      inner = `${messagesBox('regForm:modeMsgs', [{ severity: 'warn', summary: 'Not available:', detail: `No other GSTIN of PAN ${pan} holds a Client-Id. Please register through a GSP.` }])}<div class="einv-actions">${exit}</div>`;
    } else if (bean.mode === 'GSP') {
      const items = [
        { value: '', label: '--Select--' },
        ...GSPS.map((g) => ({ value: g.id, label: g.name })),
      ];
      const submitCmd = `${ab({ s: 'regForm:btnSubmit', f: 'regForm', p: 'regForm', u: 'apiRegContent growl' })}return false;`;
      inner = `<table class="ui-panelgrid ui-widget einv-grid" role="grid"><tbody>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">Select your GSP <span class="einv-req">*</span></td><td class="ui-panelgrid-cell">${selectOneMenu('regForm:gsp', items, bean.gspId, Boolean(errors.gsp), '100%')}${fieldMessage('regForm:gspMsg', errors.gsp)}</td></tr>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">Username <span class="einv-req">*</span></td><td class="ui-panelgrid-cell"><div class="ui-inputgroup"><span class="ui-inputgroup-addon">API_</span>${inputText({ id: 'regForm:username', value: bean.typed, maxlength: 16, error: Boolean(errors.username) })}</div><small class="einv-hint">4 to 16 characters: letters, digits or underscore. The prefix API_ is added by the system.</small>${fieldMessage('regForm:usernameMsg', errors.username)}</td></tr>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">Password <span class="einv-req">*</span></td><td class="ui-panelgrid-cell">${passwordInput('regForm:password', Boolean(errors.password), true)}<small class="einv-hint">8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.</small>${fieldMessage('regForm:passwordMsg', errors.password)}</td></tr>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">Re-enter Password <span class="einv-req">*</span></td><td class="ui-panelgrid-cell">${passwordInput('regForm:confirmPassword', Boolean(errors.confirmPassword), false)}${fieldMessage('regForm:confirmPasswordMsg', errors.confirmPassword)}</td></tr>
</tbody></table>
<div class="einv-actions">${button({ id: 'regForm:btnSubmit', label: 'Submit', icon: 'pi pi-check', onclick: 'PrimeFaces.confirm({source:"regForm:btnSubmit",header:"Confirmation",message:"Do you want to create the API user with the details entered?",icon:"pi pi-exclamation-triangle"});return false;', confirmCommand: submitCmd })}${exit}</div>`;
    } else {
      inner = `<div class="einv-actions">${exit}</div>`;
    }
    return `<div id="regForm:modePanel" class="einv-mode-panel">${inner}</div>`;
  }

  function regFormHtml(ctx: Ctx, view: View, bean: CreateBean, o: CreateRender): string {
    const change = ab({
      s: 'regForm:mode',
      e: 'change',
      f: 'regForm',
      p: 'regForm:mode',
      u: 'regForm:modePanel',
    });
    const body = `${messagesBox('regForm:msgs', o.regMsgs ?? [])}
<table class="ui-panelgrid ui-widget einv-grid" role="grid"><tbody>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">GSTIN</td><td class="ui-panelgrid-cell"><span class="einv-readonly">${h(state.gstin)}</span> <span class="einv-muted">${h(TRADE_NAME)}</span></td></tr>
<tr class="ui-widget-content"><td class="ui-panelgrid-cell einv-lbl">Do you wish to Register your GSTIN for <span class="einv-req">*</span></td><td class="ui-panelgrid-cell">${selectOneRadio('regForm:mode', MODES, bean.mode, change)}${fieldMessage('regForm:modeMsg', o.regErrors?.mode)}</td></tr>
</tbody></table>
${modePanelHtml(bean, o.regErrors ?? {})}`;
    return form('regForm', action(ctx, view.path), view.id, body);
  }

  function registeredTable(): string {
    const rows = state.users
      .filter((u) => u.gstin === state.gstin)
      .map((u, i) => [String(i + 1), u.gsp, u.username, indiaTime(u.createdOn), 'Active']);
    return `<div id="regTablePanel" class="einv-reg-table">${dataTable('regTable', `GSPs registered for GSTIN ${state.gstin}`, ['Sl. No.', 'GSP Name', 'API User Name', 'Created On', 'Status'], rows, 'No records found.')}</div>`;
  }

  function apiRegContent(ctx: Ctx, view: View, bean: CreateBean, o: CreateRender = {}): string {
    const inner = bean.otpVerified
      ? `${regFormHtml(ctx, view, bean, o)}${registeredTable()}`
      : otpFormHtml(ctx, view, o);
    return `<div id="apiRegContent">${inner}</div>`;
  }

  function createPage(ctx: Ctx, session: Session) {
    if (takeExpiry('api-otp-send', session)) return redirect(ctx, EXPIRED_URL);
    const bean: CreateBean = { otpSentAt: Date.now(), otpVerified: false, mode: '', gspId: '', typed: '' };
    const view = newView(session, CREATE_PATH, bean);
    const trail = leafTrail(CREATE_PATH) ?? ['Create API User'];
    securePage(ctx, view, {
      title: 'Create API User',
      active: CREATE_PATH,
      trail,
      content: `<h1 class="einv-page-title">Create API User</h1>${panel('apiRegPanel', 'API Registration', apiRegContent(ctx, view, bean))}`,
      msgs: [
        {
          severity: 'info',
          summary: 'OTP Sent',
          detail: `OTP has been sent to your registered mobile number ${MOBILE}.`,
        },
      ],
      extra: `${okDialog('errorDlg', 'Error', 'pi pi-times-circle einv-dlg-error')}${okDialog('successDlg', 'Success', 'pi pi-check-circle einv-dlg-success')}`,
    });
  }

  const USERNAME_RE = /^[A-Za-z0-9_]{4,16}$/;
  function passwordOk(pw: string): boolean {
    return (
      pw.length >= 8 &&
      pw.length <= 15 &&
      /[A-Z]/.test(pw) &&
      /[a-z]/.test(pw) &&
      /[0-9]/.test(pw) &&
      /[^A-Za-z0-9]/.test(pw) &&
      !/\s/.test(pw)
    );
  }

  function createAjax(ctx: Ctx, session: Session, view: View, p: URLSearchParams) {
    const bean = view.bean;
    const src = p.get('jakarta.faces.source') ?? '';
    if (!bean) return sendXml(ctx, partialRedirect(CREATE_PATH));
    const growlMsg = (m: FacesMessage): [string, string] => ['growl', growl([m])];

    if (src === 'otpForm:lnkResend') {
      if (takeExpiry('api-otp-send', session)) return sendXml(ctx, partialRedirect(EXPIRED_URL));
      bean.otpSentAt = Date.now();
      return sendXml(
        ctx,
        partialResponse({
          updates: [
            ['otpForm', otpFormHtml(ctx, view, {})],
            growlMsg({
              severity: 'info',
              summary: 'OTP Sent',
              detail: `OTP has been re-sent to your registered mobile number ${MOBILE}.`,
            }),
          ],
          vs: view.id,
        }),
      );
    }

    if (src === 'otpForm:btnVerifyOtp') {
      if (takeExpiry('api-otp-verify', session)) return sendXml(ctx, partialRedirect(EXPIRED_URL));
      const otp = (p.get('otpForm:otp') ?? '').replace(/_/g, '').trim();
      const again = (o: CreateRender, args: Record<string, unknown>) =>
        sendXml(
          ctx,
          partialResponse({
            updates: [['apiRegContent', apiRegContent(ctx, view, bean, o)]],
            vs: view.id,
            args,
          }),
        );
      if (!otp)
        return again(
          { otpError: 'Enter OTP: Validation Error: Value is required.' },
          { validationFailed: true },
        );
      if (Date.now() - bean.otpSentAt > API_OTP_VALIDITY_MS) {
        state.refusals.push('api-otp');
        return again(
          {
            otpMsgs: [
              {
                severity: 'error',
                summary: 'OTP Expired.',
                detail: 'The OTP has expired. Please click "Resend OTP".',
              },
            ],
          },
          { validationFailed: true },
        );
      }
      if (otp !== state.apiOtp) {
        state.refusals.push('api-otp');
        return again(
          {
            otpMsgs: [
              {
                severity: 'error',
                summary: 'Invalid OTP.',
                detail: 'The OTP entered is incorrect. Please try again.',
              },
            ],
            otpError: 'Invalid OTP',
          },
          { validationFailed: true },
        );
      }
      bean.otpVerified = true;
      return sendXml(
        ctx,
        partialResponse({
          updates: [
            ['apiRegContent', apiRegContent(ctx, view, bean)],
            growlMsg({ severity: 'info', summary: 'OTP Verified', detail: 'OTP verified successfully.' }),
          ],
          vs: view.id,
        }),
      );
    }

    if (!bean.otpVerified) return sendXml(ctx, partialRedirect(CREATE_PATH));

    if (src === 'regForm:mode') {
      const mode = p.get('regForm:mode') ?? '';
      bean.mode = MODES.some(([v]) => v === mode) ? mode : '';
      return sendXml(
        ctx,
        partialResponse({ updates: [['regForm:modePanel', modePanelHtml(bean, {})]], vs: view.id }),
      );
    }

    if (src === 'regForm:btnSubmit') {
      if (takeExpiry('submit', session)) return sendXml(ctx, partialRedirect(EXPIRED_URL));
      const mode = p.get('regForm:mode') ?? '';
      bean.mode = MODES.some(([v]) => v === mode) ? mode : '';
      const gspId = p.get('regForm:gsp_input') ?? '';
      const gsp = GSPS.find((g) => g.id === gspId);
      bean.gspId = gsp ? gsp.id : '';
      const typed = (p.get('regForm:username') ?? '').trim();
      bean.typed = typed;
      const pw = p.get('regForm:password') ?? '';
      const pw2 = p.get('regForm:confirmPassword') ?? '';
      const errors: Record<string, string> = {};
      if (bean.mode !== 'GSP') errors.mode = 'Please select "Through GSP" to create an API user.';
      if (!gsp) errors.gsp = 'Please select your GSP.';
      if (!typed) errors.username = 'Please enter the username.';
      else if (!USERNAME_RE.test(typed))
        errors.username = 'Username should be 4 to 16 characters: letters, digits or underscore.';
      if (!pw) errors.password = 'Please enter the password.';
      else if (!passwordOk(pw))
        errors.password =
          'Password should be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.';
      if (!pw2) errors.confirmPassword = 'Please re-enter the password.';
      else if (pw && pw !== pw2) errors.confirmPassword = 'Password and Re-enter Password do not match.';
      if (Object.keys(errors).length > 0 || !gsp) {
        return sendXml(
          ctx,
          partialResponse({
            updates: [
              [
                'regForm',
                regFormHtml(ctx, view, bean, {
                  regErrors: errors,
                  regMsgs: [
                    {
                      severity: 'error',
                      summary: 'Error:',
                      detail: 'Please correct the errors marked below and submit again.',
                    },
                  ],
                }),
              ],
            ],
            vs: view.id,
            args: { validationFailed: true },
          }),
        );
      }
      const username = `API_${typed}`;
      let refusal: string | undefined;
      if (state.users.some((u) => u.gstin === state.gstin && u.gsp === gsp.name)) {
        state.refusals.push('duplicate');
        refusal = `GSTIN ${state.gstin} is already registered with ${gsp.name}. An API user can be created only once per GSP.`;
      } else if (
        state.users.some((u) => u.username.toLowerCase() === username.toLowerCase()) ||
        TAKEN_ELSEWHERE.some((t) => t.toLowerCase() === username.toLowerCase())
      ) {
        state.refusals.push('username-taken');
        refusal = `The username ${username} is already taken. Please choose a different username.`;
      }
      if (refusal) {
        return sendXml(
          ctx,
          partialResponse({
            updates: [
              ['regForm', regFormHtml(ctx, view, bean, {})],
              ['errorDlgMsg', `<span id="errorDlgMsg" class="einv-dlg-text">${h(refusal)}</span>`],
            ],
            evals: ["PF('errorDlg').show();"],
            vs: view.id,
            args: { validationFailed: true },
          }),
        );
      }
      const user: R8PrimefacesUser = {
        gstin: state.gstin,
        gsp: gsp.name,
        username,
        password: pw,
        createdOn: new Date().toISOString(),
      };
      state.users.push(user);
      bean.mode = '';
      bean.gspId = '';
      bean.typed = '';
      const text = `API user ${username} has been created successfully for GSP ${gsp.name}. Please note the username and password; they are needed for the authentication API.`;
      return sendXml(
        ctx,
        partialResponse({
          updates: [
            [
              'apiRegContent',
              apiRegContent(ctx, view, bean, {
                regMsgs: [{ severity: 'info', summary: 'Success:', detail: text }],
              }),
            ],
            ['successDlgMsg', `<span id="successDlgMsg" class="einv-dlg-text">${h(text)}</span>`],
            growlMsg({
              severity: 'info',
              summary: 'API User Created',
              detail: `API user ${username} created.`,
            }),
          ],
          evals: ["PF('successDlg').show();"],
          vs: view.id,
        }),
      );
    }
    return sendXml(ctx, partialResponse({ vs: view.id }));
  }

  // ----- AJAX: login and dashboard -------------------------------------------------------------

  function loginAjax(ctx: Ctx, session: Session, view: View, p: URLSearchParams) {
    const src = p.get('jakarta.faces.source') ?? '';
    const reply = (o: LoginRender, extra: Array<[string, string]> = [], args?: Record<string, unknown>) =>
      sendXml(
        ctx,
        partialResponse({
          updates: [['loginForm', loginFormHtml(ctx, session, view, o)], ...extra],
          vs: view.id,
          args,
        }),
      );

    if (src === 'loginForm:btnLogin') {
      session.auth = 'none';
      const username = (p.get('loginForm:username') ?? '').trim();
      const password = p.get('loginForm:password') ?? '';
      const captcha = (p.get('loginForm:captcha') ?? '').trim();
      const errors: Record<string, string> = {};
      if (!username) errors.username = 'Username: Validation Error: Value is required.';
      if (!password) errors.password = 'Password: Validation Error: Value is required.';
      if (!captcha) errors.captcha = 'Captcha: Validation Error: Value is required.';
      if (Object.keys(errors).length > 0) return reply({ errors, username }, [], { validationFailed: true });
      if (captcha.toUpperCase() !== state.captcha) {
        state.refusals.push('captcha');
        return reply(
          {
            username,
            msgs: [
              {
                severity: 'error',
                summary: 'Invalid Captcha.',
                detail: 'Please enter the characters shown in the image.',
              },
            ],
            errors: { captcha: '' },
          },
          [],
          { validationFailed: true },
        );
      }
      if (username.toLowerCase() !== LOGIN.username.toLowerCase() || password !== LOGIN.password) {
        state.refusals.push('login');
        return reply(
          {
            username,
            msgs: [
              {
                severity: 'error',
                summary: 'Invalid Login Credentials.',
                detail: 'Please check your username and password.',
              },
            ],
          },
          [],
          { validationFailed: true },
        );
      }
      session.auth = 'otp';
      return reply({}, [
        [
          'growl',
          growl([
            {
              severity: 'info',
              summary: 'OTP Sent',
              detail: `OTP has been sent to ${MOBILE} and the Sandes app.`,
            },
          ]),
        ],
      ]);
    }

    if (src === 'loginForm:lnkResendOtp' && session.auth === 'otp') {
      return reply({}, [
        [
          'growl',
          growl([{ severity: 'info', summary: 'OTP Sent', detail: `OTP has been re-sent to ${MOBILE}.` }]),
        ],
      ]);
    }

    if (src === 'loginForm:lnkBack') {
      session.auth = 'none';
      return reply({});
    }

    if (src === 'loginForm:btnVerifyOtp' && session.auth === 'otp') {
      const otp = (p.get('loginForm:otp_hidden') ?? '').trim();
      if (!otp)
        return reply({ errors: { otp: 'Enter OTP: Validation Error: Value is required.' } }, [], {
          validationFailed: true,
        });
      if (!/^[0-9]{6}$/.test(otp))
        return reply({ errors: { otp: 'Please enter the 6 digit OTP.' } }, [], { validationFailed: true });
      if (otp !== state.loginOtp) {
        state.refusals.push('login-otp');
        return reply(
          {
            msgs: [
              {
                severity: 'error',
                summary: 'Invalid OTP.',
                detail: 'The OTP you entered is incorrect. Please enter the correct OTP.',
              },
            ],
            errors: { otp: '' },
          },
          [],
          { validationFailed: true },
        );
      }
      sessions.delete(session.id);
      const fresh = newSession();
      fresh.auth = 'in';
      ctx.headers['Set-Cookie'] = sessionCookie(fresh);
      return sendXml(ctx, partialRedirect(DASHBOARD_PATH));
    }
    // A stale form (for instance the OTP step after "Back"): draw the form again.
    return reply({});
  }

  function dashboardAjax(ctx: Ctx, session: Session, view: View, p: URLSearchParams) {
    const src = p.get('jakarta.faces.source') ?? '';
    if (src === 'techForm:btnUpdate') {
      const name = (p.get('techForm:name') ?? '').trim();
      const mobile = (p.get('techForm:mobile') ?? '').trim();
      const email = (p.get('techForm:email') ?? '').trim();
      const errors: Record<string, string> = {};
      if (!name) errors.name = 'Please enter the name.';
      if (!/^[6-9][0-9]{9}$/.test(mobile)) errors.mobile = 'Please enter a valid 10 digit mobile number.';
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors.email = 'Please enter a valid e-mail id.';
      if (Object.keys(errors).length > 0) {
        session.tech = { name, mobile, email };
        return sendXml(
          ctx,
          partialResponse({
            updates: [['techForm', techFormHtml(ctx, session, view, errors)]],
            vs: view.id,
            args: { validationFailed: true },
          }),
        );
      }
      session.tech = { name, mobile, email };
      return sendXml(
        ctx,
        partialResponse({
          updates: [
            ['techForm', techFormHtml(ctx, session, view)],
            [
              'growl',
              growl([
                {
                  severity: 'info',
                  summary: 'Updated',
                  detail: 'Contact details of the technical person updated.',
                },
              ]),
            ],
          ],
          vs: view.id,
        }),
      );
    }
    return sendXml(ctx, partialResponse({ vs: view.id }));
  }

  // ----- dispatch ------------------------------------------------------------------------------

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > 1_000_000) throw new Error('body too large');
      chunks.push(buf);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [rawPath = '/', ...pathParams] = url.pathname.split(';');
    const urlSid = pathParams.find((x) => x.startsWith('jsessionid='))?.slice('jsessionid='.length);
    const cookieSid = /(?:^|;\s*)JSESSIONID=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const sid = cookieSid ?? urlSid;
    let session = sid ? sessions.get(sid) : undefined;
    if (session && Date.now() - session.lastSeen > SESSION_TIMEOUT_MS) {
      sessions.delete(session.id);
      session = undefined;
    }
    if (session) session.lastSeen = Date.now();
    const ctx: Ctx = {
      req,
      res,
      path: rawPath,
      query: url.searchParams,
      session,
      deadSession: Boolean(sid) && !session,
      rewriteUrls: false,
      headers: {},
    };
    const path = rawPath;

    if (path.startsWith('/jakarta.faces.resource/')) return resource(ctx, path);
    if (path === '/favicon.ico') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=604800' });
      return res.end(FAVICON);
    }

    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/' || path === '/index.xhtml') return homePage(ctx);
      if (path === LOGIN_PATH) return loginPage(ctx);
      if (path === '/logout.xhtml') {
        if (session) sessions.delete(session.id);
        ctx.headers['Set-Cookie'] = 'JSESSIONID=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax';
        return redirect(ctx, '/login.xhtml?logout=true');
      }
      if (path.startsWith('/secure/')) {
        const trail = leafTrail(path);
        if (!trail) return notFound(ctx);
        if (session?.auth !== 'in') return redirect(ctx, ctx.deadSession ? EXPIRED_URL : LOGIN_PATH);
        if (path === DASHBOARD_PATH) return dashboardPage(ctx, session);
        if (path === CREATE_PATH) return createPage(ctx, session);
        return placeholderPage(ctx, session, trail);
      }
      return notFound(ctx);
    }

    if (req.method === 'POST') {
      const body = await readBody(req);
      const p = new URLSearchParams(body);
      const isAjax =
        req.headers['faces-request'] === 'partial/ajax' || p.get('jakarta.faces.partial.ajax') === 'true';
      const known = path === LOGIN_PATH || (path.startsWith('/secure/') && leafTrail(path) !== undefined);
      if (!known) return notFound(ctx);
      const vs = p.get('jakarta.faces.ViewState') ?? '';
      const view = session?.views.get(vs);
      // ViewExpiredException: no session, or the view is not (or no longer) in it.
      if (!session || !view || view.path !== path || (path !== LOGIN_PATH && session.auth !== 'in')) {
        const target = session && session.auth === 'in' ? path : EXPIRED_URL;
        if (isAjax) return sendXml(ctx, partialRedirect(target));
        return redirect(ctx, target);
      }
      if (!isAjax) return redirect(ctx, path);
      if (path === LOGIN_PATH) return loginAjax(ctx, session, view, p);
      if (path === DASHBOARD_PATH) return dashboardAjax(ctx, session, view, p);
      if (path === CREATE_PATH) return createAjax(ctx, session, view, p);
      return sendXml(ctx, partialResponse({ vs: view.id }));
    }

    ctx.res.writeHead(405, { Allow: 'GET, POST' });
    ctx.res.end();
  }

  function notFound(ctx: Ctx) {
    send(
      ctx,
      404,
      'text/html;charset=UTF-8',
      `<!DOCTYPE html><html><head><title>Error 404 - Not Found</title></head><body><h1>HTTP Status 404 - Not Found</h1><hr/><p><b>type</b> Status report</p><p><b>message</b> ${h(ctx.path)}</p><p><b>description</b> The requested resource is not available.</p><hr/><h3>Eclipse GlassFish 7.0.11</h3></body></html>`,
    );
  }

  function resource(ctx: Ctx, path: string) {
    const name = path.slice('/jakarta.faces.resource/'.length);
    const cache = { 'Cache-Control': 'max-age=604800' };
    const out = (type: string, body: string) => {
      ctx.res.writeHead(200, { 'Content-Type': type, ...cache });
      ctx.res.end(body);
    };
    if (name === 'theme.css.xhtml') return out('text/css;charset=UTF-8', THEME_CSS);
    if (name === 'components.css.xhtml') return out('text/css;charset=UTF-8', COMPONENTS_CSS);
    if (name === 'css/einvoice.css.xhtml') return out('text/css;charset=UTF-8', APP_CSS);
    if (name === 'core.js.xhtml') return out('text/javascript;charset=UTF-8', CORE_JS);
    if (name === 'components.js.xhtml') return out('text/javascript;charset=UTF-8', COMPONENTS_JS);
    if (name === 'images/favicon.svg.xhtml') return out('image/svg+xml', FAVICON);
    if (name === 'dynamiccontent.properties.xhtml') {
      ctx.res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-cache, no-store' });
      ctx.res.end(captchaSvg(state.captcha));
      return;
    }
    return notFound(ctx);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain;charset=UTF-8' });
        res.end(`500 Internal Server Error\n${String(err)}`);
      } else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export const R8_PRIMEFACES_LOGIN = LOGIN;

// ---------------------------------------------------------------------------------------------
// Browser resources: the saga theme, the component structure CSS, and the PrimeFaces client,
// all written by hand.

const THEME_CSS = `/* saga theme (hand-written rendition) */
:root{--primary:#2196F3;--primary-dark:#0d89ec;--text:#495057;--muted:#6c757d;--border:#ced4da;--surface:#ffffff;--ground:#f8f9fa}
*{box-sizing:border-box}
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:var(--text);background:#f4f6f9;line-height:1.4}
a{color:#1976D2}
.ui-widget{font-family:inherit;font-size:1rem}
.ui-widget .ui-widget{font-size:1em}
.ui-widget-content{color:var(--text)}
.ui-widget-header{color:var(--text)}
.ui-state-disabled{opacity:.6;cursor:default!important;pointer-events:none}
.ui-corner-all{border-radius:4px}
.pi,.ui-icon{display:inline-block;font-style:normal;font-weight:normal;line-height:1;text-align:center;min-width:1em}
.pi-times::before,.ui-icon-closethick::before,.ui-icon-close::before{content:"✕"}
.pi-check::before{content:"✓"}
.pi-sign-in::before{content:"➔"}
.pi-sign-out::before{content:"⇥"}
.pi-refresh::before{content:"↻"}
.pi-user::before{content:"☻"}
.pi-users::before{content:"☻☻";letter-spacing:-.3em}
.pi-user-plus::before{content:"☻+"}
.pi-user-edit::before{content:"✎"}
.pi-home::before{content:"⌂"}
.pi-th-large::before{content:"▦"}
.pi-chevron-right::before{content:"›"}
.pi-file::before{content:"▤"}
.pi-plus::before{content:"+"}
.pi-upload::before{content:"⇪"}
.pi-ban::before{content:"⊘"}
.pi-print::before{content:"⎙"}
.pi-send::before{content:"➤"}
.pi-list::before{content:"≣"}
.pi-chart-bar::before{content:"▥"}
.pi-lock::before{content:"⚿"}
.pi-key::before{content:"⚷"}
.pi-globe::before{content:"◍"}
.pi-phone::before{content:"✆"}
.pi-save::before{content:"⤓"}
.pi-shield::before{content:"⛨"}
.pi-exclamation-triangle::before{content:"⚠"}
.pi-info-circle::before{content:"ℹ"}
.pi-times-circle::before{content:"⊗"}
.pi-check-circle::before{content:"✔"}
.pi-spinner::before{content:"◌"}
.ui-icon-triangle-1-e::before{content:"▸"}
.ui-icon-triangle-1-s::before{content:"▾"}
.ui-icon-search::before{content:"⌕"}
.pi-spin{animation:pi-spin 1.2s linear infinite}
@keyframes pi-spin{from{transform:rotate(0)}to{transform:rotate(359deg)}}
.ui-button{display:inline-flex;align-items:center;justify-content:center;gap:.5rem;margin:0;padding:.5rem 1rem;font-family:inherit;font-size:1rem;line-height:1.2;color:#fff;background:var(--primary);border:1px solid var(--primary);border-radius:4px;cursor:pointer;transition:background-color .2s,border-color .2s,box-shadow .2s;user-select:none;vertical-align:bottom;position:relative;overflow:hidden;text-decoration:none}
.ui-button.ui-state-hover{background:var(--primary-dark);border-color:var(--primary-dark)}
.ui-button.ui-state-focus{box-shadow:0 0 0 .2rem #a6d5fa;outline:0}
.ui-button:disabled{opacity:.6;cursor:default}
.ui-button.ui-button-danger{background:#D32F2F;border-color:#D32F2F}
.ui-button.ui-button-danger.ui-state-hover{background:#c02929;border-color:#c02929}
.ui-button.ui-button-secondary{background:#607D8B;border-color:#607D8B}
.ui-button.ui-button-secondary.ui-state-hover{background:#56717d;border-color:#56717d}
.ui-button.ui-button-flat{background:transparent;color:var(--primary);border-color:transparent}
.ui-button.ui-button-flat.ui-state-hover{background:rgba(33,150,243,.04)}
.ui-inputfield,.ui-inputtext{font-family:inherit;font-size:1rem;color:var(--text);background:#fff;padding:.5rem .5rem;border:1px solid var(--border);border-radius:4px;transition:border-color .2s,box-shadow .2s;appearance:none;margin:0;max-width:100%}
.ui-inputfield.ui-state-hover{border-color:var(--primary)}
.ui-inputfield.ui-state-focus,.ui-inputfield:focus{outline:0;box-shadow:0 0 0 .2rem #a6d5fa;border-color:var(--primary)}
.ui-inputfield.ui-state-error,.ui-selectonemenu.ui-state-error{border-color:#f44336}
.ui-inputfield::placeholder{color:var(--muted)}
.ui-outputlabel{font-weight:600}
.ui-outputlabel .ui-outputlabel-rfi{color:#f44336;margin-left:.25rem}
.ui-panel{border:1px solid #dee2e6;border-radius:4px;background:#fff;margin-bottom:1rem}
.ui-panel .ui-panel-titlebar{padding:1rem 1.25rem;border-bottom:1px solid #dee2e6;background:var(--ground);font-weight:600;border-radius:4px 4px 0 0}
.ui-panel .ui-panel-content{padding:1.25rem;border:0}
.ui-messages>div{margin:0 0 1rem;padding:1rem 2.5rem 1rem 1.25rem;border-style:solid;border-width:0 0 0 6px;border-radius:4px;position:relative;display:flex;align-items:flex-start;gap:.75rem}
.ui-messages ul{margin:0;padding:0;list-style:none;flex:1}
.ui-messages-info{background:#B3E5FC;border-color:#0891cf;color:#044868}
.ui-messages-warn{background:#FFECB3;border-color:#d9a300;color:#6d5100}
.ui-messages-error,.ui-messages-fatal{background:#FFCDD2;border-color:#e60017;color:#73000c}
.ui-messages-close{position:absolute;right:.75rem;top:.85rem;color:inherit;text-decoration:none}
.ui-messages-info-summary,.ui-messages-warn-summary,.ui-messages-error-summary,.ui-messages-fatal-summary{font-weight:700;margin-right:.5rem}
.ui-messages-info-icon::before{content:"ℹ";font-size:1.3rem}
.ui-messages-warn-icon::before{content:"⚠";font-size:1.3rem}
.ui-messages-error-icon::before,.ui-messages-fatal-icon::before{content:"⊗";font-size:1.3rem}
.ui-message.ui-message-error{display:flex;gap:.35rem;align-items:center;color:#e24c4c;padding:.3rem 0 0;font-size:.875rem}
.ui-message-error-icon::before{content:"⊗"}
.ui-dialog{position:fixed;background:#fff;border:0;border-radius:4px;box-shadow:0 11px 15px -7px rgba(0,0,0,.2),0 24px 38px 3px rgba(0,0,0,.14),0 9px 46px 8px rgba(0,0,0,.12);max-width:95vw;max-height:95vh;display:flex;flex-direction:column}
.ui-dialog .ui-dialog-titlebar{display:flex;align-items:center;justify-content:space-between;padding:1.25rem 1.5rem;background:#fff;border-bottom:0;cursor:move;border-radius:4px 4px 0 0}
.ui-dialog .ui-dialog-title{font-weight:600;font-size:1.2rem}
.ui-dialog-titlebar-icon{width:2rem;height:2rem;display:inline-flex;align-items:center;justify-content:center;color:var(--muted);border-radius:50%;text-decoration:none}
.ui-dialog-titlebar-icon.ui-state-hover{background:#e9ecef;color:var(--text)}
.ui-dialog .ui-dialog-content{padding:0 1.5rem 1.5rem;overflow:auto}
.ui-dialog .ui-dialog-footer,.ui-dialog .ui-dialog-buttonpane{padding:.75rem 1.5rem 1.25rem;display:flex;justify-content:flex-end;gap:.5rem;border-top:1px solid #e9ecef}
.ui-widget-overlay{position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.4)}
.ui-overflow-hidden{overflow:hidden}
.ui-confirm-dialog .ui-dialog-content{display:flex;align-items:center;gap:1rem;padding-top:.5rem}
.ui-confirm-dialog-severity{font-size:2rem;color:#d9a300}
.ui-growl{position:fixed;top:20px;right:20px;width:25rem;max-width:calc(100vw - 40px)}
.ui-growl-item-container{margin-bottom:1rem;border-radius:4px;box-shadow:0 3px 6px rgba(0,0,0,.16);border-style:solid;border-width:0 0 0 6px;transition:opacity .3s}
.ui-growl-item{position:relative;padding:1rem 2rem 1rem 1rem;display:flex;gap:1rem;align-items:flex-start}
.ui-growl-message{flex:1}
.ui-growl-title{font-weight:700;display:block}
.ui-growl-message p{margin:.35rem 0 0}
.ui-growl-icon-close{position:absolute;right:.6rem;top:.6rem;cursor:pointer}
.ui-growl-info{background:#B3E5FC;border-color:#0891cf;color:#044868}
.ui-growl-warn{background:#FFECB3;border-color:#d9a300;color:#6d5100}
.ui-growl-error,.ui-growl-fatal{background:#FFCDD2;border-color:#e60017;color:#73000c}
.ui-growl-image{font-size:1.6rem}
.ui-growl-image-info::before{content:"ℹ"}
.ui-growl-image-warn::before{content:"⚠"}
.ui-growl-image-error::before,.ui-growl-image-fatal::before{content:"⊗"}
.ui-selectoneradio{border-collapse:collapse}
.ui-selectoneradio td{padding:.3rem 1rem .3rem 0;vertical-align:middle}
.ui-radiobutton{display:inline-block;vertical-align:middle;width:20px;height:20px;margin-right:.5rem;cursor:pointer;position:relative}
.ui-radiobutton-box{width:20px;height:20px;border:2px solid var(--border);border-radius:50%;background:#fff;display:flex;align-items:center;justify-content:center;transition:border-color .2s,background-color .2s,box-shadow .2s}
.ui-radiobutton-box.ui-state-hover{border-color:var(--primary)}
.ui-radiobutton-box.ui-state-active{border-color:var(--primary);background:var(--primary)}
.ui-radiobutton-box.ui-state-focus{box-shadow:0 0 0 .2rem #a6d5fa}
.ui-radiobutton-icon.ui-icon-bullet{width:10px;height:10px;min-width:0;border-radius:50%;background:#fff}
.ui-radiobutton-icon.ui-icon-blank{visibility:hidden}
.ui-radiobutton-label{cursor:pointer;vertical-align:middle}
.ui-selectonemenu{display:inline-flex;position:relative;cursor:pointer;background:#fff;border:1px solid var(--border);border-radius:4px;min-width:14rem;user-select:none;vertical-align:middle;transition:border-color .2s,box-shadow .2s}
.ui-selectonemenu.ui-state-hover{border-color:var(--primary)}
.ui-selectonemenu.ui-state-focus{box-shadow:0 0 0 .2rem #a6d5fa;border-color:var(--primary)}
.ui-selectonemenu .ui-selectonemenu-label{flex:1;border:0;background:transparent;padding:.5rem;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;display:block;min-height:2.2rem}
.ui-selectonemenu .ui-selectonemenu-label.ui-state-placeholder{color:var(--muted)}
.ui-selectonemenu-trigger{width:2.357rem;display:flex;align-items:center;justify-content:center;background:transparent;color:var(--muted)}
.ui-selectonemenu-panel{position:absolute;background:#fff;border:0;border-radius:4px;box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}
.ui-selectonemenu-filter-container{padding:.5rem 1rem;border-bottom:1px solid #dee2e6;background:#efefef;position:relative}
.ui-selectonemenu-filter{width:100%;padding-right:1.75rem}
.ui-selectonemenu-filter-container .ui-icon-search{position:absolute;right:1.5rem;top:50%;margin-top:-.5em;color:var(--muted)}
.ui-selectonemenu-items-wrapper{overflow:auto}
.ui-selectonemenu-items{padding:.5rem 0;margin:0;list-style:none}
.ui-selectonemenu-item{padding:.5rem 1rem;cursor:pointer;white-space:nowrap;color:var(--text);transition:background-color .15s}
.ui-selectonemenu-item.ui-state-highlight{background:#E3F2FD;color:#1565C0}
.ui-panelmenu .ui-panelmenu-panel{margin-bottom:2px}
.ui-panelmenu .ui-panelmenu-header{margin:0;padding:.8rem 1rem;border:1px solid #dee2e6;background:var(--ground);color:var(--text);font-weight:600;font-size:.95rem;cursor:pointer;display:flex;align-items:center;gap:.5rem;border-radius:4px;transition:background-color .2s}
.ui-panelmenu .ui-panelmenu-header a{color:inherit;text-decoration:none;flex:1;display:flex;align-items:center;gap:.5rem}
.ui-panelmenu .ui-panelmenu-header.ui-state-hover{background:#e9ecef}
.ui-panelmenu .ui-panelmenu-header.ui-state-active{border-radius:4px 4px 0 0}
.ui-panelmenu .ui-panelmenu-content{border:1px solid #dee2e6;border-top:0;background:#fff;padding:.25rem 0;border-radius:0 0 4px 4px}
.ui-panelmenu .ui-menu-list{list-style:none;margin:0;padding:0}
.ui-panelmenu .ui-menuitem-link{display:flex;align-items:center;gap:.5rem;padding:.6rem 1rem;color:var(--text);text-decoration:none;transition:background-color .2s}
.ui-panelmenu .ui-menu-list .ui-menu-list .ui-menuitem-link{padding-left:2.25rem}
.ui-panelmenu .ui-menuitem-link.ui-state-hover{background:#e9ecef}
.ui-panelmenu .ui-menuitem-link.ui-state-highlight{background:#E3F2FD;color:#1565C0}
.ui-inputgroup{display:flex;align-items:stretch;max-width:26rem}
.ui-inputgroup-addon{display:flex;align-items:center;padding:.5rem .75rem;background:#e9ecef;color:var(--text);border:1px solid var(--border);border-right:0;border-radius:4px 0 0 4px;font-weight:600;font-family:"Courier New",monospace}
.ui-inputgroup .ui-inputfield{border-radius:0 4px 4px 0;flex:1;min-width:0}
.ui-inputotp{display:inline-flex;gap:.5rem}
.ui-inputotp-input{width:2.6rem;text-align:center;font-size:1.25rem;padding:.5rem 0}
.ui-password-panel{position:absolute;padding:1rem;background:#fff;box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14);border-radius:4px;width:14rem}
.ui-password-meter{height:10px;background:#dee2e6;margin-bottom:.5rem;border-radius:2px}
.ui-password-meter.weak{background:linear-gradient(to right,#D32F2F 33%,#dee2e6 33%)}
.ui-password-meter.good{background:linear-gradient(to right,#FBC02D 66%,#dee2e6 66%)}
.ui-password-meter.strong{background:#689F38}
.ui-datatable table{width:100%;border-collapse:collapse}
.ui-datatable thead th{background:var(--ground);border:1px solid #e9ecef;border-width:0 0 1px;padding:.85rem 1rem;text-align:left;font-weight:600}
.ui-datatable tbody td{padding:.85rem 1rem;border:1px solid #e9ecef;border-width:0 0 1px}
.ui-datatable-header{padding:1rem;background:var(--ground);border:1px solid #e9ecef;font-weight:600;border-width:1px 0}
.ui-datatable-odd{background:#fcfcfc}
.ui-panelgrid{border-collapse:collapse;width:100%}
.ui-panelgrid td{padding:.65rem .75rem;border:1px solid #e9ecef;vertical-align:middle}
.ui-card{background:#fff;box-shadow:0 2px 1px -1px rgba(0,0,0,.2),0 1px 1px 0 rgba(0,0,0,.14),0 1px 3px 0 rgba(0,0,0,.12);border-radius:4px}
.ui-card-body{padding:1.25rem}
.ui-card-title{font-size:1.2rem;font-weight:700;margin-bottom:.75rem}
.ui-breadcrumb{background:#fff;border:1px solid #dee2e6;border-radius:4px;padding:.75rem 1rem}
.ui-breadcrumb-items{display:flex;align-items:center;gap:.5rem;list-style:none;margin:0;padding:0}
.ui-breadcrumb .ui-menuitem-link{color:var(--text);text-decoration:none}
.ui-breadcrumb-chevron{color:var(--muted)}
.ui-commandlink{cursor:pointer}
`;

const COMPONENTS_CSS = `/* primefaces structure */
.ui-helper-hidden{display:none!important}
.ui-helper-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.ui-helper-reset{margin:0;padding:0;border:0;outline:0;line-height:1.3;text-decoration:none;font-size:100%;list-style:none}
.ui-helper-clearfix::after{content:"";display:table;clear:both}
.ui-hidden-container{}
.ui-shadow{box-shadow:0 5px 10px rgba(0,0,0,.16)}
`;

const APP_CSS = `/* e-Invoice application styles */
.einv-public{background:#eef2f7}
.einv-public-header,.layout-topbar{background:linear-gradient(90deg,#0b3866,#1565c0);color:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 1.5rem;height:68px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.einv-brand,.layout-topbar-brand{display:flex;align-items:center;gap:.75rem}
.einv-emblem{color:#ffd54f}
.einv-brand-title{font-size:1.35rem;font-weight:700;letter-spacing:.02em}
.einv-brand-sub{font-size:.8rem;opacity:.85}
.einv-public-nav{display:flex;align-items:center;gap:1.25rem}
.einv-public-nav>a{color:#fff;text-decoration:none;opacity:.9}
.homepageloginbtn{background:#ff9800!important;border-color:#ff9800!important;font-weight:600}
.homepageloginbtn.ui-state-hover{background:#f57c00!important;border-color:#f57c00!important}
.einv-public-main{max-width:1100px;margin:2rem auto;padding:0 1rem}
.einv-hero{background:#fff;border-radius:6px;padding:2rem;margin-bottom:1.5rem;border-left:6px solid #1565c0}
.einv-hero h1{margin:0 0 .5rem;color:#0b3866}
.einv-public-grid{display:grid;grid-template-columns:2fr 1fr;gap:1.5rem}
.einv-news{margin:0;padding-left:1.2rem}
.einv-news li{margin-bottom:.6rem}
.einv-news-date{display:inline-block;background:#e3f2fd;color:#0d47a1;border-radius:3px;padding:0 .4rem;margin-right:.4rem;font-size:.85rem}
.einv-links-list{margin:0;padding-left:1.2rem;line-height:2}
.einv-public-footer{text-align:center;color:#6c757d;font-size:.85rem;padding:2rem 1rem}
.einv-login-main{max-width:1000px;margin:3rem auto;padding:0 1rem;display:grid;grid-template-columns:1fr 420px;gap:2rem;align-items:start}
.einv-login-side h2{color:#0b3866;margin-top:0}
.einv-small{font-size:.85rem;color:#6c757d}
.einv-login-card{padding:1.5rem;box-shadow:0 2px 8px rgba(0,0,0,.08)}
.einv-form-title{font-size:1.25rem;font-weight:700;margin-bottom:1rem;color:#0b3866}
.einv-field{margin-bottom:1rem;display:flex;flex-direction:column;gap:.35rem}
.einv-field>.ui-inputfield{width:100%}
.einv-captcha-row{display:flex;align-items:center;gap:.75rem}
.einv-captcha{border:1px solid #ced4da;border-radius:4px}
.einv-captcha-refresh{font-size:1.4rem;text-decoration:none;color:#1565c0}
.einv-actions{display:flex;align-items:center;gap:.75rem;margin-top:1rem;flex-wrap:wrap}
.einv-block{width:100%}
.einv-login-links{margin-top:1rem;text-align:center;font-size:.9rem}
.einv-sep{margin:0 .5rem;color:#adb5bd}
.einv-note{background:#f1f8ff;border:1px solid #cfe2ff;border-radius:4px;padding:.75rem 1rem;margin:0 0 1rem}
.layout-topbar{position:fixed;top:0;left:0;right:0;z-index:900}
.layout-topbar-user{display:flex;align-items:center;gap:.75rem;font-size:.9rem}
.topbar-gstin{background:rgba(255,255,255,.15);border-radius:3px;padding:.15rem .5rem;font-family:"Courier New",monospace}
.topbar-logout{color:#fff;text-decoration:none;border:1px solid rgba(255,255,255,.5);border-radius:4px;padding:.3rem .7rem}
.layout-sidebar{position:fixed;top:68px;left:0;bottom:0;width:280px;overflow-y:auto;background:#fff;border-right:1px solid #dee2e6;padding:1rem .75rem}
.layout-main{margin-left:280px;padding-top:68px;min-height:100vh;display:flex;flex-direction:column}
.layout-breadcrumb{padding:1rem 1.5rem 0}
.layout-content{padding:1.25rem 1.5rem;flex:1}
.layout-footer{padding:1rem 1.5rem;color:#6c757d;font-size:.85rem;border-top:1px solid #dee2e6;background:#fff}
.einv-page-title{margin:0 0 1rem;font-size:1.6rem;color:#0b3866}
.einv-welcome{margin-bottom:1rem}
.einv-cards{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem;margin-bottom:1.25rem}
.einv-card-table{width:100%}
.einv-card-table td{padding:.25rem 0}
.einv-num{text-align:right;font-weight:700;font-size:1.1rem}
.einv-grid .einv-lbl{width:32%;font-weight:600;background:#fafbfc}
.einv-req{color:#f44336}
.einv-hint{display:block;color:#6c757d;margin-top:.3rem}
.einv-readonly{font-family:"Courier New",monospace;font-weight:700}
.einv-muted{color:#6c757d;margin-left:.5rem}
.einv-mode-panel{margin-top:1rem}
.einv-reg-table{margin-top:1.5rem}
.einv-inline-link{margin:0 .5rem}
.einv-dlg-body{display:flex;align-items:flex-start;gap:1rem;padding-top:.25rem}
.einv-dlg-icon{font-size:2rem}
.einv-dlg-error{color:#D32F2F}
.einv-dlg-success{color:#388E3C}
.einv-dlg-buttons{display:flex;justify-content:flex-end;gap:.5rem;margin-top:1rem}
.einv-ajax-status{position:fixed;top:76px;left:50%;transform:translateX(-50%);background:#323232;color:#fff;padding:.35rem .9rem;border-radius:14px;font-size:.85rem;z-index:5000;pointer-events:none}
.einv-public .einv-ajax-status{top:8px}
`;

const CORE_JS = String.raw`/* PrimeFaces core (hand-written rendition) */
(function () {
  'use strict';
  var widgets = {};
  var zIndex = 1000;
  function byId(id) { return document.getElementById(id); }
  function ready(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }
  var PF = {
    settings: {},
    widget: {},
    widgets: widgets,
    globalConfirm: null,
    byId: byId,
    nextZindex: function () { zIndex += 2; return zIndex; },
    escapeClientId: function (id) { return '#' + CSS.escape(id); },
    cw: function (type, widgetVar, cfg) {
      ready(function () {
        var Ctor = PF.widget[type];
        if (!Ctor) { console.error('PrimeFaces: unknown widget type ' + type); return; }
        var old = widgets[widgetVar];
        if (old && old.destroy) { try { old.destroy(); } catch (e) { console.error(e); } }
        cfg.widgetVar = widgetVar;
        try { widgets[widgetVar] = new Ctor(cfg); } catch (e) { console.error('PrimeFaces: cannot create ' + widgetVar, e); }
      });
    },
    ab: function (cfg, ext) { return PF.ajax.request(cfg, ext); },
    confirm: function (c) {
      var w = PF.globalConfirm;
      if (!w) { if (window.confirm(c.message)) { var s = byId(c.source); if (s) PF.runScript(s.getAttribute('data-pfconfirmcommand'), s); } return; }
      w.showMessage(c);
    },
    runScript: function (code, thisArg) {
      if (!code) return;
      try { (new Function(code)).call(thisArg || window); } catch (e) { console.error('PrimeFaces: script error', e); }
    },
    cleanupWidgets: function () {
      Object.keys(widgets).forEach(function (k) {
        var w = widgets[k];
        if (w && w.jq && !w.jq.isConnected) {
          if (w.destroy) { try { w.destroy(); } catch (e) { console.error(e); } }
          delete widgets[k];
        }
      });
    },
    slide: function (el, open, done) {
      el.style.overflow = 'hidden';
      el.style.transition = 'none';
      if (open) {
        el.classList.remove('ui-helper-hidden');
        el.style.display = 'block';
        var full = el.scrollHeight;
        el.style.height = '0px';
        void el.offsetHeight;
        el.style.transition = 'height .2s ease';
        el.style.height = full + 'px';
      } else {
        el.style.height = el.scrollHeight + 'px';
        void el.offsetHeight;
        el.style.transition = 'height .2s ease';
        el.style.height = '0px';
      }
      setTimeout(function () {
        el.style.transition = '';
        el.style.height = '';
        el.style.overflow = '';
        if (!open) el.style.display = 'none';
        if (done) done();
      }, 220);
    }
  };

  PF.ajax = {
    active: 0,
    status: function (delta) {
      PF.ajax.active = Math.max(0, PF.ajax.active + delta);
      var s = byId('ajaxStatus');
      if (s) s.style.display = PF.ajax.active > 0 ? '' : 'none';
    },
    request: function (cfg, ext) {
      var source = byId(cfg.s);
      var form = cfg.f ? byId(cfg.f) : (source ? source.closest('form') : null);
      if (!form) { console.error('PrimeFaces: no form for ' + cfg.s); return false; }
      var params = new URLSearchParams();
      params.append('jakarta.faces.partial.ajax', 'true');
      params.append('jakarta.faces.source', cfg.s);
      params.append('jakarta.faces.partial.execute', cfg.p || cfg.s);
      if (cfg.u) params.append('jakarta.faces.partial.render', cfg.u);
      if (cfg.e) {
        params.append('jakarta.faces.behavior.event', cfg.e);
        params.append('jakarta.faces.partial.event', cfg.e);
      } else {
        params.append(cfg.s, cfg.s);
      }
      var els = form.elements;
      for (var i = 0; i < els.length; i++) {
        var el = els[i];
        if (!el.name || el.disabled) continue;
        var t = (el.type || '').toLowerCase();
        if (t === 'submit' || t === 'button' || t === 'reset' || t === 'file' || t === 'image') continue;
        if ((t === 'checkbox' || t === 'radio') && !el.checked) continue;
        if (el.tagName === 'SELECT') {
          for (var o = 0; o < el.options.length; o++) if (el.options[o].selected) params.append(el.name, el.options[o].value);
          continue;
        }
        params.append(el.name, el.value);
      }
      if (ext && ext.params) Object.keys(ext.params).forEach(function (k) { params.append(k, ext.params[k]); });
      var disabled = null;
      if (source && source.tagName === 'BUTTON' && !source.disabled) {
        source.disabled = true;
        source.classList.add('ui-state-disabled');
        disabled = source;
      }
      PF.ajax.status(1);
      var url = form.getAttribute('action') || window.location.pathname;
      return fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'Faces-Request': 'partial/ajax',
          'X-Requested-With': 'XMLHttpRequest',
          'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
          'Accept': 'application/xml, text/xml, */*; q=0.01'
        },
        body: params.toString()
      }).then(function (r) { return r.text(); })
        .then(function (text) { PF.ajax.response(text, cfg, source); })
        .catch(function (e) { console.error('PrimeFaces: request failed', e); })
        .then(function () {
          if (disabled && disabled.isConnected) {
            disabled.disabled = false;
            disabled.classList.remove('ui-state-disabled', 'ui-state-hover');
          }
          PF.ajax.status(-1);
        });
    },
    response: function (text, cfg, source) {
      var xml = new DOMParser().parseFromString(text, 'application/xml');
      var root = xml.documentElement;
      if (!root || root.nodeName !== 'partial-response') { console.error('PrimeFaces: unexpected response', text.slice(0, 200)); return; }
      var redirect = root.getElementsByTagName('redirect')[0];
      if (redirect) { window.location.href = redirect.getAttribute('url'); return; }
      var error = root.getElementsByTagName('error')[0];
      if (error) console.error('PrimeFaces: ' + error.textContent);
      var args = {};
      var exts = root.getElementsByTagName('extension');
      for (var x = 0; x < exts.length; x++) {
        if (exts[x].getAttribute('ln') === 'primefaces' && exts[x].getAttribute('type') === 'args') {
          try { Object.assign(args, JSON.parse(exts[x].textContent)); } catch (e) { console.error(e); }
        }
      }
      var changes = root.getElementsByTagName('changes')[0];
      if (changes) {
        for (var c = changes.firstElementChild; c; c = c.nextElementSibling) {
          if (c.nodeName === 'update') {
            var id = c.getAttribute('id');
            var content = c.textContent;
            if (id.indexOf('jakarta.faces.ViewState') !== -1) {
              var vs = document.querySelectorAll('input[name="jakarta.faces.ViewState"]');
              for (var v = 0; v < vs.length; v++) vs[v].value = content;
            } else {
              PF.ajax.update(id, content);
            }
          } else if (c.nodeName === 'eval') {
            PF.runScript(c.textContent);
          }
        }
      }
      if (cfg.onco) { try { cfg.onco.call(source, null, 'success', args); } catch (e) { console.error(e); } }
    },
    update: function (id, markup) {
      var target = byId(id);
      if (!target) { console.warn('PrimeFaces: update target not found: ' + id); return; }
      var tpl = document.createElement('template');
      tpl.innerHTML = markup;
      var scripts = [];
      var found = tpl.content.querySelectorAll('script');
      for (var i = 0; i < found.length; i++) { scripts.push(found[i].textContent); found[i].parentNode.removeChild(found[i]); }
      target.replaceWith(tpl.content);
      PF.cleanupWidgets();
      scripts.forEach(function (s) { PF.runScript(s); });
    }
  };

  var HOVERABLE = '.ui-button, .ui-inputfield, .ui-selectonemenu, .ui-radiobutton-box, .ui-panelmenu-header, .ui-menuitem-link, .ui-dialog-titlebar-icon';
  document.addEventListener('mouseover', function (e) {
    var t = e.target && e.target.closest ? e.target.closest(HOVERABLE) : null;
    if (t && !t.classList.contains('ui-state-disabled')) t.classList.add('ui-state-hover');
  });
  document.addEventListener('mouseout', function (e) {
    var t = e.target && e.target.closest ? e.target.closest(HOVERABLE) : null;
    if (t && !(e.relatedTarget && t.contains(e.relatedTarget))) t.classList.remove('ui-state-hover');
  });
  document.addEventListener('focusin', function (e) {
    var t = e.target;
    if (t && t.classList && (t.classList.contains('ui-inputfield') || t.classList.contains('ui-button'))) t.classList.add('ui-state-focus');
  });
  document.addEventListener('focusout', function (e) {
    var t = e.target;
    if (t && t.classList) t.classList.remove('ui-state-focus');
  });
  document.addEventListener('input', function (e) {
    var t = e.target;
    if (t && t.classList && t.classList.contains('ui-inputfield')) t.classList.toggle('ui-state-filled', !!t.value);
  });

  window.PrimeFaces = PF;
  window.PF = function (widgetVar) {
    var w = widgets[widgetVar];
    if (!w) console.warn('Widget for var \'' + widgetVar + '\' not available!');
    return w;
  };
})();
`;

const COMPONENTS_JS = String.raw`/* PrimeFaces components (hand-written rendition) */
(function () {
  'use strict';
  var PF = window.PrimeFaces;
  var byId = PF.byId;
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function removeStrays(id, keepInside) {
    each(document.body.children, function (el) { if (el.id === id && (!keepInside || !keepInside.contains(el))) el.parentNode.removeChild(el); });
  }

  /* ---- Dialog ---- */
  function Dialog(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = byId(cfg.id);
    this.titlebar = this.jq.querySelector('.ui-dialog-titlebar');
    var close = this.jq.querySelector('.ui-dialog-titlebar-close');
    if (close) close.addEventListener('click', function (e) { e.preventDefault(); self.hide(); });
    this.onKey = function (e) { if (e.key === 'Escape' && self.cfg.closeOnEscape && self.isVisible()) self.hide(); };
    document.addEventListener('keydown', this.onKey);
    this.onResize = function () { if (self.isVisible() && !self.dragged) self.center(); };
    window.addEventListener('resize', this.onResize);
    if (cfg.draggable !== false && this.titlebar) this.setupDrag();
    if (cfg.visible) this.show();
  }
  Dialog.prototype.isVisible = function () { return this.jq.isConnected && this.jq.style.display !== 'none'; };
  Dialog.prototype.show = function () {
    if (this.isVisible()) return;
    var z = PF.nextZindex();
    this.jq.style.zIndex = String(z);
    if (this.cfg.modal) this.enableModality(z - 1);
    this.jq.style.display = 'flex';
    this.jq.setAttribute('aria-hidden', 'false');
    this.jq.classList.add('ui-dialog-visible');
    this.dragged = false;
    this.center();
    var first = this.jq.querySelector('.ui-dialog-content input.ui-inputfield:not([type=hidden]):not([disabled])');
    if (first) first.focus({ preventScroll: true });
    if (this.cfg.onShow) PF.runScript(this.cfg.onShow, this);
  };
  Dialog.prototype.hide = function () {
    if (!this.isVisible()) return;
    this.jq.style.display = 'none';
    this.jq.setAttribute('aria-hidden', 'true');
    this.jq.classList.remove('ui-dialog-visible');
    this.disableModality();
    if (this.cfg.onHide) PF.runScript(this.cfg.onHide, this);
  };
  Dialog.prototype.center = function () {
    var w = this.jq.offsetWidth, h = this.jq.offsetHeight;
    this.jq.style.left = Math.max(0, (window.innerWidth - w) / 2) + 'px';
    this.jq.style.top = Math.max(0, (window.innerHeight - h) / 2) + 'px';
  };
  Dialog.prototype.enableModality = function (z) {
    this.disableModality();
    var m = document.createElement('div');
    m.id = this.id + '_modal';
    m.className = 'ui-widget-overlay ui-dialog-mask';
    m.style.zIndex = String(z);
    document.body.appendChild(m);
    document.body.classList.add('ui-overflow-hidden');
    this.mask = m;
  };
  Dialog.prototype.disableModality = function () {
    if (this.mask) { if (this.mask.parentNode) this.mask.parentNode.removeChild(this.mask); this.mask = null; }
    removeStrays(this.id + '_modal');
    if (!document.querySelector('.ui-dialog-mask')) document.body.classList.remove('ui-overflow-hidden');
  };
  Dialog.prototype.setupDrag = function () {
    var self = this;
    this.titlebar.addEventListener('mousedown', function (e) {
      if (e.button !== 0 || (e.target.closest && e.target.closest('.ui-dialog-titlebar-icon'))) return;
      var sx = e.clientX, sy = e.clientY;
      var ox = parseFloat(self.jq.style.left) || 0, oy = parseFloat(self.jq.style.top) || 0;
      function move(ev) { self.dragged = true; self.jq.style.left = (ox + ev.clientX - sx) + 'px'; self.jq.style.top = (oy + ev.clientY - sy) + 'px'; }
      function up() { document.removeEventListener('mousemove', move); document.removeEventListener('mouseup', up); }
      document.addEventListener('mousemove', move);
      document.addEventListener('mouseup', up);
    });
  };
  Dialog.prototype.destroy = function () {
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('resize', this.onResize);
    this.disableModality();
  };
  PF.widget.Dialog = Dialog;

  /* ---- ConfirmDialog ---- */
  function ConfirmDialog(cfg) {
    Dialog.call(this, cfg);
    var self = this;
    this.title = this.jq.querySelector('.ui-dialog-title');
    this.message = this.jq.querySelector('.ui-confirm-dialog-message');
    this.icon = this.jq.querySelector('.ui-confirm-dialog-severity');
    if (cfg.global) {
      PF.globalConfirm = this;
      this.jq.querySelector('.ui-confirmdialog-yes').addEventListener('click', function (e) {
        e.preventDefault();
        var src = self.source;
        self.hide();
        if (src) PF.runScript(src.getAttribute('data-pfconfirmcommand'), src);
      });
      this.jq.querySelector('.ui-confirmdialog-no').addEventListener('click', function (e) { e.preventDefault(); self.hide(); });
    }
  }
  ConfirmDialog.prototype = Object.create(Dialog.prototype);
  ConfirmDialog.prototype.showMessage = function (c) {
    if (c.header) this.title.textContent = c.header;
    this.message.textContent = c.message || '';
    this.icon.className = 'ui-icon ui-confirm-dialog-severity ' + (c.icon || 'pi pi-exclamation-triangle');
    this.source = byId(c.source);
    this.show();
  };
  ConfirmDialog.prototype.destroy = function () {
    Dialog.prototype.destroy.call(this);
    if (PF.globalConfirm === this) PF.globalConfirm = null;
  };
  PF.widget.ConfirmDialog = ConfirmDialog;

  /* ---- Growl ---- */
  function Growl(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = byId(cfg.id);
    var cid = cfg.id + '_container';
    this.container = byId(cid);
    if (!this.container) {
      this.container = document.createElement('div');
      this.container.id = cid;
      this.container.className = 'ui-growl ui-widget';
      this.container.setAttribute('aria-live', 'polite');
      document.body.appendChild(this.container);
    }
    this.container.style.zIndex = String(PF.nextZindex() + 5000);
    (cfg.msgs || []).forEach(function (m) { self.renderMessage(m); });
  }
  Growl.prototype.renderMessage = function (msg) {
    var self = this;
    var sev = msg.severity || 'info';
    var item = document.createElement('div');
    item.className = 'ui-growl-item-container ui-state-highlight ui-corner-all ui-shadow ui-growl-' + sev;
    item.setAttribute('role', 'alert');
    item.setAttribute('aria-live', 'assertive');
    item.setAttribute('aria-atomic', 'true');
    item.innerHTML = '<div class="ui-growl-item"><div class="ui-growl-icon-close ui-icon ui-icon-closethick" style="display:none"></div><span class="ui-growl-image ui-growl-image-' + sev + '"></span><div class="ui-growl-message"><span class="ui-growl-title"></span><p></p></div><div style="clear: both;"></div></div>';
    item.querySelector('.ui-growl-title').textContent = msg.summary || '';
    item.querySelector('p').textContent = msg.detail || '';
    item.style.opacity = '0';
    this.container.appendChild(item);
    requestAnimationFrame(function () { item.style.opacity = '1'; });
    var closer = item.querySelector('.ui-growl-icon-close');
    var timer = null;
    function remove() {
      if (timer) clearTimeout(timer);
      item.style.opacity = '0';
      setTimeout(function () { if (item.parentNode) item.parentNode.removeChild(item); }, 300);
    }
    function arm() { if (!self.cfg.sticky) timer = setTimeout(remove, self.cfg.life || 4000); }
    item.addEventListener('mouseover', function () { closer.style.display = ''; if (timer) { clearTimeout(timer); timer = null; } });
    item.addEventListener('mouseout', function (e) { if (e.relatedTarget && item.contains(e.relatedTarget)) return; closer.style.display = 'none'; if (!timer) arm(); });
    closer.addEventListener('click', remove);
    arm();
  };
  Growl.prototype.destroy = function () {};
  PF.widget.Growl = Growl;

  /* ---- SelectOneRadio ---- */
  function SelectOneRadio(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = byId(cfg.id);
    this.inputs = Array.prototype.slice.call(this.jq.querySelectorAll('input[type=radio]'));
    this.checked = this.inputs.filter(function (i) { return i.checked; })[0] || null;
    this.inputs.forEach(function (input) {
      var box = input.parentNode.nextElementSibling;
      box.addEventListener('click', function () { self.select(input); input.focus({ preventScroll: true }); });
      input.addEventListener('change', function () { if (input.checked) self.select(input); });
      input.addEventListener('focus', function () { box.classList.add('ui-state-focus'); });
      input.addEventListener('blur', function () { box.classList.remove('ui-state-focus'); });
    });
    each(this.jq.querySelectorAll('label[for]'), function (label) {
      label.addEventListener('click', function (e) {
        e.preventDefault();
        var input = byId(label.getAttribute('for'));
        if (input) { self.select(input); input.focus({ preventScroll: true }); }
      });
    });
  }
  SelectOneRadio.prototype.select = function (input) {
    if (input.disabled) return;
    var changed = this.checked !== input;
    this.inputs.forEach(function (i) {
      var box = i.parentNode.nextElementSibling;
      var icon = box.firstElementChild;
      var on = i === input;
      i.checked = on;
      box.classList.toggle('ui-state-active', on);
      icon.classList.toggle('ui-icon-bullet', on);
      icon.classList.toggle('ui-icon-blank', !on);
    });
    this.checked = input;
    if (changed && this.cfg.behaviors && this.cfg.behaviors.change) this.cfg.behaviors.change.call(input, {}, null);
  };
  PF.widget.SelectOneRadio = SelectOneRadio;

  /* ---- SelectOneMenu ---- */
  function SelectOneMenu(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = byId(cfg.id);
    this.input = byId(cfg.id + '_input');
    this.focusInput = byId(cfg.id + '_focus');
    this.label = byId(cfg.id + '_label');
    removeStrays(cfg.id + '_panel', this.jq);
    this.panel = this.jq.querySelector('.ui-selectonemenu-panel');
    document.body.appendChild(this.panel);
    this.wrapper = this.panel.querySelector('.ui-selectonemenu-items-wrapper');
    this.items = Array.prototype.slice.call(this.panel.querySelectorAll('.ui-selectonemenu-item'));
    this.filterInput = this.panel.querySelector('.ui-selectonemenu-filter');
    this.jq.addEventListener('click', function () {
      if (self.isOpen()) { self.hide(); self.focusInput.focus({ preventScroll: true }); }
      else { self.focusInput.focus({ preventScroll: true }); self.show(); }
    });
    this.items.forEach(function (li, idx) {
      li.addEventListener('click', function (e) {
        e.stopPropagation();
        self.selectIndex(idx, true);
        self.hide();
        self.focusInput.focus({ preventScroll: true });
      });
      li.addEventListener('mouseenter', function () { self.highlight(li); });
    });
    if (this.filterInput) {
      this.filterInput.addEventListener('input', function () { self.filter(self.filterInput.value); });
      this.filterInput.addEventListener('keydown', function (e) { self.onKey(e, true); });
    }
    this.focusInput.addEventListener('keydown', function (e) { self.onKey(e, false); });
    this.focusInput.addEventListener('focus', function () { self.jq.classList.add('ui-state-focus'); });
    this.focusInput.addEventListener('blur', function () { if (!self.isOpen()) self.jq.classList.remove('ui-state-focus'); });
    this.input.addEventListener('change', function () { if (!self.silent) self.selectIndex(self.input.selectedIndex, true, true); });
    this.onDocDown = function (e) {
      if (!self.isOpen()) return;
      if (self.jq.contains(e.target) || self.panel.contains(e.target)) return;
      self.hide();
    };
    document.addEventListener('mousedown', this.onDocDown);
    this.onReposition = function (e) {
      if (!self.isOpen()) return;
      if (e && e.type === 'scroll' && self.panel.contains(e.target)) return;
      self.align();
    };
    window.addEventListener('resize', this.onReposition);
    window.addEventListener('scroll', this.onReposition, true);
  }
  SelectOneMenu.prototype.isOpen = function () { return !this.panel.classList.contains('ui-helper-hidden'); };
  SelectOneMenu.prototype.show = function () {
    this.panel.style.zIndex = String(PF.nextZindex());
    this.panel.classList.remove('ui-helper-hidden');
    this.jq.setAttribute('aria-expanded', 'true');
    this.focusInput.setAttribute('aria-expanded', 'true');
    this.jq.classList.add('ui-state-focus');
    this.align();
    var sel = this.items[this.input.selectedIndex];
    if (sel) { this.highlight(sel); this.scrollTo(sel); }
    if (this.filterInput) this.filterInput.focus({ preventScroll: true });
  };
  SelectOneMenu.prototype.hide = function () {
    this.panel.classList.add('ui-helper-hidden');
    this.jq.setAttribute('aria-expanded', 'false');
    this.focusInput.setAttribute('aria-expanded', 'false');
    this.jq.classList.remove('ui-state-focus');
  };
  SelectOneMenu.prototype.align = function () {
    var r = this.jq.getBoundingClientRect();
    this.panel.style.minWidth = r.width + 'px';
    this.panel.style.position = 'absolute';
    var ph = this.panel.offsetHeight;
    var top = r.bottom + window.scrollY;
    if (r.bottom + ph > window.innerHeight && r.top - ph > 0) top = r.top + window.scrollY - ph;
    this.panel.style.left = (r.left + window.scrollX) + 'px';
    this.panel.style.top = top + 'px';
  };
  SelectOneMenu.prototype.highlight = function (li) {
    this.items.forEach(function (i) { i.classList.remove('ui-state-highlight'); });
    if (li) li.classList.add('ui-state-highlight');
    this.highlighted = li;
  };
  SelectOneMenu.prototype.scrollTo = function (li) {
    var w = this.wrapper;
    if (li.offsetTop < w.scrollTop) w.scrollTop = li.offsetTop;
    else if (li.offsetTop + li.offsetHeight > w.scrollTop + w.clientHeight) w.scrollTop = li.offsetTop + li.offsetHeight - w.clientHeight;
  };
  SelectOneMenu.prototype.selectIndex = function (idx, fire, fromInput) {
    var li = this.items[idx];
    if (!li) return;
    var changed = fromInput || this.input.selectedIndex !== idx;
    this.silent = true;
    this.input.selectedIndex = idx;
    this.items.forEach(function (i) { i.setAttribute('aria-selected', 'false'); });
    li.setAttribute('aria-selected', 'true');
    this.highlight(li);
    this.label.textContent = li.getAttribute('data-label');
    this.label.classList.toggle('ui-state-placeholder', this.input.options[idx].value === '');
    if (changed && fire && !fromInput) this.input.dispatchEvent(new Event('change', { bubbles: true }));
    this.silent = false;
    if (changed && fire && this.cfg.behaviors && this.cfg.behaviors.change) this.cfg.behaviors.change.call(this.input, {}, null);
  };
  SelectOneMenu.prototype.visibleItems = function () {
    return this.items.filter(function (li) { return li.style.display !== 'none'; });
  };
  SelectOneMenu.prototype.filter = function (q) {
    var ql = q.trim().toLowerCase();
    var first = null;
    this.items.forEach(function (li) {
      var match = !ql || li.getAttribute('data-label').toLowerCase().indexOf(ql) !== -1;
      li.style.display = match ? '' : 'none';
      if (match && !first) first = li;
    });
    this.highlight(first);
    this.align();
  };
  SelectOneMenu.prototype.onKey = function (e, inFilter) {
    var open = this.isOpen();
    var vis = this.visibleItems();
    var cur = vis.indexOf(this.highlighted);
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (e.altKey && !open) { this.show(); return; }
        var next = vis[e.key === 'ArrowDown' ? Math.min(vis.length - 1, cur + 1) : Math.max(0, cur - 1)];
        if (!next) return;
        if (open) { this.highlight(next); this.scrollTo(next); }
        else this.selectIndex(this.items.indexOf(next), true);
        return;
      }
      case 'Enter':
        e.preventDefault();
        if (open) {
          if (this.highlighted) this.selectIndex(this.items.indexOf(this.highlighted), true);
          this.hide();
          this.focusInput.focus({ preventScroll: true });
        } else this.show();
        return;
      case 'Escape':
        if (open) { e.preventDefault(); this.hide(); this.focusInput.focus({ preventScroll: true }); }
        return;
      case 'Tab':
        if (open) this.hide();
        return;
      case ' ':
        if (!inFilter) { e.preventDefault(); if (!open) this.show(); }
        return;
      default:
        if (!inFilter && e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
          var ch = e.key.toLowerCase();
          var start = this.input.selectedIndex;
          for (var k = 1; k <= this.items.length; k++) {
            var li = this.items[(start + k) % this.items.length];
            if (li.getAttribute('data-label').toLowerCase().indexOf(ch) === 0) { this.selectIndex(this.items.indexOf(li), true); break; }
          }
        }
    }
  };
  SelectOneMenu.prototype.destroy = function () {
    document.removeEventListener('mousedown', this.onDocDown);
    window.removeEventListener('resize', this.onReposition);
    window.removeEventListener('scroll', this.onReposition, true);
    if (this.panel && this.panel.parentNode) this.panel.parentNode.removeChild(this.panel);
  };
  PF.widget.SelectOneMenu = SelectOneMenu;

  /* ---- Password (feedback panel) ---- */
  function Password(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = byId(cfg.id);
    if (!cfg.feedback) return;
    removeStrays(cfg.id + '_panel');
    var p = document.createElement('div');
    p.id = cfg.id + '_panel';
    p.className = 'ui-password-panel ui-widget ui-state-highlight ui-corner-all ui-helper-hidden ui-input-overlay';
    p.innerHTML = '<div class="ui-password-meter" style="background-position:0pt 0pt">&nbsp;</div><div class="ui-password-info"></div>';
    document.body.appendChild(p);
    this.panel = p;
    this.meter = p.firstChild;
    this.info = p.lastChild;
    this.jq.addEventListener('focus', function () { self.update(); self.show(); });
    this.jq.addEventListener('blur', function () { self.panel.classList.add('ui-helper-hidden'); });
    this.jq.addEventListener('input', function () { self.update(); });
  }
  Password.prototype.show = function () {
    var r = this.jq.getBoundingClientRect();
    this.panel.style.zIndex = String(PF.nextZindex());
    this.panel.style.left = (r.right + window.scrollX + 8) + 'px';
    this.panel.style.top = (r.top + window.scrollY - 8) + 'px';
    this.panel.classList.remove('ui-helper-hidden');
  };
  Password.prototype.update = function () {
    var v = this.jq.value;
    if (!v) { this.meter.className = 'ui-password-meter'; this.info.textContent = this.cfg.promptLabel; return; }
    var s = 0;
    if (v.length >= 8) s += 30;
    if (/[a-z]/.test(v)) s += 15;
    if (/[A-Z]/.test(v)) s += 15;
    if (/[0-9]/.test(v)) s += 15;
    if (/[^A-Za-z0-9]/.test(v)) s += 25;
    var level = s < 50 ? 'weak' : s < 100 ? 'good' : 'strong';
    this.meter.className = 'ui-password-meter ' + level;
    this.info.textContent = level === 'weak' ? this.cfg.weakLabel : level === 'good' ? this.cfg.goodLabel : this.cfg.strongLabel;
  };
  Password.prototype.destroy = function () { if (this.panel && this.panel.parentNode) this.panel.parentNode.removeChild(this.panel); };
  PF.widget.Password = Password;

  /* ---- InputOtp ---- */
  function InputOtp(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = byId(cfg.id);
    this.hidden = byId(cfg.id + '_hidden');
    this.inputs = Array.prototype.slice.call(this.jq.querySelectorAll('.ui-inputotp-input'));
    var n = this.inputs.length;
    this.inputs.forEach(function (inp, i) {
      inp.addEventListener('input', function (e) {
        var typed = e.inputType === 'insertText' && e.data && e.data.length === 1 ? e.data : inp.value;
        var digits = typed.replace(/\D/g, '');
        if (digits.length > 1) { self.spread(i, digits); return; }
        inp.value = digits;
        self.sync();
        if (digits && i < n - 1) self.inputs[i + 1].focus();
      });
      inp.addEventListener('keydown', function (e) {
        if (e.key === 'Backspace' && !inp.value && i > 0) { e.preventDefault(); var prev = self.inputs[i - 1]; prev.value = ''; prev.focus(); self.sync(); }
        else if (e.key === 'ArrowLeft' && i > 0) { e.preventDefault(); self.inputs[i - 1].focus(); }
        else if (e.key === 'ArrowRight' && i < n - 1) { e.preventDefault(); self.inputs[i + 1].focus(); }
        else if (e.key.length === 1 && !/[0-9]/.test(e.key) && !e.ctrlKey && !e.metaKey) e.preventDefault();
      });
      inp.addEventListener('focus', function () { inp.select(); });
      inp.addEventListener('paste', function (e) {
        e.preventDefault();
        var text = (e.clipboardData && e.clipboardData.getData('text')) || '';
        self.spread(i, text.replace(/\D/g, ''));
      });
    });
  }
  InputOtp.prototype.spread = function (start, digits) {
    var n = this.inputs.length;
    for (var k = 0; k < digits.length && start + k < n; k++) this.inputs[start + k].value = digits.charAt(k);
    this.sync();
    this.inputs[Math.min(start + digits.length, n - 1)].focus();
  };
  InputOtp.prototype.sync = function () {
    this.hidden.value = this.inputs.map(function (i) { return i.value; }).join('');
    this.inputs.forEach(function (i) { i.classList.toggle('ui-state-filled', !!i.value); });
  };
  PF.widget.InputOtp = InputOtp;

  /* ---- InputMask (digits only: 9) ---- */
  function InputMask(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = byId(cfg.id);
    var el = this.jq;
    var len = cfg.mask.length;
    var slot = cfg.slotChar || '_';
    var blank = new Array(len + 1).join(slot);
    function firstEmpty() { var i = el.value.indexOf(slot); return i === -1 ? len : i; }
    function caretFix() {
      if (document.activeElement !== el) return;
      var f = firstEmpty();
      if (el.selectionStart === el.selectionEnd && el.selectionStart > f) el.setSelectionRange(f, f);
    }
    el.addEventListener('focus', function () {
      if (!el.value) { el.value = blank; el.setSelectionRange(0, 0); }
      setTimeout(caretFix, 0);
    });
    el.addEventListener('mouseup', function () { setTimeout(caretFix, 0); });
    el.addEventListener('keydown', function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (!el.value) el.value = blank;
      var chars = (el.value + blank).slice(0, len).split('');
      var s = el.selectionStart || 0, en = el.selectionEnd || 0, k;
      if (s === en && s > firstEmpty()) { s = firstEmpty(); en = s; }
      if (e.key === 'Backspace' || e.key === 'Delete') {
        e.preventDefault();
        if (en > s) { for (k = s; k < en && k < len; k++) chars[k] = slot; }
        else if (e.key === 'Backspace' && s > 0) { chars[s - 1] = slot; s = s - 1; }
        else if (e.key === 'Delete' && s < len) chars[s] = slot;
        el.value = chars.join('');
        el.setSelectionRange(s, s);
        return;
      }
      if (e.key.length !== 1) return;
      e.preventDefault();
      if (!/[0-9]/.test(e.key)) return;
      if (en > s) for (k = s; k < en && k < len; k++) chars[k] = slot;
      if (s >= len) return;
      chars[s] = e.key;
      el.value = chars.join('');
      el.setSelectionRange(s + 1, s + 1);
      el.classList.add('ui-state-filled');
    });
    el.addEventListener('input', function () {
      var d = el.value.replace(/\D/g, '').slice(0, len);
      el.value = (d + blank).slice(0, len);
      el.setSelectionRange(d.length, d.length);
    });
    el.addEventListener('blur', function () {
      if (cfg.autoClear !== false && el.value.indexOf(slot) !== -1) { el.value = ''; el.classList.remove('ui-state-filled'); }
    });
  }
  PF.widget.InputMask = InputMask;

  /* ---- PanelMenu ---- */
  function PanelMenu(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = byId(cfg.id);
    this.stateKey = 'panelMenu-' + cfg.id;
    var saved = [];
    if (cfg.stateful) { try { saved = JSON.parse(window.localStorage.getItem(this.stateKey) || '[]'); } catch (e) { saved = []; } }
    each(this.jq.querySelectorAll('.ui-panelmenu-header'), function (header) {
      var content = byId(header.getAttribute('aria-controls'));
      if (saved.indexOf(content.id) !== -1) self.setRoot(header, content, true, false);
      header.addEventListener('click', function (e) {
        e.preventDefault();
        self.setRoot(header, content, header.getAttribute('aria-expanded') !== 'true', true);
        self.saveState();
      });
      header.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); header.click(); } });
    });
    each(this.jq.querySelectorAll('li.ui-menu-parent'), function (li) {
      if (saved.indexOf(li.id) !== -1) self.setNode(li, true, false);
      li.firstElementChild.addEventListener('click', function (e) {
        e.preventDefault();
        self.setNode(li, li.getAttribute('aria-expanded') !== 'true', true);
        self.saveState();
      });
    });
  }
  PanelMenu.prototype.setRoot = function (header, content, open, animate) {
    header.setAttribute('aria-expanded', open ? 'true' : 'false');
    header.classList.toggle('ui-state-active', open);
    header.classList.toggle('ui-corner-all', !open);
    header.classList.toggle('ui-corner-top', open);
    var icon = header.firstElementChild;
    icon.classList.toggle('ui-icon-triangle-1-s', open);
    icon.classList.toggle('ui-icon-triangle-1-e', !open);
    content.setAttribute('aria-hidden', open ? 'false' : 'true');
    if (animate) {
      PF.slide(content, open, function () { if (!open) { content.classList.add('ui-helper-hidden'); content.style.display = ''; } });
    } else {
      content.classList.toggle('ui-helper-hidden', !open);
    }
  };
  PanelMenu.prototype.setNode = function (li, open, animate) {
    var sub = li.querySelector(':scope > ul');
    var icon = li.firstElementChild.querySelector('.ui-panelmenu-icon');
    li.setAttribute('aria-expanded', open ? 'true' : 'false');
    icon.classList.toggle('ui-icon-triangle-1-s', open);
    icon.classList.toggle('ui-icon-triangle-1-e', !open);
    if (animate) PF.slide(sub, open);
    else sub.style.display = open ? 'block' : 'none';
  };
  PanelMenu.prototype.saveState = function () {
    if (!this.cfg.stateful) return;
    var ids = [];
    each(this.jq.querySelectorAll('.ui-panelmenu-header[aria-expanded=true]'), function (h) { ids.push(h.getAttribute('aria-controls')); });
    each(this.jq.querySelectorAll('li.ui-menu-parent[aria-expanded=true]'), function (li) { ids.push(li.id); });
    try { window.localStorage.setItem(this.stateKey, JSON.stringify(ids)); } catch (e) { /* storage unavailable */ }
  };
  PF.widget.PanelMenu = PanelMenu;
})();
`;
