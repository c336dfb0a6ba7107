/**
 * Rendition "nic-webforms": the portal as an NIC team on ASP.NET WebForms would have drawn it
 * around 2012. Layout tables with labels in `<td>`s, every page one `<form>` posting back to
 * itself with a __VIEWSTATE, ImageButtons for Login (a picture of the word, its alt text),
 * messages in `<font color="red">`, a TreeView sidebar whose nodes expand by a ±-picture or
 * their text, a jQuery UI dialog after login over a `.ui-widget-overlay`, an API OTP sent only
 * after "Get OTP", a RadioButtonList with AutoPostBack (choosing "Through GSP" posts the page and
 * draws the GSP fields), the outcome as an inline `alert()` script, and a GridView of the GSPs.
 */
import {
  ACCOUNT,
  ANSWERS,
  captchaSvg,
  escapeHtml,
  GSPS,
  type Handler,
  type Rendition,
  type Reply,
  type Request,
  register,
  type Session,
  serve,
} from './common.js';

const VIEWSTATE = '/wEPDwUKMTY1NDU2MTA1MmRkZ8Hq3xV0yq1cNTm2wq3P9Qv0x7A=';

function page(
  title: string,
  body: string,
  opts: { action?: string; script?: string; session?: Session } = {},
): Reply {
  const header = opts.session?.loggedIn
    ? `<td align="right" class="welcome">Welcome <b>${ACCOUNT.username.toUpperCase()}</b> &nbsp;|&nbsp; GSTIN : <b>${ACCOUNT.gstin}</b> &nbsp;|&nbsp; <a href="/Account/Logout.aspx">Logout</a></td>`
    : `<td align="right"><a href="/Account/Login.aspx" class="toplink">Login</a> &nbsp;|&nbsp; <a href="#">Help</a></td>`;
  return {
    html: `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title} :: e-Invoice System</title>
<style type="text/css">
body { margin:0; font-family: Verdana, Arial; font-size: 12px; background:#fff; }
.hdr { background:#1c4f8a; color:#fff; } .hdr a { color:#ffe680; }
.title { font-size:20px; font-weight:bold; }
.lbl { font-weight:bold; color:#333; text-align:right; padding:4px; }
.box { border:1px solid #7da2ce; background:#f3f8fd; }
.boxhead { background:#7da2ce; color:#fff; font-weight:bold; padding:4px; }
.tv a { color:#003366; text-decoration:none; } .tv td { padding:2px; }
.grid th { background:#1c4f8a; color:#fff; } .grid td { border:1px solid #ccc; }
input.txt { width:180px; border:1px solid #999; }
.ui-widget-overlay { position:fixed; left:0; top:0; width:100%; height:100%; background:#666; opacity:.5; z-index:100; }
.ui-dialog { position:absolute; z-index:101; background:#fff; border:1px solid #aaa; border-radius:4px; padding:.2em; width:460px; }
.ui-dialog-titlebar { background:#5c9ccc; color:#fff; font-weight:bold; padding:.4em 1em; position:relative; border-radius:4px; }
.ui-dialog-titlebar-close { position:absolute; right:.3em; top:50%; margin-top:-10px; width:20px; height:20px; padding:0; }
.ui-icon { display:block; width:16px; height:16px; overflow:hidden; text-indent:-99999px; background:url(/images/close.svg) no-repeat; }
.ui-button-icon-only .ui-button-text { display:block; text-indent:-9999px; overflow:hidden; height:1px; }
.ui-dialog-content { padding:.5em 1em; }
.ui-dialog-buttonpane { border-top:1px solid #ddd; padding:.3em 1em; text-align:right; }
</style>
<script type="text/javascript">
function __doPostBack(eventTarget, eventArgument) {
  var theForm = document.forms['aspnetForm'];
  if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
    theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
  }
}
function TreeView_ToggleNode(id, img) {
  var div = document.getElementById(id);
  var open = div.style.display == 'none';
  div.style.display = open ? 'block' : 'none';
  if (img) { img.src = open ? '/images/minus.svg' : '/images/plus.svg'; img.alt = (open ? 'Collapse ' : 'Expand ') + img.getAttribute('data-text'); }
}
</script>
</head><body>
<form name="aspnetForm" method="post" action="${opts.action ?? ''}" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${VIEWSTATE}" /></div>
<table width="100%" cellpadding="6" cellspacing="0" class="hdr"><tr>
<td><img src="/images/emblem.svg" alt="" width="40" height="40" align="absmiddle" /> <span class="title">e-Invoice System</span><br /><small>Goods and Services Tax Network</small></td>
${header}</tr></table>
${body}
<table width="100%" class="hdr"><tr><td align="center"><small>Site designed and developed by National Informatics Centre. Best viewed in IE 11 and above.</small></td></tr></table>
</form>
${opts.script ? `<script type="text/javascript">${opts.script}</script>` : ''}
</body></html>`,
  };
}

