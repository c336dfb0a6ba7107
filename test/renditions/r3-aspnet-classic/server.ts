// A rendition of the E-Invoice portal as an older ASP.NET WebForms site would draw it, written
// from /work/shared/portal/einvoice1.md and guide.md only: one <form id="aspnetForm"> per page
// with __VIEWSTATE and __doPostBack, a master page with a TreeView menu (image + text links that
// post back), the login in a ModalPopupExtender-style panel opened from a header link, labels as
// <span>s in table cells with a red *, a RadioButtonList and an AutoPostBack DropDownList, an
// image button "Generate OTP", messages as <span style="color:Red"> beside the button and as
// alert() from a startup script. Everything the page needs is kept per session on the server,
// as WebForms keeps it in ViewState and Session.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GSPS } from '../common.js';

export interface AspnetClassicOptions {
  port?: number;
  gstin?: string;
  username?: string;
  password?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface AspnetClassicUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
}

export interface AspnetClassicState {
  readonly gstin: string;
  readonly captcha: string;
  readonly loginOtp: string;
  readonly apiOtp: string;
  readonly users: AspnetClassicUser[];
  /** Every wrong OTP the portal refused, by which one: for a test to count. */
  readonly refusals: string[];
  /** Ends every session now: the next request lands on the login page, as a timeout would. */
  expireSessions(): void;
}

export interface AspnetClassicRendition {
  url: string;
  close(): Promise<void>;
  state: AspnetClassicState;
}

interface Session {
  stage: 'anonymous' | 'otp' | 'in';
  techPopupShown: boolean;
  expanded: Set<string>;
  apiOtpSent: boolean;
  apiVerified: boolean;
  regType: '' | 'D' | 'G' | 'E' | 'C';
  gsp: string;
  apiUsername: string;
}

type Form = Record<string, string>;

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const jsString = (s: string): string => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

