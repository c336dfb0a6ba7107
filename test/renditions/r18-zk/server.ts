/**
 * Rendition r18-zk: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2014-2020 Java portal built on the ZK 8
 * framework (breeze theme) would draw it: server-driven UI over AJAX. Every page is a `.zul` whose body
 * holds nothing but a script; a small hand-written runtime (standing in for zk.js) builds the widgets'
 * DOM from the page's first payload, and every click after that is an AU request (`POST /zkau`,
 * `dtid=...&cmd_0=onClick&uuid_0=...&data_0={...}`, textbox values sent as deferred `onChange`
 * events with the next request) whose JSON answer (`{"rs":[["outer",...],["setAttr",...]]}`) the
 * runtime applies to the DOM. Every line of markup, style and script is written here; no library files,
 * no icon fonts (the `z-icon-*` glyphs are CSS), no network.
 *
 * What it draws, and the choices made where the docs are silent:
 * - DOM: ZK 8's own: uuids like `mQx4b` (desktop prefix + counter) with `-real`, `-cave`, `-cap`,
 *   `-close`, `-btn`, `-pp` children; `z-textbox`, `z-button`, `z-label`, `z-a`, `z-image`,
 *   `z-toolbarbutton`, `z-window(-embedded|-modal)`, `z-panel`, `z-grid` (label/field pairs in
 *   `tr.z-row > td.z-row-inner > div.z-row-content`, labels are `span.z-label`, no `for`),
 *   `z-listbox` (header and body in two tables), `z-radiogroup`/`z-radio`, `z-combobox`,
 *   `z-borderlayout` (north/west/center), `z-navbar z-navbar-vertical`.
 * - URLs: `/` is index.zul (banner, a header `button.z-button` "Login" that redirects over AU);
 *   `/login.zul` (a centred embedded window "Login": User Name, Password, Captcha with an SVG
 *   `img.z-image` from `/kaptcha.svg` and an `a.z-a` "Refresh"; checked captcha first, then
 *   credentials, username case-insensitive); the 2FA step replaces the same window's content with
 *   "Enter OTP" and "Verify"; `/main.zul` (the dashboard, heading "Dash Board", cards "Generations"
 *   and "Cancelled"). Create API User has no URL: the menu swaps the centre include over AU.
 * - Refusals (captcha, login, login OTP, API OTP, duplicate, username taken) are `Messagebox.show`
 *   windows (`z-messagebox-window`, icon `z-messagebox-error`, button "OK"); the box in question is
 *   emptied. Empty or malformed fields get a `z-errorbox` beside the field (no refusal recorded).
 * - After login: `Events.echoEvent` makes the page ask the server once more right after it loads, and
 *   the answer opens the modal window "Contacts of Technical Person" (name, mobile, e-mail textboxes;
 *   "Update" and "Close", and the header close icon) over a separate `div.z-modal-mask`; once per
 *   session.
 * - Menu: a vertical navbar in the west region: Dash Board; e-Invoice (...); API Registration (User
 *   Credentials (Create API User, View API Users), IP Whitelisting, Freeze API User, Change API
 *   Password); MIS Reports (...); User Management (...). Groups open client-side with a 200 ms slide
 *   and close their open siblings (accordion). Leaves other than Dash Board and Create API User show a
 *   panel with an empty listbox ("No records found").
 * - API OTP: panel "Create API User" with the GSTIN, the masked mobile XXXXXX4821 and "Send OTP"
 *   (that click sends the OTP, ~700 ms, so the busy box shows); then the row "Enter OTP" (password
 *   textbox) with "Verify OTP" appears and a 3 s notification says the OTP was sent; the button
 *   becomes "Resend OTP". Wrong OTP: Messagebox "Invalid OTP. ...". Right: the panel's body becomes
 *   the form.
 * - Form: "Do you wish to Register your GSTIN for" radiogroup (Directly, Through GSP, Through ERP,
 *   Through Client-Id of other); the row "Select your GSP" (an editable combobox, autodrop, typing
 *   filters by "starts with", 26 names) shows only after "Through GSP"; "User Name" with a
 *   `span.z-label` "API_" before the box (3 to 30 of letters, digits, `_ . -`; a typed "API_" is not
 *   doubled); "Password" and "Confirm Password" (8 to 20 characters with upper, lower, digit and
 *   special); "Submit" and "Cancel". The other registration types are answered by an information box.
 *   Submit opens Messagebox question "Do you want to create the API user?" (Yes / No); "Yes" is the
 *   request that creates the user. Success: a 3 s `z-notification-info` "API User API_x has been
 *   created successfully ...", the form emptied, and the listbox "GSPs registered for GSTIN ..."
 *   gains the row. Duplicate GSP for the GSTIN, or a taken username (API_admin, API_test, API_demo or
 *   any on file, case-insensitive): an error box, and the refusal recorded.
 * - Sessions: cookie JSESSIONID naming server-side state (one desktop per page load, at most 15). A
 *   page GET of /main.zul without a live session is a 302 to `/login.zul?timeout=1`, whose window shows
 *   a red z-label "Your session has timed out. Please login again.". An AU request whose session or
 *   desktop is gone answers HTTP 410 `{"rs":[["obsolete",[dtid,msg]]]}`; the runtime shows ZK's
 *   messagebox "The page or component you request is no longer available. ..." (title "Session
 *   Timeout", button "OK") whose click goes to `/login.zul?timeout=1`.
 * - expireOnce: the first request of that stage (the "Send OTP" click, the "Verify OTP" click, or the
 *   "Yes" of the Submit confirmation) deletes the server session first and answers as a lost session.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ZkR18Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface ZkR18Options {
  expireOnce?: ZkR18Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface ZkR18State {
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

export interface ZkR18Rendition {
  url: string;
  close(): Promise<void>;
  state: ZkR18State;
}

export const ZK_R18_LOGIN: { username: string; password: string } = {
  username: 'unitrade27',
  password: 'Zk@Portal2019',
};

const MOBILE = 'XXXXXX4821';
const TRADE_NAME = 'M/S UNIVERSAL TRADERS';
const RESERVED_USERS = ['API_admin', 'API_test', 'API_demo'];
const OBSOLETE_MSG =
  'The page or component you request is no longer available. This is normally caused by timeout, opening too many Web pages, or rebooting the server.';

/** The GSPs as the portal's table holds them: in the order they were added, spelling as filed. */
const GSPS = [
  'Tera Software Limited',
  'Adaequare Info Private Limited',
  'Vay Network Services Pvt. Ltd.',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Masters India Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Tally ( India) Private Ltd',
  'Webtel Electrosoft Private Limited',
  'Alankit Limited',
  'Excellon Software Private Limited',
  'Karvy Data Management Services Limited',
  'Mastek Limited',
  'Ernst & Young LLP',
  'Wipro Limited',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Taxmann Technologies Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Botree Software International Private Limited',
  'Quadrant EServices Private Limited',
  'Reliance Corporate IT Park Limited',
  'Sify Technologies Limited',
  'Deloitte Touche Tohmatsu India LLP',
];

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Thrown by a handler when its stage is made to lose the session. */
class SessionLost extends Error {}

interface ZEvent {
  name: string;
  uuid: string;
  data: Record<string, unknown>;
}
type Handler = (ev: ZEvent) => void | Promise<void>;
type Cmd = [string, unknown[]];
type WgtMeta = [string, string, string[]];