function home(): Reply {
  return page(
    'Home',
    `<table width="100%" cellpadding="10"><tr><td valign="top" width="70%">
<marquee scrollamount="3"><font color="#cc0000">Two factor authentication is mandatory for all users from 01-04-2025.</font></marquee>
<h3>Welcome to e-Invoice System</h3>
<p>Taxpayers with aggregate turnover above the notified limit shall report their B2B invoices to the Invoice Registration Portal.</p>
</td><td valign="top"><table class="box" width="100%"><tr><td class="boxhead">Latest Updates</td></tr>
<tr><td><ul><li>Generation of IRN through API</li><li>Bulk generation tool updated</li></ul></td></tr></table></td></tr></table>`,
  );
}

function loginPage(message = ''): Reply {
  return page(
    'Login',
    `<br /><table align="center" width="420" class="box" cellpadding="4" cellspacing="0">
<tr><td colspan="2" class="boxhead">Login</td></tr>
<tr><td class="lbl">User Name <font color="red">*</font></td><td><input name="ctl00$cph$txtUserName" type="text" maxlength="15" id="ctl00_cph_txtUserName" class="txt" /></td></tr>
<tr><td class="lbl">Password <font color="red">*</font></td><td><input name="ctl00$cph$txtPassword" type="password" id="ctl00_cph_txtPassword" class="txt" autocomplete="off" /></td></tr>
<tr><td></td><td><img id="ctl00_cph_imgCaptcha" src="/CaptchaImage.aspx?${Date.now()}" alt="" width="150" height="50" />
<a href="javascript:__doPostBack('ctl00$cph$lnkRefresh','')"><img src="/images/refresh.svg" alt="Refresh" title="Refresh Captcha" border="0" /></a></td></tr>
<tr><td class="lbl">Enter Captcha <font color="red">*</font></td><td><input name="ctl00$cph$txtCaptcha" type="text" maxlength="5" id="ctl00_cph_txtCaptcha" class="txt" autocomplete="off" /></td></tr>
<tr><td></td><td><input type="image" name="ctl00$cph$btnLogin" id="ctl00_cph_btnLogin" src="/images/btn_login.svg" alt="Login" />
&nbsp;<input type="image" name="ctl00$cph$btnClear" id="ctl00_cph_btnClear" src="/images/btn_clear.svg" alt="Clear" /></td></tr>
<tr><td colspan="2" align="center"><font color="red"><span id="ctl00_cph_lblMsg">${escapeHtml(message)}</span></font></td></tr>
<tr><td colspan="2" align="center"><a href="#">Forgot Password?</a> | <a href="#">New User Registration</a></td></tr>
</table><br />`,
    { action: './Login.aspx' },
  );
}

function loginPost(request: Request): Reply {
  const { body, session } = request;
  if (body.has('ctl00$cph$btnClear.x') || body.get('__EVENTTARGET') === 'ctl00$cph$lnkRefresh')
    return loginPage();
  if (!body.has('ctl00$cph$btnLogin.x')) return loginPage();
  if ((body.get('ctl00$cph$txtCaptcha') ?? '').toUpperCase() !== ANSWERS.captcha) {
    return loginPage('Invalid Captcha. Please enter the characters shown in the image.');
  }
  if (
    body.get('ctl00$cph$txtUserName') !== ACCOUNT.username ||
    body.get('ctl00$cph$txtPassword') !== ACCOUNT.password
  ) {
    return loginPage('Invalid Login Credentials. Please try again.');
  }
  session.passwordOk = true;
  return { redirect: '/Account/VerifyLoginOTP.aspx' };
}

