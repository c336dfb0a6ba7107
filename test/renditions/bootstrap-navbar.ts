/**
 * Rendition "bootstrap-navbar": the portal as a Bootstrap 3 + jQuery team would have drawn it
 * around 2017, with the behaviour of Bootstrap's own scripts written out small (no CDN here).
 * The home page's Login button reveals the form; login and its OTP go by AJAX on one page, a
 * refusal as an `alert()`; after login a SweetAlert advisory and then a Bootstrap modal over a
 * `.modal-backdrop`; the menu is a top navbar of click dropdowns with a hover `dropdown-submenu`;
 * the API OTP is sent on opening the page, a wrong one said in a `.alert-danger` box; the
 * registration type is Bootstrap `radio-inline` labels; the GSP picker is a Chosen widget over a
 * hidden `<select>`; the username sits behind an `input-group-addon` "API_"; the outcome is a
 * SweetAlert, and the registered GSPs a DataTables table.
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

const CSS = `
*{box-sizing:border-box} body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;color:#333;background:#f4f6f9}
a{color:#337ab7;text-decoration:none}
.navbar{background:#0b3d6e;min-height:50px;display:flex;align-items:center;padding:0 15px;position:relative;z-index:1000}
.navbar-brand{color:#fff;font-size:18px;padding:15px;font-weight:bold}
.navbar-nav{list-style:none;margin:0;padding:0;display:flex} .navbar-nav>li{position:relative}
.navbar-nav>li>a{display:block;color:#dfe8f3;padding:15px}
.navbar-right{margin-left:auto}
.caret{display:inline-block;width:0;height:0;margin-left:4px;vertical-align:middle;border-top:4px solid;border-right:4px solid transparent;border-left:4px solid transparent}
.dropdown-menu{display:none;position:absolute;top:100%;left:0;min-width:200px;background:#fff;border:1px solid rgba(0,0,0,.15);border-radius:4px;box-shadow:0 6px 12px rgba(0,0,0,.175);list-style:none;padding:5px 0;margin:2px 0 0}
.open>.dropdown-menu,.navbar-nav>li.dropdown:hover>.dropdown-menu{display:block}
.dropdown-menu>li>a{display:block;padding:3px 20px;color:#333;white-space:nowrap;line-height:1.8}
.dropdown-menu>li>a:hover{background:#f5f5f5}
.dropdown-submenu{position:relative} .dropdown-submenu>.dropdown-menu{top:0;left:100%;margin-top:-6px}
.dropdown-submenu:hover>.dropdown-menu{display:block}
.dropdown-submenu>a:after{content:" ";float:right;border-left:5px solid #999;border-top:5px solid transparent;border-bottom:5px solid transparent;margin-top:7px;margin-right:-10px}
.container{width:1000px;margin:20px auto}
.panel{background:#fff;border:1px solid #ddd;border-radius:4px;margin-bottom:20px}
.panel-heading{background:#337ab7;color:#fff;padding:10px 15px;border-radius:3px 3px 0 0}
.panel-body{padding:15px}
.form-group{margin-bottom:15px;display:flex;align-items:center}
.control-label{width:30%;font-weight:bold;text-align:right;padding-right:15px}
.form-control{display:block;width:100%;height:34px;padding:6px 12px;border:1px solid #ccc;border-radius:4px}
.col{width:60%}
.btn{display:inline-block;padding:6px 12px;border:1px solid transparent;border-radius:4px;cursor:pointer;font-size:14px}
.btn-primary{background:#337ab7;color:#fff} .btn-success{background:#5cb85c;color:#fff} .btn-danger{background:#d9534f;color:#fff} .btn-default{background:#fff;border-color:#ccc;color:#333}
.btn-block{display:block;width:100%}
.alert{padding:10px 15px;border:1px solid transparent;border-radius:4px;margin-bottom:15px}
.alert-danger{background:#f2dede;color:#a94442;border-color:#ebccd1} .alert-info{background:#d9edf7;color:#31708f}
.input-group{display:flex} .input-group-addon{padding:6px 12px;background:#eee;border:1px solid #ccc;border-right:0;border-radius:4px 0 0 4px}
.input-group .form-control{border-radius:0 4px 4px 0}
.radio-inline{margin-right:20px;cursor:pointer;display:inline-flex;align-items:center;gap:4px}
.iradio_minimal-blue{display:inline-block;width:18px;height:18px;border:1px solid #999;border-radius:50%;background:#fff;cursor:pointer}
.iradio_minimal-blue.checked{border:5px solid #2489c5}
.modal{position:fixed;inset:0;z-index:1050;overflow:auto} .modal-dialog{width:600px;margin:60px auto}
.modal-content{background:#fff;border-radius:6px;border:1px solid rgba(0,0,0,.2);box-shadow:0 5px 15px rgba(0,0,0,.5)}
.modal-header{padding:15px;border-bottom:1px solid #e5e5e5} .modal-title{margin:0;font-size:18px}
.modal-body{padding:15px} .modal-footer{padding:15px;text-align:right;border-top:1px solid #e5e5e5}
.close{float:right;font-size:21px;font-weight:bold;line-height:1;color:#000;opacity:.2;background:none;border:0;cursor:pointer}
.modal-backdrop{position:fixed;inset:0;z-index:1040;background:#000;opacity:.5}
.swal2-container{position:fixed;inset:0;z-index:1060;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.4)}
.swal2-popup{width:32em;background:#fff;border-radius:5px;padding:1.25em;text-align:center}
.swal2-title{font-size:1.6em;margin:.4em 0} .swal2-html-container{margin:1em 0}
.swal2-confirm{background:#3085d6;color:#fff;border:0;border-radius:.25em;padding:.6em 1.2em;font-size:1.06em;cursor:pointer}
.swal2-icon{width:60px;height:60px;border-radius:50%;border:4px solid;margin:0 auto;line-height:52px;font-size:36px}
.chosen-container{position:relative;display:inline-block;width:100%;font-size:13px}
.chosen-single{display:block;height:30px;line-height:28px;padding:0 8px;border:1px solid #aaa;border-radius:5px;background:linear-gradient(#fff 20%,#eee);color:#444;cursor:pointer}
.chosen-single div{position:absolute;right:6px;top:0} .chosen-single div b:after{content:"\\25BE"}
.chosen-drop{position:absolute;top:100%;z-index:1010;width:100%;border:1px solid #aaa;background:#fff;display:none}
.chosen-with-drop .chosen-drop{display:block}
.chosen-search input{width:95%;margin:4px;padding:4px;border:1px solid #aaa}
.chosen-results{list-style:none;margin:0;padding:0;max-height:240px;overflow-y:auto}
.chosen-results li{padding:5px 6px;cursor:pointer} .chosen-results li.highlighted{background:#3875d7;color:#fff}
table.dataTable{width:100%;border-collapse:collapse} table.dataTable th{border-bottom:1px solid #111;text-align:left;padding:8px}
table.dataTable td{padding:8px;border-top:1px solid #ddd}
.dataTables_wrapper .top,.dataTables_wrapper .bottom{display:flex;justify-content:space-between;margin:8px 0}
.card{display:inline-block;width:220px;padding:20px;margin-right:20px;color:#fff;border-radius:4px}
`;

/** Bootstrap's dropdown and modal behaviour, and SweetAlert's, as small as they go. */
const SCRIPT = `
document.addEventListener('click', function (e) {
  var toggle = e.target.closest('[data-toggle="dropdown"]');
  var opened = document.querySelectorAll('.dropdown.open');
  for (var i = 0; i < opened.length; i++) if (!toggle || opened[i] !== toggle.parentNode) opened[i].classList.remove('open');
  if (toggle) { e.preventDefault(); toggle.parentNode.classList.toggle('open'); toggle.setAttribute('aria-expanded', toggle.parentNode.classList.contains('open')); }
  var dismiss = e.target.closest('[data-dismiss="modal"]');
  if (dismiss) { var m = dismiss.closest('.modal'); m.style.display = 'none'; m.classList.remove('in');
    var b = document.querySelector('.modal-backdrop'); if (b) b.parentNode.removeChild(b); document.body.classList.remove('modal-open');
    if (m.onhidden) m.onhidden(); }
});
function showModal(id) { var m = document.getElementById(id); var b = document.createElement('div'); b.className = 'modal-backdrop fade in';
  document.body.appendChild(b); m.style.display = 'block'; m.classList.add('in'); document.body.classList.add('modal-open'); }
function swal(title, text, icon, then) {
  var c = document.createElement('div'); c.className = 'swal2-container swal2-center swal2-backdrop-show';
  var mark = icon === 'success' ? '&#10003;' : icon === 'error' ? '&#10007;' : '!';
  var color = icon === 'success' ? '#a5dc86' : icon === 'error' ? '#f27474' : '#f8bb86';
  c.innerHTML = '<div class="swal2-popup swal2-modal swal2-show" role="dialog" aria-modal="true" aria-labelledby="swal2-title" aria-describedby="swal2-html-container">' +
    '<div class="swal2-icon swal2-' + icon + '" style="color:' + color + ';border-color:' + color + '">' + mark + '</div>' +
    '<h2 class="swal2-title" id="swal2-title">' + title + '</h2><div class="swal2-html-container" id="swal2-html-container">' + text + '</div>' +
    '<div class="swal2-actions"><button type="button" class="swal2-confirm swal2-styled">OK</button></div></div>';
  document.body.appendChild(c);
  c.querySelector('.swal2-confirm').onclick = function () { c.parentNode.removeChild(c); if (then) then(); };
}
function post(url, data) { return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, body: JSON.stringify(data) }).then(function (r) { return r.json(); }); }
`;