function svgButton(text: string, width: number, fill: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="24"><rect x="0.5" y="0.5" width="${width - 1}" height="23" rx="3" fill="${fill}" stroke="#555"/><text x="${width / 2}" y="16" font-family="Verdana" font-size="12" font-weight="bold" fill="#fff" text-anchor="middle">${text}</text></svg>`;
}

const IMAGES: Record<string, string> = {
  'plus.gif': `<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect x="0.5" y="0.5" width="8" height="8" fill="#fff" stroke="#888"/><path d="M2 4.5h5M4.5 2v5" stroke="#000"/></svg>`,
  'minus.gif': `<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect x="0.5" y="0.5" width="8" height="8" fill="#fff" stroke="#888"/><path d="M2 4.5h5" stroke="#000"/></svg>`,
  'folder.gif': `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="14"><path d="M1 3h5l2 2h7v8H1z" fill="#e8c45a" stroke="#a07c1c"/></svg>`,
  'page.gif': `<svg xmlns="http://www.w3.org/2000/svg" width="14" height="16"><path d="M1 1h8l4 4v10H1z" fill="#fff" stroke="#777"/></svg>`,
  'exit.gif': svgButton('Exit', 60, '#c9302c'),
  'btn_generate_otp.gif': svgButton('Generate OTP', 110, '#2e6da4'),
  'nic_logo.gif': `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><circle cx="24" cy="24" r="22" fill="#1b4f8a"/><text x="24" y="29" font-size="13" fill="#fff" text-anchor="middle" font-family="Arial">NIC</text></svg>`,
};

function captchaSvg(text: string): string {
  const letters = [...text]
    .map(
      (c, i) =>
        `<text x="${12 + i * 22}" y="${27 + (i % 2) * 5}" transform="rotate(${(i % 3) * 8 - 8} ${12 + i * 22} 25)" font-family="Courier New" font-size="24" font-weight="bold" fill="#333">${c}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="130" height="40"><rect width="130" height="40" fill="#dfe9d8"/><path d="M0 30 C30 5 70 40 130 12" stroke="#7a7" fill="none"/>${letters}</svg>`;
}

/** The menu as the master page's TreeView holds it: a group's value path is its text path. */
interface MenuNode {
  text: string;
  image: string;
  page?: string;
  children?: MenuNode[];
}
const MENU: MenuNode[] = [
  { text: 'Dashboard', image: 'page.gif', page: '/Home/MainMenu.aspx' },
  {
    text: 'e-Invoice',
    image: 'folder.gif',
    children: [
      { text: 'Generate', image: 'page.gif', page: '/Invoice/Generate.aspx' },
      { text: 'Bulk Upload', image: 'page.gif', page: '/Invoice/BulkUpload.aspx' },
    ],
  },
  {
    text: 'API Registration',
    image: 'folder.gif',
    children: [
      {
        text: 'User Credentials',
        image: 'folder.gif',
        children: [
          { text: 'Create API User', image: 'page.gif', page: '/APIRegistration/CreateAPIUser.aspx' },
          { text: 'Change API Password', image: 'page.gif', page: '/APIRegistration/ChangePassword.aspx' },
        ],
      },
      { text: 'IP Whitelisting', image: 'page.gif', page: '/APIRegistration/IPWhitelist.aspx' },
      { text: 'Freeze API User', image: 'page.gif', page: '/APIRegistration/FreezeUser.aspx' },
    ],
  },
  {
    text: 'MIS Reports',
    image: 'folder.gif',
    children: [{ text: 'IRN Details', image: 'page.gif', page: '/MisRpt/Irn.aspx' }],
  },
  { text: 'User Management', image: 'page.gif', page: '/UserMgmt/Users.aspx' },
];

function findNode(path: string): MenuNode | undefined {
  let nodes: MenuNode[] | undefined = MENU;
  let found: MenuNode | undefined;
  for (const part of path.split('\\')) {
    found = nodes?.find((n) => n.text === part);
    nodes = found?.children;
  }
  return found;
}

let treeIndex = 0;
function renderTree(nodes: MenuNode[], parent: string, session: Session): string {
  return nodes
    .map((node) => {
      const value = parent ? `${parent}\\${node.text}` : node.text;
      const i = treeIndex++;
      const open = session.expanded.has(value);
      const toggle = node.children
        ? `<a id="ctl00_TreeView1n${i}" href="javascript:TreeView_ToggleNode('ctl00_TreeView1n${i}','ctl00_TreeView1n${i}Nodes')"><img src="/images/${open ? 'minus' : 'plus'}.gif" alt="${open ? 'Collapse' : 'Expand'} ${esc(node.text)}" style="border-width:0;" /></a>`
        : `<img src="/WebResource.axd?d=blank" alt="" width="9" height="9" />`;
      const post = `javascript:__doPostBack('ctl00$TreeView1','s${jsString(value.replace(/\\/g, '\\\\'))}')`;
      const row = `<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr>${'<td><div style="width:16px;height:1px"></div></td>'.repeat(value.split('\\').length - 1)}<td>${toggle}</td><td><a href="${post}" tabindex="-1"><img src="/images/${node.image}" alt="" style="border-width:0;" /></a></td><td class="ctl00_TreeView1_2" style="white-space:nowrap;"><a class="ctl00_TreeView1_0 ctl00_TreeView1_1" href="${post}" id="ctl00_TreeView1t${i}" style="color:#1b3c6b;text-decoration:none;font:11px Verdana">${esc(node.text)}</a></td></tr></table>`;
      const kids = node.children
        ? `<div id="ctl00_TreeView1n${i}Nodes" style="display:${open ? 'block' : 'none'};">${renderTree(node.children, value, session)}</div>`
        : '';
      return row + kids;
    })
    .join('');
}

const STYLE = `
body{margin:0;font:12px Verdana,Arial,sans-serif;background:#eef2f6;color:#222}
#header{background:linear-gradient(#24548f,#163a66);color:#fff;height:64px;position:relative}
#header img{position:absolute;left:10px;top:8px}
#header .title{position:absolute;left:70px;top:12px;font:bold 18px Arial}
#header .sub{position:absolute;left:70px;top:38px;font-size:11px;color:#cfe0f5}
#header .links{position:absolute;right:16px;top:22px}
#header .links a{color:#fff;font-weight:bold;margin-left:12px;text-decoration:none}
#nav{position:absolute;left:0;top:64px;width:200px;bottom:0;background:#f7f9fb;border-right:1px solid #b7c7d9;padding:8px 4px;min-height:600px}
#content{margin-left:210px;padding:12px 16px;min-height:600px}
.panelhead{background:#3d6ea8;color:#fff;font-weight:bold;padding:4px 8px}
.panelbody{background:#fff;border:1px solid #9fb6d1;padding:10px}
.formtable td{padding:4px 6px;vertical-align:middle}
.textbox{width:200px;border:1px solid #7f9db9;padding:2px;font:12px Verdana}
.button{background:#e8e8e8;border:1px solid #7f7f7f;padding:2px 10px;font:12px Verdana}
.modalBackground{background-color:#000;filter:alpha(opacity=60);opacity:0.6}
.modalPopup{background:#fff;border:3px solid #3d6ea8;padding:0;width:420px}
.grid{border-collapse:collapse;margin-top:12px}
.grid th{background:#3d6ea8;color:#fff;padding:3px 8px}
.grid td{padding:3px 8px}
#footer{clear:both;text-align:center;color:#666;font-size:10px;padding:8px 0 8px 210px}
`;

const CLIENT_SCRIPT = `
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {
  if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
    theForm.__EVENTTARGET.value = eventTarget;
    theForm.__EVENTARGUMENT.value = eventArgument;
    theForm.submit();
  }
}
function TreeView_ToggleNode(linkId, nodesId) {
  var nodes = document.getElementById(nodesId); var img = document.getElementById(linkId).getElementsByTagName('img')[0];
  if (nodes.style.display == 'none') { nodes.style.display = 'block'; img.src = '/images/minus.gif'; }
  else { nodes.style.display = 'none'; img.src = '/images/plus.gif'; }
}
function ModalPopup_Show(id) {
  document.getElementById(id + '_backgroundElement').style.display = 'block';
  document.getElementById(id + '_foregroundElement').style.display = 'block';
}
function ModalPopup_Hide(id) {
  document.getElementById(id + '_backgroundElement').style.display = 'none';
  document.getElementById(id + '_foregroundElement').style.display = 'none';
}
`;

/** A ModalPopupExtender's two parts: the dimming layer and the panel are siblings. */
function modalPopup(id: string, shown: boolean, inner: string): string {
  const display = shown ? 'block' : 'none';
  return `<div id="${id}_backgroundElement" class="modalBackground" style="display:${display};position:fixed;left:0px;top:0px;z-index:10000;width:100%;height:100%;"></div>
<div id="${id}_foregroundElement" class="modalPopup" style="display:${display};position:fixed;z-index:10001;left:50%;top:90px;margin-left:-210px;">${inner}</div>`;
}

function requiredLabel(text: string): string {
  return `<span class="lbl">${esc(text)}</span><span style="color:Red">*</span>`;
}

export async function startAspnetClassicRendition(
  options: AspnetClassicOptions = {},
): Promise<AspnetClassicRendition> {
  const config = {
    gstin: options.gstin ?? '29AAACJ4323N1ZC',
    username: options.username ?? 'nicuser01',
    password: options.password ?? 'Nic@Pass12',
    captcha: options.captcha ?? 'K7M2P',
    loginOtp: options.loginOtp ?? '246810',
    apiOtp: options.apiOtp ?? '135790',
  };
  const sessions = new Map<string, Session>();
  const users: AspnetClassicUser[] = [];
  const refusals: string[] = [];
  const state: AspnetClassicState = {
    ...config,
    users,
    refusals,
    expireSessions: () => sessions.clear(),
  };

  function page(
    res: ServerResponse,
    opts: {
      path: string;
      session: Session | undefined;
      title: string;
      body: string;
      startup?: string;
      headerLinks?: string;
      extra?: string;
    },
  ): void {
    treeIndex = 0;
    const signedIn = opts.session?.stage === 'in';
    const nav = signedIn && opts.session ? `<div id="nav">${renderTree(MENU, '', opts.session)}</div>` : '';
    const links =
      opts.headerLinks ??
      (signedIn
        ? `<span>Welcome, ${esc(config.username)} | GSTIN: ${esc(config.gstin)}</span><a href="/Logout.aspx">Logout</a>`
        : `<a href="/Default.aspx">Home</a><a href="javascript:void(0);" id="ctl00_lnkLogin" onclick="ModalPopup_Show('ctl00_mpeLogin');return false;">Login</a>`);
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${esc(opts.title)} :: e-Invoice System</title><style type="text/css">${STYLE}</style></head>
<body><form name="aspnetForm" method="post" action=".${opts.path.slice(opts.path.lastIndexOf('/'))}" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwU${randomBytes(60).toString('base64')}" /></div>
<script type="text/javascript">//<![CDATA[
${CLIENT_SCRIPT}//]]></script>
<div id="header"><img src="/images/nic_logo.gif" alt="NIC" /><div class="title">e-Invoice System</div><div class="sub">Goods and Services Tax, Government of India</div><div class="links">${links}</div></div>
${nav}<div id="content"${signedIn ? '' : ' style="margin-left:0;padding:12px 40px"'}>${opts.body}</div>
<div id="footer">Site designed and developed by National Informatics Centre. Best viewed in IE 8+ at 1024 x 768.</div>
${opts.extra ?? ''}
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWB${randomBytes(24).toString('base64')}" /></div>
${opts.startup ? `<script type="text/javascript">//<![CDATA[\n${opts.startup}//]]></script>` : ''}
</form></body></html>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(html);
  }

  function redirect(res: ServerResponse, to: string, cookie?: string): void {
    const headers: Record<string, string> = { location: to };
    if (cookie !== undefined) headers['set-cookie'] = cookie;
    res.writeHead(302, headers);
    res.end();
  }

  function homePage(res: ServerResponse, loginOpen: boolean, message: string, startup?: string): void {
    const loginPanel = `<div class="panelhead">Login to e-Invoice System</div><div class="panelbody"><table class="formtable">
<tr><td>${requiredLabel('User Name')}</td><td><input name="ctl00$txtUserId" type="text" maxlength="15" id="ctl00_txtUserId" class="textbox" /></td></tr>
<tr><td>${requiredLabel('Password')}</td><td><input name="ctl00$txtPwd" type="password" maxlength="20" id="ctl00_txtPwd" class="textbox" /></td></tr>
<tr><td></td><td><img id="ctl00_imgCaptcha" src="/CaptchaImage.axd?guid=${randomBytes(8).toString('hex')}" alt="" style="border:1px solid #999" /> <a href="javascript:__doPostBack('ctl00$lnkRefresh','')">Refresh</a></td></tr>
<tr><td>${requiredLabel('Enter the text shown')}</td><td><input name="ctl00$txtCaptcha" type="text" maxlength="5" id="ctl00_txtCaptcha" class="textbox" autocomplete="off" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$btnLogin" value="Login" id="ctl00_btnLogin" class="button" /> <input type="button" value="Cancel" class="button" onclick="ModalPopup_Hide('ctl00_mpeLogin');" /></td></tr>
<tr><td colspan="2"><span id="ctl00_lblLoginMsg" style="color:Red;">${esc(message)}</span></td></tr></table></div>`;
    page(res, {
      path: '/Default.aspx',
      session: undefined,
      title: 'Home',
      body: `<h2 style="color:#163a66">Welcome to e-Invoice System</h2><p>The e-invoice system is for GST registered persons to generate the Invoice Reference Number (IRN).</p><ul><li>Registration for e-invoice</li><li>Generation of IRN</li><li>Bulk generation tools</li></ul>`,
      extra: modalPopup('ctl00_mpeLogin', loginOpen, loginPanel),
      ...(startup !== undefined ? { startup } : {}),
    });
  }

  function otpPage(res: ServerResponse, message: string): void {
    page(res, {
      path: '/Login/OTPVerify.aspx',
      session: undefined,
      title: 'Verify OTP',
      headerLinks: '<a href="/Default.aspx">Home</a>',
      body: `<div style="width:460px"><div class="panelhead">Two Factor Authentication</div><div class="panelbody">
<span>An OTP has been sent to your registered mobile number and Sandes app.</span><table class="formtable">
<tr><td>${requiredLabel('Enter OTP')}</td><td><input name="ctl00$CPH$txtOtp" type="text" maxlength="6" id="ctl00_CPH_txtOtp" class="textbox" autocomplete="off" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$CPH$btnVerifyOTP" value="Verify OTP" id="ctl00_CPH_btnVerifyOTP" class="button" />&nbsp;<span id="ctl00_CPH_lblMsg" style="color:Red;">${esc(message)}</span></td></tr></table></div></div>`,
    });
  }

  function mainMenu(res: ServerResponse, session: Session): void {
    const showPopup = !session.techPopupShown;
    session.techPopupShown = true;
    const popup = `<div style="background:#c9302c;color:#fff;font-weight:bold;padding:5px 8px">Contacts of Technical Person</div><div style="padding:10px"><table class="formtable">
<tr><td>${requiredLabel('Name')}</td><td><input name="ctl00$CPH$txtTechName" type="text" value="" class="textbox" /></td></tr>
<tr><td>${requiredLabel('Mobile No.')}</td><td><input name="ctl00$CPH$txtTechMobile" type="text" maxlength="10" class="textbox" /></td></tr>
<tr><td>${requiredLabel('E-mail')}</td><td><input name="ctl00$CPH$txtTechEmail" type="text" class="textbox" /></td></tr></table>
<div style="text-align:center;padding-top:6px"><input type="submit" name="ctl00$CPH$btnUpdateTech" value="Update" class="button" /> <img src="/images/exit.gif" alt="Exit" title="Exit" style="cursor:pointer;vertical-align:middle" onclick="ModalPopup_Hide('ctl00_CPH_mpeTech');" /></div></div>`;
    page(res, {
      path: '/Home/MainMenu.aspx',
      session,
      title: 'Dash Board',
      body: `<div class="panelhead">Dash Board</div><div class="panelbody"><table style="width:100%"><tr>
<td style="background:#5cb85c;color:#fff;padding:16px;width:50%"><b>Generations</b><br/>IRNs generated today: 0</td>
<td style="background:#d9534f;color:#fff;padding:16px"><b>Cancelled</b><br/>IRNs cancelled today: 0</td></tr></table></div>`,
      extra: modalPopup('ctl00_CPH_mpeTech', showPopup, popup),
    });
  }

  function createApiUser(
    res: ServerResponse,
    session: Session,
    form: Form,
    message: { text: string; color: string },
    startup?: string,
  ): void {
    const mine = users.filter((u) => u.gstin === config.gstin);
    const grid = mine.length
      ? `<table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_CPH_gvGsp" style="border-collapse:collapse;"><tr><th scope="col">Sl.No.</th><th scope="col">GSP Name</th><th scope="col">API User Name</th><th scope="col">Status</th></tr>${mine
          .map(
            (u, i) =>
              `<tr><td>${i + 1}</td><td>${esc(u.gsp)}</td><td>${esc(u.username)}</td><td>Active</td></tr>`,
          )
          .join('')}</table>`
      : `<span id="ctl00_CPH_lblNoGsp">No GSP registered for this GSTIN.</span>`;
    const msg = `<span id="ctl00_CPH_lblMsg" style="color:${message.color};font-weight:bold;">${esc(message.text)}</span>`;
    let inner: string;
    if (!session.apiVerified) {
      const otpRows = session.apiOtpSent
        ? `<tr><td>${requiredLabel('Enter OTP')}</td><td><input name="ctl00$CPH$txtApiOtp" type="text" maxlength="6" id="ctl00_CPH_txtApiOtp" class="textbox" autocomplete="off" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$CPH$btnVerify" value="Verify OTP" id="ctl00_CPH_btnVerify" class="button" /> <a href="javascript:__doPostBack('ctl00$CPH$lnkResend','')">Resend OTP</a> ${msg}</td></tr>`
        : `<tr><td colspan="2">An OTP will be sent to the mobile number registered for GSTIN ${esc(config.gstin)}.</td></tr>
<tr><td></td><td><input type="image" name="ctl00$CPH$ibtnGenOtp" id="ctl00_CPH_ibtnGenOtp" src="/images/btn_generate_otp.gif" alt="Generate OTP" style="border-width:0px;" /> ${msg}</td></tr>`;
      inner = `<table class="formtable">${otpRows}</table>`;
    } else {
      const radio = (value: string, text: string, i: number): string =>
        `<td><input id="ctl00_CPH_rblRegType_${i}" type="radio" name="ctl00$CPH$rblRegType" value="${value}"${session.regType === value ? ' checked="checked"' : ''} onclick="javascript:setTimeout('__doPostBack(\\'ctl00$CPH$rblRegType$${i}\\',\\'\\')', 0)" /><label for="ctl00_CPH_rblRegType_${i}">${text}</label></td>`;
      let rows = `<tr><td>${requiredLabel('Do you wish to Register your GSTIN for')}</td><td><table id="ctl00_CPH_rblRegType" border="0"><tr>${radio('D', 'Directly', 0)}${radio('G', 'Through GSP', 1)}</tr><tr>${radio('E', 'Through ERP', 2)}${radio('C', 'Through Client-Id of other', 3)}</tr></table></td></tr>`;
      if (session.regType === 'G') {
        const options = ['--Select--', ...GSPS]
          .map(
            (g, i) =>
              `<option${session.gsp === g || (i === 0 && !session.gsp) ? ' selected="selected"' : ''} value="${i === 0 ? '0' : esc(g)}">${esc(g)}</option>`,
          )
          .join('');
        rows += `<tr><td>${requiredLabel('Select your GSP')}</td><td><select name="ctl00$CPH$ddlGsp" onchange="javascript:setTimeout('__doPostBack(\\'ctl00$CPH$ddlGsp\\',\\'\\')', 0)" id="ctl00_CPH_ddlGsp" style="width:320px;font:12px Verdana">${options}</select></td></tr>
<tr><td>${requiredLabel('User Name')}</td><td><span style="font-weight:bold">API_</span><input name="ctl00$CPH$txtApiUser" type="text" maxlength="16" id="ctl00_CPH_txtApiUser" class="textbox" style="width:170px" value="${esc(session.apiUsername)}" /></td></tr>
<tr><td>${requiredLabel('Password')}</td><td><input name="ctl00$CPH$txtApiPwd" type="password" maxlength="15" id="ctl00_CPH_txtApiPwd" class="textbox" /></td></tr>
<tr><td>${requiredLabel('Re-enter Password')}</td><td><input name="ctl00$CPH$txtApiPwd2" type="password" maxlength="15" id="ctl00_CPH_txtApiPwd2" class="textbox" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$CPH$btnSubmit" value="Submit" onclick="return confirm('Are you sure you want to create the API user?');" id="ctl00_CPH_btnSubmit" class="button" /> <input type="submit" name="ctl00$CPH$btnExit" value="Exit" id="ctl00_CPH_btnExit" class="button" /> ${msg}</td></tr>`;
      } else if (session.regType === 'D') {
        rows += `<tr><td colspan="2">${msg || ''}Direct registration is allowed only for taxpayers whose turnover exceeds the threshold.</td></tr>`;
      } else {
        rows += `<tr><td></td><td>${msg}</td></tr>`;
      }
      inner = `<table class="formtable">${rows}</table>`;
    }
    void form;
    page(res, {
      path: '/APIRegistration/CreateAPIUser.aspx',
      session,
      title: 'Create API User',
      body: `<div class="panelhead">API Registration</div><div class="panelbody"><div style="margin-bottom:6px">GSTIN : <b>${esc(config.gstin)}</b></div>${inner}</div>
<div class="panelhead" style="margin-top:14px">Registered GSP Details</div><div class="panelbody">${grid}</div>`,
      ...(startup !== undefined ? { startup } : {}),
    });
  }

  const NO_MESSAGE = { text: '', color: 'Red' };

  function handleCreateApiUser(res: ServerResponse, session: Session, method: string, form: Form): void {
    if (method === 'GET') {
      session.apiOtpSent = false;
      session.apiVerified = false;
      session.regType = '';
      session.gsp = '';
      session.apiUsername = '';
      createApiUser(res, session, form, NO_MESSAGE);
      return;
    }
    const target = form.__EVENTTARGET ?? '';
    if (!session.apiVerified) {
      if (form['ctl00$CPH$ibtnGenOtp.x'] !== undefined || target === 'ctl00$CPH$lnkResend') {
        session.apiOtpSent = true;
        createApiUser(res, session, form, {
          text: 'OTP has been sent to your registered mobile number.',
          color: 'Green',
        });
        return;
      }
      if (form.ctl00$CPH$btnVerify !== undefined) {
        if ((form.ctl00$CPH$txtApiOtp ?? '').trim() === config.apiOtp) {
          session.apiVerified = true;
          createApiUser(res, session, form, NO_MESSAGE);
        } else {
          refusals.push('api-otp');
          createApiUser(res, session, form, {
            text: 'Invalid OTP. Please enter the correct OTP.',
            color: 'Red',
          });
        }
        return;
      }
      createApiUser(res, session, form, NO_MESSAGE);
      return;
    }
    const chosen = form.ctl00$CPH$rblRegType;
    if (chosen === 'D' || chosen === 'G' || chosen === 'E' || chosen === 'C') session.regType = chosen;
    if (form.ctl00$CPH$txtApiUser !== undefined) session.apiUsername = form.ctl00$CPH$txtApiUser;
    if (target === 'ctl00$CPH$ddlGsp') {
      const gsp = form.ctl00$CPH$ddlGsp ?? '0';
      session.gsp = gsp === '0' ? '' : gsp;
      if (users.some((u) => u.gstin === config.gstin && u.gsp === session.gsp)) {
        const already = session.gsp;
        session.gsp = '';
        createApiUser(
          res,
          session,
          form,
          NO_MESSAGE,
          `alert('GSTIN ${config.gstin} is already registered with ${jsString(already)}.');`,
        );
        return;
      }
      createApiUser(res, session, form, NO_MESSAGE);
      return;
    }
    if (form.ctl00$CPH$btnExit !== undefined) {
      redirect(res, '/Home/MainMenu.aspx');
      return;
    }
    if (form.ctl00$CPH$btnSubmit !== undefined && session.regType === 'G') {
      const gsp = form.ctl00$CPH$ddlGsp ?? '0';
      session.gsp = gsp === '0' ? '' : gsp;
      const name = (form.ctl00$CPH$txtApiUser ?? '').trim();
      const pwd = form.ctl00$CPH$txtApiPwd ?? '';
      const pwd2 = form.ctl00$CPH$txtApiPwd2 ?? '';
      const weak =
        pwd.length < 8 ||
        !/[A-Z]/.test(pwd) ||
        !/[a-z]/.test(pwd) ||
        !/\d/.test(pwd) ||
        !/[^A-Za-z0-9]/.test(pwd);
      const refusal = !session.gsp
        ? 'Please select GSP.'
        : !/^[A-Za-z0-9_]{4,16}$/.test(name)
          ? 'User Name should be 4 to 16 alphanumeric characters.'
          : weak
            ? 'Password does not meet the policy.'
            : pwd !== pwd2
              ? 'Password and Re-enter Password do not match.'
              : users.some((u) => u.username === `API_${name}`)
                ? 'User Name already exists. Please choose another.'
                : undefined;
      if (users.some((u) => u.gstin === config.gstin && u.gsp === session.gsp)) {
        createApiUser(
          res,
          session,
          form,
          NO_MESSAGE,
          `alert('GSTIN is already registered with the selected GSP.');`,
        );
        return;
      }
      if (refusal !== undefined) {
        createApiUser(res, session, form, { text: refusal, color: 'Red' });
        return;
      }
      users.push({ gstin: config.gstin, gsp: session.gsp, username: `API_${name}`, password: pwd });
      const created = session.gsp;
      session.regType = '';
      session.gsp = '';
      session.apiUsername = '';
      createApiUser(
        res,
        session,
        form,
        NO_MESSAGE,
        `alert('API User API_${jsString(name)} created successfully for ${jsString(created)}.');`,
      );
      return;
    }
    createApiUser(res, session, form, NO_MESSAGE);
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`Server Error in '/' Application.\n${String(error)}`);
    });
  });

  async function readForm(req: IncomingMessage): Promise<Form> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form: Form = {};
    for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) form[k] = v;
    return form;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const form = method === 'POST' ? await readForm(req) : {};
    const cookie = /ASP\.NET_SessionId=([a-z0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    const session = cookie ? sessions.get(cookie) : undefined;

    if (path.startsWith('/images/')) {
      const svg = IMAGES[path.slice('/images/'.length)];
      res.writeHead(svg ? 200 : 404, { 'content-type': 'image/svg+xml' });
      res.end(svg ?? '');
      return;
    }
    if (path === '/CaptchaImage.axd') {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
      res.end(captchaSvg(config.captcha));
      return;
    }
    if (path === '/WebResource.axd') {
      res.writeHead(200, { 'content-type': 'image/svg+xml' });
      res.end('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"></svg>');
      return;
    }
    if (path === '/' || path === '/Default.aspx') {
      if (method === 'POST' && form.ctl00$btnLogin !== undefined) {
        const ok = form.ctl00$txtUserId === config.username && form.ctl00$txtPwd === config.password;
        const captchaOk = (form.ctl00$txtCaptcha ?? '').trim().toUpperCase() === config.captcha.toUpperCase();
        if (!captchaOk)
          return homePage(res, true, '', "alert('Invalid Captcha. Please enter the correct text.');");
        if (!ok) return homePage(res, true, '', "alert('Invalid Login Credentials. Please try again.');");
        const id = randomBytes(12).toString('hex');
        sessions.set(id, {
          stage: 'otp',
          techPopupShown: false,
          expanded: new Set(),
          apiOtpSent: false,
          apiVerified: false,
          regType: '',
          gsp: '',
          apiUsername: '',
        });
        return redirect(res, '/Login/OTPVerify.aspx', `ASP.NET_SessionId=${id}; path=/; HttpOnly`);
      }
      if (method === 'POST' && form.__EVENTTARGET === 'ctl00$lnkRefresh') return homePage(res, true, '');
      const expired = url.searchParams.get('Msg') === 'SessionExpired';
      return homePage(res, expired, expired ? 'Your session has expired. Please login again.' : '');
    }
    if (path === '/Logout.aspx') {
      if (cookie) sessions.delete(cookie);
      return redirect(res, '/Default.aspx');
    }
    if (!session) return redirect(res, '/Default.aspx?Msg=SessionExpired');
    if (path === '/Login/OTPVerify.aspx') {
      if (session.stage === 'in') return redirect(res, '/Home/MainMenu.aspx');
      if (method === 'POST' && form.ctl00$CPH$btnVerifyOTP !== undefined) {
        if ((form.ctl00$CPH$txtOtp ?? '').trim() === config.loginOtp) {
          session.stage = 'in';
          return redirect(res, '/Home/MainMenu.aspx');
        }
        refusals.push('login-otp');
        return otpPage(res, 'Invalid OTP.');
      }
      return otpPage(res, '');
    }
    if (session.stage !== 'in') return redirect(res, '/Login/OTPVerify.aspx');
    if (method === 'POST' && form.__EVENTTARGET === 'ctl00$TreeView1') {
      const value = (form.__EVENTARGUMENT ?? '').replace(/^s/, '').replace(/\\\\/g, '\\');
      const node = findNode(value);
      if (node?.page) return redirect(res, node.page);
      if (node) {
        // Selecting a group expands it, with its ancestors, as the TreeView does on postback.
        const parts = value.split('\\');
        for (let i = 1; i <= parts.length; i++) session.expanded.add(parts.slice(0, i).join('\\'));
      }
      if (path === '/APIRegistration/CreateAPIUser.aspx')
        return createApiUser(res, session, form, NO_MESSAGE);
      if (path === '/Home/MainMenu.aspx') {
        session.techPopupShown = true;
        return mainMenu(res, session);
      }
      return page(res, {
        path,
        session,
        title: 'e-Invoice',
        body: '<div class="panelhead">Under construction</div>',
      });
    }
    if (path === '/Home/MainMenu.aspx') return mainMenu(res, session);
    if (path === '/APIRegistration/CreateAPIUser.aspx')
      return handleCreateApiUser(res, session, method, form);
    return page(res, {
      path,
      session,
      title: 'e-Invoice',
      body: '<div class="panelhead">This page is under construction.</div>',
    });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