function loginOtpPage(
  message = '',
  sent = 'An OTP has been sent to your registered mobile number ******4321.',
): Reply {
  return page(
    'Verify OTP',
    `<br /><table align="center" width="460" class="box" cellpadding="4" cellspacing="0">
<tr><td colspan="2" class="boxhead">Two Factor Authentication</td></tr>
<tr><td colspan="2"><font color="green">${sent}</font></td></tr>
<tr><td class="lbl">Enter OTP <font color="red">*</font></td><td><input name="ctl00$cph$txtOTP" type="text" maxlength="6" id="ctl00_cph_txtOTP" class="txt" autocomplete="off" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cph$btnVerifyOTP" value="Verify OTP" id="ctl00_cph_btnVerifyOTP" />
&nbsp;<a href="javascript:__doPostBack('ctl00$cph$lnkResend','')">Resend OTP</a></td></tr>
<tr><td colspan="2" align="center"><font color="red"><span id="ctl00_cph_lblMsg">${escapeHtml(message)}</span></font></td></tr>
</table><br />`,
    { action: './VerifyLoginOTP.aspx' },
  );
}

function loginOtpPost(request: Request): Reply {
  const { body, session } = request;
  if (!session.passwordOk) return { redirect: '/Account/Login.aspx' };
  if (body.get('__EVENTTARGET') === 'ctl00$cph$lnkResend')
    return loginOtpPage('', 'OTP has been re-sent to your registered mobile number ******4321.');
  if (body.get('ctl00$cph$txtOTP') !== ANSWERS.loginOtp) {
    request.state.wrongOtps += 1;
    return loginOtpPage('Invalid OTP. Please enter the correct OTP.');
  }
  session.loggedIn = true;
  return { redirect: '/Home/MainMenu.aspx' };
}

/** One TreeView node: a leaf links to its page; a parent toggles its children's div. */
function node(text: string, id: string, depth: number, children?: string): string {
  const indent = `<td width="${depth * 18}"></td>`;
  if (children === undefined) {
    return `<table cellpadding="0" cellspacing="0"><tr>${indent}<td><img src="/images/dot.svg" alt="" /></td><td><a class="tvNode" href="${id}">${text}</a></td></tr></table>`;
  }
  return `<table cellpadding="0" cellspacing="0"><tr>${indent}<td><a href="javascript:TreeView_ToggleNode('${id}', document.getElementById('${id}i'))"><img id="${id}i" src="/images/plus.svg" alt="Expand ${text}" data-text="${text}" border="0" /></a></td>
<td><a class="tvNode" href="javascript:TreeView_ToggleNode('${id}', document.getElementById('${id}i'))">${text}</a></td></tr></table>
<div id="${id}" style="display:none;">${children}</div>`;
}

function sidebar(): string {
  return `<div class="tv">
${node('Dash Board', '/Home/MainMenu.aspx', 0)}
${node('e-Invoice', 'tvn1', 0, node('Generate', '#', 1) + node('Cancel', '#', 1) + node('Bulk Upload', '#', 1))}
${node('MIS Reports', 'tvn2', 0, node('IRN Details', '#', 1))}
${node(
  'API Registration',
  'tvn3',
  0,
  node(
    'User Credentials',
    'tvn4',
    1,
    node('Create API User', '/APIRegistration/CreateAPIUser.aspx', 2) + node('Change API Password', '#', 2),
  ) +
    node('IP Whitelisting', '#', 1) +
    node('Freeze API User', '#', 1),
)}
${node('User Management', 'tvn5', 0, node('Create Sub User', '#', 1))}
</div>`;
}

function frame(
  session: Session,
  title: string,
  content: string,
  opts: { action?: string; script?: string } = {},
): Reply {
  return page(
    title,
    `<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="210" valign="top" style="background:#e6eef7;padding:8px;border-right:1px solid #7da2ce">${sidebar()}</td>
<td valign="top" style="padding:10px">${content}</td></tr></table>`,
    { ...opts, session },
  );
}

