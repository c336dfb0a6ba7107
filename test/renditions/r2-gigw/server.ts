/**
 * Rendition r2-gigw: the E-Invoice portal as an accessibility-audited GIGW-style government site
 * might draw it, written from /work/shared/portal/einvoice1.md and guide.md only. Server-rendered
 * pages posting ordinary forms: a skip link, fieldsets with legends, `<label for>`, radio groups,
 * messages in an aria-live region, a native `<dialog>` for the technical-contact notice, a
 * disclosure-button menu, a "Generate OTP" button before the API OTP field (the OTP is sent only
 * then), and a confirmation page after Submit.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Rendition, RenditionAnswers, RenditionState } from '../r2-spa/server.js';

const GSPS = [
  'Adaequare Info Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'Masters India Private Limited',
  'Tera Software Limited',
  'Webtel Electrosoft Private Limited',
];
const GSTIN = '27AAPFU0939F1ZV';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

interface Session {
  stage: 'otp' | 'in';
  apiOtpSent: boolean;
  apiOtpOk: boolean;
  noticeShown: boolean;
}

function page(
  title: string,
  main: string,
  options: { session?: Session; message?: string; error?: boolean },
): string {
  const menu = options.session?.stage === 'in' ? MENU : '';
  const live = options.message
    ? `<div class="${options.error ? 'msg error' : 'msg success'}" role="${options.error ? 'alert' : 'status'}">${escapeHtml(options.message)}</div>`
    : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | e-Invoice System | Government of India</title>
<style>
body{margin:0;font-family:"Noto Sans",Arial,sans-serif;font-size:16px;color:#1b1b1b;background:#fff}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#ff0;padding:6px}
.gov{background:#f0f0f0;font-size:13px;padding:4px 16px;display:flex;justify-content:space-between}
header{border-bottom:4px solid #f60;padding:12px 16px;display:flex;align-items:center;gap:16px}
header h1{font-size:22px;margin:0;color:#003366}
.layout{display:flex}
nav.side{width:240px;background:#003366;min-height:480px}
nav.side ul{list-style:none;margin:0;padding:0}
nav.side a,nav.side button{display:block;width:100%;text-align:left;background:none;border:0;color:#fff;padding:10px 16px;font-size:15px;text-decoration:none;cursor:pointer}
nav.side ul ul a,nav.side ul ul button{padding-left:32px}nav.side ul ul ul a{padding-left:48px}
nav.side [hidden]{display:none}
main{flex:1;padding:20px 28px}
fieldset{border:1px solid #999;margin:0 0 18px;padding:12px 18px}
legend{font-weight:bold;padding:0 6px}
.row{margin:10px 0}.row label{display:block;font-weight:600;margin-bottom:4px}
input[type=text],input[type=password],select{padding:7px;border:1px solid #555;min-width:260px;font-size:15px}
.req{color:#b00}
.btn{background:#003366;color:#fff;border:0;padding:9px 20px;font-size:15px;cursor:pointer;margin-right:8px}
.btn.sec{background:#666}
.msg{padding:10px 14px;margin-bottom:14px;border-left:6px solid}
.msg.error{background:#fdecea;border-color:#b00;color:#7a0000}
.msg.success{background:#e8f5e9;border-color:#2e7d32;color:#1b5e20}
table{border-collapse:collapse;margin-top:10px}th,td{border:1px solid #999;padding:6px 10px}caption{text-align:left;font-weight:bold;margin-bottom:6px}
dialog{border:2px solid #003366;padding:18px 22px;max-width:460px}dialog::backdrop{background:rgba(0,0,0,.55)}
footer{border-top:1px solid #ccc;font-size:13px;padding:10px 16px;margin-top:24px}
.prefix{display:inline-block;padding:7px;border:1px solid #555;border-right:0;background:#eee}
</style></head>
<body>
<a class="skip" href="#main-content">Skip to main content</a>
<div class="gov"><span>Government of India</span><span><a href="#main-content">Skip to main content</a> | <a href="#">Screen Reader Access</a> | A- A A+</span></div>
<header><h1>e-Invoice System</h1>${options.session ? '<form method="post" action="/logout" style="margin-left:auto"><button class="btn sec" type="submit">Logout</button></form>' : '<a class="btn" style="margin-left:auto;text-decoration:none" href="/login">Login</a>'}</header>
<div class="layout">${menu}
<main id="main-content" tabindex="-1">
<div aria-live="polite" aria-atomic="true">${live}</div>
${main}
</main></div>
<footer>Content owned by GSTN, designed and hosted by National Informatics Centre.</footer>
<script>
document.querySelectorAll('nav.side button[aria-expanded]').forEach(function (b) {
  b.addEventListener('click', function () {
    var open = b.getAttribute('aria-expanded') === 'true';
    b.setAttribute('aria-expanded', String(!open));
    document.getElementById(b.getAttribute('aria-controls')).hidden = open;
  });
});
var d = document.getElementById('techContact'); if (d && d.showModal) d.showModal();
</script>
</body></html>`;
}

const MENU = `<nav class="side" aria-label="Main menu"><ul>
<li><a href="/dashboard">Dashboard</a></li>
<li><a href="#">e-Invoice</a></li>
<li><button type="button" aria-expanded="false" aria-controls="m-api">API Registration</button>
  <ul id="m-api" hidden>
    <li><button type="button" aria-expanded="false" aria-controls="m-cred">User Credentials</button>
      <ul id="m-cred" hidden><li><a href="/api-registration/create-user">Create API User</a></li></ul></li>
    <li><a href="#">IP Whitelisting</a></li><li><a href="#">Freeze API User</a></li><li><a href="#">Change API Password</a></li>
  </ul></li>
<li><a href="#">MIS Reports</a></li>
<li><a href="#">User Management</a></li>
</ul></nav>`;

function form(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((done) => {
    let text = '';
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    req.on('end', () => done(new URLSearchParams(text)));
  });
}

const LOGIN = (message?: string) =>
  page(
    'Login',
    `<h2>Login</h2>
<form method="post" action="/login"><fieldset><legend>Login to e-Invoice System</legend>
<div class="row"><label for="username">Username <span class="req" aria-hidden="true">*</span></label><input type="text" id="username" name="username" autocomplete="username" required></div>
<div class="row"><label for="password">Password <span class="req" aria-hidden="true">*</span></label><input type="password" id="password" name="password" autocomplete="current-password" required></div>
<div class="row"><img src="/captcha.svg?t=${Date.now()}" alt="Captcha image" width="150" height="46"> <a href="/login">Refresh captcha</a></div>
<div class="row"><label for="captcha">Enter the characters shown in the image <span class="req" aria-hidden="true">*</span></label><input type="text" id="captcha" name="captcha" autocomplete="off" required></div>
</fieldset><button class="btn" type="submit">Login</button></form>`,
    { message, error: true },
  );

export function startGigwRendition(answers: RenditionAnswers, port = 0): Promise<Rendition> {
  let state: RenditionState = { users: [], submits: 0 };
  const sessions = new Map<string, Session>();
  let counter = 0;
  const send = (res: ServerResponse, html: string, cookie?: string) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(cookie !== undefined ? { 'set-cookie': `ASP.NET_SessionId=${cookie}; Path=/; HttpOnly` } : {}),
    });
    res.end(html);
  };
  const redirect = (res: ServerResponse, to: string) => {
    res.writeHead(303, { location: to });
    res.end();
  };
  const registeredTable = () => {
    const rows = state.users.filter((user) => user.gstin === GSTIN);
    if (rows.length === 0) return '';
    return `<table><caption>GSPs registered for GSTIN ${GSTIN}</caption><thead><tr><th scope="col">S.No.</th><th scope="col">GSP Name</th><th scope="col">API Username</th></tr></thead><tbody>${rows
      .map(
        (user, index) =>
          `<tr><td>${index + 1}</td><td>${escapeHtml(user.gsp)}</td><td>${escapeHtml(user.username)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  };
  const otpPage = (session: Session, message?: string, error = true) =>
    page(
      'Create API User',
      `<h2>API Registration</h2>
<form method="post" action="/api-registration/generate-otp"><fieldset><legend>Step 1 of 2: Verify mobile number</legend>
<p>An OTP will be sent to the mobile number registered with this GSTIN.</p>
<button class="btn" type="submit">${session.apiOtpSent ? 'Resend OTP' : 'Generate OTP'}</button></fieldset></form>
${
  session.apiOtpSent
    ? `<form method="post" action="/api-registration/verify-otp"><fieldset><legend>Enter OTP</legend>
<div class="row"><label for="otp">Enter OTP <span class="req" aria-hidden="true">*</span></label><input type="text" id="otp" name="otp" inputmode="numeric" maxlength="6" autocomplete="one-time-code" aria-describedby="otp-hint"> <span id="otp-hint">6 digits, valid for 10 minutes</span></div>
<button class="btn" type="submit">Verify OTP</button></fieldset></form>`
    : ''
}`,
      { session, message, error },
    );
  const registerPage = (session: Session, message?: string) =>
    page(
      'Create API User',
      `<h2>API Registration</h2>
<form method="post" action="/api-registration/submit">
<fieldset><legend>Do you wish to Register your GSTIN for <span class="req" aria-hidden="true">*</span></legend>
<input type="radio" id="mode-direct" name="mode" value="D"><label for="mode-direct">Directly</label>
<input type="radio" id="mode-gsp" name="mode" value="G"><label for="mode-gsp">Through GSP</label>
<input type="radio" id="mode-erp" name="mode" value="E"><label for="mode-erp">Through ERP</label>
</fieldset>
<fieldset><legend>Step 2 of 2: API user details</legend>
<div class="row"><label for="gsp">Select your GSP <span class="req" aria-hidden="true">*</span></label><select id="gsp" name="gsp"><option value="">-- Select --</option>${GSPS.map(
        (gsp, index) => `<option value="${index + 1}">${escapeHtml(gsp)}</option>`,
      ).join('')}</select></div>
<div class="row"><label for="apiuser">Username <span class="req" aria-hidden="true">*</span></label><span class="prefix" aria-hidden="true">API_</span><input type="text" id="apiuser" name="apiuser" maxlength="15" aria-describedby="apiuser-hint"> <span id="apiuser-hint">The username will begin with API_</span></div>
<div class="row"><label for="apipwd">Password <span class="req" aria-hidden="true">*</span></label><input type="password" id="apipwd" name="apipwd" autocomplete="new-password"></div>
<div class="row"><label for="apipwd2">Re-enter Password <span class="req" aria-hidden="true">*</span></label><input type="password" id="apipwd2" name="apipwd2" autocomplete="new-password"></div>
</fieldset>
<button class="btn" type="submit">Submit</button><a class="btn sec" style="text-decoration:none" href="/dashboard">Exit</a>
</form>${registeredTable()}`,
      { session, message, error: true },
    );
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const sid = /ASP\.NET_SessionId=(\w+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    const session = sessions.get(sid);
    const path = url.pathname;
    if (path === '/captcha.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
      res.end(
        `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="46"><rect width="150" height="46" fill="#fffbe6"/><line x1="0" y1="10" x2="150" y2="40" stroke="#cb9"/><text x="20" y="32" font-family="Georgia" font-size="26" font-style="italic" fill="#543">${answers.captcha}</text></svg>`,
      );
      return;
    }
    if (req.method === 'GET' && path === '/') {
      return send(
        res,
        page(
          'Home',
          '<h2>Welcome to the e-Invoice System</h2><p>Registered taxpayers can generate IRN and manage API access.</p><p><a href="/login">Login</a> to continue.</p>',
          {},
        ),
      );
    }
    if (path === '/login' && req.method === 'GET') return send(res, LOGIN());
    if (path === '/login' && req.method === 'POST') {
      const body = await form(req);
      if ((body.get('captcha') ?? '').toUpperCase() !== answers.captcha.toUpperCase()) {
        return send(res, LOGIN('Invalid Captcha. Please enter the characters shown in the image.'));
      }
      if (body.get('username') !== answers.username || body.get('password') !== answers.password) {
        return send(res, LOGIN('Invalid Login Credentials. Please try again.'));
      }
      counter += 1;
      const id = `g${counter}x${Date.now()}`;
      sessions.set(id, { stage: 'otp', apiOtpSent: false, apiOtpOk: false, noticeShown: false });
      res.writeHead(303, {
        location: '/login/otp',
        'set-cookie': `ASP.NET_SessionId=${id}; Path=/; HttpOnly`,
      });
      res.end();
      return;
    }
    if (path === '/logout') {
      sessions.delete(sid);
      return redirect(res, '/');
    }
    if (!session) return send(res, LOGIN('Your session has expired. Please login again.'));
    const otpLogin = (message?: string) =>
      page(
        'Verify OTP',
        `<h2>Two-Factor Authentication</h2><form method="post" action="/login/otp"><fieldset><legend>OTP verification</legend>
<p>An OTP has been sent to your registered mobile number. You may also use the code shown in the NIC-GST-Shield app.</p>
<div class="row"><label for="loginotp">OTP <span class="req" aria-hidden="true">*</span></label><input type="text" id="loginotp" name="loginotp" inputmode="numeric" maxlength="6" autocomplete="one-time-code"></div>
</fieldset><button class="btn" type="submit">Verify OTP</button></form>`,
        { message, error: true },
      );
    if (path === '/login/otp') {
      if (req.method === 'GET') return send(res, otpLogin());
      const body = await form(req);
      if (body.get('loginotp') !== answers.loginOtp)
        return send(res, otpLogin('Invalid OTP. Please try again.'));
      session.stage = 'in';
      return redirect(res, '/dashboard');
    }
    if (session.stage !== 'in') return send(res, LOGIN('Your session has expired. Please login again.'));
    if (path === '/dashboard') {
      const notice = session.noticeShown
        ? ''
        : `<dialog id="techContact" aria-labelledby="tc-title"><h2 id="tc-title">Contacts of Technical Person</h2>
<p>Please update the name, mobile number and e-mail of your technical contact person.</p>
<form method="dialog"><button class="btn" type="submit">Close</button></form></dialog>`;
      session.noticeShown = true;
      return send(
        res,
        page(
          'Dash Board',
          `<h2>Dash Board</h2><table><caption>Summary</caption><tr><th scope="row">Generations</th><td>0</td></tr><tr><th scope="row">Cancelled</th><td>0</td></tr></table>${notice}`,
          { session },
        ),
      );
    }
    if (path === '/api-registration/create-user') {
      session.apiOtpSent = false;
      session.apiOtpOk = false;
      return send(res, otpPage(session));
    }
    if (path === '/api-registration/generate-otp' && req.method === 'POST') {
      session.apiOtpSent = true;
      return send(res, otpPage(session, 'OTP has been sent to your registered mobile number.', false));
    }
    if (path === '/api-registration/verify-otp' && req.method === 'POST') {
      const body = await form(req);
      if (!session.apiOtpSent || body.get('otp') !== answers.apiOtp) {
        return send(res, otpPage(session, 'Invalid OTP. Please enter the correct OTP.'));
      }
      session.apiOtpOk = true;
      return send(res, registerPage(session));
    }
    if (path === '/api-registration/submit' && req.method === 'POST') {
      if (!session.apiOtpOk) return send(res, otpPage(session, 'Please verify the OTP first.'));
      const body = await form(req);
      state.submits += 1;
      const gsp = GSPS[Number(body.get('gsp')) - 1];
      const typed = body.get('apiuser') ?? '';
      const username = `API_${typed}`;
      const password = body.get('apipwd') ?? '';
      const refuse = (message: string) => send(res, registerPage(session, message));
      if (body.get('mode') !== 'G')
        return refuse('Please select Through GSP or the other registration options.');
      if (!gsp) return refuse('Please select your GSP.');
      if (!/^[A-Za-z0-9]{4,15}$/.test(typed)) return refuse('Username must be 4 to 15 letters or digits.');
      if (password !== body.get('apipwd2')) return refuse('Password and Re-enter Password do not match.');
      if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(password)) {
        return refuse(
          'Password must be 8 to 15 characters with upper case, lower case, digit and special character.',
        );
      }
      if (state.users.some((user) => user.gstin === GSTIN && user.gsp === gsp)) {
        return refuse('Your GSTIN is already registered with this GSP.');
      }
      if (state.users.some((user) => user.username === username))
        return refuse('This username is already taken.');
      state.users.push({ gstin: GSTIN, gsp, username, password });
      session.apiOtpOk = false;
      return send(
        res,
        page(
          'Confirmation',
          `<h2>Confirmation</h2><p>API user <strong>${escapeHtml(username)}</strong> has been created successfully for ${escapeHtml(gsp)}.</p>${registeredTable()}<p><a href="/dashboard">Back to Dash Board</a></p>`,
          { session, message: 'API user created successfully.', error: false },
        ),
      );
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end(page('Page not found', '<h2>Page not found</h2>', { session }));
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${address.port}/`,
        state: () => structuredClone(state),
        reset: () => {
          state = { users: [], submits: 0 };
          sessions.clear();
        },
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