interface Session {
  id: string;
  auth: 'none' | 'otp' | 'in';
  techShown: boolean;
  apiOtpSent: boolean;
  apiOtpOk: boolean;
  desktops: Map<string, Desktop>;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function randomWord(length: number, alphabet = `${LETTERS}0123456789`): string {
  const bytes = randomBytes(length);
  let word = '';
  for (const byte of bytes) word += alphabet[byte % alphabet.length];
  return word;
}

interface GridRow {
  cells: string[];
  uuid?: string;
  visible?: boolean;
}

interface WindowOptions {
  title: string;
  content: string;
  width: string;
  modal?: boolean;
  closable?: boolean;
  sclass?: string;
  uuid?: string;
  onClose?: Handler;
}

/**
 * One ZK desktop (one loaded page): its uuids, the server-side values of its input widgets, its event
 * listeners, and the AU commands collected while one request is handled. The widget methods return the
 * DOM ZK 8 renders for them, and note each widget for the runtime (type and listened events).
 */
class Desktop {
  readonly id = `z_${randomWord(3, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
  private readonly prefix = randomWord(1, LETTERS) + randomWord(3);
  private n = 0;
  readonly vals = new Map<string, string>();
  private readonly handlers = new Map<string, Handler>();
  private metas: WgtMeta[] = [];
  rs: Cmd[] = [];
  readonly pageUuid: string;
  readonly refs: Record<string, string> = {};

  constructor(readonly page: string) {
    this.pageUuid = this.uuid();
  }

  uuid(): string {
    return this.prefix + (this.n++).toString(36);
  }

  on(uuid: string, event: string, handler: Handler): void {
    this.handlers.set(`${uuid}:${event}`, handler);
  }

  handler(uuid: string, event: string): Handler | undefined {
    return this.handlers.get(`${uuid}:${event}`);
  }

  val(key: string): string {
    const uuid = this.refs[key];
    return uuid === undefined ? '' : (this.vals.get(uuid) ?? '');
  }

  reg(uuid: string, type: string, events: string[]): void {
    this.metas.push([uuid, type, events]);
  }

  takeMetas(): WgtMeta[] {
    const metas = this.metas;
    this.metas = [];
    return metas;
  }

  // ---- AU commands ----
  cmd(name: string, ...args: unknown[]): void {
    this.rs.push([name, args]);
  }
  outer(uuid: string, html: string): void {
    this.cmd('outer', uuid, html, this.takeMetas());
  }
  addChd(uuid: string, html: string): void {
    this.cmd('addChd', uuid, html, this.takeMetas());
  }
  setAttr(uuid: string, name: string, value: unknown): void {
    if (name === 'value') this.vals.set(uuid, String(value));
    this.cmd('setAttr', uuid, name, value);
  }
  wrongValue(uuid: string, message: string): void {
    this.cmd('wrongValue', uuid, message);
  }
  clearWrong(...uuids: string[]): void {
    for (const uuid of uuids) this.cmd('clrWrong', uuid);
  }
  notify(type: 'info' | 'warning' | 'error', message: string, duration = 3000): void {
    this.cmd('showNotification', type, message, null, 'middle_center', duration);
  }
  redirect(url: string): void {
    this.cmd('redirect', url);
  }
  rm(uuid: string): void {
    this.cmd('rm', uuid);
  }
  focus(uuid: string): void {
    this.cmd('focus', uuid);
  }

  // ---- widgets ----
  label(text: string, o: { sclass?: string; style?: string; uuid?: string } = {}): string {
    const uuid = o.uuid ?? this.uuid();
    const cls = o.sclass ? `z-label ${o.sclass}` : 'z-label';
    return `<span id="${uuid}" class="${cls}"${o.style ? ` style="${o.style}"` : ''}>${esc(text)}</span>`;
  }

  textbox(
    o: {
      type?: 'text' | 'password';
      value?: string;
      width?: string;
      maxlength?: number;
      onOK?: Handler;
      readonly?: boolean;
      ref?: string;
    } = {},
  ): string {
    const uuid = this.uuid();
    if (o.ref) this.refs[o.ref] = uuid;
    const value = o.value ?? '';
    this.vals.set(uuid, value);
    const events = ['onChange'];
    if (o.onOK) {
      this.on(uuid, 'onOK', o.onOK);
      events.push('onOK');
    }
    this.reg(uuid, 'textbox', events);
    const attrs = [
      `id="${uuid}"`,
      `class="z-textbox${o.readonly ? ' z-textbox-readonly' : ''}"`,
      `value="${esc(value)}"`,
      `type="${o.type ?? 'text'}"`,
      o.width ? `style="width:${o.width};"` : '',
      o.maxlength ? `maxlength="${o.maxlength}"` : '',
      o.readonly ? 'readonly="readonly"' : '',
    ];
    return `<input ${attrs.filter(Boolean).join(' ')}>`;
  }

  button(label: string, onClick: Handler, o: { sclass?: string; ref?: string; icon?: string } = {}): string {
    const uuid = this.uuid();
    if (o.ref) this.refs[o.ref] = uuid;
    this.on(uuid, 'onClick', onClick);
    this.reg(uuid, 'button', ['onClick']);
    const cls = o.sclass ? `z-button ${o.sclass}` : 'z-button';
    const icon = o.icon ? `<i class="z-icon-${o.icon}"></i> ` : '';
    return `<button type="button" id="${uuid}" class="${cls}">${icon}${esc(label)}</button>`;
  }

  toolbarbutton(label: string, icon: string, onClick: Handler): string {
    const uuid = this.uuid();
    this.on(uuid, 'onClick', onClick);
    this.reg(uuid, 'toolbarbutton', ['onClick']);
    return `<a id="${uuid}" class="z-toolbarbutton" href="javascript:;"><div class="z-toolbarbutton-content"><i class="z-icon-${icon}"></i> ${esc(label)}</div></a>`;
  }

  link(label: string, onClick: Handler, o: { sclass?: string } = {}): string {
    const uuid = this.uuid();
    this.on(uuid, 'onClick', onClick);
    this.reg(uuid, 'a', ['onClick']);
    return `<a id="${uuid}" class="z-a${o.sclass ? ` ${o.sclass}` : ''}" href="javascript:;">${esc(label)}</a>`;
  }

  image(src: string, o: { ref?: string; style?: string } = {}): string {
    const uuid = this.uuid();
    if (o.ref) this.refs[o.ref] = uuid;
    return `<img id="${uuid}" class="z-image" src="${esc(src)}" alt=""${o.style ? ` style="${o.style}"` : ''}>`;
  }

  div(html: string, o: { sclass?: string; style?: string; ref?: string; visible?: boolean } = {}): string {
    const uuid = this.uuid();
    if (o.ref) this.refs[o.ref] = uuid;
    const style = `${o.visible === false ? 'display:none;' : ''}${o.style ?? ''}`;
    return `<div id="${uuid}"${o.sclass ? ` class="${o.sclass}"` : ''}${style ? ` style="${style}"` : ''}>${html}</div>`;
  }

  hbox(cells: string[], o: { sclass?: string; style?: string } = {}): string {
    const uuid = this.uuid();
    const tds = cells
      .map((cell, i) => {
        const sep = i < cells.length - 1 ? `<td id="${uuid}-sep${i}" class="z-hbox-separator"></td>` : '';
        return `<td id="${this.uuid()}-chdex" class="z-hbox-inner">${cell}</td>${sep}`;
      })
      .join('');
    const cls = o.sclass ? `z-hbox ${o.sclass}` : 'z-hbox';
    return `<table id="${uuid}" class="${cls}" cellpadding="0" cellspacing="0"${o.style ? ` style="${o.style}"` : ''}><tbody><tr valign="middle">${tds}</tr></tbody></table>`;
  }

  grid(rows: GridRow[], o: { sclass?: string; widths?: string[] } = {}): string {
    const uuid = this.uuid();
    const cols = (o.widths ?? []).map((w) => `<col style="width:${w}">`).join('');
    const trs = rows
      .map((row, i) => {
        const rowUuid = row.uuid ?? this.uuid();
        const tds = row.cells
          .map((cell) => {
            const cellUuid = this.uuid();
            return `<td id="${cellUuid}-chdextr" class="z-row-inner"><div id="${cellUuid}-cell" class="z-row-content">${cell}</div></td>`;
          })
          .join('');
        const odd = i % 2 === 1 ? ' z-grid-odd' : '';
        const hidden = row.visible === false ? ' style="display:none;"' : '';
        return `<tr id="${rowUuid}" class="z-row${odd}"${hidden}>${tds}</tr>`;
      })
      .join('');
    const cls = o.sclass ? `z-grid ${o.sclass}` : 'z-grid';
    return `<div id="${uuid}" class="${cls}"><div id="${uuid}-body" class="z-grid-body"><table id="${uuid}-cave" cellpadding="0" cellspacing="0" style="table-layout:fixed;width:100%;"><colgroup id="${uuid}-bdfaker">${cols}</colgroup><tbody id="${this.uuid()}" class="z-rows">${trs}</tbody></table></div></div>`;
  }

  listbox(
    headers: { label: string; width: string }[],
    rows: string[][],
    o: { empty: string; ref?: string },
  ): string {
    const uuid = this.uuid();
    if (o.ref) this.refs[o.ref] = uuid;
    const cols = headers.map((h) => `<col style="width:${h.width}">`).join('');
    const ths = headers
      .map((h) => {
        const hu = this.uuid();
        return `<th id="${hu}" class="z-listheader"><div id="${hu}-cave" class="z-listheader-content">${esc(h.label)}</div></th>`;
      })
      .join('');
    const trs = rows
      .map((row, i) => {
        const tds = row
          .map((cell) => {
            const cu = this.uuid();
            return `<td id="${cu}" class="z-listcell"><div id="${cu}-cave" class="z-listcell-content">${esc(cell)}</div></td>`;
          })
          .join('');
        return `<tr id="${this.uuid()}" class="z-listitem${i % 2 === 1 ? ' z-listbox-odd' : ''}">${tds}</tr>`;
      })
      .join('');
    const empty = `<tbody id="${uuid}-empty" class="z-listbox-emptybody"${rows.length ? ' style="display:none;"' : ''}><tr><td colspan="${headers.length}"><div id="${uuid}-empty-content" class="z-listbox-emptybody-content">${esc(o.empty)}</div></td></tr></tbody>`;
    return `<div id="${uuid}" class="z-listbox" style="width:100%;"><div id="${uuid}-head" class="z-listbox-header"><table id="${uuid}-headtbl" cellpadding="0" cellspacing="0" style="table-layout:fixed;width:100%;"><colgroup id="${uuid}-hdfaker">${cols}</colgroup><tbody id="${uuid}-headrows"><tr id="${this.uuid()}" class="z-listhead">${ths}</tr></tbody></table></div><div id="${uuid}-body" class="z-listbox-body"><table id="${uuid}-cave" cellpadding="0" cellspacing="0" style="table-layout:fixed;width:100%;"><colgroup id="${uuid}-bdfaker">${cols}</colgroup><tbody id="${uuid}-rows">${trs}</tbody>${empty}</table></div></div>`;
  }

  window(o: WindowOptions): string {
    const uuid = o.uuid ?? this.uuid();
    const events: string[] = [];
    if (o.onClose) {
      this.on(uuid, 'onClose', o.onClose);
      events.push('onClose');
    }
    this.reg(uuid, 'window', events);
    const mode = o.modal ? 'z-window-modal z-window-shadow' : 'z-window-embedded';
    const cls = `z-window${o.sclass ? ` ${o.sclass}` : ''} ${mode}`;
    const close = o.closable
      ? `<div id="${uuid}-close" class="z-window-icon z-window-close"><i class="z-icon-times"></i></div>`
      : '';
    const move = o.modal ? ' z-window-header-move' : '';
    const style = o.modal ? `width:${o.width};position:absolute;visibility:hidden;` : `width:${o.width};`;
    return `<div id="${uuid}" class="${cls}" style="${style}"><div id="${uuid}-cap" class="z-window-header${move}">${close}<span id="${uuid}-title">${esc(o.title)}</span></div><div id="${uuid}-cave" class="z-window-content">${o.content}</div></div>`;
  }

  panel(title: string, content: string, o: { ref?: string; sclass?: string } = {}): string {
    const uuid = this.uuid();
    const cave = this.uuid();
    if (o.ref) this.refs[o.ref] = cave;
    return `<div id="${uuid}" class="z-panel${o.sclass ? ` ${o.sclass}` : ''}"><div id="${uuid}-head" class="z-panel-head"><div id="${uuid}-cap" class="z-panel-header">${esc(title)}</div></div><div id="${uuid}-body" class="z-panel-body"><div id="${cave}" class="z-panelchildren">${content}</div></div></div>`;
  }

  radiogroup(options: string[], onCheck: Handler, o: { ref?: string } = {}): string {
    const uuid = this.uuid();
    if (o.ref) this.refs[o.ref] = uuid;
    this.vals.set(uuid, '');
    this.on(uuid, 'onCheck', onCheck);
    this.reg(uuid, 'radiogroup', ['onCheck']);
    const radios = options
      .map((label) => {
        const ru = this.uuid();
        return `<span id="${ru}" class="z-radio"><input type="radio" id="${ru}-real" name="${uuid}" value="${esc(label)}"><label for="${ru}-real" id="${ru}-cnt" class="z-radio-content">${esc(label)}</label></span>`;
      })
      .join('');
    return `<span id="${uuid}" class="z-radiogroup">${radios}</span>`;
  }

  combobox(items: string[], o: { width: string; ref?: string; placeholder?: string }): string {
    const uuid = this.uuid();
    if (o.ref) this.refs[o.ref] = uuid;
    this.vals.set(uuid, '');
    this.reg(uuid, 'combobox', ['onChange']);
    const lis = items
      .map(
        (item) =>
          `<li id="${this.uuid()}" class="z-comboitem"><span class="z-comboitem-image"></span><span class="z-comboitem-text">${esc(item)}</span></li>`,
      )
      .join('');
    const ph = o.placeholder ? ` placeholder="${esc(o.placeholder)}"` : '';
    return `<span id="${uuid}" class="z-combobox" style="width:${o.width};"><input id="${uuid}-real" class="z-combobox-input" autocomplete="off" value="" type="text"${ph}><a id="${uuid}-btn" class="z-combobox-button"><i id="${uuid}-icon" class="z-combobox-icon z-icon-caret-down"></i></a><div id="${uuid}-pp" class="z-combobox-popup z-combobox-shadow" style="display:none;"><ul id="${uuid}-cave" class="z-combobox-content">${lis}</ul></div></span>`;
  }

  /** Messagebox.show: a modal window appended to the page; each button closes it, then acts. */
  messagebox(o: {
    title: string;
    message: string;
    icon: 'error' | 'information' | 'question' | 'exclamation';
    buttons: { label: string; onClick?: Handler }[];
  }): void {
    const win = this.uuid();
    const buttons = o.buttons
      .map((b) =>
        this.button(
          b.label,
          async (ev) => {
            this.rm(win);
            await b.onClick?.(ev);
          },
          { sclass: 'z-messagebox-button' },
        ),
      )
      .join('');
    const content = `${this.hbox([
      `<div class="z-messagebox-icon z-messagebox-${o.icon}"></div>`,
      `<div class="z-messagebox">${this.label(o.message, { sclass: 'z-messagebox-message' })}</div>`,
    ])}<div class="z-separator z-separator-horizontal z-separator-horizontal-bar"></div><div class="z-messagebox-buttons">${buttons}</div>`;
    const html = this.window({
      title: o.title,
      content,
      width: '360px',
      modal: true,
      closable: true,
      sclass: 'z-messagebox-window',
      uuid: win,
      onClose: () => this.rm(win),
    });
    this.cmd('addPage', html, this.takeMetas());
    this.cmd('doModal', win);
  }
}

// ---------------------------------------------------------------------------------------------
// The theme: ZK 8 "breeze" as the portal's WAR shipped it, plus the portal's own zul.css.
// ---------------------------------------------------------------------------------------------
const CSS = String.raw`
html,body{margin:0;padding:0;height:100%;}
body{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.9);background:#f2f4f7;}
.z-page{width:100%;height:100%;position:relative;}
.z-label{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;}
[class^="z-icon-"],[class*=" z-icon-"]{font-style:normal;display:inline-block;line-height:1;}
.z-icon-times:before{content:"\00d7";font-size:18px;font-weight:bold;}
.z-icon-caret-down:before{content:"\25be";}
.z-icon-angle-right:before{content:"\203a";font-size:18px;}
.z-icon-angle-down:before{content:"\2304";}
.z-icon-sign-out:before{content:"\21aa";}
.z-icon-refresh:before{content:"\21bb";}
.z-icon-home:before{content:"\2302";}
.z-icon-file-text:before{content:"\2630";}
.z-icon-key:before{content:"\2699";}
.z-icon-bar-chart:before{content:"\2261";}
.z-icon-users:before{content:"\263a";}
.z-icon-info-circle:before{content:"i";font-weight:bold;font-family:Georgia,serif;}
.z-icon-times-circle:before{content:"\00d7";font-weight:bold;}
.z-icon-exclamation-triangle:before{content:"!";font-weight:bold;}
.z-icon-check:before{content:"\2713";}
.z-textbox,.z-combobox-input{font-family:inherit;font-size:14px;height:24px;line-height:24px;border:1px solid #d9d9d9;border-radius:3px;padding:2px 5px;box-sizing:content-box;background:#fff;color:rgba(0,0,0,0.9);outline:none;}
.z-textbox:focus,.z-combobox-input:focus{border-color:#0093f9;}
.z-textbox-readonly{background:#f5f5f5;}
.z-textbox.z-textbox-invalid,.z-combobox-invalid .z-combobox-input{border-color:#dc4446;background:#fff5f5;}
.z-button{font-family:inherit;font-size:14px;min-height:32px;padding:4px 16px;border:1px solid transparent;border-radius:4px;background:#0093f9;color:#fff;cursor:pointer;margin:0 4px 0 0;}
.z-button:hover{background:#7ac8ff;}
.z-button:active{background:#0064ed;}
.z-button:focus{box-shadow:inset 0 0 0 1px #fff;outline:none;}
.z-button[disabled]{opacity:.5;cursor:default;}
.z-button.btn-secondary{background:#8c8c8c;}
.z-a{color:#0064ed;cursor:pointer;text-decoration:none;font-size:13px;}
.z-a:hover{text-decoration:underline;}
.z-toolbarbutton{display:inline-block;color:#fff;text-decoration:none;border:1px solid transparent;border-radius:4px;cursor:pointer;}
.z-toolbarbutton-content{padding:4px 8px;font-size:13px;white-space:nowrap;}
.z-toolbarbutton:hover{border-color:rgba(255,255,255,.6);background:rgba(255,255,255,.12);}
.z-hbox{border-collapse:collapse;}
.z-hbox-separator{width:8px;padding:0;}
.z-hbox-inner{padding:0;vertical-align:middle;}
.z-separator-horizontal-bar{height:1px;background:#e3e3e3;margin:12px 0 8px;}
.z-window{background:#fff;border:1px solid #d9d9d9;border-radius:4px;padding:0;box-sizing:border-box;}
.z-window-header{position:relative;background:#0093f9;color:#fff;font-size:16px;padding:8px 40px 8px 12px;border-radius:3px 3px 0 0;line-height:20px;}
.z-window-header-move{cursor:move;}
.z-window-icon{position:absolute;right:8px;top:6px;width:24px;height:24px;line-height:24px;text-align:center;border-radius:3px;cursor:pointer;color:#fff;}
.z-window-icon:hover{background:rgba(255,255,255,.25);}
.z-window-content{padding:12px 16px;}
.z-window-shadow{box-shadow:0 3px 10px rgba(0,0,0,0.35);}
.z-window-modal{position:absolute;}
.z-modal-mask{position:fixed;left:0;top:0;width:100%;height:100%;background:#e0e1e3;opacity:.6;}
.z-messagebox-window .z-window-content{padding:16px 16px 12px;}
.z-messagebox{padding-left:8px;max-width:280px;word-wrap:break-word;}
.z-messagebox-icon{width:36px;height:36px;border-radius:50%;color:#fff;font-size:24px;line-height:36px;text-align:center;font-weight:bold;}
.z-messagebox-error{background:#dc4446;}
.z-messagebox-error:before{content:"\00d7";}
.z-messagebox-information{background:#0093f9;font-family:Georgia,serif;}
.z-messagebox-information:before{content:"i";}
.z-messagebox-question{background:#22a06b;}
.z-messagebox-question:before{content:"?";}
.z-messagebox-exclamation{background:#f59f00;}
.z-messagebox-exclamation:before{content:"!";}
.z-messagebox-buttons{text-align:center;}
.z-messagebox-button{min-width:64px;}
.z-panel{background:#fff;border:1px solid #d9d9d9;border-radius:4px;margin-bottom:12px;}
.z-panel-head{background:#f5f5f5;border-bottom:1px solid #d9d9d9;border-radius:4px 4px 0 0;}
.z-panel-header{font-size:16px;padding:8px 12px;color:#0064ed;font-weight:bold;}
.z-panel-body{padding:12px 16px;}
.z-grid{border:1px solid #e3e3e3;background:#fff;margin:8px 0;}
.z-grid-body{overflow:hidden;}
.z-row-inner{padding:0;border-bottom:1px solid #f0f0f0;vertical-align:middle;}
.z-row-content{padding:6px 10px;line-height:24px;overflow:hidden;}
.z-grid-odd>.z-row-inner{background:#fafcff;}
.z-row:hover>.z-row-inner{background:#e1f1f7;}
.z-grid.form-grid .z-row-inner:first-child .z-label{font-weight:600;color:#333;}
.z-grid.form-grid .z-row:hover>.z-row-inner{background:inherit;}
.z-listbox{border:1px solid #d9d9d9;background:#fff;}
.z-listbox-header{background:#f9f9f9;border-bottom:1px solid #d9d9d9;}
.z-listheader{text-align:left;padding:0;font-weight:normal;border-left:1px solid #e3e3e3;}
.z-listheader:first-child{border-left:0;}
.z-listheader-content{padding:8px 10px;font-size:14px;font-weight:bold;color:#333;line-height:18px;}
.z-listcell{padding:0;border-bottom:1px solid #f0f0f0;}
.z-listcell-content{padding:6px 10px;font-size:14px;line-height:20px;}
.z-listbox-odd>.z-listcell{background:#fafcff;}
.z-listitem:hover>.z-listcell{background:#e1f1f7;}
.z-listbox-emptybody-content{padding:10px;color:#888;font-style:italic;text-align:center;}
.z-radiogroup{display:inline-block;}
.z-radio{display:inline-block;margin-right:16px;white-space:nowrap;}
.z-radio>input{vertical-align:middle;margin:0 4px 0 0;}
.z-radio-content{vertical-align:middle;cursor:pointer;font-size:14px;}
.z-combobox{display:inline-block;white-space:nowrap;position:relative;}
.z-combobox-input{border-radius:3px 0 0 3px;border-right:0;width:calc(100% - 42px);}
.z-combobox-button{display:inline-block;width:24px;height:28px;line-height:28px;vertical-align:top;text-align:center;border:1px solid #d9d9d9;border-radius:0 3px 3px 0;background:#fff;color:#555;cursor:pointer;box-sizing:content-box;}
.z-combobox-button:hover{background:#e1f1f7;}
.z-combobox-popup{position:absolute;background:#fff;border:1px solid #d9d9d9;border-radius:3px;overflow:auto;max-height:300px;box-shadow:0 3px 6px rgba(0,0,0,.2);}
.z-combobox-content{list-style:none;margin:0;padding:2px 0;}
.z-comboitem{padding:4px 8px;cursor:pointer;white-space:nowrap;font-size:14px;line-height:20px;}
.z-comboitem-image{display:none;}
.z-comboitem:hover,.z-comboitem-hover{background:#e1f1f7;}
.z-comboitem-selected{background:#0093f9;color:#fff;}
.z-errorbox{position:absolute;z-index:88000;background:#dc4446;color:#fff;border-radius:3px;padding:6px 28px 6px 30px;font-size:13px;max-width:260px;box-shadow:0 2px 5px rgba(0,0,0,.3);}
.z-errorbox-icon{position:absolute;left:9px;top:6px;font-weight:bold;}
.z-errorbox-content{line-height:18px;}
.z-errorbox-close{position:absolute;right:6px;top:4px;cursor:pointer;}
.z-errorbox-pointer{position:absolute;left:-6px;top:9px;width:0;height:0;border-top:6px solid transparent;border-bottom:6px solid transparent;border-right:6px solid #dc4446;}
.z-notification{position:absolute;z-index:90000;min-width:260px;max-width:420px;transition:opacity .3s;}
.z-notification-content{padding:14px 36px 14px 48px;border-radius:4px;color:#fff;font-size:14px;line-height:20px;min-height:20px;}
.z-notification-info .z-notification-content{background:#0093f9;}
.z-notification-warning .z-notification-content{background:#f59f00;}
.z-notification-error .z-notification-content{background:#dc4446;}
.z-notification-icon{position:absolute;left:14px;top:12px;width:22px;height:22px;line-height:22px;text-align:center;border:2px solid #fff;border-radius:50%;color:#fff;font-size:13px;box-sizing:border-box;}
.z-notification-close{position:absolute;right:10px;top:10px;color:#fff;cursor:pointer;}
.z-loading{position:fixed;z-index:99999;left:50%;top:40%;transform:translateX(-50%);background:#fff;border:1px solid #d9d9d9;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.2);}
.z-loading-indicator{padding:10px 16px;font-size:14px;color:#555;white-space:nowrap;}
.z-loading-icon{display:inline-block;width:16px;height:16px;vertical-align:middle;margin-right:6px;border:2px solid #0093f9;border-top-color:transparent;border-radius:50%;animation:zkspin .8s linear infinite;}
@keyframes zkspin{to{transform:rotate(360deg);}}
.z-apply-mask{position:fixed;z-index:99998;left:0;top:0;width:100%;height:100%;background:#e0e1e3;opacity:.3;}
.z-borderlayout{position:relative;width:100%;height:100%;overflow:hidden;}
.z-north,.z-west,.z-center,.z-south{position:absolute;overflow:hidden;box-sizing:border-box;}
.z-north-body,.z-west-body,.z-center-body,.z-south-body{height:100%;box-sizing:border-box;}
.z-west-header{background:#163a5c;color:#c9d7e6;font-size:13px;padding:8px 12px;text-transform:uppercase;letter-spacing:.5px;}
.z-center-body{overflow:auto;padding:16px 20px;}
.z-navbar{background:#1f4e79;}
.z-navbar>ul,.z-navbar ul{list-style:none;margin:0;padding:0;}
.z-nav-content,.z-navitem-content{display:block;position:relative;color:#e8eef5;text-decoration:none;padding:10px 32px 10px 14px;font-size:14px;cursor:pointer;border-bottom:1px solid rgba(255,255,255,.06);}
.z-nav-content:hover,.z-navitem-content:hover{background:#2a6196;color:#fff;}
.z-nav-image,.z-navitem-image{width:20px;margin-right:6px;text-align:center;}
.z-nav-icon{position:absolute;right:12px;top:9px;transition:transform .2s;}
.z-nav-open>.z-nav-content>.z-nav-icon{transform:rotate(90deg);}
.z-nav-open>.z-nav-content{background:#173d60;color:#fff;}
.z-navbar ul ul{background:#173d60;overflow:hidden;}
.z-navbar ul ul .z-nav-content,.z-navbar ul ul .z-navitem-content{padding-left:34px;font-size:13px;}
.z-navbar ul ul ul{background:#12314d;}
.z-navbar ul ul ul .z-navitem-content{padding-left:52px;}
.z-navitem-selected>.z-navitem-content{background:#0093f9;color:#fff;}
.portal-banner{height:64px;background:linear-gradient(90deg,#0d3b66,#1f6fb2);color:#fff;display:flex;align-items:center;padding:0 20px;box-sizing:border-box;}
.portal-emblem{width:42px;height:42px;border-radius:50%;background:#fff;color:#0d3b66;font-weight:bold;font-size:11px;display:flex;align-items:center;justify-content:center;margin-right:12px;text-align:center;line-height:11px;}
.portal-title{font-size:22px;font-weight:bold;letter-spacing:.3px;}
.portal-sub{font-size:12px;opacity:.85;}
.portal-right{margin-left:auto;display:flex;align-items:center;gap:10px;}
.portal-right .z-label{color:#fff;font-size:13px;}
.portal-ticker{background:#fff3cd;color:#7a5a00;padding:6px 20px;font-size:13px;border-bottom:1px solid #f0d98c;white-space:nowrap;overflow:hidden;}
.home-body{padding:30px 40px;display:flex;gap:24px;}
.home-card{background:#fff;border:1px solid #d9d9d9;border-radius:4px;padding:16px 20px;flex:1;}
.home-card h3{margin:0 0 10px;color:#0d3b66;font-size:17px;}
.login-wrap{display:flex;justify-content:center;padding-top:48px;}
.login-captcha{border:1px solid #d9d9d9;border-radius:3px;vertical-align:middle;}
.login-error{color:#dc4446;font-weight:bold;display:block;margin-bottom:6px;}
.login-hint{color:#666;font-size:12px;}
.portal-footer{text-align:center;color:#777;font-size:12px;padding:16px;}
.dash-title{font-size:22px;color:#0d3b66;font-weight:bold;display:block;margin-bottom:14px;}
.dash-cards{display:flex;gap:16px;margin-bottom:16px;}
.dash-card{flex:1;background:#fff;border:1px solid #d9d9d9;border-radius:4px;padding:14px 18px;border-top:4px solid #0093f9;}
.dash-card.cancelled{border-top-color:#dc4446;}
.dash-card .dash-num{font-size:28px;font-weight:bold;color:#333;display:block;margin-top:6px;}
.req{color:#dc4446;}
.api-prefix{font-weight:bold;color:#333;margin-right:4px;background:#f5f5f5;border:1px solid #d9d9d9;border-radius:3px;padding:3px 6px;}
.form-note{color:#555;font-size:13px;display:block;margin-bottom:6px;}
.otp-sent{color:#22a06b;font-size:13px;}
`;

// ---------------------------------------------------------------------------------------------
// The runtime: what zk.js does for this portal. Widgets noted per uuid; clicks, checks and Enter
// become AU events; textbox values travel as deferred onChange events with the next request; the
// answer's commands patch the DOM.
// ---------------------------------------------------------------------------------------------
const RUNTIME = `
(function(){
var zk = window.zk = {dt:null, w:{}, q:[], busy:false, dead:false, z:1800, rid:0, cb:null, nseq:0};
function $(id){ return document.getElementById(id); }
function isInput(t){ return t === 'textbox' || t === 'combobox'; }
function inputOf(id){ var w = zk.w[id]; if (!w) return null; return w.t === 'combobox' ? $(id + '-real') : $(id); }
function reg(ms){
  if (!ms) return;
  for (var i = 0; i < ms.length; i++) {
    var m = ms[i], w = {t: m[1], e: m[2]};
    zk.w[m[0]] = w;
    if (isInput(m[1])) { var inp = inputOf(m[0]); w.v = inp ? inp.value : ''; }
  }
}
function listens(id, evt){ var w = zk.w[id]; return !!(w && w.e && w.e.indexOf(evt) >= 0); }
function cleanup(){
  for (var id in zk.w) {
    if ($(id)) continue;
    var pp = $(id + '-pp'); if (pp) pp.remove();
    var eb = $(id + '-erb'); if (eb) eb.remove();
    if (zk.cb === id) zk.cb = null;
    delete zk.w[id];
  }
}
function sync(){
  for (var id in zk.w) {
    var w = zk.w[id];
    if (!isInput(w.t)) continue;
    var inp = inputOf(id);
    if (!inp || inp.value === w.v) continue;
    w.v = inp.value;
    zk.q.push({c: 'onChange', u: id, d: {value: inp.value}});
  }
}
zk.fire = function(u, c, d){
  if (zk.dead) return;
  sync();
  zk.q.push({c: c, u: u, d: d || {}});
  flush();
};
function showBusy(){
  if ($('zk_proc')) return;
  var m = document.createElement('div'); m.id = 'zk_proc-mask'; m.className = 'z-apply-mask';
  document.body.appendChild(m);
  var d = document.createElement('div'); d.id = 'zk_proc'; d.className = 'z-loading';
  d.innerHTML = '<div class="z-loading-indicator"><span class="z-loading-icon"></span>Processing...</div>';
  document.body.appendChild(d);
}
function hideBusy(){ var a = $('zk_proc'), b = $('zk_proc-mask'); if (a) a.remove(); if (b) b.remove(); }
function flush(){
  if (zk.busy || zk.dead || !zk.q.length) return;
  var evs = zk.q; zk.q = []; zk.busy = true;
  var p = ['dtid=' + encodeURIComponent(zk.dt)];
  for (var i = 0; i < evs.length; i++) {
    p.push('cmd_' + i + '=' + encodeURIComponent(evs[i].c));
    p.push('uuid_' + i + '=' + encodeURIComponent(evs[i].u));
    p.push('data_' + i + '=' + encodeURIComponent(JSON.stringify(evs[i].d)));
  }
  var timer = setTimeout(showBusy, 500);
  var xhr = new XMLHttpRequest();
  xhr.open('POST', '/zkau', true);
  xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded;charset=UTF-8');
  xhr.setRequestHeader('ZK-SID', String(++zk.rid));
  xhr.onreadystatechange = function(){
    if (xhr.readyState !== 4) return;
    clearTimeout(timer); hideBusy(); zk.busy = false;
    var j = null;
    try { j = JSON.parse(xhr.responseText); } catch (e) { j = null; }
    if (j && j.rs) exec(j.rs);
    else clientBox('Error', 'The server is temporarily out of service. Please try again later. (' + xhr.status + ')', 'error', 'OK', function(b){ b.remove(); });
    flush();
  };
  xhr.send(p.join('&'));
}
function center(w){
  var W = w.offsetWidth, H = w.offsetHeight;
  w.style.left = Math.max(0, Math.round((window.innerWidth - W) / 2) + window.scrollX) + 'px';
  w.style.top = Math.max(0, Math.round((window.innerHeight - H) / 2) + window.scrollY) + 'px';
}
function doModal(u){
  var w = $(u); if (!w) return;
  zk.z += 2;
  var mask = document.createElement('div');
  mask.id = u + '-mask'; mask.className = 'z-modal-mask';
  mask.style.zIndex = String(zk.z - 1); mask.style.display = 'block';
  w.parentNode.insertBefore(mask, w);
  w.style.zIndex = String(zk.z);
  center(w);
  w.style.visibility = 'visible';
  var f = w.querySelector('.z-messagebox-button');
  if (f) f.focus();
}
function clientBox(title, msg, icon, btn, cb){
  var u = 'zk_mbox' + (++zk.nseq);
  var html = '<div id="' + u + '" class="z-window z-messagebox-window z-window-modal z-window-shadow" style="width:360px;position:absolute;visibility:hidden;">'
    + '<div id="' + u + '-cap" class="z-window-header z-window-header-move"></div>'
    + '<div id="' + u + '-cave" class="z-window-content"><table class="z-hbox" cellpadding="0" cellspacing="0"><tbody><tr valign="middle">'
    + '<td class="z-hbox-inner"><div class="z-messagebox-icon z-messagebox-' + icon + '"></div></td><td class="z-hbox-separator"></td>'
    + '<td class="z-hbox-inner"><div class="z-messagebox"><span class="z-label z-messagebox-message"></span></div></td></tr></tbody></table>'
    + '<div class="z-separator z-separator-horizontal z-separator-horizontal-bar"></div>'
    + '<div class="z-messagebox-buttons"><button type="button" id="' + u + '-ok" class="z-messagebox-button z-button"></button></div></div></div>';
  var pg = document.querySelector('.z-page') || document.body;
  pg.insertAdjacentHTML('beforeend', html);
  $(u + '-cap').textContent = title;
  $(u).querySelector('.z-messagebox-message').textContent = msg;
  var b = $(u + '-ok'); b.textContent = btn;
  b.onclick = function(){ var m = $(u + '-mask'); if (m) m.remove(); cb($(u)); };
  doModal(u);
}
function errorbox(u, msg){
  var old = $(u + '-erb'); if (old) old.remove();
  var w = zk.w[u], combo = w && w.t === 'combobox';
  var target = combo ? $(u) : (inputOf(u) || $(u));
  if (!target) return;
  if (combo) target.classList.add('z-combobox-invalid'); else target.classList.add('z-textbox-invalid');
  var d = document.createElement('div');
  d.id = u + '-erb'; d.className = 'z-errorbox';
  d.innerHTML = '<div class="z-errorbox-icon z-icon-exclamation-triangle"></div><div id="' + u + '-erb-cave" class="z-errorbox-content"></div>'
    + '<div id="' + u + '-erb-close" class="z-errorbox-close"><i class="z-icon-times"></i></div><div class="z-errorbox-pointer"></div>';
  d.querySelector('.z-errorbox-content').textContent = msg;
  document.body.appendChild(d);
  var r = target.getBoundingClientRect();
  d.style.left = (r.right + window.scrollX + 10) + 'px';
  d.style.top = (r.top + window.scrollY - 2) + 'px';
}
function clearWrong(u){
  var eb = $(u + '-erb'); if (eb) eb.remove();
  var inp = inputOf(u); if (inp) inp.classList.remove('z-textbox-invalid');
  var s = $(u); if (s) s.classList.remove('z-combobox-invalid');
}
function notify(type, msg, ref, pos, dur){
  var id = 'zk_ntf' + (++zk.nseq);
  var icon = type === 'error' ? 'times-circle' : (type === 'warning' ? 'exclamation-triangle' : 'info-circle');
  var d = document.createElement('div');
  d.id = id; d.className = 'z-notification z-notification-' + type;
  d.innerHTML = '<div class="z-notification-icon z-icon-' + icon + '"></div><div id="' + id + '-cave" class="z-notification-content"></div>'
    + '<div id="' + id + '-cls" class="z-notification-close"><i class="z-icon-times"></i></div>';
  d.querySelector('.z-notification-content').textContent = msg;
  document.body.appendChild(d);
  var W = d.offsetWidth, H = d.offsetHeight;
  var left = Math.round((window.innerWidth - W) / 2), top = Math.round((window.innerHeight - H) / 2);
  if (pos === 'top_right') { left = window.innerWidth - W - 20; top = 76; }
  else if (pos === 'top_center') { top = 76; }
  d.zkPos = pos;
  if (pos !== 'middle_center') {
    var others = document.querySelectorAll('.z-notification');
    for (var i = 0; i < others.length; i++) {
      var o = others[i];
      if (o !== d && o.zkPos === pos) top = Math.max(top, o.offsetTop - window.scrollY + o.offsetHeight + 8);
    }
  }
  d.style.left = (left + window.scrollX) + 'px';
  d.style.top = (top + window.scrollY) + 'px';
  d.style.zIndex = String(zk.z + 100);
  if (dur > 0) setTimeout(function(){ d.style.opacity = '0'; setTimeout(function(){ d.remove(); }, 300); }, dur);
}
var cmds = {
  outer: function(u, html, ms){ var el = $(u); if (!el) return; el.outerHTML = html; reg(ms); },
  addChd: function(u, html, ms){ var el = $(u); if (!el) return; el.insertAdjacentHTML('beforeend', html); reg(ms); },
  addPage: function(html, ms){ var pg = document.querySelector('.z-page') || document.body; pg.insertAdjacentHTML('beforeend', html); reg(ms); },
  rm: function(u){ var el = $(u); if (el) el.remove(); var m = $(u + '-mask'); if (m) m.remove(); },
  setAttr: function(u, n, v){
    var el = $(u); if (!el) return;
    if (n === 'value') { var inp = inputOf(u) || el; inp.value = v; if (zk.w[u]) zk.w[u].v = v; }
    else if (n === 'visible') el.style.display = v ? '' : 'none';
    else if (n === 'label') el.textContent = v;
    else if (n === 'src') el.src = v;
    else if (n === 'disabled') el.disabled = !!v;
    else if (n === 'checked') { var rs = el.querySelectorAll('input[type=radio]'); for (var i = 0; i < rs.length; i++) rs[i].checked = rs[i].value === v; }
  },
  focus: function(u){ var el = inputOf(u) || $(u); if (el && el.focus) el.focus(); },
  wrongValue: function(u, msg){ errorbox(u, msg); },
  clrWrong: function(u){ clearWrong(u); },
  showNotification: function(type, msg, ref, pos, dur){ notify(type, msg, ref, pos, dur); },
  doModal: function(u){ doModal(u); },
  redirect: function(url){ zk.dead = true; window.location.href = url; },
  echo2: function(u, evt){ setTimeout(function(){ zk.fire(u, evt, {}); }, 0); },
  obsolete: function(dt, msg){
    zk.dead = true; zk.q = [];
    clientBox('Session Timeout', msg, 'exclamation', 'OK', function(){ window.location.href = '/login.zul?timeout=1'; });
  }
};
function exec(rs){
  for (var i = 0; i < rs.length; i++) { var c = rs[i], f = cmds[c[0]]; if (f) f.apply(null, c[1]); }
  cleanup();
}
// ---- navbar (client side, like zul.nav) ----
function slide(ul, down){
  if (!ul) return;
  clearTimeout(ul.zkTimer);
  ul.style.overflow = 'hidden';
  ul.style.transition = '';
  if (down) { ul.style.display = 'block'; ul.style.height = '0px'; }
  else ul.style.height = ul.scrollHeight + 'px';
  void ul.offsetHeight;
  ul.style.transition = 'height 200ms ease-out';
  ul.style.height = down ? ul.scrollHeight + 'px' : '0px';
  ul.zkTimer = setTimeout(function(){
    ul.style.transition = ''; ul.style.height = ''; ul.style.overflow = '';
    if (!down) ul.style.display = 'none';
  }, 220);
}
function childList(li){ for (var i = 0; i < li.children.length; i++) if (li.children[i].tagName === 'UL') return li.children[i]; return null; }
function toggleNav(li){
  if (li.classList.contains('z-nav-open')) { li.classList.remove('z-nav-open'); slide(childList(li), false); return; }
  var sibs = li.parentNode.children;
  for (var i = 0; i < sibs.length; i++) {
    if (sibs[i] !== li && sibs[i].classList.contains('z-nav-open')) { sibs[i].classList.remove('z-nav-open'); slide(childList(sibs[i]), false); }
  }
  li.classList.add('z-nav-open');
  slide(childList(li), true);
}
function selectNavitem(li){
  var nb = li.closest('.z-navbar'); if (!nb) return;
  var all = nb.querySelectorAll('.z-navitem-selected');
  for (var i = 0; i < all.length; i++) all[i].classList.remove('z-navitem-selected');
  li.classList.add('z-navitem-selected');
}
// ---- combobox (client side, like zul.inp.Combobox with autodrop) ----
function cbItems(id){ var pp = $(id + '-pp'); return pp ? Array.prototype.slice.call(pp.querySelectorAll('li.z-comboitem')) : []; }
function shown(li){ return li.style.display !== 'none'; }
function cbClose(id){ var pp = $(id + '-pp'); if (pp) { pp.style.display = 'none'; pp.classList.remove('z-combobox-open'); } if (zk.cb === id) zk.cb = null; }
function cbOpen(id, filter){
  var pp = $(id + '-pp'), span = $(id);
  if (!pp || !span) return;
  if (zk.cb && zk.cb !== id) cbClose(zk.cb);
  if (pp.parentNode !== document.body) document.body.appendChild(pp);
  var f = (filter || '').toLowerCase(), first = null, items = cbItems(id), any = false;
  for (var i = 0; i < items.length; i++) {
    var li = items[i], show = !f || li.textContent.toLowerCase().indexOf(f) === 0;
    li.style.display = show ? '' : 'none';
    li.classList.remove('z-comboitem-hover');
    if (show) { any = true; if (!first && f) first = li; }
  }
  if (!any) { cbClose(id); return; }
  if (first) first.classList.add('z-comboitem-hover');
  var r = span.getBoundingClientRect();
  pp.style.left = (r.left + window.scrollX) + 'px';
  pp.style.top = (r.bottom + window.scrollY + 1) + 'px';
  pp.style.minWidth = Math.round(r.width) + 'px';
  pp.style.zIndex = String(zk.z + 50);
  pp.style.display = 'block';
  pp.classList.add('z-combobox-open');
  zk.cb = id;
  if (first) first.scrollIntoView({block: 'nearest'});
}
function cbSelect(id, li){
  var inp = $(id + '-real'); if (!inp) return;
  inp.value = li.textContent;
  var items = cbItems(id);
  for (var i = 0; i < items.length; i++) items[i].classList.remove('z-comboitem-selected', 'z-comboitem-hover');
  li.classList.add('z-comboitem-selected');
  cbClose(id);
}
function cbMove(id, step){
  if (zk.cb !== id) { cbOpen(id, ''); }
  var vis = cbItems(id).filter(shown); if (!vis.length) return;
  var at = -1;
  for (var i = 0; i < vis.length; i++) if (vis[i].classList.contains('z-comboitem-hover')) at = i;
  if (at >= 0) vis[at].classList.remove('z-comboitem-hover');
  at = Math.min(vis.length - 1, Math.max(0, at + step));
  vis[at].classList.add('z-comboitem-hover');
  vis[at].scrollIntoView({block: 'nearest'});
}
function cbKey(ev, id){
  if (ev.key === 'ArrowDown') { ev.preventDefault(); cbMove(id, 1); }
  else if (ev.key === 'ArrowUp') { ev.preventDefault(); cbMove(id, -1); }
  else if (ev.key === 'Escape') cbClose(id);
  else if (ev.key === 'Enter' && zk.cb === id) {
    ev.preventDefault();
    var h = cbItems(id).filter(function(li){ return shown(li) && li.classList.contains('z-comboitem-hover'); })[0];
    if (h) cbSelect(id, h); else cbClose(id);
  }
}
function cbSettle(id){
  var inp = $(id + '-real'); if (!inp) return;
  var v = inp.value.trim().toLowerCase(), items = cbItems(id);
  for (var i = 0; i < items.length; i++) {
    var hit = v && items[i].textContent.toLowerCase() === v;
    items[i].classList.toggle('z-comboitem-selected', !!hit);
    if (hit) inp.value = items[i].textContent;
  }
}
// ---- DOM listeners ----
document.addEventListener('mousedown', function(ev){
  var t = ev.target; if (!t.closest) return;
  var li = t.closest('li.z-comboitem');
  if (li) { ev.preventDefault(); var pp = li.closest('.z-combobox-popup'); cbSelect(pp.id.replace(/-pp$/, ''), li); return; }
  if (zk.cb && !t.closest('.z-combobox-popup') && !($(zk.cb) && $(zk.cb).contains(t))) cbClose(zk.cb);
}, true);
document.addEventListener('click', function(ev){
  var t = ev.target; if (!t.closest) return;
  var navA = t.closest('a.z-nav-content');
  if (navA) { ev.preventDefault(); toggleNav(navA.parentNode); return; }
  var wc = t.closest('.z-window-close');
  if (wc) { var wid = wc.id.replace(/-close$/, ''); if (listens(wid, 'onClose')) zk.fire(wid, 'onClose', {}); return; }
  var ec = t.closest('.z-errorbox-close');
  if (ec) { ec.parentNode.remove(); return; }
  var nc = t.closest('.z-notification-close');
  if (nc) { nc.parentNode.remove(); return; }
  var cbb = t.closest('.z-combobox-button');
  if (cbb) { var cid = cbb.id.replace(/-btn$/, ''); if (zk.cb === cid) cbClose(cid); else { cbOpen(cid, ''); $(cid + '-real').focus(); } return; }
  for (var n = t; n && n !== document.body; n = n.parentNode) {
    if (n.id && listens(n.id, 'onClick')) {
      if (n.disabled) return;
      if (n.tagName === 'A') ev.preventDefault();
      if (n.classList.contains('z-navitem')) selectNavitem(n);
      zk.fire(n.id, 'onClick', {});
      return;
    }
  }
});
document.addEventListener('change', function(ev){
  var t = ev.target;
  if (t.type === 'radio' && t.closest && t.closest('.z-radio')) {
    var rg = t.closest('.z-radiogroup');
    if (rg && listens(rg.id, 'onCheck')) zk.fire(rg.id, 'onCheck', {value: t.value});
  }
});
document.addEventListener('input', function(ev){
  var t = ev.target;
  if (t.classList && t.classList.contains('z-combobox-input')) cbOpen(t.id.replace(/-real$/, ''), t.value);
});
document.addEventListener('focusout', function(ev){
  var t = ev.target;
  if (t.classList && t.classList.contains('z-combobox-input')) {
    var id = t.id.replace(/-real$/, '');
    setTimeout(function(){ if (document.activeElement !== t) { cbClose(id); cbSettle(id); } }, 0);
  }
});
document.addEventListener('keydown', function(ev){
  var t = ev.target; if (!t.classList) return;
  if (t.classList.contains('z-combobox-input')) { cbKey(ev, t.id.replace(/-real$/, '')); return; }
  if (ev.key === 'Enter' && t.classList.contains('z-textbox')) {
    for (var n = t; n && n !== document.body; n = n.parentNode) {
      if (n.id && listens(n.id, 'onOK')) { ev.preventDefault(); zk.fire(n.id, 'onOK', {}); return; }
    }
  }
});
window.addEventListener('resize', function(){
  var ws = document.querySelectorAll('.z-window-modal');
  for (var i = 0; i < ws.length; i++) center(ws[i]);
});
window.zkmx = function(dt, html, ms, rs){
  zk.dt = dt;
  document.body.insertAdjacentHTML('afterbegin', html);
  reg(ms);
  if (rs) exec(rs);
};
})();
`;

// ---------------------------------------------------------------------------------------------
// The application: index.zul, login.zul and main.zul with their composers.
// ---------------------------------------------------------------------------------------------
interface NavNode {
  label: string;
  icon?: string;
  screen?: 'dashboard' | 'create' | 'view';
  children?: NavNode[];
}

const MENU: NavNode[] = [
  { label: 'Dash Board', icon: 'home', screen: 'dashboard' },
  {
    label: 'e-Invoice',
    icon: 'file-text',
    children: [
      { label: 'Generate IRN' },
      { label: 'Bulk Upload' },
      { label: 'Cancel IRN' },
      { label: 'Print e-Invoice' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'key',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', screen: 'create' },
          { label: 'View API Users', screen: 'view' },
        ],
      },
      { label: 'IP Whitelisting' },
      { label: 'Freeze API User' },
      { label: 'Change API Password' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: 'bar-chart',
    children: [{ label: 'IRN Details' }, { label: 'Summary Report' }, { label: 'Cancelled IRN Report' }],
  },
  {
    label: 'User Management',
    icon: 'users',
    children: [{ label: 'Create Sub-User' }, { label: 'Update Sub-User' }, { label: 'Change Password' }],
  },
];

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function stamp(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

function strongPassword(pwd: string): boolean {
  return (
    pwd.length >= 8 &&
    pwd.length <= 20 &&
    /[A-Z]/.test(pwd) &&
    /[a-z]/.test(pwd) &&
    /[0-9]/.test(pwd) &&
    /[^A-Za-z0-9]/.test(pwd)
  );
}

class Portal {
  readonly sessions = new Map<string, Session>();
  private expiryUsed = false;

  constructor(
    readonly state: ZkR18State,
    readonly options: ZkR18Options,
  ) {}

  newSession(): Session {
    const id = randomBytes(16).toString('hex').toUpperCase();
    const session: Session = {
      id,
      auth: 'none',
      techShown: false,
      apiOtpSent: false,
      apiOtpOk: false,
      desktops: new Map(),
    };
    this.sessions.set(id, session);
    return session;
  }

  newDesktop(session: Session, page: string): Desktop {
    const dt = new Desktop(page);
    session.desktops.set(dt.id, dt);
    while (session.desktops.size > 15) {
      const oldest = session.desktops.keys().next().value;
      if (oldest === undefined) break;
      session.desktops.delete(oldest);
    }
    return dt;
  }

  /** The first request of the configured stage finds its session gone. */
  expireIf(stage: ZkR18Expiry, session: Session): void {
    if (this.options.expireOnce !== stage || this.expiryUsed) return;
    this.expiryUsed = true;
    this.sessions.delete(session.id);
    this.state.expired.push(stage);
    throw new SessionLost(stage);
  }

  shell(dt: Desktop, title: string, body: string, rs: Cmd[] = []): string {
    const page = `<div id="${dt.pageUuid}" class="z-page">${body}</div>`;
    const args = [dt.id, page, dt.takeMetas(), rs]
      .map((arg) => JSON.stringify(arg).replace(/</g, '\\u003c'))
      .join(',');
    return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(title)}</title>
<style type="text/css">${CSS}</style>
<script type="text/javascript">${RUNTIME}</script>
</head>
<body>
<script class="z-runonce" type="text/javascript">zkmx(${args});</script>
<noscript><div class="noscript"><p>Sorry, JavaScript must be enabled.<br/>Change your browser options, then try again.</p></div></noscript>
</body>
</html>`;
  }

  banner(dt: Desktop, right: string): string {
    return dt.div(
      `${dt.div('GST<br>e-INV', { sclass: 'portal-emblem' })}${dt.div(
        `${dt.div(dt.label('e-Invoice System', { sclass: 'portal-title' }))}${dt.div(
          dt.label('Goods and Services Tax Network | Government of India', { sclass: 'portal-sub' }),
        )}`,
      )}${dt.div(right, { sclass: 'portal-right' })}`,
      { sclass: 'portal-banner' },
    );
  }

  footer(dt: Desktop): string {
    return dt.div(
      dt.label(
        'Site designed and developed by National Informatics Centre. Best viewed in Chrome 70+ / Firefox 60+ at 1280 x 720.',
      ),
      { sclass: 'portal-footer' },
    );
  }

  // ---- index.zul ----
  homePage(dt: Desktop): string {
    const login = dt.button('Login', () => dt.redirect('/login.zul'), { sclass: 'homepageloginbtn' });
    const card = (title: string, lines: string[]) =>
      dt.div(
        `<h3>${esc(title)}</h3>${lines.map((line) => dt.div(dt.label(line), { style: 'margin-bottom:6px;' })).join('')}`,
        { sclass: 'home-card' },
      );
    const body = `${this.banner(dt, login)}${dt.div(
      dt.label(
        'Two Factor Authentication (2FA) is mandatory for login to the e-Invoice System. OTP is sent by SMS, Sandes app or NIC-GST-Shield app.',
      ),
      { sclass: 'portal-ticker' },
    )}${dt.div(
      `${card('About e-Invoice', [
        'e-Invoicing is the system in which B2B invoices are authenticated electronically by the GSTN for further use on the common GST portal.',
        'Taxpayers generate the Invoice Reference Number (IRN) through the Invoice Registration Portal (IRP).',
      ])}${card('Latest Updates', [
        'API users of GSPs are to be created under API Registration > User Credentials > Create API User.',
        'Time limit for reporting invoices to IRP for taxpayers with AATO of 10 Cr and above.',
        'Sandbox access for testing is available to registered GSPs.',
      ])}${card('Help', [
        'User Manual for Registration and Login',
        'FAQs on API Registration',
        'Helpdesk: 1800-1200-232 (support.einvoice@gov.in)',
      ])}`,
      { sclass: 'home-body' },
    )}${this.footer(dt)}`;
    return this.shell(dt, 'e-Invoice System', body);
  }

  // ---- login.zul ----
  loginPage(dt: Desktop, session: Session, timedOut: boolean): string {
    const win = dt.uuid();
    const notice = timedOut
      ? dt.label('Your session has timed out. Please login again.', { sclass: 'login-error' })
      : '';
    const content = `<div id="${win}-cave" class="z-window-content">${notice}${this.loginForm(dt, session, win)}</div>`;
    const html = dt
      .window({ title: 'Login', content: '', width: '480px', uuid: win })
      .replace(`<div id="${win}-cave" class="z-window-content"></div>`, content);
    const body = `${this.banner(dt, '')}${dt.div(html, { sclass: 'login-wrap' })}${this.footer(dt)}`;
    return this.shell(dt, 'e-Invoice System - Login', body, [['focus', [dt.refs.user]]]);
  }

  captchaSrc(dt: Desktop): string {
    return `/kaptcha.svg?dtid=${dt.id}&_=${Date.now().toString(36)}${randomWord(3)}`;
  }

  loginForm(dt: Desktop, session: Session, win: string): string {
    const submit = () => this.doLogin(dt, session, win);
    const rows: GridRow[] = [
      {
        cells: [
          dt.label('User Name'),
          dt.textbox({ ref: 'user', width: '220px', maxlength: 15, onOK: submit }),
        ],
      },
      {
        cells: [
          dt.label('Password'),
          dt.textbox({ ref: 'pwd', type: 'password', width: '220px', maxlength: 20, onOK: submit }),
        ],
      },
      {
        cells: [
          dt.label('Captcha'),
          `${dt.hbox([
            dt.textbox({ ref: 'cap', width: '80px', maxlength: 6, onOK: submit }),
            dt.image(this.captchaSrc(dt), { ref: 'capImg', style: 'width:130px;height:40px;' }),
            dt.link('Refresh', () => dt.setAttr(dt.refs.capImg ?? '', 'src', this.captchaSrc(dt))),
          ])}${dt.label('Enter the characters shown in the image (not case sensitive).', { sclass: 'login-hint' })}`,
        ],
      },
    ];
    return `${dt.grid(rows, { sclass: 'form-grid', widths: ['120px', 'auto'] })}${dt.div(
      `${dt.button('Login', submit, { sclass: 'btnlogin' })}${dt.link('Forgot Password?', () =>
        dt.messagebox({
          title: 'Information',
          message: 'Please use the Forgot Password option of the GST common portal to reset your password.',
          icon: 'information',
          buttons: [{ label: 'OK' }],
        }),
      )}`,
      { style: 'padding-top:6px;' },
    )}`;
  }

  private refuse(dt: Desktop, kind: string, message: string): void {
    this.state.refusals.push(kind);
    dt.messagebox({ title: 'Error', message, icon: 'error', buttons: [{ label: 'OK' }] });
  }

  doLogin(dt: Desktop, session: Session, win: string): void {
    const { user, pwd, cap, capImg } = dt.refs;
    if (!user || !pwd || !cap || !capImg) return;
    dt.clearWrong(user, pwd, cap);
    const username = dt.val('user').trim();
    const password = dt.val('pwd');
    const captcha = dt.val('cap').trim();
    if (!username) {
      dt.wrongValue(user, 'Please enter User Name');
      return;
    }
    if (!password) {
      dt.wrongValue(pwd, 'Please enter Password');
      return;
    }
    if (!captcha) {
      dt.wrongValue(cap, 'Please enter Captcha');
      return;
    }
    if (captcha.toUpperCase() !== this.state.captcha.toUpperCase()) {
      dt.setAttr(cap, 'value', '');
      dt.setAttr(capImg, 'src', this.captchaSrc(dt));
      this.refuse(dt, 'captcha', 'Invalid Captcha. Please enter the characters shown in the image.');
      return;
    }
    if (
      username.toLowerCase() !== ZK_R18_LOGIN.username.toLowerCase() ||
      password !== ZK_R18_LOGIN.password
    ) {
      dt.setAttr(pwd, 'value', '');
      dt.setAttr(cap, 'value', '');
      dt.setAttr(capImg, 'src', this.captchaSrc(dt));
      this.refuse(dt, 'login', 'Invalid Login Credentials. Please check the User Name and Password.');
      return;
    }
    session.auth = 'otp';
    const verify = () => this.doLoginOtp(dt, session);
    const resend = () =>
      dt.notify('info', `OTP has been resent to your registered mobile number ${MOBILE}.`, 3000);
    const cave = `<div id="${win}-cave" class="z-window-content">${dt.label(
      `An OTP has been sent to your registered mobile number ${MOBILE}. Enter the OTP received by SMS, Sandes app or NIC-GST-Shield app.`,
      { sclass: 'form-note' },
    )}${dt.grid(
      [
        {
          cells: [
            dt.label('Enter OTP'),
            dt.textbox({ ref: 'otp', type: 'password', width: '140px', maxlength: 6, onOK: verify }),
          ],
        },
      ],
      { sclass: 'form-grid', widths: ['120px', 'auto'] },
    )}${dt.div(`${dt.button('Verify', verify)}${dt.link('Resend OTP', resend)}`, { style: 'padding-top:6px;' })}</div>`;
    dt.outer(`${win}-cave`, cave);
    if (dt.refs.otp) dt.focus(dt.refs.otp);
  }

  doLoginOtp(dt: Desktop, session: Session): void {
    const box = dt.refs.otp;
    if (!box) return;
    dt.clearWrong(box);
    const otp = dt.val('otp').trim();
    if (!otp) {
      dt.wrongValue(box, 'Please enter OTP');
      return;
    }
    if (session.auth !== 'otp') {
      dt.redirect('/login.zul');
      return;
    }
    if (otp !== this.state.loginOtp) {
      dt.setAttr(box, 'value', '');
      this.refuse(
        dt,
        'login-otp',
        'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
      );
      return;
    }
    session.auth = 'in';
    dt.redirect('/main.zul');
  }

  // ---- main.zul ----
  mainPage(dt: Desktop, session: Session): string {
    const logout = dt.toolbarbutton('Logout', 'sign-out', () => {
      this.sessions.delete(session.id);
      dt.redirect('/login.zul');
    });
    const right = `${dt.label(`Welcome, ${TRADE_NAME}`)}${dt.label(`GSTIN: ${this.state.gstin}`)}${logout}`;
    const bl = dt.uuid();
    const north = `<div id="${dt.uuid()}" class="z-north" style="left:0;top:0;width:100%;height:64px;"><div class="z-north-body">${this.banner(dt, right)}</div></div>`;
    const west = `<div id="${dt.uuid()}" class="z-west" style="left:0;top:64px;width:250px;bottom:0;background:#1f4e79;"><div class="z-west-header">Menu</div><div class="z-west-body" style="overflow:auto;">${this.navbar(dt, session)}</div></div>`;
    const include = dt.div(this.dashboard(dt), { sclass: 'z-include', ref: 'include' });
    const center = `<div id="${dt.uuid()}" class="z-center" style="left:250px;top:64px;right:0;bottom:0;"><div class="z-center-body">${include}</div></div>`;
    const body = `<div id="${bl}" class="z-borderlayout">${north}${west}${center}</div>`;
    const rs: Cmd[] = [];
    if (!session.techShown) {
      session.techShown = true;
      dt.on(dt.pageUuid, 'onLater', () => this.techContact(dt));
      rs.push(['echo2', [dt.pageUuid, 'onLater']]);
    }
    return this.shell(dt, 'e-Invoice System - Dash Board', body, rs);
  }

  navbar(dt: Desktop, session: Session): string {
    const render = (nodes: NavNode[]): string =>
      nodes
        .map((node) => {
          const uuid = dt.uuid();
          const icon = node.icon ? `<i class="z-icon-${node.icon} z-nav-image"></i>` : '';
          if (node.children) {
            return `<li id="${uuid}" class="z-nav"><a id="${uuid}-a" href="javascript:;" class="z-nav-content">${icon}<span class="z-nav-text">${esc(node.label)}</span><i id="${uuid}-icon" class="z-nav-icon z-icon-angle-right"></i></a><ul id="${uuid}-cave" style="display:none;">${render(node.children)}</ul></li>`;
          }
          dt.reg(uuid, 'navitem', ['onClick']);
          dt.on(uuid, 'onClick', () => this.show(dt, session, node));
          const selected = node.screen === 'dashboard' ? ' z-navitem-selected' : '';
          const image = node.icon
            ? `<i class="z-icon-${node.icon} z-navitem-image"></i>`
            : '<i class="z-navitem-image"></i>';
          return `<li id="${uuid}" class="z-navitem${selected}"><a id="${uuid}-a" href="javascript:;" class="z-navitem-content">${image}<span class="z-navitem-text">${esc(node.label)}</span></a></li>`;
        })
        .join('');
    const nb = dt.uuid();
    return `<div id="${nb}" class="z-navbar z-navbar-vertical"><ul id="${nb}-cave">${render(MENU)}</ul></div>`;
  }

  show(dt: Desktop, session: Session, node: NavNode): void {
    const include = dt.refs.include;
    if (!include) return;
    let content: string;
    if (node.screen === 'dashboard') content = this.dashboard(dt);
    else if (node.screen === 'create') content = this.createApiUser(dt, session);
    else if (node.screen === 'view')
      content = dt.panel('View API Users', `${this.registeredList(dt)}`, { sclass: 'screen-panel' });
    else
      content = dt.panel(
        node.label,
        `${dt.label('No records found for the selected criteria.', { sclass: 'form-note' })}${dt.listbox(
          [
            { label: 'S.No.', width: '70px' },
            { label: 'Reference', width: 'auto' },
            { label: 'Date', width: '180px' },
            { label: 'Status', width: '140px' },
          ],
          [],
          { empty: 'No records found' },
        )}`,
      );
    dt.outer(include, dt.div(content, { sclass: 'z-include', ref: 'include' }));
  }

  dashboard(dt: Desktop): string {
    const card = (title: string, num: string, sclass: string) =>
      dt.div(`${dt.label(title)}${dt.label(num, { sclass: 'dash-num' })}`, { sclass: `dash-card ${sclass}` });
    return `${dt.label('Dash Board', { sclass: 'dash-title' })}${dt.div(
      `${card('Generations', '0', 'generations')}${card('Cancelled', '0', 'cancelled')}${card(
        'Last Login',
        stamp(),
        'last-login',
      )}`,
      { sclass: 'dash-cards' },
    )}${dt.panel(
      'Notices',
      dt.listbox(
        [
          { label: 'Date', width: '130px' },
          { label: 'Notice', width: 'auto' },
        ],
        [
          ['01/04/2025', 'Two Factor Authentication is mandatory for all taxpayers from 1st April 2025.'],
          ['10/02/2025', 'Create separate API users for each GSP under API Registration > User Credentials.'],
          [
            '15/11/2024',
            'Invoices older than 30 days cannot be reported to IRP by taxpayers with AATO >= 10 Cr.',
          ],
        ],
        { empty: 'No notices' },
      ),
    )}`;
  }

  techContact(dt: Desktop): void {
    const win = dt.uuid();
    const close = () => dt.rm(win);
    const field = (ref: string, value: string) => dt.textbox({ ref, value, width: '260px' });
    const content = `${dt.label(
      'Please verify the details of the technical person of your organisation. e-Invoice API related communication will be sent to this person.',
      { sclass: 'form-note' },
    )}${dt.grid(
      [
        { cells: [dt.label('Name'), field('techName', 'Rajesh Kulkarni')] },
        { cells: [dt.label('Mobile Number'), field('techMobile', '9822014821')] },
        { cells: [dt.label('E-mail ID'), field('techMail', 'it.support@universaltraders.in')] },
      ],
      { sclass: 'form-grid', widths: ['140px', 'auto'] },
    )}${dt.div(
      `${dt.button('Update', () => {
        dt.rm(win);
        dt.notify('info', 'Details of the technical person updated successfully.', 3000);
      })}${dt.button('Close', close, { sclass: 'btn-secondary' })}`,
      { style: 'text-align:right;padding-top:8px;' },
    )}`;
    const html = dt.window({
      title: 'Contacts of Technical Person',
      content,
      width: '540px',
      modal: true,
      closable: true,
      uuid: win,
      onClose: close,
    });
    dt.cmd('addPage', html, dt.takeMetas());
    dt.cmd('doModal', win);
  }

  registeredList(dt: Desktop): string {
    const rows = this.state.users
      .filter((user) => user.gstin === this.state.gstin)
      .map((user, i) => [String(i + 1), user.gsp, user.username, user.createdOn, 'Active']);
    return `${dt.label(`GSPs registered for GSTIN ${this.state.gstin}`, {
      style: 'font-weight:bold;display:block;margin:14px 0 6px;',
    })}${dt.listbox(
      [
        { label: 'S.No.', width: '60px' },
        { label: 'GSP Name', width: 'auto' },
        { label: 'API User Name', width: '200px' },
        { label: 'Created On', width: '170px' },
        { label: 'Status', width: '90px' },
      ],
      rows,
      { empty: 'No GSP is registered for this GSTIN', ref: 'gspList' },
    )}`;
  }

  req(dt: Desktop, label: string): string {
    return `${dt.label(label)}${dt.label(' *', { sclass: 'req' })}`;
  }

  // ---- API Registration > User Credentials > Create API User ----
  createApiUser(dt: Desktop, session: Session): string {
    session.apiOtpSent = false;
    session.apiOtpOk = false;
    const otpRow = dt.uuid();
    const verify = () => this.verifyApiOtp(dt, session);
    const rows: GridRow[] = [
      { cells: [dt.label('GSTIN'), dt.label(this.state.gstin)] },
      { cells: [dt.label('Registered Mobile No.'), dt.label(MOBILE)] },
      {
        uuid: otpRow,
        visible: false,
        cells: [
          this.req(dt, 'Enter OTP'),
          dt.hbox([
            dt.textbox({ ref: 'apiOtp', type: 'password', width: '140px', maxlength: 6, onOK: verify }),
            dt.button('Verify OTP', verify),
          ]),
        ],
      },
    ];
    dt.refs.otpRow = otpRow;
    const content = `${dt.label(
      'To create an API user, an OTP will be sent to the mobile number registered with the GSTIN.',
      { sclass: 'form-note' },
    )}${dt.grid(rows, { sclass: 'form-grid', widths: ['260px', 'auto'] })}${dt.div(
      `${dt.button('Send OTP', () => this.sendApiOtp(dt, session), { ref: 'sendOtp' })}${dt.label('', {
        sclass: 'otp-sent',
        uuid: this.ref(dt, 'otpInfo'),
      })}`,
      { style: 'padding-top:4px;' },
    )}`;
    return dt.panel('Create API User', content, { ref: 'apiPanel', sclass: 'screen-panel' });
  }

  private ref(dt: Desktop, key: string): string {
    const uuid = dt.uuid();
    dt.refs[key] = uuid;
    return uuid;
  }

  async sendApiOtp(dt: Desktop, session: Session): Promise<void> {
    this.expireIf('api-otp-send', session);
    await delay(700);
    session.apiOtpSent = true;
    const { otpRow, sendOtp, otpInfo, apiOtp } = dt.refs;
    if (otpRow) dt.setAttr(otpRow, 'visible', true);
    if (sendOtp) dt.setAttr(sendOtp, 'label', 'Resend OTP');
    if (otpInfo)
      dt.setAttr(
        otpInfo,
        'label',
        `  OTP sent to ${MOBILE} at ${stamp().slice(11)}. It is valid for 10 minutes.`,
      );
    if (apiOtp) {
      dt.setAttr(apiOtp, 'value', '');
      dt.focus(apiOtp);
    }
    dt.cmd(
      'showNotification',
      'info',
      `OTP has been sent to your registered mobile number ${MOBILE}.`,
      null,
      'top_right',
      3000,
    );
  }

  async verifyApiOtp(dt: Desktop, session: Session): Promise<void> {
    this.expireIf('api-otp-verify', session);
    await delay(150);
    const box = dt.refs.apiOtp;
    if (!box) return;
    dt.clearWrong(box);
    if (!session.apiOtpSent) {
      dt.messagebox({
        title: 'Information',
        message: 'Please click Send OTP to receive the OTP on your registered mobile number.',
        icon: 'information',
        buttons: [{ label: 'OK' }],
      });
      return;
    }
    const otp = dt.val('apiOtp').trim();
    if (!otp) {
      dt.wrongValue(box, 'Please enter OTP');
      return;
    }
    if (otp !== this.state.apiOtp) {
      dt.setAttr(box, 'value', '');
      this.refuse(
        dt,
        'api-otp',
        'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
      );
      return;
    }
    session.apiOtpOk = true;
    const panel = dt.refs.apiPanel;
    if (panel) dt.outer(panel, this.registrationForm(dt, session));
    dt.cmd('showNotification', 'info', 'OTP verified successfully.', null, 'top_right', 3000);
  }

  registrationForm(dt: Desktop, session: Session): string {
    const gspRow = dt.uuid();
    const onCheck = (ev: ZEvent) => {
      const value = String(ev.data.value ?? '');
      dt.vals.set(ev.uuid, value);
      dt.setAttr(gspRow, 'visible', value === 'Through GSP');
      if (value !== 'Through GSP' && dt.refs.gsp) dt.clearWrong(dt.refs.gsp);
    };
    const rows: GridRow[] = [
      { cells: [dt.label('GSTIN'), dt.label(this.state.gstin)] },
      {
        cells: [
          this.req(dt, 'Do you wish to Register your GSTIN for'),
          dt.radiogroup(['Directly', 'Through GSP', 'Through ERP', 'Through Client-Id of other'], onCheck, {
            ref: 'regType',
          }),
        ],
      },
      {
        uuid: gspRow,
        visible: false,
        cells: [
          this.req(dt, 'Select your GSP'),
          dt.combobox(GSPS, { ref: 'gsp', width: '380px', placeholder: '-- Select --' }),
        ],
      },
      {
        cells: [
          this.req(dt, 'User Name'),
          dt.hbox([
            dt.label('API_', { sclass: 'api-prefix' }),
            dt.textbox({ ref: 'apiUser', width: '220px', maxlength: 30 }),
          ]),
        ],
      },
      {
        cells: [
          this.req(dt, 'Password'),
          dt.textbox({ ref: 'apiPwd', type: 'password', width: '220px', maxlength: 20 }),
        ],
      },
      {
        cells: [
          this.req(dt, 'Confirm Password'),
          dt.textbox({ ref: 'apiPwd2', type: 'password', width: '220px', maxlength: 20 }),
        ],
      },
    ];
    const cave = this.ref(dt, 'apiPanel');
    const buttons = dt.div(
      `${dt.button('Submit', () => this.submit(dt, session))}${dt.button(
        'Cancel',
        () => this.show(dt, session, { label: 'Dash Board', screen: 'dashboard' }),
        { sclass: 'btn-secondary' },
      )}`,
      { style: 'padding:6px 0 4px;' },
    );
    const note = dt.label(
      'Password must be 8 to 20 characters long and contain at least one upper case letter, one lower case letter, one digit and one special character.',
      { sclass: 'form-note', style: 'font-size:12px;color:#777;' },
    );
    return `<div id="${cave}" class="z-panelchildren">${dt.grid(rows, {
      sclass: 'form-grid',
      widths: ['320px', 'auto'],
    })}${buttons}${note}${this.registeredList(dt)}</div>`;
  }

  submit(dt: Desktop, session: Session): void {
    const { gsp: gspBox, apiUser, apiPwd, apiPwd2 } = dt.refs;
    if (!gspBox || !apiUser || !apiPwd || !apiPwd2) return;
    dt.clearWrong(gspBox, apiUser, apiPwd, apiPwd2);
    const info = (message: string) =>
      dt.messagebox({ title: 'Information', message, icon: 'information', buttons: [{ label: 'OK' }] });
    if (!session.apiOtpOk) {
      info('Please verify the OTP before creating the API user.');
      return;
    }
    const type = dt.val('regType');
    if (!type) {
      info('Please select the option for which you wish to register your GSTIN.');
      return;
    }
    if (type !== 'Through GSP') {
      info(
        `Registration "${type}" is not enabled for GSTIN ${this.state.gstin}. Please register through your GSP.`,
      );
      return;
    }
    const typedGsp = dt.val('gsp').trim();
    const gsp = GSPS.find((name) => name.toLowerCase() === typedGsp.toLowerCase());
    if (!gsp) {
      dt.wrongValue(gspBox, typedGsp ? 'Please select a GSP from the list' : 'Please select your GSP');
      return;
    }
    let typed = dt.val('apiUser').trim();
    if (/^api_/i.test(typed)) typed = typed.slice(4);
    if (!typed) {
      dt.wrongValue(apiUser, 'Please enter User Name');
      return;
    }
    if (!/^[A-Za-z0-9_.-]{3,30}$/.test(typed)) {
      dt.wrongValue(
        apiUser,
        'User Name must be 3 to 30 characters: letters, digits, underscore, dot or hyphen only.',
      );
      return;
    }
    const password = dt.val('apiPwd');
    if (!password) {
      dt.wrongValue(apiPwd, 'Please enter Password');
      return;
    }
    if (!strongPassword(password)) {
      dt.wrongValue(
        apiPwd,
        'Password must be 8 to 20 characters with an upper case letter, a lower case letter, a digit and a special character.',
      );
      return;
    }
    if (dt.val('apiPwd2') !== password) {
      dt.wrongValue(apiPwd2, 'Password and Confirm Password do not match.');
      return;
    }
    const username = `API_${typed}`;
    dt.messagebox({
      title: 'Confirm',
      message: 'Do you want to create the API user?',
      icon: 'question',
      buttons: [
        { label: 'Yes', onClick: () => this.create(dt, session, gsp, username, password) },
        { label: 'No' },
      ],
    });
  }

  async create(
    dt: Desktop,
    session: Session,
    gsp: string,
    username: string,
    password: string,
  ): Promise<void> {
    this.expireIf('submit', session);
    await delay(400);
    const { gstin } = this.state;
    if (this.state.users.some((user) => user.gstin === gstin && user.gsp === gsp)) {
      this.refuse(dt, 'duplicate', `GSTIN ${gstin} is already registered with ${gsp}.`);
      return;
    }
    const lower = username.toLowerCase();
    if (
      RESERVED_USERS.some((name) => name.toLowerCase() === lower) ||
      this.state.users.some((user) => user.username.toLowerCase() === lower)
    ) {
      this.refuse(
        dt,
        'username-taken',
        `User Name ${username} already exists. Please choose a different User Name.`,
      );
      return;
    }
    this.state.users.push({ gstin, gsp, username, password, createdOn: stamp() });
    const panel = dt.refs.apiPanel;
    if (panel) dt.outer(panel, this.registrationForm(dt, session));
    dt.notify('info', `API User ${username} has been created successfully for ${gsp}.`, 3000);
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP: the servlet container (pages, the AU servlet, the captcha servlet).
// ---------------------------------------------------------------------------------------------
function captchaSvg(text: string): string {
  const rnd = () => randomBytes(1)[0] ?? 0;
  const colors = ['#1d3557', '#7b2cbf', '#2b9348', '#9d0208', '#005f73', '#6a4c93'];
  let svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="130" height="40" viewBox="0 0 130 40"><rect width="130" height="40" fill="#eef3f8"/>';
  for (let i = 0; i < 7; i++) {
    svg += `<line x1="${rnd() % 130}" y1="${rnd() % 40}" x2="${rnd() % 130}" y2="${rnd() % 40}" stroke="${colors[rnd() % colors.length]}" stroke-width="1" opacity="0.6"/>`;
  }
  for (let i = 0; i < 30; i++) {
    svg += `<circle cx="${rnd() % 130}" cy="${rnd() % 40}" r="1" fill="#8899aa"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 12 + i * (110 / Math.max(1, text.length));
    const y = 28 + (rnd() % 6) - 3;
    const angle = (rnd() % 40) - 20;
    svg += `<text x="${x}" y="${y}" transform="rotate(${angle} ${x} ${y})" font-family="Courier New, monospace" font-size="24" font-weight="bold" fill="${colors[rnd() % colors.length]}">${esc(ch)}</text>`;
  });
  return `${svg}</svg>`;
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const NO_CACHE = { 'Cache-Control': 'no-cache, no-store, must-revalidate', Pragma: 'no-cache', Expires: '0' };

function sendHtml(res: ServerResponse, html: string, session?: Session): void {
  const headers: Record<string, string> = { ...NO_CACHE, 'Content-Type': 'text/html;charset=UTF-8' };
  if (session) headers['Set-Cookie'] = `JSESSIONID=${session.id}; Path=/; HttpOnly`;
  res.writeHead(200, headers);
  res.end(html);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { ...NO_CACHE, Location: location });
  res.end();
}

function obsolete(res: ServerResponse, dtid: string): void {
  res.writeHead(410, { ...NO_CACHE, 'Content-Type': 'application/json;charset=UTF-8' });
  res.end(JSON.stringify({ rs: [['obsolete', [dtid, OBSOLETE_MSG]]], rid: 0 }));
}

async function handle(portal: Portal, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const sid = cookieOf(req, 'JSESSIONID');
  let session = sid ? portal.sessions.get(sid) : undefined;
  const path = url.pathname;

  if (req.method === 'POST' && path === '/zkau') {
    const params = new URLSearchParams(await readBody(req));
    const dtid = params.get('dtid') ?? '';
    const dt = session?.desktops.get(dtid);
    if (!session || !dt) return obsolete(res, dtid);
    await delay(60 + ((randomBytes(1)[0] ?? 0) % 60));
    dt.rs = [];
    try {
      for (let i = 0; params.has(`cmd_${i}`); i++) {
        const name = params.get(`cmd_${i}`) ?? '';
        const uuid = params.get(`uuid_${i}`) ?? '';
        let data: Record<string, unknown> = {};
        try {
          data = JSON.parse(params.get(`data_${i}`) ?? '{}') as Record<string, unknown>;
        } catch {
          data = {};
        }
        if (name === 'onChange' || name === 'onCheck') dt.vals.set(uuid, String(data.value ?? ''));
        const handler = dt.handler(uuid, name);
        if (handler) await handler({ name, uuid, data });
      }
    } catch (error) {
      if (error instanceof SessionLost) return obsolete(res, dtid);
      throw error;
    }
    res.writeHead(200, { ...NO_CACHE, 'Content-Type': 'application/json;charset=UTF-8' });
    res.end(JSON.stringify({ rs: dt.rs, rid: Number(req.headers['zk-sid'] ?? 0) }));
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'Content-Type': 'text/plain' });
    res.end('HTTP Status 405 - Method Not Allowed');
    return;
  }
  if (path === '/kaptcha.svg') {
    res.writeHead(200, { ...NO_CACHE, 'Content-Type': 'image/svg+xml' });
    res.end(captchaSvg(portal.state.captcha));
    return;
  }
  if (path === '/' || path === '/index.zul') {
    session ??= portal.newSession();
    return sendHtml(res, portal.homePage(portal.newDesktop(session, 'index')), session);
  }
  if (path === '/login.zul') {
    const timedOut = url.searchParams.get('timeout') === '1';
    if (session?.auth === 'in' && !timedOut) return redirect(res, '/main.zul');
    session ??= portal.newSession();
    if (session.auth === 'otp') session.auth = 'none';
    return sendHtml(res, portal.loginPage(portal.newDesktop(session, 'login'), session, timedOut), session);
  }
  if (path === '/main.zul') {
    if (!session) return redirect(res, '/login.zul?timeout=1');
    if (session.auth !== 'in') return redirect(res, '/login.zul');
    return sendHtml(res, portal.mainPage(portal.newDesktop(session, 'main'), session), session);
  }
  if (path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/html;charset=UTF-8' });
  res.end(
    `<!DOCTYPE html><html><head><title>HTTP Status 404 - Not Found</title></head><body><h1>HTTP Status 404 - Not Found</h1><hr><p><b>Type</b> Status Report</p><p><b>Message</b> ${esc(path)}</p><p><b>Description</b> The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</p><hr><h3>Apache Tomcat/8.5.51</h3></body></html>`,
  );
}

export async function startZkR18Rendition(options: ZkR18Options = {}): Promise<ZkR18Rendition> {
  const state: ZkR18State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const portal = new Portal(state, options);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(portal, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('HTTP Status 500 - Internal Server Error');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
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