/** jQuery UI's dialog as its widget builds it, opened once the page has loaded. */
const CONTACT_DIALOG = `
window.onload = function () {
  var overlay = document.createElement('div');
  overlay.className = 'ui-widget-overlay ui-front';
  var dlg = document.createElement('div');
  dlg.className = 'ui-dialog ui-widget ui-widget-content ui-corner-all ui-front ui-dialog-buttons';
  dlg.setAttribute('tabindex', '-1');
  dlg.setAttribute('role', 'dialog');
  dlg.setAttribute('aria-describedby', 'divContact');
  dlg.setAttribute('aria-labelledby', 'ui-id-1');
  dlg.style.top = '120px'; dlg.style.left = Math.max(0, (window.innerWidth - 460) / 2) + 'px';
  dlg.innerHTML = '<div class="ui-dialog-titlebar ui-widget-header ui-corner-all ui-helper-clearfix">' +
    '<span id="ui-id-1" class="ui-dialog-title">Contacts of Technical Person</span>' +
    '<button type="button" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-icon-only ui-dialog-titlebar-close" role="button" title="Close">' +
    '<span class="ui-button-icon-primary ui-icon ui-icon-closethick"></span><span class="ui-button-text">Close</span></button></div>' +
    '<div id="divContact" class="ui-dialog-content ui-widget-content"><p>Please update the details of the technical person of your organisation.</p>' +
    '<table cellpadding="3"><tr><td class="lbl">Name</td><td><input type="text" class="txt" value="R. K. Sharma" /></td></tr>' +
    '<tr><td class="lbl">Mobile</td><td><input type="text" class="txt" value="98XXXXXX21" /></td></tr>' +
    '<tr><td class="lbl">E-mail</td><td><input type="text" class="txt" value="it@acme.example" /></td></tr></table></div>' +
    '<div class="ui-dialog-buttonpane ui-widget-content ui-helper-clearfix"><div class="ui-dialog-buttonset">' +
    '<button type="button" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only" role="button"><span class="ui-button-text">Update</span></button> ' +
    '<button type="button" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only" role="button"><span class="ui-button-text">Exit</span></button></div></div>';
  document.body.appendChild(overlay);
  document.body.appendChild(dlg);
  var buttons = dlg.getElementsByTagName('button');
  function close() { dlg.parentNode.removeChild(dlg); overlay.parentNode.removeChild(overlay); }
  buttons[0].onclick = close;
  buttons[2].onclick = close;
  buttons[1].onclick = function () { alert('Details updated successfully.'); close(); };
};`;

function mainMenu(session: Session): Reply {
  const first = !session.popupShown;
  session.popupShown = true;
  return frame(
    session,
    'Dash Board',
    `<h2 style="color:#1c4f8a;border-bottom:2px solid #1c4f8a">Dash Board</h2>
<table cellpadding="8" cellspacing="10"><tr>
<td class="box" width="180" align="center"><b>Generations</b><br /><font size="5">0</font></td>
<td class="box" width="180" align="center"><b>Cancelled</b><br /><font size="5">0</font></td></tr></table>
<p>Legal Name : <b>${ACCOUNT.legalName}</b></p>`,
    first ? { script: CONTACT_DIALOG } : {},
  );
}

function grid(request: Request): string {
  const rows = request.state.apiUsers.filter((user) => user.gstin === ACCOUNT.gstin);
  if (rows.length === 0) {
    return `<table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_cph_gvGSP" style="border-collapse:collapse;width:100%"><tr><td>No GSP has been registered for this GSTIN.</td></tr></table>`;
  }
  return `<table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_cph_gvGSP" style="border-collapse:collapse;width:100%">
<tr><th scope="col">Sl.No.</th><th scope="col">GSP Name</th><th scope="col">User Name</th><th scope="col">Created On</th></tr>
${rows.map((user, index) => `<tr><td>${index + 1}</td><td>${escapeHtml(user.gsp)}</td><td>${escapeHtml(user.username)}</td><td>${user.at.slice(0, 10).split('-').reverse().join('/')}</td></tr>`).join('')}
</table>`;
}

const TYPES: [string, string][] = [
  ['D', 'Directly'],
  ['G', 'Through GSP'],
  ['E', 'Through ERP'],
  ['C', 'Through Client-Id of other'],
];

