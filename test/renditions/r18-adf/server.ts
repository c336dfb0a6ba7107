/**
 * Rendition r18-adf: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2012-2019 Oracle ADF Faces 12c portal
 * (JSF, Skyros-like skin, partial page rendering) would draw it, the way several Indian PSU and tax
 * department portals were built. No real ADF: a small hand-written runtime (`AdfPage.PAGE`) reproduces
 * the library's DOM and behaviour: component client ids with colons (`pt1:r1:0:it1`), `af_` classes,
 * inputs in panelFormLayout rows whose `tr` is the component root, anchor buttons without href
 * (`div.af_button > a.af_button_link[role=button]`), PPR requests (form-encoded POST with `event` and an
 * `<m xmlns="http://oracle.com/richClient/comm">` event message, header `Adf-Rich-Message: true`)
 * answered by JSF `<partial-response>` XML whose `<update>`s replace components by id, `<eval>`s run
 * script and `<redirect>`s navigate. Every line of markup, style and script is in this file; no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` redirects to `/faces/home.jspx`. Every first GET of a `/faces/*.jspx` page without
 *   `_afrLoop` answers ADF's blank "loopback" page that re-requests the URL with `_afrLoop`,
 *   `_afrWindowMode` and `_afrWindowId` (and `_adf.ctrl-state`) added. Pages: home, `login.jspx`,
 *   `otp.jspx` (2FA), `dashboard.jspx`; Create API User is a view of the dashboard's region `pt1:r1`
 *   (region navigation by PPR: the URL never changes after login).
 * - Home: header af:button "Login" (PPR action answered by a redirect to the login page).
 * - Login: panelBox "Login" with panelFormLayout User Name, Password, Captcha (an `af:image` of an SVG
 *   from `/captchaServlet`, plus a refresh commandImageLink) and Enter Captcha, button "Login"; Enter
 *   in a field presses it. Required fields are checked in the browser first ("A value is required.").
 *   Captcha is checked first (case-insensitive), then username (case-insensitive) and password. Refusals:
 *   the af:messages popup "Error" ("Invalid Captcha. Please enter the characters shown in the image." /
 *   "Invalid Login Credentials. Please check your User Name and Password.") plus an inline af:message
 *   under the field; the captcha (and password) boxes are emptied and the picture redrawn.
 * - 2FA: panelBox "Two Factor Authentication", "Enter OTP", "Verify OTP" and a "Resend OTP" link.
 *   Wrong: messages popup "Invalid OTP. Please enter the correct OTP sent to your registered mobile
 *   number." (refusal login-otp); retries unlimited.
 * - After login: lazily fetched af:popup/af:dialog "Contacts of Technical Person" (name, mobile, e-mail,
 *   'Close' footer button and the header close icon), then, once closed (a popupCanceled PPR), a second
 *   dialog "Advisory" about 2FA with an 'OK' button. Both modal over an `AFModalGlassPane`, shown once
 *   per login. Dashboard: panelHeader "Dash Board", panelBoxes "Generations" and "Cancelled".
 * - Menu: left pane of a panelSplitter: commandLink "Dash Board", then af:panelAccordion with
 *   showDetailItems e-Invoice, API Registration, MIS Reports, User Management (one disclosed at a time;
 *   a header click is a disclosure PPR that re-renders the accordion; content animates open). Each holds
 *   an af:tree: the disclosure arrow expands a node (PPR), a click on a parent's text only selects it,
 *   leaves are commandLinks. API Registration: User Credentials (Create API User, View API Users),
 *   IP Whitelisting, Freeze API User, Change API Password. Other leaves: "No records found." views.
 * - API OTP: the Create API User leaf's action sends the OTP (stage api-otp-send) and shows panelBox
 *   "API Registration" ("An OTP has been sent to your registered mobile number XXXXXX4417 ..."),
 *   "Enter OTP", "Verify OTP", "Resend OTP". Wrong: messages popup "Invalid OTP. Please enter the valid
 *   OTP sent to your registered mobile number." and inline message, box emptied (refusal api-otp).
 *   Valid 10 minutes ("OTP has expired. Please click Resend OTP to get a new OTP.").
 * - Form: panelBox "Create API User": GSTIN, af:selectOneRadio (autoSubmit, horizontal, native radios
 *   transparent over drawn circles, values "0".."3") "Do you wish to Register your GSTIN for": Directly /
 *   Through GSP / Through ERP / Through Client-Id of other; its change re-renders the part below. Only
 *   Through GSP shows fields; the others show a note. "Select your GSP": native af:selectOneChoice
 *   (autoSubmit, values are indexes, first "-- Select --") of 26 names; its change re-renders the
 *   credential rows EMPTY. "Username": outputText `API_` + inputText in one panelLabelAndMessage row
 *   (3 to 20 letters, digits, '_' or '.', a typed leading API_ is not doubled); "Password" and
 *   "Re-enter Password" (8 to 15 characters with upper, lower, digit and special). "Submit" checks the
 *   required fields in the browser, then opens the af:dialog (yesNo) "Confirm" / "Do you want to create
 *   the API user?" with "Yes"/"No"; "Yes" posts the dialog event. "Exit" returns to the dashboard view.
 * - Refusals at Submit (messages popup "Error"): "GSTIN <gstin> is already registered with GSP <gsp>."
 *   (duplicate: Tera Software Limited is on file, and any made here) and "Username API_x is not
 *   available. Please choose a different username." (username-taken: API_admin, API_test, API_demo,
 *   API_einvoice and any on file, case-insensitively).
 * - Success: messages popup "Information" "API user API_x has been created successfully." and the region
 *   view "Create API User" with the green text "API User API_x has been created successfully for <GSP>."
 *   and an af:table "GSPs registered for GSTIN <gstin>".
 * - Busy: each PPR appends a transparent `div.AFBlockingGlassPane` to body and switches the header's
 *   af:statusIndicator `img` from idle to busy; the server answers PPR after ~150 ms.
 * - Sessions: cookie JSESSIONID (WebLogic style `xxx!-123`), server-side state, 30 minutes idle. A page
 *   GET without a live session is a 302 to `/faces/login.jspx?timeout=true` (red text "Session expired.
 *   Please login again."). A PPR without one answers a partial-response `<error>` naming
 *   javax.faces.application.ViewExpiredException; the runtime shows the dialog "Session Timeout" / "Your
 *   session has expired. Click OK to reload the page." whose OK reloads (and so lands on that login).
 * - expireOnce: the first request of that stage (the Create API User leaf's action or Resend OTP, the
 *   Verify OTP action, the Confirm dialog's Yes) deletes the session first and answers as any lost one.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type AdfR18Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface AdfR18Options {
  expireOnce?: AdfR18Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface AdfR18State {
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

export interface AdfR18Rendition {
  url: string;
  close(): Promise<void>;
  state: AdfR18State;
}

export const ADF_R18_LOGIN: { username: string; password: string } = {
  username: 'adfr18tax',
  password: 'Adf@R18#login',
};

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'E-Connect Solutions Private Limited',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'KDK Softwares (India) Private Limited',
  'Masters India Private Limited',
  'Nirmal Bang Securities Private Limited',
  'Nucleus Software Exports Limited',
  'Relyon Softech Limited',
  'Reliance Corporate IT Park Limited',
  'Sag Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Spice Digital Limited',
  'Taxmann Technologies Private Limited',
  'Tally ( India) Private Ltd',
  'Tera Software Limited',
  'TaxPro GSP (Edelweiss)',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];

/** Registrations already on file before this run (not in state.users). */
const PRE_REGISTERED = [
  { gsp: 'Tera Software Limited', username: 'API_tera27', createdOn: '2021-02-11T10:42:07.000Z' },
];
const TAKEN_USERNAMES = ['api_admin', 'api_test', 'api_demo', 'api_einvoice'];
const MOBILE = 'XXXXXX4417';
const OTP_VALID_MS = 10 * 60 * 1000;
const SESSION_IDLE_MS = 30 * 60 * 1000;