function layout(title: string, body: string, session: Session, script = ''): Reply {
  const nav = session.loggedIn
    ? `<ul class="navbar-nav">
<li><a href="/Home/MainMenu">Dashboard</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" onclick="return false">e-Invoice <span class="caret"></span></a>
 <ul class="dropdown-menu"><li><a href="#">Generate IRN</a></li><li><a href="#">Cancel IRN</a></li><li><a href="#">Bulk Upload</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" onclick="return false">API Registration <span class="caret"></span></a>
 <ul class="dropdown-menu">
  <li class="dropdown-submenu"><a tabindex="-1" href="#">User Credentials</a>
   <ul class="dropdown-menu"><li><a href="/APIUser/Create">Create API User</a></li><li><a href="#">Change API Password</a></li></ul></li>
  <li><a href="#">IP Whitelisting</a></li><li><a href="#">Freeze API User</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" onclick="return false">MIS Reports <span class="caret"></span></a>
 <ul class="dropdown-menu"><li><a href="#">IRN Report</a></li></ul></li>
</ul>
<ul class="navbar-nav navbar-right"><li><a href="#">${ACCOUNT.gstin}</a></li><li><a href="/Home/Logout">Logout</a></li></ul>`
    : `<ul class="navbar-nav navbar-right"><li><a href="#">Help</a></li></ul>`;
  return {
    html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | e-Invoice System</title><style>${CSS}</style><script>${SCRIPT}</script></head>
<body><nav class="navbar navbar-default"><a class="navbar-brand" href="/">e-Invoice System</a>${nav}</nav>
${body}
<footer style="text-align:center;color:#777;padding:20px">Designed and developed by NIC. Content owned by GSTN.</footer>
${script ? `<script>${script}</script>` : ''}</body></html>`,
  };
}

function home(session: Session): Reply {
  return layout(
    'Home',
    `<div class="container" style="display:flex;gap:30px">
<div style="flex:2"><h2>e-Invoice System</h2><p>Invoice Registration Portal for reporting B2B invoices.</p>
<button type="button" id="btnLogin" class="btn btn-primary homepageloginbtn">Login</button></div>
<div style="flex:1"><div class="panel" id="loginPanel" style="display:none"><div class="panel-heading">Login to e-Invoice System</div><div class="panel-body">
<form id="frmLogin" autocomplete="off" onsubmit="return false">
<div id="divCred">
<div style="margin-bottom:10px"><label>Username</label><input type="text" class="form-control" id="txtUserName" placeholder="Username"></div>
<div style="margin-bottom:10px"><label>Password</label><input type="password" class="form-control" id="txt_password" placeholder="Password"></div>
<div style="margin-bottom:10px"><img id="captcha_image" src="/get-captcha-image" alt="captcha" width="150" height="50">
 <a href="#" id="lnkRefresh" title="Refresh"><span class="glyphicon glyphicon-refresh">&#8635;</span></a></div>
<div style="margin-bottom:10px"><input type="text" class="form-control" id="CaptchaCode" placeholder="Enter Captcha" maxlength="5"></div>
<button type="submit" class="btn btn-primary btn-block btnlogin" id="btnSignIn">Login</button>
</div>
<div id="divOtp" style="display:none">
<p class="text-info" id="otpSent"></p>
<label>Enter OTP</label><div style="margin-bottom:10px;display:flex;gap:6px" id="otpBoxes">${'<input type="text" class="form-control otp-input" maxlength="1" inputmode="numeric" style="width:40px;text-align:center">'.repeat(6)}</div>
<button type="button" class="btn btn-success btn-block" id="btnVerifyOTP">Verify OTP</button>
</div></form></div></div></div></div>`,
    session,
    `
document.getElementById('btnLogin').onclick = function () { document.getElementById('loginPanel').style.display = 'block'; document.getElementById('txtUserName').focus(); };
document.getElementById('lnkRefresh').onclick = function (e) { e.preventDefault(); document.getElementById('captcha_image').src = '/get-captcha-image?' + Date.now(); };
document.getElementById('btnSignIn').onclick = function () {
  post('/Home/Login', { UserName: document.getElementById('txtUserName').value, Password: document.getElementById('txt_password').value, CaptchaCode: document.getElementById('CaptchaCode').value })
  .then(function (r) {
    if (r.status !== 1) { alert(r.message); document.getElementById('captcha_image').src = '/get-captcha-image?' + Date.now(); document.getElementById('CaptchaCode').value = ''; return; }
    document.getElementById('divCred').style.display = 'none'; document.getElementById('divOtp').style.display = 'block';
    document.getElementById('otpSent').textContent = r.message;
  });
};
var boxes = document.querySelectorAll('.otp-input');
for (var k = 0; k < boxes.length; k++) boxes[k].addEventListener('input', function () { var next = this.nextElementSibling; if (this.value && next) next.focus(); });
document.getElementById('btnVerifyOTP').onclick = function () {
  var otp = Array.prototype.map.call(document.querySelectorAll('.otp-input'), function (box) { return box.value; }).join('');
  post('/Home/VerifyOTP', { Otp: otp }).then(function (r) {
    if (r.status !== 1) { alert(r.message); return; }
    window.location.href = '/Home/MainMenu';
  });
};`,
  );
}

function mainMenu(session: Session): Reply {
  const first = !session.popupShown;
  session.popupShown = true;
  const modal = `<div class="modal fade" id="modalContact" tabindex="-1" role="dialog" style="display:none">
<div class="modal-dialog" role="document"><div class="modal-content">
<div class="modal-header"><button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button>
<h4 class="modal-title">Contacts of Technical Person</h4></div>
<div class="modal-body"><table class="dataTable"><tr><th>Name</th><th>Mobile</th><th>E-mail</th></tr><tr><td>R. K. Sharma</td><td>98XXXXXX21</td><td>it@acme.example</td></tr></table></div>
<div class="modal-footer"><button type="button" class="btn btn-primary">Update</button> <button type="button" class="btn btn-danger" data-dismiss="modal">Exit</button></div>
</div></div></div>`;
  return layout(
    'Dashboard',
    `<div class="container"><h3>Dash Board <small>${ACCOUNT.legalName} (${ACCOUNT.gstin})</small></h3>
<div class="card" style="background:#00a65a">Generations<h2>0</h2></div><div class="card" style="background:#dd4b39">Cancelled<h2>0</h2></div></div>${modal}`,
    session,
    first
      ? `// The advisory comes once the notices are fetched, a while after the page has loaded.
window.addEventListener('load', function () { setTimeout(function () {
  swal('Advisory', 'Two factor authentication is now mandatory. Keep your registered mobile handy.', 'warning', function () { showModal('modalContact'); });
}, 1500); });`
      : '',
  );
}

function createPage(request: Request): Reply {
  const { session } = request;
  session.apiOtpSent = true;
  session.apiOtpOk = false;
  const options = GSPS.map((gsp) => `<option>${escapeHtml(gsp)}</option>`).join('');
  return layout(
    'Create API User',
    `<div class="container">
<div class="panel" id="pnlOtp"><div class="panel-heading">API Registration</div><div class="panel-body">
<div class="alert alert-info">OTP has been sent to your registered mobile number ******4321.</div>
<div id="otpError"></div>
<div class="form-group"><label class="control-label" for="txtApiOtp">Enter OTP *</label><div class="col"><input type="text" class="form-control" id="txtApiOtp" maxlength="6"></div></div>
<div class="form-group"><span class="control-label"></span><div class="col"><button type="button" class="btn btn-primary" id="btnApiVerify">Verify OTP</button> <a href="#" id="lnkResend">Resend OTP</a></div></div>
</div></div>
<div class="panel" id="pnlReg" style="display:none"><div class="panel-heading">Create API User</div><div class="panel-body">
<div class="form-group"><label class="control-label">Do you wish to Register your GSTIN for</label><div class="col">
<label class="radio-inline"><div class="iradio_minimal-blue" aria-checked="false" aria-disabled="false" style="position:relative"><input type="radio" name="regType" value="D" style="position:absolute;opacity:0"><ins class="iCheck-helper" style="position:absolute;top:0;left:0;display:block;width:100%;height:100%;margin:0;padding:0;background:#fff;border:0;opacity:0"></ins></div> Directly</label>
<label class="radio-inline"><div class="iradio_minimal-blue" aria-checked="false" aria-disabled="false" style="position:relative"><input type="radio" name="regType" value="G" style="position:absolute;opacity:0"><ins class="iCheck-helper" style="position:absolute;top:0;left:0;display:block;width:100%;height:100%;margin:0;padding:0;background:#fff;border:0;opacity:0"></ins></div> Through GSP</label>
<label class="radio-inline"><div class="iradio_minimal-blue" aria-checked="false" aria-disabled="false" style="position:relative"><input type="radio" name="regType" value="E" style="position:absolute;opacity:0"><ins class="iCheck-helper" style="position:absolute;top:0;left:0;display:block;width:100%;height:100%;margin:0;padding:0;background:#fff;border:0;opacity:0"></ins></div> Through ERP</label></div></div>
<div id="divGsp" style="display:none">
<div class="form-group"><label class="control-label">Select your GSP *</label><div class="col">
<select id="ddlGsp" style="display:none"><option value="">Select GSP</option>${options}</select>
<div class="chosen-container chosen-container-single" id="ddlGsp_chosen" title="">
<a class="chosen-single chosen-default" tabindex="-1"><span>Select GSP</span><div><b></b></div></a>
<div class="chosen-drop"><div class="chosen-search"><input class="chosen-search-input" type="text" autocomplete="off"></div><ul class="chosen-results"></ul></div></div></div></div>
<div class="form-group"><span class="control-label"></span><div class="col"><div class="input-group"><span class="input-group-addon">API_</span><input type="text" class="form-control" id="txtApiUser" maxlength="16" placeholder="Enter User Name"></div></div></div>
<div class="form-group"><span class="control-label"></span><div class="col"><input type="password" class="form-control" id="txtApiPwd" placeholder="Enter Password"></div></div>
<div class="form-group"><span class="control-label"></span><div class="col"><input type="password" class="form-control" id="txtApiRePwd" placeholder="Re-enter Password"></div></div>
<div id="regError"></div>
<div class="form-group"><span class="control-label"></span><div class="col"><button type="button" class="btn btn-success" id="btnSave">Submit</button> <a href="/Home/MainMenu" class="btn btn-default">Exit</a></div></div>
</div>
<h4>Registered GSPs</h4>
<div class="dataTables_wrapper"><div class="top"><div class="dataTables_length">Show <select><option>10</option><option>25</option></select> entries</div>
<div class="dataTables_filter"><label>Search:<input type="search"></label></div></div>
<table class="dataTable display" id="tblGsp"><thead><tr><th>#</th><th>GSP Name</th><th>API User Name</th><th>Created On</th></tr></thead><tbody></tbody></table>
<div class="bottom"><div class="dataTables_info" id="tblInfo"></div><div class="dataTables_paginate"><a class="paginate_button previous disabled">Previous</a> <a class="paginate_button next disabled">Next</a></div></div></div>
</div></div></div>
<div class="modal fade" id="modalConfirm" tabindex="-1" role="dialog" style="display:none"><div class="modal-dialog" style="width:400px"><div class="modal-content">
<div class="modal-header"><h4 class="modal-title">Confirmation</h4></div>
<div class="modal-body">Are you sure you want to create the API user?</div>
<div class="modal-footer"><button type="button" class="btn btn-primary" id="btnConfirmYes">Yes</button> <button type="button" class="btn btn-default" data-dismiss="modal">No</button></div>
</div></div></div>`,
    session,
    `
function error(where, text) { document.getElementById(where).innerHTML = text ? '<div class="alert alert-danger"><strong>Error!</strong> ' + text + '</div>' : ''; }
function loadGrid() {
  fetch('/APIUser/List').then(function (r) { return r.json(); }).then(function (rows) {
    var body = document.querySelector('#tblGsp tbody');
    body.innerHTML = rows.length ? rows.map(function (row, i) { return '<tr><td>' + (i + 1) + '</td><td>' + row.gsp + '</td><td>' + row.username + '</td><td>' + row.at + '</td></tr>'; }).join('')
      : '<tr class="odd"><td valign="top" colspan="4" class="dataTables_empty">No data available in table</td></tr>';
    document.getElementById('tblInfo').textContent = 'Showing ' + (rows.length ? 1 : 0) + ' to ' + rows.length + ' of ' + rows.length + ' entries';
  });
}
document.getElementById('lnkResend').onclick = function (e) { e.preventDefault(); post('/APIUser/SendOtp', {}).then(function (r) { error('otpError', ''); }); };
document.getElementById('btnApiVerify').onclick = function () {
  post('/APIUser/VerifyOtp', { Otp: document.getElementById('txtApiOtp').value }).then(function (r) {
    if (r.status !== 1) { error('otpError', r.message); return; }
    document.getElementById('pnlOtp').style.display = 'none'; document.getElementById('pnlReg').style.display = 'block'; loadGrid();
  });
};
// iCheck: a click on the label or the helper checks the input and fires 'ifChecked'
function onIfChecked(input) { document.getElementById('divGsp').style.display = input.value === 'G' ? 'block' : 'none'; }
var labels = document.querySelectorAll('#pnlReg label.radio-inline');
for (var i = 0; i < labels.length; i++) labels[i].addEventListener('click', function (e) {
  e.preventDefault();
  var input = this.querySelector('input'); if (input.checked) return;
  var all = document.getElementsByName(input.name);
  for (var j = 0; j < all.length; j++) { all[j].checked = false; all[j].parentNode.classList.remove('checked'); all[j].parentNode.setAttribute('aria-checked', 'false'); }
  input.checked = true; input.parentNode.classList.add('checked'); input.parentNode.setAttribute('aria-checked', 'true');
  onIfChecked(input);
});
(function chosen() {
  var select = document.getElementById('ddlGsp'), box = document.getElementById('ddlGsp_chosen');
  var single = box.querySelector('.chosen-single'), search = box.querySelector('.chosen-search-input'), list = box.querySelector('.chosen-results');
  function draw() {
    var q = search.value.toLowerCase();
    list.innerHTML = '';
    for (var i = 1; i < select.options.length; i++) {
      var text = select.options[i].text; if (q && text.toLowerCase().indexOf(q) < 0) continue;
      var li = document.createElement('li'); li.className = 'active-result'; li.setAttribute('data-option-array-index', i); li.textContent = text;
      li.onmouseover = function () { var h = list.querySelector('.highlighted'); if (h) h.classList.remove('highlighted'); this.classList.add('highlighted'); };
      li.onmouseup = function () { select.selectedIndex = Number(this.getAttribute('data-option-array-index')); single.querySelector('span').textContent = this.textContent;
        single.classList.remove('chosen-default'); box.classList.remove('chosen-with-drop', 'chosen-container-active'); select.dispatchEvent(new Event('change')); };
      list.appendChild(li);
    }
    if (!list.children.length) list.innerHTML = '<li class="no-results">No results match "<span>' + search.value + '</span>"</li>';
  }
  single.onmousedown = function (e) { e.preventDefault(); var open = box.classList.toggle('chosen-with-drop'); box.classList.toggle('chosen-container-active', open); if (open) { search.value = ''; draw(); search.focus(); } };
  search.oninput = draw;
  search.onkeydown = function (e) { if (e.key === 'Enter') { e.preventDefault(); var h = list.querySelector('.highlighted') || list.querySelector('.active-result'); if (h) h.onmouseup(); } };
  document.addEventListener('mousedown', function (e) { if (!box.contains(e.target)) box.classList.remove('chosen-with-drop', 'chosen-container-active'); });
})();
document.getElementById('btnSave').onclick = function () { showModal('modalConfirm'); };
document.getElementById('btnConfirmYes').onclick = function () {
  var m = document.getElementById('modalConfirm'); m.style.display = 'none'; var b = document.querySelector('.modal-backdrop'); if (b) b.parentNode.removeChild(b);
  var type = document.querySelector('input[name=regType]:checked');
  post('/APIUser/Save', { RegType: type ? type.value : '', Gsp: document.getElementById('ddlGsp').value, UserName: document.getElementById('txtApiUser').value,
    Password: document.getElementById('txtApiPwd').value, ConfirmPassword: document.getElementById('txtApiRePwd').value }).then(function (r) {
    if (r.status === 2) { error('regError', r.message); return; }
    error('regError', '');
    if (r.status !== 1) { swal('Error', r.message, 'error'); return; }
    swal('Success', r.message, 'success', loadGrid);
  });
};`,
  );
}

function json(status: number, message: string): Reply {
  return { json: { status, message } };
}

const handler: Handler = (request) => {
  const { method, path, session, body, state } = request;
  if (path === '/get-captcha-image') return { svg: captchaSvg() };
  if (path === '/' || path === '/Home/Index') return home(session);
  if (path === '/Home/Login' && method === 'POST') {
    if ((body.get('CaptchaCode') ?? '').toUpperCase() !== ANSWERS.captcha)
      return json(0, 'Invalid Captcha...Please try again');
    if (body.get('UserName') !== ACCOUNT.username || body.get('Password') !== ACCOUNT.password) {
      return json(0, 'Invalid Login Credentials...Please try again');
    }
    session.passwordOk = true;
    return json(1, 'OTP has been sent to your registered mobile number ******4321 and on the Sandes app.');
  }
  if (path === '/Home/VerifyOTP' && method === 'POST') {
    if (!session.passwordOk) return json(0, 'Session expired. Please login again.');
    if (body.get('Otp') !== ANSWERS.loginOtp) {
      state.wrongOtps += 1;
      return json(0, 'Invalid OTP, please enter the correct OTP');
    }
    session.loggedIn = true;
    return json(1, 'ok');
  }
  if (path === '/Home/Logout') {
    session.loggedIn = false;
    session.passwordOk = false;
    return { redirect: '/' };
  }
  if (!session.loggedIn)
    return method === 'POST' ? json(0, 'Session expired. Please login again.') : { redirect: '/' };
  if (path === '/Home/MainMenu') return mainMenu(session);
  if (path === '/APIUser/Create') return createPage(request);
  if (path === '/APIUser/SendOtp') {
    session.apiOtpSent = true;
    return json(1, 'OTP sent');
  }
  if (path === '/APIUser/VerifyOtp' && method === 'POST') {
    if (body.get('Otp') !== ANSWERS.apiOtp) {
      state.wrongOtps += 1;
      return json(0, 'The OTP entered is incorrect. Please try again.');
    }
    session.apiOtpOk = true;
    return json(1, 'ok');
  }
  if (path === '/APIUser/List') {
    return {
      json: state.apiUsers
        .filter((user) => user.gstin === ACCOUNT.gstin)
        .map((user) => ({ gsp: escapeHtml(user.gsp), username: user.username, at: user.at.slice(0, 10) })),
    };
  }
  if (path === '/APIUser/Save' && method === 'POST') {
    if (!session.apiOtpOk) return json(0, 'Please verify the OTP first.');
    if (body.get('RegType') !== 'G') return json(2, 'Please select the registration type.');
    const gsp = body.get('Gsp') ?? '';
    if (!GSPS.includes(gsp)) return json(2, 'Please select your GSP.');
    const name = body.get('UserName') ?? '';
    const password = body.get('Password') ?? '';
    if (!/^[A-Za-z0-9_]{4,16}$/.test(name)) return json(2, 'Please enter a valid user name.');
    if (password !== body.get('ConfirmPassword'))
      return json(2, 'Password and confirm password do not match.');
    const refused = register(state, gsp, `API_${name}`, password);
    if (refused) return json(0, refused);
    return json(1, `API user API_${name} has been created successfully.`);
  }
  return { notFound: true };
};

export function startBootstrapNavbar(port = 0): Promise<Rendition> {
  return serve(handler, port);
}