function createApiUser(request: Request, message = '', script = ''): Reply {
  const { session } = request;
  let content: string;
  if (!session.apiOtpOk) {
    const otp = session.apiOtpSent
      ? `<tr><td colspan="2"><font color="green">OTP has been sent to your registered mobile number ******4321.</font></td></tr>
<tr><td class="lbl" width="40%">Enter OTP <font color="red">*</font></td><td><input name="ctl00$cph$txtOTP" type="password" maxlength="6" id="ctl00_cph_txtOTP" class="txt" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cph$btnVerify" value="Verify OTP" id="ctl00_cph_btnVerify" /> &nbsp;<a href="javascript:__doPostBack('ctl00$cph$lnkResend','')">Resend OTP</a></td></tr>`
      : `<tr><td colspan="2">To proceed, an OTP will be sent to the mobile number registered with the GSTIN.</td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cph$btnGetOTP" value="Get OTP" id="ctl00_cph_btnGetOTP" /></td></tr>`;
    content = `<table class="box" width="520" cellpadding="4" cellspacing="0"><tr><td colspan="2" class="boxhead">API Registration</td></tr>${otp}
<tr><td colspan="2" align="center"><font color="red">${escapeHtml(message)}</font></td></tr></table>`;
  } else {
    const type = session.registrationType;
    const radios = TYPES.map(
      ([value, text], index) =>
        `<td><input id="ctl00_cph_rblRegType_${index}" type="radio" name="ctl00$cph$rblRegType" value="${value}"${type === value ? ' checked="checked"' : ''} onclick="javascript:setTimeout('__doPostBack(\\'ctl00$cph$rblRegType$${index}\\',\\'\\')', 0)" /><label for="ctl00_cph_rblRegType_${index}">${text}</label></td>`,
    ).join('');
    let fields = '';
    if (type === 'G') {
      fields = `<tr><td class="lbl">Select your GSP <font color="red">*</font></td><td><select name="ctl00$cph$ddlGSP" onchange="javascript:setTimeout('__doPostBack(\\'ctl00$cph$ddlGSP\\',\\'\\')', 0)" id="ctl00_cph_ddlGSP" style="width:320px">
<option value="0">--Select--</option>${GSPS.map((gsp, index) => `<option value="${index + 1}"${session.gsp === gsp ? ' selected="selected"' : ''}>${escapeHtml(gsp)}</option>`).join('')}</select></td></tr>
<tr><td class="lbl">User Name <font color="red">*</font></td><td><b>API_</b><input name="ctl00$cph$txtUserName" type="text" maxlength="16" id="ctl00_cph_txtUserName" class="txt" value="${escapeHtml(request.body.get('ctl00$cph$txtUserName') ?? '')}" /></td></tr>
<tr><td class="lbl">Password <font color="red">*</font></td><td><input name="ctl00$cph$txtPwd" type="password" maxlength="15" id="ctl00_cph_txtPwd" class="txt" /></td></tr>
<tr><td class="lbl">Re-enter Password <font color="red">*</font></td><td><input name="ctl00$cph$txtRePwd" type="password" maxlength="15" id="ctl00_cph_txtRePwd" class="txt" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cph$btnSubmit" value="Submit" onclick="return confirm('Are you sure you want to create the API user?');" id="ctl00_cph_btnSubmit" /> <input type="submit" name="ctl00$cph$btnExit" value="Exit" id="ctl00_cph_btnExit" /></td></tr>`;
    } else if (type === 'D') {
      fields = `<tr><td class="lbl">Client Id <font color="red">*</font></td><td><input name="ctl00$cph$txtClientId" type="text" class="txt" /></td></tr>
<tr><td class="lbl">Client Secret <font color="red">*</font></td><td><input name="ctl00$cph$txtSecret" type="password" class="txt" /></td></tr>`;
    }
    content = `<table class="box" width="640" cellpadding="4" cellspacing="0"><tr><td colspan="2" class="boxhead">Create API User</td></tr>
<tr><td class="lbl" width="35%">Do you wish to Register your GSTIN for</td><td><table id="ctl00_cph_rblRegType" border="0"><tr>${radios}</tr></table></td></tr>
${fields}
<tr><td colspan="2" align="center"><font color="red">${escapeHtml(message)}</font></td></tr></table>
<br /><b>GSPs registered for this GSTIN</b><br />${grid(request)}`;
  }
  return frame(session, 'Create API User', content, { action: './CreateAPIUser.aspx', script });
}

