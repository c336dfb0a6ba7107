/**
 * Issue 18: a rendition of the E-Invoice portal written from /work/shared/portal/einvoice1.md and
 * guide.md only, as an ASP.NET MVC site built with jQuery UI and Kendo-UI-style widgets would draw
 * it (the markup and the small scripts are written here; no library file is used):
 * - home with a header "Login" button that reveals the login form (captcha picture), then the
 *   login OTP;
 * - the post-login notice as a jQuery UI dialog shown ~1 s after load: a title bar whose close
 *   button says "Close" only in its title and a text pushed off screen, an "Exit" in its button
 *   pane, and a separate `.ui-widget-overlay` sibling dimming the page;
 * - the menu as a hover mega-menu in a top navbar (a click on the group opens it too): the group
 *   "API Registration" holds a column headed "User Credentials" whose links include
 *   "Create API User";
 * - the API OTP page with a "Resend OTP in 0:59" countdown that ticks every second, the OTP in an
 *   `input type=tel maxlength=6`, verified over XHR: a wrong OTP is a toastr notification (top
 *   right, fades after ~5 s) and red text under the field;
 * - the registration type as a jQuery UI buttonset: radios visually hidden, labels drawn as
 *   toggle buttons side by side;
 * - the GSP picker as a Kendo DropDownList: the `<select>` hidden, a `span.k-dropdown` box
 *   (role=combobox) showing the current text, and a popup list with a filter box appended at the
 *   end of body in a `.k-animation-container`;
 * - "API_" drawn as an input-group addon before the username; Submit over XHR with toastr
 *   verdicts, then the table of GSPs registered for the GSTIN.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface R4KendoUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
}

export interface R4KendoState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R4KendoUser[];
  /** What the portal refused, in order: 'captcha', 'login', 'login-otp', 'api-otp', 'already-registered', 'form'. */
  refusals: string[];
  /** Ends every open session: the next page or XHR finds itself logged out. */
  expireSessions(): void;
}

export interface R4KendoRendition {
  url: string;
  close(): Promise<void>;
  state: R4KendoState;
}

const USERNAME = 'kendouser1';
const PASSWORD = 'Ken@Pass12';
/** Several dozen on the portal; these, in its order, put ClearTax's below the list's first screenful. */
const GSPS = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Avalara Technologies Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Masters India Private Limited',
  'Tally ( India) Private Ltd',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
];