// ---------------------------------------------------------------- small helpers

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function cdata(s: string): string {
  return `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function js(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c');
}

function rnd(a: number, b: number): number {
  return a + Math.random() * (b - a);
}

function svgData(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function dmy(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The captcha as a picture: each character rotated, over noise; never text in the page's DOM. */
function captchaSvg(text: string): string {
  const colors = ['#7a1f1f', '#1f3f7a', '#2f6a2a', '#6a2a6a', '#7a5a10'];
  let s =
    '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="44" viewBox="0 0 150 44">' +
    '<rect width="150" height="44" fill="#eef2e4"/>';
  for (let i = 0; i < 40; i++)
    s += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 44).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="#8a8f7a"/>`;
  [...text].forEach((ch, i) => {
    const x = 16 + i * (120 / Math.max(text.length, 1));
    const y = 31 + rnd(-3, 3);
    s += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="Georgia, 'Times New Roman', serif" font-size="${rnd(23, 28).toFixed(0)}" font-weight="bold" fill="${colors[i % colors.length]}" transform="rotate(${rnd(-22, 22).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})">${esc(ch)}</text>`;
  });
  for (let i = 0; i < 5; i++)
    s += `<path d="M${rnd(0, 20).toFixed(0)} ${rnd(4, 40).toFixed(0)} Q ${rnd(50, 100).toFixed(0)} ${rnd(0, 44).toFixed(0)} ${rnd(130, 150).toFixed(0)} ${rnd(4, 40).toFixed(0)}" stroke="${colors[(i + 2) % colors.length]}" stroke-width="1.3" fill="none"/>`;
  return `${s}</svg>`;
}

const IDLE_ICON = svgData(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="6" fill="#d8e2ec" stroke="#8ea4c1"/></svg>',
);
const BUSY_ICON = svgData(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6" fill="none" stroke="#d8e2ec" stroke-width="2.5"/><path d="M8 2 A6 6 0 0 1 14 8" fill="none" stroke="#1c5ea0" stroke-width="2.5"><animateTransform attributeName="transform" type="rotate" from="0 8 8" to="360 8 8" dur="0.8s" repeatCount="indefinite"/></path></svg>',
);
const EMBLEM = svgData(
  '<svg xmlns="http://www.w3.org/2000/svg" width="44" height="44" viewBox="0 0 44 44"><circle cx="22" cy="22" r="20" fill="#fff" stroke="#f29b1d" stroke-width="3"/><circle cx="22" cy="22" r="9" fill="none" stroke="#0b3a66" stroke-width="2"/><path d="M22 13v18M13 22h18M15.6 15.6l12.8 12.8M28.4 15.6L15.6 28.4" stroke="#0b3a66" stroke-width="1.2"/><text x="22" y="41" font-size="6" text-anchor="middle" fill="#0b3a66" font-family="Arial">GST</text></svg>',
);
const CLOSE_ICON = svgData(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M4 4l8 8M12 4l-8 8" stroke="#4a5f78" stroke-width="2"/></svg>',
);
const REFRESH_ICON = svgData(
  '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 18 18"><path d="M14.5 9A5.5 5.5 0 1 1 12.9 5.1" fill="none" stroke="#1c5ea0" stroke-width="2"/><path d="M10.5 2.5h4v4z" fill="#1c5ea0"/></svg>',
);

// ---------------------------------------------------------------- components

/** Client-side registrations of the components a response draws (`AdfPage.PAGE.__reg`). */
class Ctx {
  reg: Record<string, Record<string, unknown>> = {};
  r(id: string, cfg: Record<string, unknown>): void {
    this.reg[id] = cfg;
  }
  regScript(): string {
    return `AdfPage.PAGE.__reg(${js(this.reg)});`;
  }
}

interface BtnOpts {
  primary?: boolean;
  disabled?: boolean;
}

function button(
  ctx: Ctx,
  id: string,
  text: string,
  cfg: Record<string, unknown> = {},
  o: BtnOpts = {},
): string {
  ctx.r(id, { t: 'btn', ...cfg });
  const cls = `af_button p_AFTextOnly${o.primary ? ' p_AFCTA' : ''}${o.disabled ? ' p_AFDisabled' : ''}`;
  return (
    `<div id="${esc(id)}" class="${cls}" role="presentation" _afrgrp="0">` +
    `<a class="af_button_link" role="button" tabindex="0"${o.disabled ? ' aria-disabled="true"' : ''}>` +
    `<span class="af_button_text">${esc(text)}</span></a></div>`
  );
}

function commandLink(ctx: Ctx, id: string, text: string, cls = ''): string {
  ctx.r(id, { t: 'link' });
  return `<a id="${esc(id)}" class="af_commandLink${cls ? ` ${cls}` : ''}" href="#" tabindex="0">${esc(text)}</a>`;
}

function outputText(id: string, text: string, cls = ''): string {
  return `<span id="${esc(id)}" class="af_outputText${cls ? ` ${cls}` : ''}">${esc(text)}</span>`;
}

function inlineMsg(text: string): string {
  return (
    '<div class="af_message" role="alert"><div class="af_message_error-icon"></div>' +
    `<span class="af_message_detail-text">${esc(text)}</span></div>`
  );
}

const REQ = '<abbr class="AFRequiredIconStyle" title="Required">*</abbr>';

interface FieldOpts {
  label: string;
  value?: string;
  secret?: boolean;
  required?: boolean;
  maxLength?: number;
  columns?: number;
  error?: string;
  hint?: string;
}

/** An af:inputText inside a panelFormLayout: the component's root is the row. */
function inputRow(ctx: Ctx, id: string, o: FieldOpts): string {
  ctx.r(id, { t: 'input', label: o.label, req: !!o.required });
  return (
    `<tr id="${esc(id)}" class="af_inputText${o.required ? ' p_AFRequired' : ''}${o.error ? ' p_AFError' : ''}">` +
    `<td class="af_inputText_label af_panelFormLayout_label-cell">${o.required ? REQ : ''}` +
    `<label class="af_inputText_label-text" for="${esc(id)}::content">${esc(o.label)}</label></td>` +
    `<td class="af_inputText_content-cell af_panelFormLayout_content-cell" valign="top">` +
    inputEl(id, o) +
    (o.hint ? `<div class="af_inputText_hint-text">${esc(o.hint)}</div>` : '') +
    (o.error ? inlineMsg(o.error) : '') +
    '</td></tr>'
  );
}

function inputEl(id: string, o: FieldOpts): string {
  return (
    `<input id="${esc(id)}::content" name="${esc(id)}" class="af_inputText_content" ` +
    `type="${o.secret ? 'password' : 'text'}" value="${esc(o.value ?? '')}" size="${o.columns ?? 28}"` +
    `${o.maxLength ? ` maxlength="${o.maxLength}"` : ''} autocomplete="off">`
  );
}

/** An af:panelLabelAndMessage row: a label and any content. */
function plamRow(
  id: string,
  label: string,
  content: string,
  o: { forId?: string; required?: boolean } = {},
): string {
  return (
    `<tr id="${esc(id)}" class="af_panelLabelAndMessage">` +
    `<td class="af_panelLabelAndMessage_label af_panelFormLayout_label-cell">${o.required ? REQ : ''}` +
    `<label class="af_panelLabelAndMessage_label-text"${o.forId ? ` for="${esc(o.forId)}"` : ''}>${esc(label)}</label></td>` +
    `<td class="af_panelLabelAndMessage_content-cell af_panelFormLayout_content-cell" valign="top">${content}</td></tr>`
  );
}

function footerRow(content: string): string {
  return `<tr><td class="af_panelFormLayout_label-cell"></td><td class="af_panelFormLayout_footer-cell">${content}</td></tr>`;
}

function pfl(id: string, rows: string): string {
  return (
    `<div id="${esc(id)}" class="af_panelFormLayout">` +
    '<table class="af_panelFormLayout_column" cellpadding="0" cellspacing="0" border="0" role="presentation">' +
    `<tbody>${rows}</tbody></table></div>`
  );
}

function panelBox(id: string, title: string, content: string, style = ''): string {
  return (
    `<div id="${esc(id)}" class="af_panelBox p_AFCore p_AFDefault"${style ? ` style="${style}"` : ''}>` +
    `<div class="af_panelBox_header"><h2 class="af_panelBox_header-text">${esc(title)}</h2></div>` +
    `<div id="${esc(id)}::content" class="af_panelBox_content"><div class="af_panelBox_body">${content}</div></div></div>`
  );
}

function pgl(id: string, content: string, layout = 'vertical'): string {
  return `<div id="${esc(id)}" class="af_panelGroupLayout p_AF${layout === 'horizontal' ? 'Horizontal' : 'Vertical'}">${content}</div>`;
}

interface DialogOpts {
  popupId: string;
  dialogId: string;
  title: string;
  content: string;
  buttons: string;
  width?: number;
  loaded?: boolean;
}

/** An af:popup holding an af:dialog; hidden in the page until the runtime moves it to body. */
function popupDialog(o: DialogOpts): string {
  return (
    `<div id="${esc(o.popupId)}" class="af_popup" style="display:none"${o.loaded === false ? '' : ' _afrloaded="1"'}>` +
    (o.loaded === false
      ? ''
      : `<div id="${esc(o.dialogId)}" class="af_dialog" role="dialog" aria-labelledby="${esc(o.dialogId)}::title"${o.width ? ` style="width:${o.width}px"` : ''}>` +
        `<div class="af_dialog_header" id="${esc(o.dialogId)}::_hce"><div class="af_dialog_title" id="${esc(o.dialogId)}::title">${esc(o.title)}</div>` +
        `<a class="af_dialog_close-icon-style" id="${esc(o.dialogId)}::close" title="Close" role="button" tabindex="0"></a></div>` +
        `<div class="af_dialog_content" id="${esc(o.dialogId)}::contentContainer">${o.content}</div>` +
        `<div class="af_dialog_footer"><div class="af_dialog_footer-buttons">${o.buttons}</div></div></div>`) +
    '</div>'
  );
}

// ---------------------------------------------------------------- skin (Skyros-like)

const CSS = `
html,body{margin:0;padding:0;height:100%}
body{font-family:Arial,Helvetica,Geneva,sans-serif;font-size:12px;color:#333;background:#fff}
.AFDocument{min-height:100%}
.af_form{margin:0}
a{color:#0b5394}
.p_OraHiddenLabel{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.AppHeader{display:flex;align-items:center;justify-content:space-between;height:62px;padding:0 14px;background:linear-gradient(#0e4a80,#0a3660);color:#fff;border-bottom:3px solid #f29b1d}
.AppBrand{display:flex;align-items:center;gap:10px}
.AppTitle{font-size:20px;font-weight:bold;letter-spacing:.3px}
.AppSub{font-size:11px;color:#cfdcea}
.AppHeaderRight{display:flex;align-items:center;gap:12px}
.AppHeaderRight .af_outputText{color:#fff}
.AppHeaderRight .af_commandLink{color:#fff}
.AppNav{height:26px;background:linear-gradient(#f3f6f9,#dfe6ee);border-bottom:1px solid #b8c7d6;padding:0 14px;display:flex;align-items:center;gap:18px}
.AppNav .af_commandLink{color:#0b3a66;text-decoration:none;font-weight:bold;font-size:11px}
.AppFooter{font-size:11px;color:#58697c;text-align:center;padding:5px;background:#eef2f6;border-top:1px solid #c9d4df}
.af_statusIndicator img{vertical-align:middle}
.af_panelStretchLayout{position:absolute;top:0;left:0;right:0;bottom:0;overflow:hidden}
.af_panelSplitter_pane{position:absolute;top:0;bottom:0;overflow:auto}
.af_panelSplitter_horizontal-pane{position:absolute;top:0;bottom:0;width:7px;background:linear-gradient(90deg,#dfe6ee,#c9d4df);border-left:1px solid #b8c7d6;border-right:1px solid #b8c7d6}
.af_panelSplitter_horizontal-icon-link{display:block;position:absolute;top:45%;left:0;width:7px;height:28px;cursor:pointer}
.af_panelSplitter_horizontal-icon-link:after{content:"";position:absolute;left:1px;top:10px;border:3px solid transparent;border-right-color:#4a5f78}
.af_panelBox{border:1px solid #c4ced7;background:#fff;margin:0 0 10px 0;border-radius:2px}
.af_panelBox_header{background:linear-gradient(#f7f9fb,#e3eaf1);border-bottom:1px solid #c4ced7;padding:5px 9px}
.af_panelBox_header-text{margin:0;font-size:13px;font-weight:bold;color:#0b3a66}
.af_panelBox_content{padding:10px 12px}
.af_panelHeader{margin:0 0 8px 0;border-bottom:1px solid #c9d4df}
.af_panelHeader_title-text{font-size:17px;color:#0b3a66;margin:4px 0 6px 0;font-weight:normal}
.af_panelGroupLayout.p_AFHorizontal{display:flex;gap:12px;align-items:flex-start;flex-wrap:wrap}
.af_panelFormLayout_column{border-collapse:separate;border-spacing:0}
.af_panelFormLayout_label-cell{text-align:right;padding:6px 10px 4px 0;white-space:nowrap;color:#4f5a66;vertical-align:top;min-width:150px}
.af_panelFormLayout_content-cell{padding:3px 0;vertical-align:top}
.af_panelFormLayout_footer-cell{padding:10px 0 2px 0}
.AFRequiredIconStyle{color:#c00;text-decoration:none;border:none;margin-right:2px;font-weight:bold}
.af_inputText_content,.af_selectOneChoice_content{font:12px Arial,Helvetica,sans-serif;border:1px solid #8ea4c1;border-radius:2px;padding:3px 4px;height:16px;color:#222;background:#fff;box-shadow:inset 0 1px 1px #e3e8ee}
.af_selectOneChoice_content{height:24px;padding:2px;min-width:330px}
.af_inputText_content:focus,.af_selectOneChoice_content:focus{border-color:#3d7bc3;outline:none;box-shadow:0 0 0 2px #c7dbf2}
.p_AFError .af_inputText_content,.p_AFError .af_selectOneChoice_content{border-color:#c00;background:#fff4f4}
.af_inputText_hint-text{color:#6c7a89;font-size:11px;margin-top:2px;max-width:330px}
.af_message{position:relative;display:block;margin:3px 0 0 0;max-width:330px;border:1px solid #e2b0b0;background:#fdf0f0;color:#8a1a1a;padding:3px 6px 3px 22px;border-radius:2px;font-size:11px}
.af_message_error-icon{position:absolute;left:5px;top:3px;width:12px;height:12px;border-radius:50%;background:#c82020}
.af_message_error-icon:after{content:"!";position:absolute;left:0;right:0;top:-1px;text-align:center;color:#fff;font-weight:bold;font-size:10px}
.af_outputText.p_AFError{color:#c00;font-weight:bold}
.af_outputText.AppSuccess{color:#1b6d1b;font-weight:bold;font-size:13px}
.af_outputText.AppNote{color:#5a4a10;background:#fff8dc;border:1px solid #e6d48c;padding:6px 8px;display:block;max-width:560px}
.af_button{display:inline-block;margin:2px 6px 2px 0;vertical-align:middle}
.af_button_link{display:inline-block;border:1px solid #8ea4c1;border-radius:3px;background:linear-gradient(#ffffff,#dde5ee);color:#1c3c5e;padding:4px 12px;font-weight:bold;font-size:12px;cursor:pointer;text-decoration:none;user-select:none;white-space:nowrap}
.af_button_link:hover{background:linear-gradient(#ffffff,#cbd9e8);border-color:#5f7ea5}
.af_button_link:active{background:linear-gradient(#cbd9e8,#ffffff)}
.af_button_link:focus{outline:1px dotted #1c3c5e;outline-offset:1px}
.af_button.p_AFCTA .af_button_link{background:linear-gradient(#3f86cf,#1c5ea0);border-color:#164d85;color:#fff}
.af_button.p_AFDisabled .af_button_link{color:#a3aab2;border-color:#cdd4dc;background:#f2f4f6;cursor:default}
.af_commandLink{cursor:pointer}
.af_commandImageLink{display:inline-block;vertical-align:middle;margin-left:6px;cursor:pointer}
.af_image{vertical-align:middle;border:1px solid #b8c7d6}
.af_selectOneRadio_content-fieldset{border:none;margin:0;padding:4px 0 0 0}
.af_selectOneRadio_content{display:inline-flex;align-items:center;margin:0 16px 4px 0;white-space:nowrap}
.af_selectOneRadio_content-input{position:relative;display:inline-block;width:14px;height:14px;margin-right:5px}
.af_selectOneRadio_native-input{position:absolute;left:0;top:0;width:14px;height:14px;margin:0;opacity:0;cursor:pointer;z-index:1}
.af_selectOneRadio_radio-icon{display:block;box-sizing:border-box;width:14px;height:14px;border:1px solid #7d8a99;border-radius:50%;background:linear-gradient(#fff,#e9eef3)}
.af_selectOneRadio_native-input:checked+.af_selectOneRadio_radio-icon:after{content:"";display:block;width:6px;height:6px;margin:3px;border-radius:50%;background:#1c5ea0}
.af_selectOneRadio_native-input:focus+.af_selectOneRadio_radio-icon{box-shadow:0 0 0 2px #c7dbf2}
.af_selectOneRadio_item-text{cursor:pointer}
.p_AFError .af_selectOneRadio_radio-icon{border-color:#c00}
.AppMenuPane{padding:8px;background:#f4f7fa}
.AppMenuHome{display:block;padding:6px 8px;margin-bottom:6px;border:1px solid #b8c7d6;background:#fff;font-weight:bold;text-decoration:none;color:#0b3a66}
.af_panelAccordion{border-top:1px solid #b8c7d6}
.af_showDetailItem_header{background:linear-gradient(#f3f6f9,#d9e2eb);border:1px solid #b8c7d6;border-top:none}
.af_showDetailItem.p_AFDisclosed .af_showDetailItem_header{background:linear-gradient(#4a86c0,#2a629a);border-color:#245584}
.af_showDetailItem_header-link{display:flex;align-items:center;gap:6px;padding:7px 8px;color:#0b3a66;font-weight:bold;text-decoration:none;cursor:pointer}
.af_showDetailItem.p_AFDisclosed .af_showDetailItem_header-link{color:#fff}
.af_showDetailItem_disclosure-icon{width:0;height:0;border:4px solid transparent;border-left:5px solid currentColor;margin-right:2px}
.af_showDetailItem.p_AFDisclosed .af_showDetailItem_disclosure-icon{border:4px solid transparent;border-top:5px solid currentColor;margin-top:4px}
.af_showDetailItem_content{border:1px solid #b8c7d6;border-top:none;background:#fff;padding:4px 2px}
.af_tree_data-table{border-collapse:collapse;width:100%}
.af_tree_data-row td{padding:2px 2px;white-space:nowrap}
.af_tree_data-row.p_AFSelected td{background:#cfe0f3}
.af_tree_data-row:hover td{background:#e8f0f8}
.af_tree_disclosure-link,.af_tree_no-disclosure-spacer{display:inline-block;width:14px;height:14px;vertical-align:middle;cursor:pointer}
.af_tree_no-disclosure-spacer{cursor:default}
.af_tree_collapsed-icon,.af_tree_expanded-icon{display:block;width:0;height:0;margin:3px 0 0 4px;border:4px solid transparent}
.af_tree_collapsed-icon{border-left:6px solid #4a5f78}
.af_tree_expanded-icon{border-top:6px solid #4a5f78;margin:5px 0 0 3px}
.af_tree_node-icon{display:inline-block;width:12px;height:10px;vertical-align:middle;margin-right:4px;background:linear-gradient(#f6d27a,#e0b04a);border:1px solid #b78a2a;border-radius:1px}
.af_tree_node-icon.p_AFLeaf{width:9px;height:11px;background:#fff;border-color:#8ea4c1}
.af_tree_node-text{cursor:pointer;padding:1px 3px;vertical-align:middle}
.af_tree_node-text .af_commandLink{text-decoration:none;color:#0b3a66}
.af_tree_node-text .af_commandLink:hover{text-decoration:underline}
.AFModalGlassPane{position:fixed;left:0;top:0;width:100%;height:100%;background:rgba(48,56,66,.38)}
.AFBlockingGlassPane{position:fixed;left:0;top:0;width:100%;height:100%;background:transparent;z-index:99999;cursor:wait}
.af_popup.p_AFOpen,.af_messages.p_AFOpen{position:fixed}
.af_dialog,.af_messages{background:#fff;border:1px solid #7d95b5;border-radius:4px;box-shadow:0 4px 18px rgba(0,0,0,.35);min-width:360px;max-width:640px}
.af_dialog_header,.af_messages_header{position:relative;display:flex;align-items:center;gap:8px;background:linear-gradient(#eef3f8,#d5e0ec);border-bottom:1px solid #b8c7d6;padding:7px 34px 7px 12px;cursor:move;border-radius:4px 4px 0 0}
.af_dialog_title,.af_messages_title{font-weight:bold;font-size:14px;color:#0b3a66}
.af_dialog_close-icon-style,.af_messages_close-icon-style{position:absolute;right:9px;top:8px;width:16px;height:16px;cursor:pointer;background:url("${CLOSE_ICON}") no-repeat center;border-radius:2px}
.af_dialog_close-icon-style:hover,.af_messages_close-icon-style:hover{background-color:#c7d5e4}
.af_dialog_content,.af_messages_body{padding:14px 16px;line-height:1.5}
.af_dialog_footer,.af_messages_footer{padding:7px 10px;border-top:1px solid #dde4ec;background:#f6f8fa;text-align:right;border-radius:0 0 4px 4px}
.af_messages_error-icon-style,.af_messages_info-icon-style,.af_messages_warning-icon-style{width:18px;height:18px;border-radius:50%;flex:none;position:relative}
.af_messages_error-icon-style{background:#c82020}
.af_messages_info-icon-style{background:#1c5ea0}
.af_messages_warning-icon-style{background:#d9902a}
.af_messages_error-icon-style:after,.af_messages_warning-icon-style:after{content:"!";position:absolute;left:0;right:0;top:1px;text-align:center;color:#fff;font-weight:bold;font-size:13px}
.af_messages_info-icon-style:after{content:"i";position:absolute;left:0;right:0;top:1px;text-align:center;color:#fff;font-weight:bold;font-size:13px;font-family:Georgia,serif}
.af_messages_list{margin:0;padding:0 0 0 18px}
.af_messages_list-item{margin:2px 0}
.af_table{border:1px solid #b8c7d6;max-width:900px}
.af_table_column-header-table,.af_table_data-table{border-collapse:collapse;width:100%;table-layout:fixed}
.af_column_header-cell{background:linear-gradient(#f3f6f9,#dde5ee);border-right:1px solid #c4ced7;border-bottom:1px solid #b8c7d6;padding:5px 6px;text-align:left;font-weight:bold;color:#33475e}
.af_column_data-cell{border-right:1px solid #e1e7ee;border-bottom:1px solid #e1e7ee;padding:4px 6px;overflow:hidden;text-overflow:ellipsis}
.af_table_data-row:nth-child(even) .af_column_data-cell{background:#f7f9fb}
.af_table_data-body{max-height:240px;overflow:auto}
.AppCenter{display:flex;justify-content:center;padding:30px 10px}
.AppHomeBody{padding:14px 18px;display:flex;gap:14px;align-items:flex-start}
.AppCount{font-size:28px;color:#0b3a66;font-weight:bold}
.AppRegion{padding:12px 14px}
.AppRegion .af_panelFormLayout_label-cell{width:250px;min-width:250px;white-space:normal}
`;

// ---------------------------------------------------------------- client runtime (AdfPage.PAGE)

const RUNTIME = String.raw`
(function () {
  'use strict';
  var IDLE = '@IDLE@', BUSY = '@BUSY@';
  var P = { _reg: {}, _busy: false, _q: [], _z: 20000, _open: [], _glass: null };
  window.AdfPage = { PAGE: P };
  function $(id) { return document.getElementById(id); }
  P.__reg = function (m) { for (var k in m) if (Object.prototype.hasOwnProperty.call(m, k)) P._reg[k] = m[k]; };
  P.findComponent = function (id) {
    return { getClientId: function () { return id; }, show: function () { P.showPopup(id); }, hide: function () { P.hidePopup(id); } };
  };
  P.__onLoad = function (fn) {
    function go() { setTimeout(fn, 250); }
    if (document.readyState === 'complete') go(); else window.addEventListener('load', go);
  };

  // ---- busy state: a transparent blocking glass pane and the status indicator
  P._busyOn = function () {
    if (!P._glass) {
      var g = document.createElement('div');
      g.className = 'AFBlockingGlassPane';
      g.setAttribute('aria-hidden', 'true');
      document.body.appendChild(g);
      P._glass = g;
    }
    var i = $('pt1:si1::icon');
    if (i) { i.src = BUSY; i.title = 'Busy'; i.alt = 'Busy'; i.className = 'af_statusIndicator_busy-icon'; }
  };
  P._busyOff = function () {
    if (P._glass) { P._glass.remove(); P._glass = null; }
    var i = $('pt1:si1::icon');
    if (i) { i.src = IDLE; i.title = 'Idle'; i.alt = 'Idle'; i.className = 'af_statusIndicator_idle-icon'; }
  };

  // ---- PPR
  function xmlEsc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function message(type, props) {
    var s = '<m xmlns="http://oracle.com/richClient/comm"><k v="type"><s>' + type + '</s></k>';
    for (var k in props) if (Object.prototype.hasOwnProperty.call(props, k)) s += '<k v="' + k + '"><s>' + xmlEsc(props[k]) + '</s></k>';
    return s + '</m>';
  }
  P._params = function () {
    var ps = new URLSearchParams();
    var els = document.querySelectorAll('input[name],select[name],textarea[name]');
    for (var i = 0; i < els.length; i++) {
      var e = els[i];
      if (e.disabled) continue;
      if ((e.type === 'radio' || e.type === 'checkbox') && !e.checked) continue;
      ps.append(e.name, e.value);
    }
    ps.append('org.apache.myfaces.trinidad.faces.FORM', 'f1');
    ps.append('Adf-Window-Id', window.name || 'w0');
    return ps;
  };
  P.queueEvent = function (src, type, props, cb) {
    if (P._busy) { P._q.push([src, type, props, cb]); return; }
    P._busy = true;
    P._busyOn();
    var ps = P._params();
    ps.append('event', src);
    ps.append('event.' + src, message(type, props || {}));
    ps.append('oracle.adf.view.rich.PROCESS', src);
    var nav = false;
    fetch(location.pathname + location.search, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Adf-Rich-Message': 'true', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: ps.toString()
    }).then(function (r) { return r.text(); }).then(function (t) {
      nav = P._process(t);
      if (!nav && cb) cb();
    }).catch(function () {
      P.__showMessages('error', ['The server could not be reached. Please try again.']);
    }).then(function () {
      if (nav) return;
      P._busy = false;
      P._busyOff();
      var n = P._q.shift();
      if (n) P.queueEvent(n[0], n[1], n[2], n[3]);
    });
  };
  P._process = function (t) {
    var x = new DOMParser().parseFromString(t, 'application/xml');
    var r = x.documentElement;
    if (!r || r.nodeName !== 'partial-response') { P.__showMessages('error', ['An unexpected error occurred. Please try again.']); return false; }
    var err = r.getElementsByTagName('error')[0];
    if (err) {
      var en = err.getElementsByTagName('error-name')[0], em = err.getElementsByTagName('error-message')[0];
      if (en && en.textContent.indexOf('ViewExpired') >= 0) P._sessionTimeout();
      else P.__showMessages('error', [em ? em.textContent : 'Error']);
      return false;
    }
    var red = r.getElementsByTagName('redirect')[0];
    if (red) { location.href = red.getAttribute('url'); return true; }
    var ch = r.getElementsByTagName('changes')[0];
    if (!ch) return false;
    for (var n = ch.firstElementChild; n; n = n.nextElementSibling) {
      if (n.nodeName === 'update') P._update(n.getAttribute('id'), n.textContent);
      else if (n.nodeName === 'eval') P._eval(n.textContent);
    }
    return false;
  };
  P._update = function (id, html) {
    var old = $(id);
    if (!old) return;
    var t = document.createElement('template');
    t.innerHTML = html;
    var ss = t.content.querySelectorAll('script'), code = [];
    for (var i = 0; i < ss.length; i++) { code.push(ss[i].textContent); ss[i].remove(); }
    old.replaceWith(t.content);
    code.forEach(P._eval);
  };
  P._eval = function (c) { try { (new Function(c))(); } catch (e) { if (window.console) console.error(e); } };

  // ---- popups: moved to body over a modal glass pane, faded in; moved back when hidden
  P.showPopup = function (id) {
    var p = $(id);
    if (!p) return;
    var c = P._reg[id] || {};
    if (c.lazy && p.getAttribute('_afrloaded') !== '1') { P.queueEvent(id, 'contentFetch', {}, function () { P._openPopup(id); }); return; }
    P._openPopup(id);
  };
  P._openPopup = function (id) {
    var p = $(id);
    if (!p || p._afrOpen) return;
    p._afrOpen = true;
    p._afrHome = p.parentNode;
    p._afrNext = p.nextSibling;
    var g = document.createElement('div');
    g.className = 'AFModalGlassPane';
    g.style.zIndex = String(++P._z);
    document.body.appendChild(g);
    p._afrGlass = g;
    document.body.appendChild(p);
    p.style.zIndex = String(++P._z);
    p.style.display = 'block';
    p.classList.add('p_AFOpen');
    var w = p.offsetWidth, h = p.offsetHeight;
    p.style.left = Math.max(0, Math.round((window.innerWidth - w) / 2)) + 'px';
    p.style.top = Math.max(0, Math.round((window.innerHeight - h) / 3)) + 'px';
    p.style.opacity = '0';
    void p.offsetWidth;
    p.style.transition = 'opacity 200ms ease-out';
    p.style.opacity = '1';
    P._open.push(id);
    var f = p.querySelector('input:not([type=hidden]),select') || p.querySelector('.af_dialog_footer .af_button_link,.af_messages_footer .af_button_link');
    if (f) setTimeout(function () { try { f.focus(); } catch (e) { /* ignore */ } }, 0);
  };
  P.hidePopup = function (id, after) {
    var p = $(id);
    if (!p || !p._afrOpen) { if (after) after(); return; }
    p._afrOpen = false;
    P._open = P._open.filter(function (x) { return x !== id; });
    p.style.transition = 'opacity 150ms ease-in';
    p.style.opacity = '0';
    setTimeout(function () {
      p.style.display = 'none';
      p.style.transition = '';
      p.classList.remove('p_AFOpen');
      if (p._afrGlass) { p._afrGlass.remove(); p._afrGlass = null; }
      var home = p._afrHome;
      if (home && home.isConnected && !$(id + '::dup')) home.insertBefore(p, p._afrNext && p._afrNext.parentNode === home ? p._afrNext : null);
      else if (p.getAttribute('_afrkeep') !== '1') p.remove();
      if (after) after();
    }, 160);
  };
  P._cancelPopup = function (id) {
    var c = P._reg[id] || {};
    if (c.reload) { location.reload(); return; }
    P.hidePopup(id, c.cancelEv ? function () { P.queueEvent(id, 'popupCanceled', {}); } : null);
  };

  // ---- af:messages as a popup box
  P.__showMessages = function (kind, list) {
    var m = $('d1_msgs');
    if (!m) { window.alert(list.join('\n')); return; }
    var title = kind === 'error' ? 'Error' : kind === 'warning' ? 'Warning' : 'Information';
    m.querySelector('.af_messages_title').textContent = title;
    m.querySelector('.af_messages_header > div').className = 'af_messages_' + (kind === 'error' ? 'error' : kind === 'warning' ? 'warning' : 'info') + '-icon-style';
    var ul = m.querySelector('ul.af_messages_list');
    ul.innerHTML = '';
    list.forEach(function (t) {
      var li = document.createElement('li');
      li.className = 'af_messages_list-item';
      var s = document.createElement('span');
      s.className = 'af_messages_detail';
      s.textContent = t;
      li.appendChild(s);
      ul.appendChild(li);
    });
    if (m._afrOpen) return;
    P._openPopup('d1_msgs');
  };
  P._hideMessages = function () {
    P.hidePopup('d1_msgs', function () {
      var e = document.querySelector('.p_AFError input:not([type=hidden]),.p_AFError select');
      if (e) try { e.focus(); } catch (x) { /* ignore */ }
    });
  };

  // ---- the ADF session-timeout dialog
  P._sessionTimeout = function () {
    if ($('d1::sto')) return;
    var p = document.createElement('div');
    p.id = 'd1::sto';
    p.className = 'af_popup';
    p.style.display = 'none';
    p.setAttribute('_afrkeep', '1');
    p.innerHTML = '<div class="af_dialog" role="dialog" aria-labelledby="d1::sto::title" style="width:400px">' +
      '<div class="af_dialog_header"><div class="af_messages_warning-icon-style"></div><div class="af_dialog_title" id="d1::sto::title">Session Timeout</div></div>' +
      '<div class="af_dialog_content">Your session has expired. Click OK to reload the page.</div>' +
      '<div class="af_dialog_footer"><div class="af_dialog_footer-buttons"><div id="d1::sto::ok" class="af_button p_AFTextOnly" role="presentation">' +
      '<a class="af_button_link" role="button" tabindex="0"><span class="af_button_text">OK</span></a></div></div></div></div>';
    document.body.appendChild(p);
    P._reg['d1::sto::ok'] = { t: 'btn', reload: true };
    P._reg['d1::sto'] = { t: 'popup', reload: true };
    P._openPopup('d1::sto');
  };

  // ---- client-side required validation
  P._markError = function (id, text) {
    var root = $(id), ct = $(id + '::content');
    if (!root || !ct) return;
    root.classList.add('p_AFError');
    var td = ct.closest('td') || ct.parentNode;
    var old = td.querySelector('.af_message');
    if (old) old.remove();
    var m = document.createElement('div');
    m.className = 'af_message';
    m.setAttribute('role', 'alert');
    m.innerHTML = '<div class="af_message_error-icon"></div><span class="af_message_detail-text"></span>';
    m.lastChild.textContent = text;
    td.appendChild(m);
  };
  P._validate = function (ids) {
    var bad = [];
    ids.forEach(function (id) {
      var c = P._reg[id] || {}, v = '';
      if (c.t === 'radio') { var r = document.querySelector('input[name="' + id + '"]:checked'); v = r ? r.value : ''; }
      else { var el = $(id + '::content'); v = el ? el.value.trim() : ''; }
      if (!v) { bad.push(id); P._markError(id, 'A value is required.'); }
    });
    if (!bad.length) return true;
    P.__showMessages('error', bad.map(function (id) { return ((P._reg[id] || {}).label || 'Field') + ': A value is required.'; }));
    return false;
  };

  // ---- buttons
  P._button = function (id) {
    var c = P._reg[id] || {};
    if (c.reload) { location.reload(); return; }
    if (c.msgsOk) { P._hideMessages(); return; }
    if (c.val && !P._validate(c.val)) return;
    if (c.close) { P._cancelPopup(c.close); return; }
    if (c.dialog) {
      P.hidePopup(c.popup, c.outcome === 'no' ? null : function () { P.queueEvent(c.dialog, 'dialog', { outcome: c.outcome }); });
      return;
    }
    if (c.popup) { P.showPopup(c.popup); return; }
    P.queueEvent(id, 'action', {});
  };
  P.__animDisclose = function (id) {
    var el = $(id);
    if (!el) return;
    var h = el.scrollHeight;
    el.style.overflow = 'hidden';
    el.style.height = '0px';
    void el.offsetHeight;
    el.style.transition = 'height 250ms ease-in-out';
    el.style.height = h + 'px';
    setTimeout(function () { el.style.height = ''; el.style.overflow = ''; el.style.transition = ''; }, 270);
  };

  // ---- event wiring
  document.addEventListener('click', function (e) {
    var t = e.target, a, tr, tree;
    if (!(t instanceof Element)) return;
    if ((a = t.closest('a.af_button_link'))) {
      e.preventDefault();
      var b = a.closest('.af_button');
      if (b && !b.classList.contains('p_AFDisabled')) P._button(b.id);
      return;
    }
    if ((a = t.closest('a.af_dialog_close-icon-style'))) {
      e.preventDefault();
      var pp = a.closest('.af_popup');
      if (pp) P._cancelPopup(pp.id);
      return;
    }
    if ((a = t.closest('a.af_messages_close-icon-style'))) { e.preventDefault(); P._hideMessages(); return; }
    if ((a = t.closest('a.af_showDetailItem_header-link'))) {
      e.preventDefault();
      var sd = a.closest('.af_showDetailItem');
      P.queueEvent(sd.id, 'disclosure', { expand: sd.classList.contains('p_AFDisclosed') ? 'false' : 'true' });
      return;
    }
    if ((a = t.closest('a.af_tree_disclosure-link'))) {
      e.preventDefault();
      tr = a.closest('tr');
      tree = a.closest('.af_tree');
      P.queueEvent(tree.id, 'disclosure', { rowKey: tr.getAttribute('_afrrk'), expand: tr.getAttribute('aria-expanded') === 'true' ? 'false' : 'true' });
      return;
    }
    if ((a = t.closest('a.af_panelSplitter_horizontal-icon-link'))) {
      e.preventDefault();
      var f = $('pt1:ps1::f'), bar = $('pt1:ps1::i'), s = $('pt1:ps1::s');
      var shut = f.style.display !== 'none';
      f.style.display = shut ? 'none' : '';
      bar.style.left = shut ? '0px' : '250px';
      s.style.left = shut ? '9px' : '259px';
      a.title = shut ? 'Expand Pane' : 'Collapse Pane';
      return;
    }
    if ((a = t.closest('a.af_commandLink,a.af_commandImageLink'))) {
      e.preventDefault();
      tr = a.closest('tr[_afrrk]');
      P.queueEvent(a.id, 'action', tr ? { rowKey: tr.getAttribute('_afrrk') } : {});
      return;
    }
    if ((tr = t.closest('tr._afrTreeNode'))) {
      if (tr.classList.contains('p_AFSelected')) return;
      tree = tr.closest('.af_tree');
      P.queueEvent(tree.id, 'selection', { rowKey: tr.getAttribute('_afrrk') });
    }
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    if ((e.key === 'Enter' || e.key === ' ') && t.matches('a[role=button],a.af_commandLink,a.af_commandImageLink')) { e.preventDefault(); t.click(); return; }
    if (e.key === 'Enter' && t.matches('input.af_inputText_content')) {
      e.preventDefault();
      for (var el = t; el; el = el.parentElement) {
        var c = el.id && P._reg[el.id];
        if (c && c.dc) { P._button(c.dc); return; }
      }
      return;
    }
    if (e.key === 'Escape' && P._open.length) {
      var top = P._open[P._open.length - 1];
      if (top === 'd1_msgs') P._hideMessages(); else P._cancelPopup(top);
    }
  });
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (!(t instanceof Element) || !t.name) return;
    var c = P._reg[t.name];
    if (c && c.auto) P.queueEvent(t.name, 'valueChange', {});
  });
  document.addEventListener('input', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var root = t.closest('.p_AFError');
    if (!root) return;
    root.classList.remove('p_AFError');
    var td = t.closest('td');
    var m = td && td.querySelector('.af_message');
    if (m) m.remove();
  });
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (!(t instanceof Element) || (t.type !== 'radio' && t.tagName !== 'SELECT')) return;
    var root = t.closest('.p_AFError');
    if (root) { root.classList.remove('p_AFError'); var m = root.querySelector('.af_message'); if (m) m.remove(); }
  }, true);
  // dialogs move by their header
  document.addEventListener('mousedown', function (e) {
    var t = e.target;
    if (!(t instanceof Element) || e.button !== 0) return;
    var h = t.closest('.af_dialog_header,.af_messages_header');
    if (!h || t.closest('a')) return;
    var p = h.closest('.p_AFOpen');
    if (!p) return;
    var x0 = e.clientX - p.offsetLeft, y0 = e.clientY - p.offsetTop;
    function mv(ev) { p.style.left = (ev.clientX - x0) + 'px'; p.style.top = Math.max(0, ev.clientY - y0) + 'px'; }
    function up() { document.removeEventListener('mousemove', mv); document.removeEventListener('mouseup', up); }
    document.addEventListener('mousemove', mv);
    document.addEventListener('mouseup', up);
  });
})();
`
  .replace('@IDLE@', IDLE_ICON)
  .replace('@BUSY@', BUSY_ICON);

// ---------------------------------------------------------------- sessions and pages

interface Sess {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  seen: number;
  ctrl: number;
  loginUser: string;
  notices: string[];
  region: string;
  acc: string;
  treeOpen: Set<string>;
  treeSel: string;
  apiOtpAt: number;
  apiOtpOk: boolean;
  regType: string;
  gsp: string;
  lastUser: { username: string; gsp: string } | null;
}

interface MenuNode {
  key: string;
  text: string;
  children?: MenuNode[];
}

interface MenuGroup {
  id: string;
  tree: string;
  title: string;
  nodes: MenuNode[];
}

const MENU: MenuGroup[] = [
  {
    id: 'pt1:pa1:sdi1',
    tree: 'pt1:pa1:t1',
    title: 'e-Invoice',
    nodes: [
      { key: '0', text: 'Generate IRN' },
      { key: '1', text: 'Bulk Upload' },
      { key: '2', text: 'Cancel IRN' },
      { key: '3', text: 'Print e-Invoice' },
    ],
  },
  {
    id: 'pt1:pa1:sdi2',
    tree: 'pt1:pa1:t2',
    title: 'API Registration',
    nodes: [
      {
        key: '0',
        text: 'User Credentials',
        children: [
          { key: '0_0', text: 'Create API User' },
          { key: '0_1', text: 'View API Users' },
        ],
      },
      { key: '1', text: 'IP Whitelisting' },
      { key: '2', text: 'Freeze API User' },
      { key: '3', text: 'Change API Password' },
    ],
  },
  {
    id: 'pt1:pa1:sdi3',
    tree: 'pt1:pa1:t3',
    title: 'MIS Reports',
    nodes: [
      { key: '0', text: 'e-Invoice Reports' },
      { key: '1', text: 'Summary Report' },
    ],
  },
  {
    id: 'pt1:pa1:sdi4',
    tree: 'pt1:pa1:t4',
    title: 'User Management',
    nodes: [
      { key: '0', text: 'Create Sub User' },
      { key: '1', text: 'Update Sub User' },
      { key: '2', text: 'Change Password' },
    ],
  },
];

function findNode(nodes: MenuNode[], key: string): MenuNode | undefined {
  for (const n of nodes) {
    if (n.key === key) return n;
    const c = n.children && findNode(n.children, key);
    if (c) return c;
  }
  return undefined;
}

/** The whole HTML document of a page (af:document d1, af:form f1, page template pt1). */
function documentHtml(o: {
  title: string;
  body: string;
  ctx: Ctx;
  action: string;
  vs: string;
  onload?: string;
}): string {
  const msgs =
    '<div id="d1_msgs" class="af_messages" role="alertdialog" aria-labelledby="d1_msgs::title" style="display:none;width:420px">' +
    '<div class="af_messages_header"><div class="af_messages_error-icon-style"></div>' +
    '<div class="af_messages_title" id="d1_msgs::title">Error</div>' +
    '<a class="af_messages_close-icon-style" title="Close" role="button" tabindex="0"></a></div>' +
    '<div class="af_messages_body"><ul class="af_messages_list"></ul></div>' +
    '<div class="af_messages_footer"><div id="d1_msgs::ok" class="af_button p_AFTextOnly" role="presentation">' +
    '<a class="af_button_link" role="button" tabindex="0"><span class="af_button_text">OK</span></a></div></div></div>';
  o.ctx.r('d1_msgs::ok', { t: 'btn', msgsOk: true });
  return (
    '<!DOCTYPE html>\n<html lang="en-US" dir="ltr"><head>' +
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(o.title)}</title><style>${CSS}</style>` +
    `<script>${RUNTIME}</script></head>` +
    `<body class="AFDocumentBody"><div id="d1" class="AFDocument af_document p_AFMaximized">` +
    `<form id="f1" name="f1" class="af_form" method="POST" action="${esc(o.action)}" onsubmit="return false" autocomplete="off">` +
    `<div id="pt1" class="af_pageTemplate">${o.body}</div>` +
    `<input type="hidden" name="javax.faces.ViewState" value="${esc(o.vs)}"></form>${msgs}</div>` +
    `<script>${o.ctx.regScript()}${o.onload ? `AdfPage.PAGE.__onLoad(function(){${o.onload}});` : ''}</script>` +
    '</body></html>'
  );
}

function statusIndicator(): string {
  return (
    '<span id="pt1:si1" class="af_statusIndicator">' +
    `<img id="pt1:si1::icon" class="af_statusIndicator_idle-icon" src="${IDLE_ICON}" alt="Idle" title="Idle" width="16" height="16"></span>`
  );
}

function header(right: string): string {
  return (
    '<div id="pt1:pgl0" class="af_panelGroupLayout AppHeader">' +
    `<div class="AppBrand"><img class="af_image" src="${EMBLEM}" alt="GST" width="44" height="44" style="border:none">` +
    '<div><div class="AppTitle">e-Invoice System</div><div class="AppSub">Goods and Services Tax Network | Government of India</div></div></div>' +
    `<div class="AppHeaderRight">${right}${statusIndicator()}</div></div>`
  );
}

function navBar(ctx: Ctx): string {
  return (
    '<div id="pt1:pgl9" class="af_panelGroupLayout AppNav">' +
    commandLink(ctx, 'pt1:nl1', 'Home') +
    commandLink(ctx, 'pt1:nl2', 'Search') +
    commandLink(ctx, 'pt1:nl3', 'Help') +
    commandLink(ctx, 'pt1:nl4', 'Contact Us') +
    '</div>'
  );
}

const FOOTER =
  '<div id="pt1:pgl8" class="af_panelGroupLayout AppFooter">Site is designed, developed and hosted by National Informatics Centre. ' +
  'Best viewed in Internet Explorer 11, Firefox and Chrome at 1280 x 720 resolution.</div>';

function homeBody(ctx: Ctx): string {
  const login = button(ctx, 'pt1:cb1', 'Login', {}, { primary: true });
  const updates =
    '<ul style="margin:0;padding-left:18px;line-height:1.8">' +
    '<li>Two Factor Authentication is mandatory for login to the e-Invoice System from 01-04-2025.</li>' +
    '<li>Taxpayers can create API users for their GSP from API Registration &gt; User Credentials.</li>' +
    '<li>Time limit of 30 days for reporting e-Invoices applies to taxpayers with AATO of Rs 10 Cr and above.</li></ul>';
  const about =
    'e-Invoice System is provided by NIC to enable the taxpayers to report the e-Invoices to the Invoice ' +
    'Registration Portal (IRP) and to obtain the Invoice Reference Number (IRN).';
  return (
    header(login) +
    navBar(ctx) +
    '<div class="AppHomeBody">' +
    panelBox('pt1:pb1', 'Latest Updates', updates, 'flex:2') +
    panelBox('pt1:pb2', 'About e-Invoice System', outputText('pt1:ot1', about), 'flex:1') +
    '</div>' +
    FOOTER
  );
}

function captchaRow(ctx: Ctx): string {
  ctx.r('pt1:cil1', { t: 'link' });
  return plamRow(
    'pt1:plam1',
    'Captcha',
    `<img id="pt1:i1" class="af_image" src="/captchaServlet?rnd=${Date.now()}${Math.floor(Math.random() * 1000)}" width="150" height="44" alt="Captcha Image">` +
      `<a id="pt1:cil1" class="af_commandImageLink" href="#" title="Refresh Captcha"><img src="${REFRESH_ICON}" alt="Refresh Captcha" width="18" height="18"></a>`,
  );
}

interface LoginErr {
  user?: string;
  captcha?: string;
  userValue?: string;
}

function loginForm(ctx: Ctx, e: LoginErr = {}): string {
  const rows =
    inputRow(ctx, 'pt1:it1', {
      label: 'User Name',
      required: true,
      maxLength: 15,
      value: e.userValue,
      error: e.user,
    }) +
    inputRow(ctx, 'pt1:it2', { label: 'Password', required: true, secret: true, maxLength: 20 }) +
    captchaRow(ctx) +
    inputRow(ctx, 'pt1:it3', {
      label: 'Enter Captcha',
      required: true,
      maxLength: 6,
      columns: 10,
      error: e.captcha,
    }) +
    footerRow(
      button(ctx, 'pt1:cb1', 'Login', { val: ['pt1:it1', 'pt1:it2', 'pt1:it3'] }, { primary: true }) +
        ' ' +
        commandLink(ctx, 'pt1:cl1', 'Forgot Password?'),
    );
  ctx.r('pt1:pb1', { dc: 'pt1:cb1' });
  return pfl('pt1:pfl1', rows);
}

function loginBody(ctx: Ctx, timeout: boolean): string {
  const note = timeout
    ? `<div style="margin-bottom:8px">${outputText('pt1:ot9', 'Session expired. Please login again.', 'p_AFError')}</div>`
    : '';
  return (
    header('') +
    navBar(ctx) +
    '<div class="AppCenter">' +
    panelBox('pt1:pb1', 'Login', note + loginForm(ctx), 'width:470px') +
    '</div>' +
    FOOTER
  );
}

function otpForm(ctx: Ctx, error?: string): string {
  const rows =
    inputRow(ctx, 'pt1:it1', { label: 'Enter OTP', required: true, maxLength: 6, columns: 12, error }) +
    footerRow(
      button(ctx, 'pt1:cb1', 'Verify OTP', { val: ['pt1:it1'] }, { primary: true }) +
        ' ' +
        commandLink(ctx, 'pt1:cl1', 'Resend OTP'),
    );
  ctx.r('pt1:pb1', { dc: 'pt1:cb1' });
  return pfl('pt1:pfl1', rows);
}

function otpBody(ctx: Ctx): string {
  const text = outputText(
    'pt1:ot1',
    `An OTP has been sent to your registered mobile number ${MOBILE} through SMS / Sandes app. ` +
      'You can also use the OTP shown in the NIC-GST-Shield app.',
  );
  return (
    header('') +
    navBar(ctx) +
    '<div class="AppCenter">' +
    panelBox(
      'pt1:pb1',
      'Two Factor Authentication',
      `<div style="margin-bottom:8px;max-width:430px">${text}</div>${otpForm(ctx)}${button(ctx, 'pt1:cb2', 'Back to Login')}`,
      'width:500px',
    ) +
    '</div>' +
    FOOTER
  );
}

// ---------------------------------------------------------------- dashboard: menu, tree, region

function treeHtml(ctx: Ctx, s: Sess, g: MenuGroup): string {
  let rows = '';
  const walk = (nodes: MenuNode[], level: number) => {
    for (const n of nodes) {
      const open = s.treeOpen.has(`${g.tree}|${n.key}`);
      const sel = s.treeSel === `${g.tree}|${n.key}`;
      const parent = !!n.children;
      const disc = parent
        ? `<a class="af_tree_disclosure-link" role="button" title="${open ? 'Collapse' : 'Expand'}"><span class="af_tree_${open ? 'expanded' : 'collapsed'}-icon"></span></a>`
        : '<span class="af_tree_no-disclosure-spacer"></span>';
      const linkId = `${g.tree}:${n.key}:cl1`;
      if (!parent) ctx.r(linkId, { t: 'link' });
      const text = parent
        ? `<span class="af_tree_node-text"><span class="af_outputText">${esc(n.text)}</span></span>`
        : `<span class="af_tree_node-text"><a id="${esc(linkId)}" class="af_commandLink" href="#" tabindex="0">${esc(n.text)}</a></span>`;
      rows +=
        `<tr _afrrk="${esc(n.key)}" class="af_tree_data-row _afrTreeNode${sel ? ' p_AFSelected' : ''}" role="treeitem" aria-level="${level}"` +
        `${parent ? ` aria-expanded="${open}"` : ''} aria-selected="${sel}">` +
        `<td class="af_tree_data-cell" nowrap><span class="af_tree_node" style="padding-left:${(level - 1) * 16}px">` +
        `${disc}<span class="af_tree_node-icon${parent ? '' : ' p_AFLeaf'}"></span>${text}</span></td></tr>`;
      if (parent && open && n.children) walk(n.children, level + 1);
    }
  };
  walk(g.nodes, 1);
  ctx.r(g.tree, { t: 'tree' });
  return (
    `<div id="${esc(g.tree)}" class="af_tree" role="tree" tabindex="0"><div id="${esc(g.tree)}::db" class="af_tree_data-body">` +
    `<table class="af_tree_data-table" role="presentation" cellspacing="0" cellpadding="0"><tbody>${rows}</tbody></table></div></div>`
  );
}

function accordionHtml(ctx: Ctx, s: Sess): string {
  let items = '';
  for (const g of MENU) {
    const open = s.acc === g.id;
    ctx.r(g.id, { t: 'sdi' });
    items +=
      `<div id="${esc(g.id)}" class="af_showDetailItem ${open ? 'p_AFDisclosed' : 'p_AFUndisclosed'}">` +
      `<div class="af_showDetailItem_header"><a class="af_showDetailItem_header-link" role="button" tabindex="0" aria-expanded="${open}">` +
      `<span class="af_showDetailItem_disclosure-icon"></span><span class="af_showDetailItem_header-text">${esc(g.title)}</span></a></div>` +
      (open
        ? `<div id="${esc(g.id)}::body" class="af_showDetailItem_content">${treeHtml(ctx, s, g)}</div>`
        : '') +
      '</div>';
  }
  return `<div id="pt1:pa1" class="af_panelAccordion" role="tablist">${items}</div>`;
}

function techPopup(ctx: Ctx, loaded: boolean): string {
  ctx.r('pt1:p1', { t: 'popup', lazy: true, cancelEv: true });
  if (!loaded)
    return popupDialog({
      popupId: 'pt1:p1',
      dialogId: 'pt1:d1',
      title: '',
      content: '',
      buttons: '',
      loaded: false,
    });
  const rows =
    plamRow('pt1:plam11', 'Name', outputText('pt1:ot11', 'Rakesh Kulkarni')) +
    plamRow('pt1:plam12', 'Mobile Number', outputText('pt1:ot12', '98XXXXX210')) +
    plamRow('pt1:plam13', 'E-mail Id', outputText('pt1:ot13', 'rakesh.kulkarni@example.in')) +
    plamRow('pt1:plam14', 'Designation', outputText('pt1:ot14', 'IT Manager'));
  return popupDialog({
    popupId: 'pt1:p1',
    dialogId: 'pt1:d1',
    title: 'Contacts of Technical Person',
    width: 480,
    content:
      `<div style="margin-bottom:8px">${outputText('pt1:ot10', 'Please verify the contact details of the technical person registered for your GSTIN. Update them from User Management if they have changed.')}</div>` +
      pfl('pt1:pfl11', rows),
    buttons: button(ctx, 'pt1:d1::cancel', 'Close', { close: 'pt1:p1' }),
  });
}

function advisoryPopup(ctx: Ctx, loaded: boolean): string {
  ctx.r('pt1:p2', { t: 'popup', lazy: true, cancelEv: true });
  if (!loaded)
    return popupDialog({
      popupId: 'pt1:p2',
      dialogId: 'pt1:d2',
      title: '',
      content: '',
      buttons: '',
      loaded: false,
    });
  return popupDialog({
    popupId: 'pt1:p2',
    dialogId: 'pt1:d2',
    title: 'Advisory',
    width: 460,
    content: outputText(
      'pt1:ot20',
      'Two Factor Authentication (2FA) is mandatory for all taxpayers for accessing the e-Invoice System from 01-04-2025. ' +
        'Please keep your registered mobile number updated to receive the OTPs.',
    ),
    buttons: button(ctx, 'pt1:d2::ok', 'OK', { close: 'pt1:p2' }),
  });
}

function dashboardBody(ctx: Ctx, s: Sess, st: AdfR18State): string {
  const right = `${outputText('pt1:ot2', `Welcome, ${st.gstin}`)} | ${commandLink(ctx, 'pt1:cl2', 'Logout')} `;
  const left =
    '<div class="AppMenuPane">' +
    commandLink(ctx, 'pt1:cl1', 'Dash Board', 'AppMenuHome') +
    accordionHtml(ctx, s) +
    '</div>';
  ctx.r('pt1:ps1::i', { t: 'splitter' });
  return (
    '<div id="pt1:psl1" class="af_panelStretchLayout">' +
    `<div id="pt1:psl1::top" style="position:absolute;top:0;left:0;right:0;height:92px">${header(right)}${navBar(ctx)}</div>` +
    '<div id="pt1:psl1::center" style="position:absolute;top:92px;bottom:26px;left:0;right:0">' +
    '<div id="pt1:ps1" class="af_panelSplitter" style="position:absolute;top:0;bottom:0;left:0;right:0">' +
    `<div id="pt1:ps1::f" class="af_panelSplitter_pane" style="left:0;width:250px">${left}</div>` +
    '<div id="pt1:ps1::i" class="af_panelSplitter_horizontal-pane" style="left:250px"><a class="af_panelSplitter_horizontal-icon-link" title="Collapse Pane" role="button"></a></div>' +
    `<div id="pt1:ps1::s" class="af_panelSplitter_pane" style="left:259px;right:0">${regionHtml(ctx, s, st)}</div>` +
    '</div></div>' +
    `<div id="pt1:psl1::bottom" style="position:absolute;bottom:0;left:0;right:0;height:26px">${FOOTER}</div>` +
    '</div>' +
    techPopup(ctx, false) +
    advisoryPopup(ctx, false)
  );
}

/** The region pt1:r1: its task flow's current view. */
function regionHtml(ctx: Ctx, s: Sess, st: AdfR18State, err: FormErr = {}): string {
  let inner: string;
  if (s.region === 'apiOtp') inner = apiOtpView(ctx, err.otp);
  else if (s.region === 'apiForm') inner = apiFormView(ctx, s, st, err);
  else if (s.region === 'apiDone') inner = apiDoneView(ctx, s, st);
  else if (s.region.startsWith('page:')) {
    const name = s.region.slice(5);
    inner = `<div class="af_panelHeader" id="pt1:r1:0:ph1"><h1 class="af_panelHeader_title-text">${esc(name)}</h1></div>${panelBox('pt1:r1:0:pb1', name, outputText('pt1:r1:0:ot1', 'No records found.'))}`;
  } else inner = dashboardView(st);
  return `<div id="pt1:r1" class="af_region AppRegion">${inner}</div>`;
}

function dashboardView(st: AdfR18State): string {
  const count = (id: string, n: number, text: string) =>
    `<div class="AppCount">${n}</div>${outputText(id, text)}`;
  return (
    '<div class="af_panelHeader" id="pt1:r1:0:ph1"><h1 class="af_panelHeader_title-text">Dash Board</h1></div>' +
    pgl(
      'pt1:r1:0:pgl1',
      panelBox(
        'pt1:r1:0:pb1',
        'Generations',
        count('pt1:r1:0:ot1', 0, 'e-Invoices generated today'),
        'width:260px',
      ) +
        panelBox(
          'pt1:r1:0:pb2',
          'Cancelled',
          count('pt1:r1:0:ot2', 0, 'e-Invoices cancelled today'),
          'width:260px',
        ) +
        panelBox(
          'pt1:r1:0:pb3',
          'API Users',
          count('pt1:r1:0:ot3', PRE_REGISTERED.length + st.users.length, 'GSPs registered for this GSTIN'),
          'width:260px',
        ),
      'horizontal',
    )
  );
}

function apiOtpForm(ctx: Ctx, error?: string): string {
  ctx.r('pt1:r1:0:pb1', { dc: 'pt1:r1:0:cb1' });
  return pfl(
    'pt1:r1:0:pfl1',
    inputRow(ctx, 'pt1:r1:0:it1', { label: 'Enter OTP', required: true, maxLength: 6, columns: 12, error }) +
      footerRow(
        button(ctx, 'pt1:r1:0:cb1', 'Verify OTP', { val: ['pt1:r1:0:it1'] }, { primary: true }) +
          ' ' +
          commandLink(ctx, 'pt1:r1:0:cl1', 'Resend OTP'),
      ),
  );
}

function apiOtpView(ctx: Ctx, error?: string): string {
  const text = outputText(
    'pt1:r1:0:ot1',
    `An OTP has been sent to your registered mobile number ${MOBILE}. Please enter the OTP to proceed. The OTP is valid for 10 minutes.`,
  );
  return panelBox(
    'pt1:r1:0:pb1',
    'API Registration',
    `<div style="margin-bottom:8px;max-width:560px">${text}</div>${apiOtpForm(ctx, error)}`,
    'max-width:720px',
  );
}

interface FormErr {
  otp?: string;
  gsp?: string;
  username?: string;
  password?: string;
  confirm?: string;
  keepUsername?: string;
}

const REG_TYPES = ['Directly', 'Through GSP', 'Through ERP', 'Through Client-Id of other'];

function radioRow(ctx: Ctx, s: Sess): string {
  const id = 'pt1:r1:0:sor1';
  const label = 'Do you wish to Register your GSTIN for';
  ctx.r(id, { t: 'radio', label, req: true, auto: true });
  const items = REG_TYPES.map((text, i) => {
    const rid = `${id}:_${i}`;
    return (
      '<span class="af_selectOneRadio_content">' +
      `<span class="af_selectOneRadio_content-input"><input type="radio" class="af_selectOneRadio_native-input" id="${rid}" name="${id}" value="${i}"${s.regType === String(i) ? ' checked' : ''}>` +
      '<span class="af_selectOneRadio_radio-icon"></span></span>' +
      `<label class="af_selectOneRadio_item-text" for="${rid}">${esc(text)}</label></span>`
    );
  }).join('');
  return (
    `<tr id="${id}" class="af_selectOneRadio p_AFRequired">` +
    `<td class="af_selectOneRadio_label af_panelFormLayout_label-cell">${REQ}<label class="af_selectOneRadio_label-text">${esc(label)}</label></td>` +
    '<td class="af_selectOneRadio_content-cell af_panelFormLayout_content-cell">' +
    `<fieldset id="${id}::content" class="af_selectOneRadio_content-fieldset"><legend class="p_OraHiddenLabel">${esc(label)}</legend>${items}</fieldset></td></tr>`
  );
}

function gspRow(ctx: Ctx, s: Sess, error?: string): string {
  const id = 'pt1:r1:0:soc1';
  ctx.r(id, { t: 'choice', label: 'Select your GSP', req: true, auto: true });
  const opts =
    `<option value=""${s.gsp === '' ? ' selected' : ''}>-- Select --</option>` +
    GSPS.map(
      (g, i) => `<option value="${i}"${s.gsp === String(i) ? ' selected' : ''}>${esc(g)}</option>`,
    ).join('');
  return (
    `<tr id="${id}" class="af_selectOneChoice p_AFRequired${error ? ' p_AFError' : ''}">` +
    `<td class="af_selectOneChoice_label af_panelFormLayout_label-cell">${REQ}<label class="af_selectOneChoice_label-text" for="${id}::content">Select your GSP</label></td>` +
    `<td class="af_selectOneChoice_content-cell af_panelFormLayout_content-cell"><select id="${id}::content" name="${id}" class="af_selectOneChoice_content" title="">${opts}</select>` +
    `${error ? inlineMsg(error) : ''}</td></tr>`
  );
}

function credentialsPart(ctx: Ctx, err: FormErr = {}): string {
  const uid = 'pt1:r1:0:it2';
  ctx.r(uid, { t: 'input', label: 'Username', req: true });
  const user =
    `${outputText('pt1:r1:0:ot5', 'API_', 'AppPrefix')}&nbsp;` +
    `<span id="${uid}" class="af_inputText p_AFRequired${err.username ? ' p_AFError' : ''}" style="display:inline-block">` +
    inputEl(uid, { label: 'Username', maxLength: 20, columns: 22, value: err.keepUsername }) +
    '</span>' +
    '<div class="af_inputText_hint-text">3 to 20 characters: letters, digits, underscore or dot.</div>' +
    (err.username ? inlineMsg(err.username) : '');
  const rows =
    plamRow('pt1:r1:0:plam2', 'Username', user, { forId: `${uid}::content`, required: true }) +
    inputRow(ctx, 'pt1:r1:0:it3', {
      label: 'Password',
      required: true,
      secret: true,
      maxLength: 15,
      error: err.password,
      hint: 'Password should be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
    }) +
    inputRow(ctx, 'pt1:r1:0:it4', {
      label: 'Re-enter Password',
      required: true,
      secret: true,
      maxLength: 15,
      error: err.confirm,
    });
  return pgl('pt1:r1:0:pgl2', pfl('pt1:r1:0:pfl3', rows));
}

function dynamicPart(ctx: Ctx, s: Sess, err: FormErr = {}): string {
  const exit = button(ctx, 'pt1:r1:0:cb3', 'Exit');
  let body = '';
  if (s.regType === '1') {
    const submit = button(
      ctx,
      'pt1:r1:0:cb2',
      'Submit',
      { popup: 'pt1:r1:0:p1', val: ['pt1:r1:0:soc1', 'pt1:r1:0:it2', 'pt1:r1:0:it3', 'pt1:r1:0:it4'] },
      { primary: true },
    );
    body =
      pfl('pt1:r1:0:pfl2', gspRow(ctx, s, err.gsp)) +
      credentialsPart(ctx, err) +
      pfl('pt1:r1:0:pfl4', footerRow(submit + exit));
  } else {
    const note =
      s.regType === '0'
        ? 'Direct API access (Client Id and Client Secret) is available only to taxpayers whose aggregate turnover exceeds the notified limit. Your GSTIN is not eligible; please register through a GSP.'
        : s.regType === ''
          ? ''
          : 'This option is not enabled for your GSTIN.';
    body =
      (note
        ? `<div style="margin:6px 0 10px 160px">${outputText('pt1:r1:0:ot6', note, 'AppNote')}</div>`
        : '') + pfl('pt1:r1:0:pfl4', footerRow(exit));
  }
  return pgl('pt1:r1:0:pgl1', body);
}

function confirmPopup(ctx: Ctx): string {
  ctx.r('pt1:r1:0:p1', { t: 'popup' });
  return popupDialog({
    popupId: 'pt1:r1:0:p1',
    dialogId: 'pt1:r1:0:d2',
    title: 'Confirm',
    width: 380,
    content: outputText('pt1:r1:0:ot8', 'Do you want to create the API user?'),
    buttons:
      button(ctx, 'pt1:r1:0:d2::yes', 'Yes', {
        dialog: 'pt1:r1:0:d2',
        popup: 'pt1:r1:0:p1',
        outcome: 'yes',
      }) +
      button(ctx, 'pt1:r1:0:d2::no', 'No', { dialog: 'pt1:r1:0:d2', popup: 'pt1:r1:0:p1', outcome: 'no' }),
  });
}

function apiFormView(ctx: Ctx, s: Sess, st: AdfR18State, err: FormErr): string {
  const top = pfl(
    'pt1:r1:0:pfl1',
    plamRow('pt1:r1:0:plam1', 'GSTIN', outputText('pt1:r1:0:ot2', st.gstin)) + radioRow(ctx, s),
  );
  return panelBox(
    'pt1:r1:0:pb2',
    'Create API User',
    top + dynamicPart(ctx, s, err) + confirmPopup(ctx),
    'max-width:820px',
  );
}

function registrations(st: AdfR18State): { gsp: string; username: string; createdOn: string }[] {
  return [...PRE_REGISTERED, ...st.users.filter((u) => u.gstin === st.gstin)];
}

function regTable(st: AdfR18State): string {
  const cols = ['Sl. No.', 'GSP Name', 'API Username', 'Created On', 'Status'];
  const widths = [60, 300, 160, 140, 80];
  const colgroup = `<colgroup>${widths.map((w) => `<col style="width:${w}px">`).join('')}</colgroup>`;
  const head = cols
    .map(
      (c, i) =>
        `<th class="af_column_header-cell" id="pt1:r1:0:t1:c${i + 1}" role="columnheader">${esc(c)}</th>`,
    )
    .join('');
  const rows = registrations(st)
    .map(
      (r, i) =>
        `<tr class="af_table_data-row" _afrrk="${i}">` +
        [String(i + 1), r.gsp, r.username, dmy(r.createdOn), 'Active']
          .map((v) => `<td class="af_column_data-cell" nowrap>${esc(v)}</td>`)
          .join('') +
        '</tr>',
    )
    .join('');
  return (
    '<div id="pt1:r1:0:t1" class="af_table" role="grid">' +
    `<div id="pt1:r1:0:t1::ch" class="af_table_column-header"><table class="af_table_column-header-table" role="presentation">${colgroup}<tr>${head}</tr></table></div>` +
    `<div id="pt1:r1:0:t1::db" class="af_table_data-body"><table class="af_table_data-table" role="presentation">${colgroup}<tbody>${rows}</tbody></table></div></div>`
  );
}

function apiDoneView(ctx: Ctx, s: Sess, st: AdfR18State): string {
  const u = s.lastUser;
  const done = u
    ? `<div style="margin-bottom:10px">${outputText('pt1:r1:0:ot1', `API User ${u.username} has been created successfully for ${u.gsp}.`, 'AppSuccess')}</div>` +
      `<div style="margin-bottom:12px">${outputText('pt1:r1:0:ot3', 'Please note the username and password. They are needed to use the e-Invoice APIs through your GSP.')}</div>`
    : '';
  return panelBox(
    'pt1:r1:0:pb3',
    'Create API User',
    done +
      `<h3 style="margin:4px 0 6px;font-size:12px;color:#0b3a66">GSPs registered for GSTIN ${esc(st.gstin)}</h3>` +
      regTable(st) +
      `<div style="margin-top:10px">${button(ctx, 'pt1:r1:0:cb4', 'Back to Dash Board')}</div>`,
    'max-width:920px',
  );
}

// ---------------------------------------------------------------- the server

/** A JSF partial response: the registrations of the drawn components first, then updates and evals. */
class Ppr {
  private parts: string[] = [];
  constructor(readonly ctx: Ctx) {}
  update(id: string, html: string): this {
    this.parts.push(`<update id="${esc(id)}">${cdata(html)}</update>`);
    return this;
  }
  eval(code: string): this {
    this.parts.push(`<eval>${cdata(code)}</eval>`);
    return this;
  }
  messages(kind: 'error' | 'info', list: string[]): this {
    return this.eval(`AdfPage.PAGE.__showMessages(${js(kind)},${js(list)});`);
  }
  xml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n<?Adf-Rich-Response-Type ?>\n<partial-response><changes>' +
      `<eval>${cdata(this.ctx.regScript())}</eval>${this.parts.join('')}</changes></partial-response>`
    );
  }
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<?Adf-Rich-Response-Type ?>\n';

function pprRedirect(url: string): string {
  return `${XML_HEAD}<partial-response><redirect url="${esc(url)}"></redirect></partial-response>`;
}

function pprExpired(view: string): string {
  return (
    `${XML_HEAD}<partial-response><error><error-name>javax.faces.application.ViewExpiredException</error-name>` +
    `<error-message>${cdata(`viewId:/${view}.jspx - ADF_FACES-30107:The view state of the page has expired because of inactivity.  Reload the page.`)}</error-message>` +
    '</error></partial-response>'
  );
}

function cookiesOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1_000_000) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function prop(msg: string, key: string): string {
  const m = new RegExp(`<k v="${key}"><s>([^<]*)</s></k>`).exec(msg);
  return (m?.[1] ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-cache, no-store, must-revalidate',
    'X-Powered-By': 'Servlet/3.0 JSP/2.2',
    ...headers,
  });
  res.end(body);
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-cache', ...headers });
  res.end();
}

const NOT_FOUND =
  '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Draft//EN"><HTML><HEAD><TITLE>Error 404--Not Found</TITLE></HEAD>' +
  '<BODY bgcolor="white"><FONT FACE=Helvetica><H2>Error 404--Not Found</H2>' +
  '<P>The server has not found anything matching the Request-URI.</P></FONT></BODY></HTML>';

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9_.]{3,20}$/;
const NOTICE_POPUPS: Record<string, string> = { tech: 'pt1:p1', advisory: 'pt1:p2' };

export async function startAdfR18Rendition(options: AdfR18Options = {}): Promise<AdfR18Rendition> {
  const state: AdfR18State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Sess>();
  let expireOnce: AdfR18Expiry | undefined = options.expireOnce;
  const sockets = new Set<Socket>();

  function newSession(): Sess {
    const id = `${randomBytes(18).toString('base64url')}!-${100000000 + Math.floor(Math.random() * 899999999)}`;
    const s: Sess = {
      id,
      stage: 'anon',
      seen: Date.now(),
      ctrl: 0,
      loginUser: '',
      notices: [],
      region: 'dashboard',
      acc: 'pt1:pa1:sdi1',
      treeOpen: new Set(),
      treeSel: '',
      apiOtpAt: 0,
      apiOtpOk: false,
      regType: '',
      gsp: '',
      lastUser: null,
    };
    sessions.set(id, s);
    return s;
  }

  /** The session deleted at the first request of the stage named by expireOnce. */
  function expireHere(stage: AdfR18Expiry, s: Sess): boolean {
    if (expireOnce !== stage) return false;
    expireOnce = undefined;
    sessions.delete(s.id);
    state.expired.push(stage);
    return true;
  }

  function loopback(res: ServerResponse, u: URL, s: Sess | undefined, headers: Record<string, string>): void {
    const params = new URLSearchParams(u.search);
    params.set(
      '_adf.ctrl-state',
      `${(s?.id ?? randomBytes(6).toString('hex')).slice(0, 10).toLowerCase()}_${s ? ++s.ctrl : 1}`,
    );
    params.set('_afrLoop', String(Math.floor(Math.random() * 1e15)));
    params.set('_afrWindowMode', '0');
    const target = `${u.pathname}?${params.toString()}`;
    const html =
      '<!DOCTYPE html><html><head><title></title><script>' +
      `(function(){if(!window.name)window.name='w'+Math.floor(Math.random()*1e6);location.replace(${js(target)}+'&_afrWindowId='+encodeURIComponent(window.name));})();` +
      '</script></head><body><noscript>This page uses JavaScript and requires a JavaScript enabled browser. Your browser is not JavaScript enabled.</noscript></body></html>';
    send(res, 200, 'text/html; charset=UTF-8', html, headers);
  }

  function page(
    res: ServerResponse,
    u: URL,
    title: string,
    build: (ctx: Ctx) => string,
    onload = '',
    headers: Record<string, string> = {},
  ): void {
    const ctx = new Ctx();
    const body = build(ctx);
    const vs = `!-${randomBytes(5).toString('hex')}`;
    const html = documentHtml({ title, body, ctx, action: u.pathname + u.search, vs, onload });
    send(res, 200, 'text/html; charset=UTF-8', html, headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = u.pathname;
    const sid = cookiesOf(req).JSESSIONID;
    let sess = sid ? sessions.get(sid) : undefined;
    if (sess && Date.now() - sess.seen > SESSION_IDLE_MS) {
      sessions.delete(sess.id);
      sess = undefined;
    }
    if (sess) sess.seen = Date.now();
    const headers: Record<string, string> = {};
    const ensure = (): Sess => {
      if (sess) return sess;
      sess = newSession();
      headers['Set-Cookie'] = `JSESSIONID=${sess.id}; Path=/; HttpOnly`;
      return sess;
    };
    const view = /^\/faces\/(home|login|otp|dashboard)\.jspx$/.exec(path)?.[1];

    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/' || path === '/faces' || path === '/faces/') return redirect(res, '/faces/home.jspx');
      if (path === '/captchaServlet') return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      if (path === '/faces/logout') {
        if (sess) sessions.delete(sess.id);
        return redirect(res, '/faces/login.jspx');
      }
      if (!view) return send(res, 404, 'text/html', NOT_FOUND);
      if (view === 'otp' && sess?.stage !== 'otp') return redirect(res, '/faces/login.jspx?timeout=true');
      if (view === 'dashboard' && sess?.stage !== 'in')
        return redirect(res, '/faces/login.jspx?timeout=true');
      if (view === 'login' && sess?.stage === 'in') return redirect(res, '/faces/dashboard.jspx');
      if (!u.searchParams.has('_afrLoop')) return loopback(res, u, sess, headers);
      const s = ensure();
      if (view === 'home') return page(res, u, 'e-Invoice System', homeBody, '', headers);
      if (view === 'login') {
        if (s.stage === 'otp') s.stage = 'anon';
        const timeout = u.searchParams.get('timeout') === 'true';
        return page(res, u, 'e-Invoice System - Login', (ctx) => loginBody(ctx, timeout), '', headers);
      }
      if (view === 'otp')
        return page(res, u, 'e-Invoice System - Two Factor Authentication', otpBody, '', headers);
      const first = s.notices[0];
      const onload = first ? `AdfPage.PAGE.findComponent(${js(NOTICE_POPUPS[first])}).show();` : '';
      return page(
        res,
        u,
        'e-Invoice System - Dash Board',
        (ctx) => dashboardBody(ctx, s, state),
        onload,
        headers,
      );
    }

    if (req.method !== 'POST' || !view) return send(res, 404, 'text/html', NOT_FOUND);
    const form = new URLSearchParams(await readBody(req));
    if (req.headers['adf-rich-message'] !== 'true') {
      res.writeHead(303, { Location: u.pathname + u.search });
      res.end();
      return;
    }
    await new Promise((r) => setTimeout(r, 150));
    const ev = form.get('event') ?? '';
    const msg = form.get(`event.${ev}`) ?? '';
    const type = prop(msg, 'type');
    const ctx = new Ctx();
    const ppr = new Ppr(ctx);
    const xml = (body: string) => send(res, 200, 'text/xml; charset=UTF-8', body, headers);
    const field = (name: string) => (form.get(name) ?? '').trim();

    // header navigation links, on every page
    if (ev === 'pt1:nl1') {
      if (sess?.stage === 'in' && view === 'dashboard') {
        sess.region = 'dashboard';
        return xml(ppr.update('pt1:r1', regionHtml(ctx, sess, state)).xml());
      }
      return xml(pprRedirect('/faces/home.jspx'));
    }
    if (/^pt1:nl[234]$/.test(ev))
      return xml(ppr.messages('info', ['This facility is being upgraded. Please try again later.']).xml());

    if (view === 'home') {
      if (ev === 'pt1:cb1') return xml(pprRedirect('/faces/login.jspx'));
      return xml(ppr.xml());
    }
    if (!sess) return xml(pprExpired(view));
    const s: Sess = sess;

    if (view === 'login') {
      if (ev === 'pt1:cil1') return xml(ppr.update('pt1:plam1', captchaRow(ctx)).xml());
      if (ev === 'pt1:cl1')
        return xml(
          ppr
            .messages('info', ['Please contact the helpdesk of the e-Invoice System to reset your password.'])
            .xml(),
        );
      if (ev !== 'pt1:cb1') return xml(ppr.xml());
      const user = field('pt1:it1');
      const password = form.get('pt1:it2') ?? '';
      const captcha = field('pt1:it3');
      if (!user || !password || !captcha) {
        ppr.update('pt1:pfl1', loginForm(ctx, { userValue: user }));
        return xml(ppr.messages('error', ['User Name, Password and Captcha: a value is required.']).xml());
      }
      if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        ppr.update('pt1:pfl1', loginForm(ctx, { userValue: user, captcha: 'Invalid Captcha.' }));
        return xml(
          ppr.messages('error', ['Invalid Captcha. Please enter the characters shown in the image.']).xml(),
        );
      }
      if (
        user.toLowerCase() !== ADF_R18_LOGIN.username.toLowerCase() ||
        password !== ADF_R18_LOGIN.password
      ) {
        state.refusals.push('login');
        ppr.update('pt1:pfl1', loginForm(ctx, { userValue: user, user: 'Invalid User Name or Password.' }));
        return xml(
          ppr
            .messages('error', ['Invalid Login Credentials. Please check your User Name and Password.'])
            .xml(),
        );
      }
      s.stage = 'otp';
      s.loginUser = user;
      return xml(pprRedirect('/faces/otp.jspx'));
    }

    if (view === 'otp') {
      if (s.stage !== 'otp') return xml(pprExpired(view));
      if (ev === 'pt1:cb2') {
        s.stage = 'anon';
        return xml(pprRedirect('/faces/login.jspx'));
      }
      if (ev === 'pt1:cl1') {
        ppr.update('pt1:pfl1', otpForm(ctx));
        return xml(
          ppr.messages('info', [`OTP has been resent to your registered mobile number ${MOBILE}.`]).xml(),
        );
      }
      if (ev !== 'pt1:cb1') return xml(ppr.xml());
      if (field('pt1:it1') !== state.loginOtp) {
        state.refusals.push('login-otp');
        ppr.update('pt1:pfl1', otpForm(ctx, 'Invalid OTP.'));
        return xml(
          ppr
            .messages('error', [
              'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
            ])
            .xml(),
        );
      }
      s.stage = 'in';
      s.notices = ['tech', 'advisory'];
      s.region = 'dashboard';
      s.acc = 'pt1:pa1:sdi1';
      s.treeOpen = new Set();
      s.treeSel = '';
      return xml(pprRedirect('/faces/dashboard.jspx'));
    }

    // the dashboard
    if (s.stage !== 'in') return xml(pprExpired(view));
    return xml(dashboardEvent(s, ev, type, msg, form, ctx, ppr));
  }

  function dashboardEvent(
    s: Sess,
    ev: string,
    type: string,
    msg: string,
    form: URLSearchParams,
    ctx: Ctx,
    ppr: Ppr,
  ): string {
    const field = (name: string) => (form.get(name) ?? '').trim();
    const region = () => ppr.update('pt1:r1', regionHtml(ctx, s, state));
    // ADF applies the submitted values of the form's components to the model on every PPR
    if (s.region === 'apiForm') {
      const rt = form.get('pt1:r1:0:sor1');
      if (rt !== null && /^[0-3]$/.test(rt)) s.regType = rt;
      const g = form.get('pt1:r1:0:soc1');
      if (g !== null && (g === '' || GSPS[Number(g)] !== undefined)) s.gsp = g;
    }

    // the post-login popups
    for (const [notice, popupId] of Object.entries(NOTICE_POPUPS)) {
      if (ev !== popupId) continue;
      if (type === 'contentFetch')
        return ppr.update(popupId, notice === 'tech' ? techPopup(ctx, true) : advisoryPopup(ctx, true)).xml();
      if (type === 'popupCanceled') {
        s.notices = s.notices.filter((n) => n !== notice);
        const next = s.notices[0];
        if (next) ppr.eval(`AdfPage.PAGE.findComponent(${js(NOTICE_POPUPS[next])}).show();`);
      }
      return ppr.xml();
    }

    // the menu: accordion, trees, leaves
    for (const g of MENU) {
      if (ev === g.id && type === 'disclosure') {
        const expand = prop(msg, 'expand') === 'true';
        s.acc = expand ? g.id : '';
        ppr.update('pt1:pa1', accordionHtml(ctx, s));
        if (expand) ppr.eval(`AdfPage.PAGE.__animDisclose(${js(`${g.id}::body`)});`);
        return ppr.xml();
      }
      if (ev === g.tree) {
        const key = prop(msg, 'rowKey');
        if (!findNode(g.nodes, key)) return ppr.xml();
        const k = `${g.tree}|${key}`;
        if (type === 'disclosure') {
          if (prop(msg, 'expand') === 'true') s.treeOpen.add(k);
          else s.treeOpen.delete(k);
        } else if (type === 'selection') s.treeSel = k;
        return ppr.update(g.tree, treeHtml(ctx, s, g)).xml();
      }
      const leaf = ev.startsWith(`${g.tree}:`) && ev.endsWith(':cl1') ? ev.slice(g.tree.length + 1, -4) : '';
      if (leaf) {
        const node = findNode(g.nodes, leaf);
        if (!node || node.children) return ppr.xml();
        if (g.tree === 'pt1:pa1:t2' && leaf === '0_0') {
          // Create API User: its task flow's default activity sends the OTP to the registered mobile
          if (expireHere('api-otp-send', s)) return pprExpired('dashboard');
          s.apiOtpAt = Date.now();
          s.apiOtpOk = false;
          s.regType = '';
          s.gsp = '';
          s.region = 'apiOtp';
        } else s.region = `page:${node.text}`;
        s.treeSel = `${g.tree}|${leaf}`;
        ppr.update(g.tree, treeHtml(ctx, s, g));
        return region().xml();
      }
    }

    switch (ev) {
      case 'pt1:cl1':
      case 'pt1:r1:0:cb3':
      case 'pt1:r1:0:cb4':
        s.region = 'dashboard';
        return region().xml();
      case 'pt1:cl2':
        sessions.delete(s.id);
        return pprRedirect('/faces/login.jspx');
      case 'pt1:r1:0:cl1': {
        if (s.region !== 'apiOtp') return region().xml();
        if (expireHere('api-otp-send', s)) return pprExpired('dashboard');
        s.apiOtpAt = Date.now();
        ppr.update('pt1:r1:0:pfl1', apiOtpForm(ctx));
        return ppr
          .messages('info', [`OTP has been resent to your registered mobile number ${MOBILE}.`])
          .xml();
      }
      case 'pt1:r1:0:cb1': {
        if (s.region !== 'apiOtp') return region().xml();
        if (expireHere('api-otp-verify', s)) return pprExpired('dashboard');
        const otp = field('pt1:r1:0:it1');
        if (Date.now() - s.apiOtpAt > OTP_VALID_MS) {
          state.refusals.push('api-otp');
          ppr.update('pt1:r1:0:pfl1', apiOtpForm(ctx, 'OTP has expired.'));
          return ppr.messages('error', ['OTP has expired. Please click Resend OTP to get a new OTP.']).xml();
        }
        if (otp !== state.apiOtp) {
          state.refusals.push('api-otp');
          ppr.update('pt1:r1:0:pfl1', apiOtpForm(ctx, 'Invalid OTP.'));
          return ppr
            .messages('error', [
              'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
            ])
            .xml();
        }
        s.apiOtpOk = true;
        s.region = 'apiForm';
        s.regType = '';
        s.gsp = '';
        return region().xml();
      }
      case 'pt1:r1:0:sor1':
        if (s.region !== 'apiForm') return region().xml();
        s.gsp = '';
        return ppr.update('pt1:r1:0:pgl1', dynamicPart(ctx, s)).xml();
      case 'pt1:r1:0:soc1':
        if (s.region !== 'apiForm') return region().xml();
        return ppr.update('pt1:r1:0:pgl2', credentialsPart(ctx)).xml();
      case 'pt1:r1:0:d2':
        if (type !== 'dialog' || prop(msg, 'outcome') !== 'yes') return ppr.xml();
        if (expireHere('submit', s)) return pprExpired('dashboard');
        return submit(s, form, ctx, ppr);
      default:
        return ppr.xml();
    }
  }

  function submit(s: Sess, form: URLSearchParams, ctx: Ctx, ppr: Ppr): string {
    if (s.region !== 'apiForm' || !s.apiOtpOk) {
      s.region = 'dashboard';
      ppr.update('pt1:r1', regionHtml(ctx, s, state));
      return ppr.messages('error', ['Please verify the OTP again to create the API user.']).xml();
    }
    const typed = (form.get('pt1:r1:0:it2') ?? '').trim();
    const name = typed.replace(/^api_/i, '');
    const password = form.get('pt1:r1:0:it3') ?? '';
    const confirm = form.get('pt1:r1:0:it4') ?? '';
    const gsp = s.regType === '1' && s.gsp !== '' ? GSPS[Number(s.gsp)] : undefined;
    const err: FormErr = { keepUsername: typed };
    const list: string[] = [];
    if (s.regType !== '1') list.push('Please select the option Through GSP.');
    if (!gsp) {
      err.gsp = 'Please select your GSP.';
      list.push('Select your GSP: Please select your GSP.');
    }
    if (!USERNAME_RULE.test(name)) {
      err.username = 'Username should be 3 to 20 characters: letters, digits, underscore or dot.';
      list.push(`Username: ${err.username}`);
    }
    if (!PASSWORD_RULE.test(password)) {
      err.password = 'Password does not meet the password policy.';
      list.push(
        'Password: Password should be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
      );
    } else if (password !== confirm) {
      err.confirm = 'Password and Re-enter Password do not match.';
      list.push('Re-enter Password: Password and Re-enter Password do not match.');
    }
    if (list.length) {
      if (s.regType === '1') ppr.update('pt1:r1:0:pgl1', dynamicPart(ctx, s, err));
      return ppr.messages('error', list).xml();
    }
    const gspName = gsp as string;
    const username = `API_${name}`;
    if (registrations(state).some((r) => r.gsp.toLowerCase() === gspName.toLowerCase())) {
      state.refusals.push('duplicate');
      ppr.update('pt1:r1:0:pgl1', dynamicPart(ctx, s, { keepUsername: typed }));
      return ppr.messages('error', [`GSTIN ${state.gstin} is already registered with GSP ${gspName}.`]).xml();
    }
    const taken = [
      ...TAKEN_USERNAMES,
      ...PRE_REGISTERED.map((r) => r.username),
      ...state.users.map((r) => r.username),
    ];
    if (taken.some((t) => t.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      ppr.update(
        'pt1:r1:0:pgl1',
        dynamicPart(ctx, s, { keepUsername: typed, username: 'This username is not available.' }),
      );
      return ppr
        .messages('error', [`Username ${username} is not available. Please choose a different username.`])
        .xml();
    }
    state.users.push({
      gstin: state.gstin,
      gsp: gspName,
      username,
      password,
      createdOn: new Date().toISOString(),
    });
    s.lastUser = { username, gsp: gspName };
    s.apiOtpOk = false;
    s.region = 'apiDone';
    ppr.update('pt1:r1', regionHtml(ctx, s, state));
    return ppr.messages('info', [`API user ${username} has been created successfully.`]).xml();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/html', '<H2>Error 500--Internal Server Error</H2>');
      else res.end();
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
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      }),
  };
}