function createApiUserPost(request: Request): Reply {
  const { body, session, state } = request;
  const target = body.get('__EVENTTARGET') ?? '';
  if (body.has('ctl00$cph$btnGetOTP') || target === 'ctl00$cph$lnkResend') {
    session.apiOtpSent = true;
    return createApiUser(request);
  }
  if (body.has('ctl00$cph$btnVerify')) {
    if (!session.apiOtpSent) return createApiUser(request);
    if (body.get('ctl00$cph$txtOTP') !== ANSWERS.apiOtp) {
      state.wrongOtps += 1;
      return createApiUser(request, 'Invalid OTP. Please enter the valid OTP.');
    }
    session.apiOtpOk = true;
    return createApiUser(request);
  }
  if (!session.apiOtpOk) return createApiUser(request);
  if (target === 'ctl00$cph$ddlGSP') {
    session.gsp = GSPS[Number(body.get('ctl00$cph$ddlGSP') ?? 0) - 1];
    return createApiUser(request);
  }
  if (target.startsWith('ctl00$cph$rblRegType')) {
    session.registrationType = body.get('ctl00$cph$rblRegType') ?? undefined;
    return createApiUser(request);
  }
  if (body.has('ctl00$cph$btnExit')) return { redirect: '/Home/MainMenu.aspx' };
  if (body.has('ctl00$cph$btnSubmit')) {
    const gsp = GSPS[Number(body.get('ctl00$cph$ddlGSP') ?? 0) - 1];
    const name = body.get('ctl00$cph$txtUserName') ?? '';
    const password = body.get('ctl00$cph$txtPwd') ?? '';
    if (!gsp) return createApiUser(request, 'Please select GSP.');
    session.gsp = gsp;
    if (!/^[A-Za-z0-9_]{4,16}$/.test(name)) return createApiUser(request, 'Please enter a valid User Name.');
    if (password !== body.get('ctl00$cph$txtRePwd'))
      return createApiUser(request, 'Password and Re-enter Password do not match.');
    const refused = register(state, gsp, `API_${name}`, password);
    if (refused) return createApiUser(request, '', `alert('${refused}');`);
    // Response.Write of an alert and a script redirect, as WebForms code-behind often ends.
    return {
      html: `<script type="text/javascript">alert('API User API_${name} has been created successfully.');window.location.href='/APIRegistration/ViewAPIUsers.aspx';</script>`,
    };
  }
  return createApiUser(request);
}

const PICTURES: Record<string, string> = {
  'btn_login.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="26"><rect width="80" height="26" rx="4" fill="#1c4f8a"/><text x="40" y="18" font-family="Arial" font-size="13" font-weight="bold" fill="#fff" text-anchor="middle">LOGIN</text></svg>`,
  'btn_clear.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="26"><rect width="80" height="26" rx="4" fill="#888"/><text x="40" y="18" font-family="Arial" font-size="13" font-weight="bold" fill="#fff" text-anchor="middle">CLEAR</text></svg>`,
  'plus.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12"><rect x=".5" y=".5" width="11" height="11" fill="#fff" stroke="#666"/><path d="M3 6h6M6 3v6" stroke="#000"/></svg>`,
  'minus.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12"><rect x=".5" y=".5" width="11" height="11" fill="#fff" stroke="#666"/><path d="M3 6h6" stroke="#000"/></svg>`,
  'dot.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12"><circle cx="6" cy="6" r="2" fill="#1c4f8a"/></svg>`,
  'refresh.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><path d="M16 10a6 6 0 1 1-2-4.5M14 2v4h-4" fill="none" stroke="#1c4f8a" stroke-width="2"/></svg>`,
  'close.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M4 4l8 8M12 4l-8 8" stroke="#333" stroke-width="2"/></svg>`,
  'emblem.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#f4c430"/></svg>`,
};

const handler: Handler = (request) => {
  const { method, path, session } = request;
  const picture = /^\/images\/(.+)$/.exec(path)?.[1];
  if (picture && PICTURES[picture]) return { svg: PICTURES[picture] };
  if (path === '/CaptchaImage.aspx') return { svg: captchaSvg() };
  if (path === '/' || path === '/Default.aspx') return home();
  if (path === '/Account/Login.aspx') return method === 'POST' ? loginPost(request) : loginPage();
  if (path === '/Account/VerifyLoginOTP.aspx') {
    if (method === 'POST') return loginOtpPost(request);
    return session.passwordOk ? loginOtpPage() : { redirect: '/Account/Login.aspx' };
  }
  if (path === '/Account/Logout.aspx') {
    session.loggedIn = false;
    session.passwordOk = false;
    return { redirect: '/' };
  }
  if (!session.loggedIn) return { redirect: `/Account/Login.aspx?ReturnUrl=${encodeURIComponent(path)}` };
  if (path === '/Home/MainMenu.aspx') return mainMenu(session);
  if (path === '/APIRegistration/ViewAPIUsers.aspx') {
    return frame(session, 'API Users', `<b>GSPs registered for this GSTIN</b><br />${grid(request)}`);
  }
  if (path === '/APIRegistration/CreateAPIUser.aspx') {
    if (method === 'POST') return createApiUserPost(request);
    session.apiOtpSent = false;
    session.apiOtpOk = false;
    session.registrationType = undefined;
    session.gsp = undefined;
    return createApiUser(request);
  }
  return { notFound: true };
};

export function startNicWebforms(port = 0): Promise<Rendition> {
  return serve(handler, port);
}