type Stage = 'login-otp' | 'in' | 'api-verified';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function code(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const STYLE = `
body{margin:0;font-family:"Segoe UI",Arial,sans-serif;font-size:14px;color:#333;background:#f4f6f9}
.navbar{background:#1f3c73;color:#fff;display:flex;align-items:center;height:52px;padding:0 16px;position:relative}
.navbar .brand{font-size:18px;font-weight:600;margin-right:32px}
.navbar .right{margin-left:auto}
.btn{display:inline-block;padding:6px 14px;border:1px solid transparent;border-radius:3px;cursor:pointer;font-size:14px}
.btn-primary{background:#2d6cdf;color:#fff;border-color:#2d6cdf}
.btn-default{background:#fff;color:#333;border-color:#ccc}
.btn-danger{background:#d9534f;color:#fff}
.btn-block{display:block;width:100%}
.container{max-width:980px;margin:24px auto;background:#fff;padding:20px 28px;border:1px solid #dde}
.form-group{margin-bottom:14px;display:flex;align-items:center}
.form-group>label,.form-group>.control-label{width:220px;font-weight:600}
.form-control{padding:6px 8px;border:1px solid #bbb;border-radius:3px;width:260px;font-size:14px}
.input-group{display:flex}
.input-group-addon{padding:6px 8px;background:#eee;border:1px solid #bbb;border-right:0;border-radius:3px 0 0 3px}
.input-group .form-control{border-radius:0 3px 3px 0;width:214px}
.field-validation-error{color:#c00;font-size:12px;display:block;margin-top:4px}
.text-danger{color:#c00}
.mega-nav{display:flex;height:52px}
.mega{position:static}
.mega>a{display:block;color:#fff;padding:16px 14px;text-decoration:none;height:20px}
.mega:hover>a,.mega.open>a{background:#163059}
.mega-panel{display:none;position:absolute;left:0;right:0;top:52px;background:#fff;color:#333;border-bottom:3px solid #2d6cdf;box-shadow:0 6px 12px rgba(0,0,0,.2);padding:16px 40px;z-index:50}
.mega:hover .mega-panel,.mega.open .mega-panel{display:flex}
.mega-col{min-width:200px;margin-right:30px}
.mega-col h5{margin:0 0 8px;font-size:13px;text-transform:uppercase;color:#777;border-bottom:1px solid #eee;padding-bottom:4px}
.mega-col a{display:block;padding:4px 0;color:#1f3c73;text-decoration:none}
.mega-col a:hover{text-decoration:underline}
.cards{display:flex;gap:16px}.card{flex:1;padding:18px;background:#eef3fb;border:1px solid #cdd}
.ui-widget-overlay{position:fixed;top:0;left:0;width:100%;height:100%;background:#aaa;opacity:.5;z-index:100}
.ui-dialog{position:absolute;z-index:101;background:#fff;border:1px solid #aaa;border-radius:4px;padding:3px;width:480px}
.ui-dialog-titlebar{background:#2d6cdf;color:#fff;padding:6px 10px;border-radius:3px;position:relative}
.ui-dialog-title{font-weight:bold}
.ui-dialog-titlebar-close{position:absolute;right:6px;top:50%;margin-top:-11px;width:22px;height:22px;padding:0;background:#fff;border:1px solid #ccc;border-radius:3px;text-indent:-9999px;overflow:hidden;cursor:pointer}
.ui-dialog-titlebar-close .ui-icon{position:absolute;left:0;top:0;width:20px;height:20px;text-indent:0;color:#555;font:bold 14px/20px Arial;text-align:center}
.ui-dialog-titlebar-close .ui-icon::before{content:"\\00d7"}
.ui-dialog-content{padding:12px 14px}
.ui-dialog-buttonpane{border-top:1px solid #ddd;padding:8px 12px;text-align:right}
.ui-helper-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.ui-controlgroup{display:inline-flex}
.ui-checkboxradio-label{padding:7px 14px;border:1px solid #c5c5c5;background:#f6f6f6;color:#454545;cursor:pointer;margin-right:-1px;user-select:none}
.ui-checkboxradio-label.ui-corner-left{border-radius:3px 0 0 3px}.ui-checkboxradio-label.ui-corner-right{border-radius:0 3px 3px 0}
.ui-checkboxradio-label.ui-state-active{background:#007fff;border-color:#003eff;color:#fff}
.k-widget.k-dropdown{display:inline-block;width:340px;cursor:pointer;outline:0}
.k-dropdown-wrap{display:flex;border:1px solid #bbb;border-radius:3px;background:#fafafa}
.k-dropdown-wrap .k-input{flex:1;padding:6px 8px;white-space:nowrap;overflow:hidden}
.k-select{width:28px;border-left:1px solid #ddd;text-align:center;line-height:30px}
.k-select .k-icon::before{content:"\\25be"}
.k-animation-container{position:absolute;overflow:hidden;z-index:10002}
.k-animation-container>.k-popup{transform:translateY(-100%);transition:transform .2s ease-out}
.k-animation-container.k-state-border-up>.k-popup{transform:none}
.k-popup{background:#fff;border:1px solid #bbb;box-shadow:0 2px 6px rgba(0,0,0,.25)}
.k-list-filter{display:block;padding:6px;position:relative}
.k-list-filter .k-textbox{width:100%;box-sizing:border-box;padding:4px 24px 4px 6px;border:1px solid #ccc}
.k-list-filter .k-i-zoom{position:absolute;right:12px;top:10px;color:#999}
.k-list-filter .k-i-zoom::before{content:"\\2315"}
.k-list-scroller{max-height:200px;overflow:auto}
.k-list{list-style:none;margin:0;padding:0}
.k-item{padding:5px 8px;cursor:default}
.k-item.k-state-hover,.k-item:hover{background:#ebebeb}
.k-item.k-state-selected{background:#2d6cdf;color:#fff}
#toast-container{position:fixed;top:12px;right:12px;z-index:999999}
.toast{width:300px;padding:15px 15px 15px 50px;margin-bottom:6px;border-radius:3px;color:#fff;box-shadow:0 0 12px #999;opacity:.9;transition:opacity 1s}
.toast-error{background:#bd362f}.toast-success{background:#51a351}.toast-warning{background:#f89406}
.toast-title{font-weight:bold}
.toast-close-button{float:right;color:#fff;background:none;border:0;font-weight:bold;cursor:pointer}
table.k-grid{border-collapse:collapse;width:100%;margin-top:12px}
table.k-grid th,table.k-grid td{border:1px solid #ddd;padding:6px 8px;text-align:left}
table.k-grid th{background:#eef3fb}
.countdown{color:#777;margin-left:12px}
`;

/** toastr's drawing: a container at the top right, each toast fading out after about 5 s. */
const TOASTR = `
window.toastr = (function () {
  function show(kind, message, title) {
    var box = document.getElementById('toast-container');
    if (!box) { box = document.createElement('div'); box.id = 'toast-container'; box.className = 'toast-top-right'; document.body.appendChild(box); }
    var toast = document.createElement('div');
    toast.className = 'toast toast-' + kind;
    toast.setAttribute('aria-live', kind === 'error' ? 'assertive' : 'polite');
    toast.innerHTML = '<button type="button" class="toast-close-button" role="button">&times;</button>' +
      (title ? '<div class="toast-title"></div>' : '') + '<div class="toast-message"></div>';
    if (title) toast.querySelector('.toast-title').textContent = title;
    toast.querySelector('.toast-message').textContent = message;
    box.appendChild(toast);
    function hide() { toast.style.opacity = '0'; setTimeout(function () { toast.remove(); }, 1000); }
    toast.querySelector('.toast-close-button').addEventListener('click', hide);
    setTimeout(hide, 5000);
  }
  return {
    error: function (m, t) { show('error', m, t); },
    success: function (m, t) { show('success', m, t); },
    warning: function (m, t) { show('warning', m, t); }
  };
})();
function postForm(url, data, done) {
  var xhr = new XMLHttpRequest();
  xhr.open('POST', url);
  xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
  xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
  xhr.onload = function () {
    if (xhr.status === 401) { window.location.href = '/?sessionExpired=1'; return; }
    done(JSON.parse(xhr.responseText));
  };
  xhr.send(new URLSearchParams(data).toString());
}
`;

/** The top navbar's hover mega-menu; a click on a group toggles it open as well. */
const MEGA_MENU = `
<nav class="mega-nav">
  <div class="mega"><a href="javascript:void(0)">e-Invoice</a>
    <div class="mega-panel"><div class="mega-col"><h5>e-Invoice</h5><a href="/Invoice/Generate">Generate</a><a href="/Invoice/Cancel">Cancel</a><a href="/Invoice/BulkUpload">Bulk Upload</a></div></div></div>
  <div class="mega"><a href="javascript:void(0)">API Registration</a>
    <div class="mega-panel">
      <div class="mega-col"><h5>User Credentials</h5><a href="/ApiRegistration/CreateApiUser">Create API User</a><a href="/ApiRegistration/ChangePassword">Change API Password</a><a href="/ApiRegistration/Freeze">Freeze API User</a></div>
      <div class="mega-col"><h5>Security</h5><a href="/ApiRegistration/IpWhitelisting">IP Whitelisting</a></div>
    </div></div>
  <div class="mega"><a href="javascript:void(0)">MIS Reports</a>
    <div class="mega-panel"><div class="mega-col"><h5>Reports</h5><a href="/MisRpt">e-Invoice Reports</a></div></div></div>
  <div class="mega"><a href="javascript:void(0)">User Management</a>
    <div class="mega-panel"><div class="mega-col"><h5>Users</h5><a href="/User/Create">Create Sub-User</a></div></div></div>
</nav>
<script>
document.querySelectorAll('.mega > a').forEach(function (a) {
  a.addEventListener('click', function (e) {
    e.preventDefault();
    var mine = a.parentElement;
    document.querySelectorAll('.mega.open').forEach(function (m) { if (m !== mine) m.classList.remove('open'); });
    mine.classList.toggle('open');
  });
});
document.addEventListener('click', function (e) {
  if (!e.target.closest('.mega')) document.querySelectorAll('.mega.open').forEach(function (m) { m.classList.remove('open'); });
});
</script>`;

function layout(title: string, body: string, options: { menu?: boolean; script?: string } = {}): string {
  const right = options.menu
    ? '<span class="right">Welcome, KENDO TRADERS &nbsp; <a href="/Home/Logout" style="color:#fff">Logout</a></span>'
    : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | e-Invoice System</title>
<style>${STYLE}</style><script>${TOASTR}</script></head><body>
<header class="navbar"><span class="brand">e-Invoice System</span>${options.menu ? MEGA_MENU : ''}${right}</header>
${body}
${options.script ? `<script>${options.script}</script>` : ''}
</body></html>`;
}

function homePage(message: { alert?: string; notice?: string; showForm?: boolean }): string {
  const alertScript = message.alert ? `alert(${JSON.stringify(message.alert)});` : '';
  const token = `CfDJ8${code('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)}`;
  const body = `
<div class="container">
  <h2>Welcome to e-Invoice System</h2>
  <p>Generate IRN for B2B invoices, cancel them, and manage API access for your ERP or GSP.</p>
  ${message.notice ? `<div class="text-danger" style="margin-bottom:12px">${escapeHtml(message.notice)}</div>` : ''}
  <p><button type="button" class="btn btn-primary homepageloginbtn" id="btnShowLogin">Login</button></p>
  <form id="loginForm" method="post" action="/Home/Login" style="display:${message.showForm ? 'block' : 'none'};max-width:420px;border:1px solid #dde;padding:16px">
    <input type="hidden" name="__RequestVerificationToken" value="${token}">
    <div style="margin-bottom:10px"><input class="form-control" name="UserLogin.UserName" placeholder="Username" autocomplete="off"></div>
    <div style="margin-bottom:10px"><input class="form-control" type="password" name="UserLogin.Password" placeholder="Password"></div>
    <div style="margin-bottom:10px;display:flex;align-items:center;gap:8px"><img src="/get-captcha-image?${Date.now()}" alt="captcha" width="150" height="44" style="border:1px solid #ccc"><a href="javascript:void(0)" onclick="this.previousElementSibling.src='/get-captcha-image?'+Date.now()" title="Refresh">&#x21bb;</a></div>
    <div style="margin-bottom:10px"><input class="form-control" name="CaptchaCode" placeholder="Enter Captcha" autocomplete="off" maxlength="5"></div>
    <button type="submit" class="btn btn-primary btn-block">Login</button>
  </form>
</div>`;
  return layout('Home', body, {
    script: `document.getElementById('btnShowLogin').addEventListener('click', function () {
  document.getElementById('loginForm').style.display = 'block';
});${alertScript}`,
  });
}

function loginOtpPage(error?: string): string {
  return layout(
    'Verify OTP',
    `<div class="container" style="max-width:460px">
  <h3>Two Factor Authentication</h3>
  <p>An OTP has been sent to your registered mobile number XXXXXX4821 and the Sandes app.</p>
  <form method="post" action="/Home/VerifyLoginOtp">
    <div class="form-group"><label for="LoginOtp">OTP</label><input class="form-control" id="LoginOtp" name="Otp" inputmode="numeric" maxlength="6" autocomplete="one-time-code" style="width:140px"></div>
    ${error ? `<span class="field-validation-error">${escapeHtml(error)}</span>` : ''}
    <button type="submit" class="btn btn-primary">Verify OTP</button>
  </form>
</div>`,
  );
}

function mainMenuPage(noticeDelayMs: number, exit: boolean): string {
  return layout(
    'Dash Board',
    `<div class="container">
  <h3>Dash Board</h3>
  <div class="cards"><div class="card"><b>Generations</b><div style="font-size:28px">0</div></div><div class="card"><b>Cancelled</b><div style="font-size:28px">0</div></div></div>
</div>
<div class="ui-widget-overlay ui-front" style="display:none"></div>
<div class="ui-dialog ui-corner-all ui-widget ui-widget-content ui-front ui-dialog-buttons" tabindex="-1" role="dialog" aria-describedby="techContact" aria-labelledby="ui-id-1" style="display:none">
  <div class="ui-dialog-titlebar ui-corner-all ui-widget-header ui-helper-clearfix">
    <span id="ui-id-1" class="ui-dialog-title">Contacts of Technical Person</span>
    <button type="button" class="ui-button ui-corner-all ui-widget ui-button-icon-only ui-dialog-titlebar-close" title="Close"><span class="ui-button-icon ui-icon ui-icon-closethick"></span><span class="ui-button-icon-space"> </span>Close</button>
  </div>
  <div id="techContact" class="ui-dialog-content ui-widget-content">
    <p>Please keep the contact details of your technical person up to date.</p>
    <table class="k-grid"><tr><th>Name</th><td>R. Srinivasan</td></tr><tr><th>Mobile</th><td>98XXXXXX21</td></tr><tr><th>E-mail</th><td>tech@kendotraders.example</td></tr></table>
  </div>
  ${exit ? '<div class="ui-dialog-buttonpane ui-widget-content ui-helper-clearfix"><div class="ui-dialog-buttonset"><button type="button" class="ui-button ui-corner-all ui-widget">Exit</button></div></div>' : ''}
</div>`,
    {
      menu: true,
      script: `setTimeout(function () {
  var overlay = document.querySelector('.ui-widget-overlay');
  var dialog = document.querySelector('.ui-dialog');
  overlay.style.display = 'block';
  dialog.style.display = 'block';
  dialog.style.left = Math.max(0, (window.innerWidth - dialog.offsetWidth) / 2) + 'px';
  dialog.style.top = (window.scrollY + 120) + 'px';
  function close() { dialog.style.display = 'none'; overlay.remove(); }
  dialog.querySelector('.ui-dialog-titlebar-close').addEventListener('click', close);
  dialog.querySelectorAll('.ui-dialog-buttonset button').forEach(function (b) { b.addEventListener('click', close); });
}, ${noticeDelayMs});`,
    },
  );
}

function apiOtpPage(): string {
  return layout(
    'API Registration',
    `<div class="container" style="max-width:620px">
  <h3>API Registration</h3>
  <p>An OTP has been sent to your registered mobile number XXXXXX4821.</p>
  <div class="form-group"><label for="ApiOtp">Enter OTP <span class="text-danger">*</span></label>
    <div><input class="form-control" type="tel" id="ApiOtp" name="Otp" maxlength="6" autocomplete="off" style="width:140px"><span id="otpError" class="field-validation-error" style="display:none"></span></div></div>
  <div><button type="button" class="btn btn-primary" id="btnVerify">Verify OTP</button><span class="countdown" id="countdown"></span></div>
</div>`,
    {
      menu: true,
      script: `var left = 59;
function tick() {
  var box = document.getElementById('countdown');
  if (left <= 0) { box.innerHTML = '<a href="javascript:void(0)" id="resend">Resend OTP</a>';
    document.getElementById('resend').onclick = function () { postForm('/ApiRegistration/ResendOtp', {}, function () { toastr.success('OTP has been re-sent to your registered mobile number.'); left = 59; }); };
  } else { box.textContent = 'Resend OTP in 0:' + (left < 10 ? '0' : '') + left; }
  left -= 1;
}
tick(); setInterval(tick, 1000);
document.getElementById('btnVerify').addEventListener('click', function () {
  var otp = document.getElementById('ApiOtp').value.trim();
  var err = document.getElementById('otpError');
  if (!/^\\d{6}$/.test(otp)) { err.textContent = 'Please enter the 6 digit OTP'; err.style.display = 'block'; return; }
  postForm('/ApiRegistration/VerifyOtp', { Otp: otp }, function (res) {
    if (res.ok) { window.location.href = '/ApiRegistration/Register'; return; }
    err.textContent = res.message; err.style.display = 'block';
    toastr.error(res.message, 'Error');
  });
});`,
    },
  );
}

function gspRows(state: R4KendoState): string {
  const mine = state.users.filter((user) => user.gstin === state.gstin);
  if (mine.length === 0) return '<tr><td colspan="4">No records found</td></tr>';
  return mine
    .map(
      (user, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(user.gsp)}</td><td>${escapeHtml(user.username)}</td><td>Active</td></tr>`,
    )
    .join('');
}

function registerPage(state: R4KendoState): string {
  const options = GSPS.map((name, i) => `<option value="${101 + i}">${escapeHtml(name)}</option>`).join('');
  const types: [string, string, string][] = [
    ['rbDirect', 'D', 'Directly'],
    ['rbGsp', 'G', 'Through GSP'],
    ['rbErp', 'E', 'Through ERP'],
    ['rbOther', 'O', 'Through Client-Id of other'],
  ];
  const buttonset = types
    .map(([id, value, text], i) => {
      const corner = i === 0 ? ' ui-corner-left' : i === types.length - 1 ? ' ui-corner-right' : '';
      return `<label for="${id}" class="ui-checkboxradio-label ui-button ui-widget${corner}"><span class="ui-checkboxradio-icon ui-corner-all ui-icon ui-icon-background ui-icon-blank"></span><span class="ui-checkboxradio-icon-space"> </span>${text}</label><input type="radio" name="RegType" id="${id}" value="${value}" class="ui-checkboxradio ui-helper-hidden-accessible">`;
    })
    .join('');
  return layout(
    'API Registration',
    `<div class="container">
  <h3>API Registration</h3>
  <div class="form-group"><span class="control-label">Do you wish to Register your GSTIN for</span>
    <div class="ui-controlgroup ui-controlgroup-horizontal ui-helper-clearfix" role="toolbar" id="regType">${buttonset}</div></div>
  <div id="directSection" style="display:none">
    <div class="form-group"><label for="ClientId">Client Id</label><input class="form-control" id="ClientId"></div>
    <div class="form-group"><label for="ClientSecret">Client Secret</label><input class="form-control" id="ClientSecret"></div>
  </div>
  <div id="gspSection" style="display:none">
    <div class="form-group"><label for="GspId">Select your GSP <span class="text-danger">*</span></label>
      <span title="" class="k-widget k-dropdown" unselectable="on" role="combobox" aria-haspopup="listbox" aria-expanded="false" tabindex="0" aria-controls="GspId_listbox" aria-disabled="false" aria-busy="false">
        <span unselectable="on" class="k-dropdown-wrap k-state-default"><span unselectable="on" class="k-input">-- Select --</span><span unselectable="on" class="k-select" aria-label="select"><span class="k-icon k-i-arrow-60-down"></span></span></span>
        <select id="GspId" name="GspId" data-role="dropdownlist" style="display:none"><option value="">-- Select --</option>${options}</select>
      </span></div>
    <div class="form-group"><label for="UserName">Username <span class="text-danger">*</span></label>
      <div><div class="input-group"><span class="input-group-addon">API_</span><input class="form-control" id="UserName" name="UserName" maxlength="16" autocomplete="off"></div><span class="field-validation-error" data-valmsg-for="UserName"></span></div></div>
    <div class="form-group"><label for="Password">Password <span class="text-danger">*</span></label>
      <div><input class="form-control" type="password" id="Password" name="Password" autocomplete="new-password"><span class="field-validation-error" data-valmsg-for="Password"></span></div></div>
    <div class="form-group"><label for="ConfirmPassword">Re-enter Password <span class="text-danger">*</span></label>
      <div><input class="form-control" type="password" id="ConfirmPassword" name="ConfirmPassword" autocomplete="new-password"><span class="field-validation-error" data-valmsg-for="ConfirmPassword"></span></div></div>
  </div>
  <div><button type="button" class="btn btn-primary" id="btnSubmit">Submit</button> <a class="btn btn-default" href="/Home/MainMenu">Exit</a></div>
  <h4 style="margin-top:28px">GSPs registered for GSTIN ${state.gstin}</h4>
  <table class="k-grid"><thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API User Name</th><th>Status</th></tr></thead><tbody id="gspRows">${gspRows(state)}</tbody></table>
</div>`,
    { menu: true, script: REGISTER_SCRIPT },
  );
}

const REGISTER_SCRIPT = `
document.querySelectorAll('#regType input').forEach(function (radio) {
  radio.addEventListener('change', function () {
    document.querySelectorAll('#regType label').forEach(function (l) {
      var on = document.getElementById(l.htmlFor).checked;
      l.classList.toggle('ui-state-active', on); l.classList.toggle('ui-checkboxradio-checked', on);
    });
    document.getElementById('directSection').style.display = radio.value === 'D' ? 'block' : 'none';
    document.getElementById('gspSection').style.display = radio.value === 'G' ? 'block' : 'none';
  });
});
(function kendoDropDownList() {
  var select = document.getElementById('GspId');
  var widget = select.closest('.k-dropdown');
  var text = widget.querySelector('.k-input');
  var container = null;
  function close() {
    if (!container) return;
    container.remove(); container = null;
    widget.setAttribute('aria-expanded', 'false');
  }
  function choose(index) {
    select.selectedIndex = index;
    text.textContent = select.options[index].text;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    close();
  }
  function open() {
    var box = widget.getBoundingClientRect();
    container = document.createElement('div');
    container.className = 'k-animation-container';
    container.style.left = (box.left + window.scrollX) + 'px';
    container.style.top = (box.bottom + window.scrollY + 1) + 'px';
    container.style.width = box.width + 'px';
    container.innerHTML = '<div class="k-list-container k-popup k-group k-reset" data-role="popup" id="GspId-list">' +
      '<span class="k-list-filter"><input class="k-textbox" autocomplete="off" aria-label="Filter"><span class="k-icon k-i-zoom"></span></span>' +
      '<div class="k-list-scroller" unselectable="on"><ul unselectable="on" class="k-list k-reset" tabindex="-1" id="GspId_listbox" role="listbox" data-role="staticlist"></ul></div></div>';
    var list = container.querySelector('ul');
    Array.prototype.forEach.call(select.options, function (option, i) {
      if (i === 0) return;
      var li = document.createElement('li');
      li.className = 'k-item' + (select.selectedIndex === i ? ' k-state-selected' : '');
      li.setAttribute('role', 'option'); li.setAttribute('unselectable', 'on'); li.tabIndex = -1;
      li.textContent = option.text;
      li.addEventListener('mousedown', function (e) { e.preventDefault(); });
      li.addEventListener('click', function () { choose(i); });
      list.appendChild(li);
    });
    var filter = container.querySelector('.k-textbox');
    filter.addEventListener('input', function () {
      var word = filter.value.toLowerCase();
      list.querySelectorAll('li').forEach(function (li) { li.style.display = li.textContent.toLowerCase().indexOf(word) >= 0 ? '' : 'none'; });
    });
    document.body.appendChild(container);
    // Kendo's slide-down: the list comes down out of the box over 200 ms.
    requestAnimationFrame(function () { requestAnimationFrame(function () { if (container) container.classList.add('k-state-border-up'); }); });
    widget.setAttribute('aria-expanded', 'true');
    filter.focus();
  }
  widget.addEventListener('click', function (e) { e.stopPropagation(); if (container) close(); else open(); });
  document.addEventListener('mousedown', function (e) {
    if (container && !container.contains(e.target) && !widget.contains(e.target)) close();
  });
})();
function fieldError(name, message) {
  var span = document.querySelector('[data-valmsg-for="' + name + '"]');
  if (span) span.textContent = message || '';
}
document.getElementById('btnSubmit').addEventListener('click', function () {
  var type = document.querySelector('#regType input:checked');
  if (!type) { toastr.warning('Please select the registration type.'); return; }
  if (type.value !== 'G') { toastr.warning('Only registration through GSP is available for your GSTIN.'); return; }
  var gsp = document.getElementById('GspId');
  var user = document.getElementById('UserName').value.trim();
  var pwd = document.getElementById('Password').value;
  var again = document.getElementById('ConfirmPassword').value;
  fieldError('UserName'); fieldError('Password'); fieldError('ConfirmPassword');
  if (!gsp.value) { toastr.warning('Please select your GSP.'); return; }
  if (!user) { fieldError('UserName', 'Username is required'); return; }
  if (pwd !== again) { fieldError('ConfirmPassword', 'Password and Re-enter Password do not match'); return; }
  postForm('/ApiRegistration/Submit', { GspId: gsp.value, UserName: user, Password: pwd, ConfirmPassword: again }, function (res) {
    if (!res.ok) { toastr.error(res.message, 'Error'); return; }
    toastr.success(res.message, 'Success');
    document.getElementById('gspRows').innerHTML = res.rows;
  });
});
`;

function captchaSvg(text: string): string {
  const letters = Array.from(text)
    .map((ch, i) => {
      const angle = ((i * 37) % 30) - 15;
      return `<text x="${14 + i * 26}" y="32" transform="rotate(${angle} ${20 + i * 26} 24)" font-family="Georgia,serif" font-size="26" fill="#264">${escapeHtml(ch)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="44" viewBox="0 0 150 44"><rect width="150" height="44" fill="#eef2e6"/><path d="M0 30 C40 10 80 40 150 18" stroke="#8a8" fill="none" stroke-width="2"/>${letters}</svg>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * `noticeDelayMs`: how long after the dashboard loads the technical-contact dialog opens (about
 * 1 s, as the portal's notice comes from an XHR). `expireOn`: the session times out as the first
 * API OTP or the form is posted (the XHR answers 401, and the page goes home saying so).
 * `noticeExit: false` draws the dialog as jQuery UI does without a `buttons` option: only the
 * title bar's close, named "Close" in its title and a text pushed off screen.
 */
export async function startR4KendoRendition(
  options: {
    noticeDelayMs?: number;
    noticeExit?: boolean;
    expireOn?: 'api-otp' | 'submit';
    /** The answers it expects; drawn at random when not given. */
    answers?: { captcha: string; loginOtp: string; apiOtp: string };
  } = {},
): Promise<R4KendoRendition> {
  const noticeDelayMs = options.noticeDelayMs ?? 1000;
  let expireOn = options.expireOn;
  const sessions = new Map<string, Stage>();
  const state: R4KendoState = {
    gstin: '27AAPFU0939F1ZV',
    captcha: options.answers?.captcha ?? code('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 5),
    loginOtp: options.answers?.loginOtp ?? code('0123456789', 6),
    apiOtp: options.answers?.apiOtp ?? code('0123456789', 6),
    users: [],
    refusals: [],
    expireSessions: () => sessions.clear(),
  };

  function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ) {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  }
  const html = (res: ServerResponse, body: string, headers: Record<string, string> = {}) =>
    send(res, 200, 'text/html; charset=utf-8', body, headers);
  const json = (res: ServerResponse, body: unknown) =>
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(body));
  const redirect = (res: ServerResponse, to: string, headers: Record<string, string> = {}) =>
    send(res, 302, 'text/plain', '', { Location: to, ...headers });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', String(error)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const sid = /(?:^|;\s*)ASP\.NET_SessionId=([a-f0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    const stage = sid ? sessions.get(sid) : undefined;
    const isXhr = req.headers['x-requested-with'] === 'XMLHttpRequest';
    const path = url.pathname;

    if (path === '/get-captcha-image') return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
    if (path === '/' || path === '/Home/Index') {
      const expired = url.searchParams.has('sessionExpired');
      return html(res, homePage(expired ? { notice: 'Your session has expired. Please login again.' } : {}));
    }
    if (path === '/Home/Login' && req.method === 'POST') {
      const form = await readForm(req);
      if ((form.get('CaptchaCode') ?? '').toUpperCase() !== state.captcha) {
        state.refusals.push('captcha');
        return html(res, homePage({ alert: 'Invalid Captcha. Please try again.', showForm: true }));
      }
      if (form.get('UserLogin.UserName') !== USERNAME || form.get('UserLogin.Password') !== PASSWORD) {
        state.refusals.push('login');
        return html(res, homePage({ alert: 'Invalid Login Credentials. Please try again.', showForm: true }));
      }
      const fresh = randomBytes(12).toString('hex');
      sessions.set(fresh, 'login-otp');
      return redirect(res, '/Home/VerifyLoginOtp', {
        'Set-Cookie': `ASP.NET_SessionId=${fresh}; Path=/; HttpOnly`,
      });
    }
    if (path === '/Home/VerifyLoginOtp' && sid && stage === 'login-otp') {
      if (req.method !== 'POST') return html(res, loginOtpPage());
      const form = await readForm(req);
      if ((form.get('Otp') ?? '').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return html(res, loginOtpPage('Invalid OTP. Please enter the correct OTP.'));
      }
      sessions.set(sid, 'in');
      return redirect(res, '/Home/MainMenu');
    }
    const posted = { '/ApiRegistration/VerifyOtp': 'api-otp', '/ApiRegistration/Submit': 'submit' }[path];
    if (expireOn && req.method === 'POST' && posted === expireOn) {
      expireOn = undefined;
      state.expireSessions();
      return send(res, 401, 'application/json', '{"ok":false}');
    }
    if (!sid || !stage || stage === 'login-otp') {
      if (isXhr) return send(res, 401, 'application/json', '{"ok":false}');
      return redirect(res, '/?sessionExpired=1');
    }
    if (path === '/Home/MainMenu') return html(res, mainMenuPage(noticeDelayMs, options.noticeExit ?? true));
    if (path === '/Home/Logout') {
      sessions.delete(sid);
      return redirect(res, '/');
    }
    if (path === '/ApiRegistration/CreateApiUser') {
      sessions.set(sid, 'in');
      return html(res, apiOtpPage());
    }
    if (path === '/ApiRegistration/ResendOtp' && req.method === 'POST') return json(res, { ok: true });
    if (path === '/ApiRegistration/VerifyOtp' && req.method === 'POST') {
      const form = await readForm(req);
      if (form.get('Otp') !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(res, { ok: false, message: 'Invalid OTP. Please enter the valid OTP.' });
      }
      sessions.set(sid, 'api-verified');
      return json(res, { ok: true });
    }
    if (path === '/ApiRegistration/Register') {
      if (stage !== 'api-verified') return redirect(res, '/ApiRegistration/CreateApiUser');
      return html(res, registerPage(state));
    }
    if (path === '/ApiRegistration/Submit' && req.method === 'POST') {
      if (stage !== 'api-verified') return json(res, { ok: false, message: 'Please verify the OTP first.' });
      const form = await readForm(req);
      const gsp = GSPS[Number(form.get('GspId')) - 101];
      const username = `API_${form.get('UserName') ?? ''}`;
      const password = form.get('Password') ?? '';
      if (!gsp || password !== form.get('ConfirmPassword') || !/^API_\w{4,16}$/.test(username)) {
        state.refusals.push('form');
        return json(res, { ok: false, message: 'Please enter valid details.' });
      }
      if (state.users.some((user) => user.gstin === state.gstin && user.gsp === gsp)) {
        state.refusals.push('already-registered');
        return json(res, { ok: false, message: 'Your GSTIN is already registered with the selected GSP.' });
      }
      state.users.push({ gstin: state.gstin, gsp, username, password });
      return json(res, {
        ok: true,
        message: `API user ${username} has been created successfully.`,
        rows: gspRows(state),
      });
    }
    return send(
      res,
      404,
      'text/html; charset=utf-8',
      layout('Not found', '<div class="container">Page not found</div>'),
    );
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
