/**
 * Rendition r16-iframe-shell: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2012-2018 JSP/Struts 1 portal of an Indian
 * PSU would draw it: `.do` actions, a JSESSIONID cookie, table layouts, `<font color=red>` errors from
 * `<html:errors/>`, a Struts token in the forms, `alert()`/`confirm()` for the rest, and after login a
 * SHELL page (`/Home.do`) whose content area is an IFRAME (`<iframe name="mainFrame" id="contentFrame">`)
 * while the left menu stays in the shell. Every line of markup, style and script is written here: a small
 * hand-written runtime stands in for jQuery 1.x's slideDown/slideUp (13 ms timer, "swing" easing, inline
 * `overflow: hidden; height` while running) and for jQuery UI 1.10's modal dialog (`div.ui-dialog` with a
 * separate `div.ui-widget-overlay` sibling, appended to the frame's body). No library files, no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` is a public home page (header button "Login", `a#btnLogin.homepageloginbtn`, to `/login.do`);
 *   `/login.do` (GET shows, POST checks), `/otpLogin.do` (2FA), `/Home.do` (the shell), `/dashboard.do`,
 *   `/apiReg/createApiUser.do` (a Struts DispatchAction: hidden `method` = sendOtp | verifyOtp |
 *   saveApiUser), `/apiReg/gspList.do` (AJAX, JSON), `/captchaImage.do` (SVG), `/logout.do`. Other menu
 *   leaves are placeholder pages in the frame ("No records found."). Unknown paths get a Tomcat 404 page.
 * - Login: a table-layout form (`td.lbl` "User Name", "Password", the captcha picture with a refresh icon
 *   link, "Enter Captcha", `input[type=submit][value=Login].btn`). The login page busts out of frames.
 *   Its onsubmit script hashes the password (`sha256(sha256(pwd) + salt)`, salt per session, in a hidden
 *   `encPassword`) and blanks the password box; the server accepts only the hash. The captcha is checked
 *   first (case-insensitive), then user name (case-insensitive) and password. Refusals re-render the page
 *   with red text in a Struts `<font color="red"><ul><li>` block: "Invalid Captcha. Please enter the
 *   characters shown in the image." / "Invalid Login Credentials. Please enter valid User Name and
 *   Password." The user name is kept, the captcha redrawn. No lock-out.
 * - 2FA: page "Two Factor Authentication", "Enter OTP" (`input#txtOtp`), `input#btnVerifyOTP` "Verify OTP",
 *   a "Resend OTP" link. Wrong: red "Invalid OTP. Please enter the valid OTP sent to your registered mobile
 *   number." Retries unlimited.
 * - Shell (`/Home.do`): a banner (emblem, "e-Invoice System", Welcome / GSTIN / Last Login), a strip with
 *   Home, Change Password and Logout (a `confirm()`), the left menu `div#leftMenu`: `h3.menuHead` groups
 *   (Dash Board is a head holding a link; e-Invoice; API Registration; MIS Reports; User Management), each
 *   followed by a `div.menuBody` that slides down in 300 ms (one group open at a time; clicks during an
 *   animation are ignored). Under API Registration, "User Credentials" is an `a.subHead`
 *   (`javascript:void(0)`) that slides its nested `ul.subMenu` (200 ms) holding "Create API User" and "View
 *   API Users"; also IP Whitelisting, Freeze API User, Change API Password. Every leaf has
 *   `target="mainFrame"`. The iframe is 100% x 600 px, frameborder 0, scrolling auto, src `/dashboard.do`.
 * - In the frame, the dashboard ("Dash Board", boxes "Generations" and "Cancelled") opens, on its first load
 *   in a session, the jQuery UI modal "Contacts of Technical Person" (name, designation, mobile, e-mail)
 *   with the title bar's × (`button.ui-dialog-titlebar-close`, text "close") and a "Close" button; Escape
 *   closes it too; the overlay swallows clicks.
 * - Create API User (in the frame): panel "API Registration" with GSTIN, the masked mobile and "Send OTP"
 *   (a form post). Then "OTP has been sent to your registered mobile number XXXXXX7310...", "Enter OTP *"
 *   and "Verify OTP" (a form post; Enter in the box submits too). A wrong OTP re-renders the OTP step and
 *   its script runs `alert('Invalid OTP. Please enter the valid OTP.')` (the only sign).
 * - The form (heading "Create API User"): "Do you wish to Register your GSTIN for" with radios "Through GSP"
 *   / "Directly" in one table row. "Through GSP" shows the row "Select your GSP" (a native
 *   `<select name=gspId>`, one option "Loading..." and disabled while an XHR fetches the list, then
 *   "--Select--" and 20 names); "Directly" hides it and shows a note (Submit then only alerts). "User Name"
 *   with `span.prefix` "API_" before the box (3 to 30 letters, digits, '_', '.', '-'; a typed "API_" is not
 *   stripped), "Password" and "Re-enter Password" (8 to 20 characters, upper, lower, digit, special),
 *   "Submit" and "Exit". Client checks are `alert()`s; then `confirm('Are you sure you want to create API
 *   user?')`; then a form post (method=saveApiUser, with the Struts token).
 * - Server verdicts under the form heading in `<font color="red">`: "GSTIN <gstin> is already registered
 *   with <GSP>." (duplicate; Tera Software Limited is on file from before) and "User Name API_x already
 *   exists. Please choose a different User Name." (username-taken: API_admin, API_test, API_demo or any on
 *   file). Success: `div.successMsg` (inline green) "API User API_x has been created successfully for
 *   <GSP>. ...", the form gone, and the table "GSPs registered for GSTIN <gstin>" (Sl. No., GSP Name, API
 *   User Name, Created On, Status) with the new row; the table also shows under the form.
 * - Sessions: cookie JSESSIONID (HttpOnly), server-side, 20 minutes idle. A frame page or form post without
 *   a live signed-in session answers a page whose script runs `alert('Your session has expired. Please
 *   login again.'); top.location.href='/login.do?expired=true';`; the AJAX list answers `SESSION_EXPIRED`
 *   and its script does the same; `/Home.do` redirects there. The login page then shows "Session expired.
 *   Please login again." in red.
 * - expireOnce: the first request of that stage (sendOtp, verifyOtp or saveApiUser post) deletes the
 *   server session first, so it answers as any lost session does.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type IframeShellR16Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface IframeShellR16Options {
  expireOnce?: IframeShellR16Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface IframeShellR16State {
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

export interface IframeShellR16Rendition {
  url: string;
  close(): Promise<void>;
  state: IframeShellR16State;
}

export const IFRAME_SHELL_R16_LOGIN: { username: string; password: string } = {
  username: 'mhtrader2016',
  password: 'Frame@Shell16',
};

const MOBILE = 'XXXXXX7310';
const IDLE_MS = 20 * 60 * 1000;
const TOKEN_FIELD = 'org.apache.struts.taglib.html.TOKEN';

interface Session {
  id: string;
  salt: string;
  stage: 'anon' | 'otp' | 'in';
  userName: string;
  lastLogin: string;
  techShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  token: string;
  lastSeen: number;
}

interface Portal {
  state: IframeShellR16State;
  sessions: Map<string, Session>;
  expireOnce: IframeShellR16Expiry | undefined;
  expiryUsed: boolean;
  closed: boolean;
  timers: Set<NodeJS.Timeout>;
  /** Registrations on file before this server started (not in state.users). */
  onFile: { gsp: string; username: string; createdOn: string }[];
}

interface Ctx {
  p: Portal;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  body: URLSearchParams;
  cookieId: string | undefined;
  session: Session | undefined;
}

export async function startIframeShellR16Rendition(
  options: IframeShellR16Options = {},
): Promise<IframeShellR16Rendition> {
  const state: IframeShellR16State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const portal: Portal = {
    state,
    sessions: new Map(),
    expireOnce: options.expireOnce,
    expiryUsed: false,
    closed: false,
    timers: new Set(),
    onFile: [{ gsp: 'Tera Software Limited', username: 'API_terasoft01', createdOn: '14/02/2021 11:42:07' }],
  };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(portal, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`500 Internal Server Error\n${String(error)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        portal.closed = true;
        for (const timer of portal.timers) clearTimeout(timer);
        portal.timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Plumbing: requests, cookies, sessions, responses
// ---------------------------------------------------------------------------------------------------------

async function handle(p: Portal, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const body = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : new URLSearchParams();
  const cookieId = readCookie(req, 'JSESSIONID');
  const ctx: Ctx = { p, req, res, url, body, cookieId, session: cookieId ? touch(p, cookieId) : undefined };
  const path = url.pathname.replace(/;jsessionid=.*$/i, '');
  const post = req.method === 'POST';
  switch (path) {
    case '/':
    case '/index.jsp':
      return homePage(ctx);
    case '/login.do':
      return post ? loginSubmit(ctx) : loginPage(ctx);
    case '/captchaImage.do':
      return captchaImage(ctx);
    case '/otpLogin.do':
      return post ? loginOtpSubmit(ctx) : loginOtpPage(ctx);
    case '/Home.do':
      return shellPage(ctx);
    case '/dashboard.do':
      return dashboardPage(ctx);
    case '/apiReg/createApiUser.do':
      return createApiUser(ctx);
    case '/apiReg/gspList.do':
      return gspList(ctx);
    case '/logout.do':
      return logout(ctx);
  }
  const title = PLACEHOLDERS[path];
  if (title) return placeholderPage(ctx, title);
  send(
    res,
    404,
    'text/html;charset=UTF-8',
    `<html><head><title>Apache Tomcat/7.0.54 - Error report</title></head><body><h1>HTTP Status 404 - ${esc(path)}</h1><hr size="1" noshade="noshade"><p><b>type</b> Status report</p><p><b>message</b> <u>${esc(path)}</u></p><p><b>description</b> <u>The requested resource is not available.</u></p><hr size="1" noshade="noshade"><h3>Apache Tomcat/7.0.54</h3></body></html>`,
  );
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The live session the cookie names (its idle clock restarted), or nothing. */
function touch(p: Portal, id: string): Session | undefined {
  const session = p.sessions.get(id);
  if (!session) return undefined;
  if (Date.now() - session.lastSeen > IDLE_MS) {
    p.sessions.delete(id);
    return undefined;
  }
  session.lastSeen = Date.now();
  return session;
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex').toUpperCase();
}

function newSession(ctx: Ctx): Session {
  const session: Session = {
    id: hex(16),
    salt: hex(8),
    stage: 'anon',
    userName: '',
    lastLogin: '',
    techShown: false,
    apiOtpSent: false,
    apiOtpVerified: false,
    token: hex(16),
    lastSeen: Date.now(),
  };
  ctx.p.sessions.set(session.id, session);
  ctx.session = session;
  ctx.res.setHeader('Set-Cookie', `JSESSIONID=${session.id}; Path=/; HttpOnly`);
  return session;
}

function param(ctx: Ctx, name: string): string {
  return ctx.body.get(name) ?? ctx.url.searchParams.get(name) ?? '';
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-cache, no-store, must-revalidate',
    Pragma: 'no-cache',
    Expires: '0',
    Server: 'Apache-Coyote/1.1',
    'X-Powered-By': 'Servlet/3.0 JSP/2.2',
  });
  res.end(body);
}

function html(ctx: Ctx, body: string) {
  send(ctx.res, 200, 'text/html;charset=UTF-8', body);
}

function redirect(ctx: Ctx, location: string) {
  ctx.res.writeHead(302, { Location: location, Server: 'Apache-Coyote/1.1', 'Content-Length': '0' });
  ctx.res.end();
}

function delay(p: Portal, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (p.closed) return resolve();
    const timer = setTimeout(() => {
      p.timers.delete(timer);
      resolve();
    }, ms);
    p.timers.add(timer);
  });
}

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function sha256hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function now(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** The session of a signed-in user, or the session-lost answer (a page, or a word for the AJAX call). */
function signedIn(ctx: Ctx, ajax = false): Session | undefined {
  const session = ctx.session;
  if (session && session.stage === 'in') return session;
  if (ajax) send(ctx.res, 200, 'text/plain;charset=UTF-8', 'SESSION_EXPIRED');
  else html(ctx, SESSION_EXPIRED_PAGE);
  return undefined;
}

/** The first request of the chosen stage finds its server session deleted. */
function expireIfChosen(ctx: Ctx, stage: IframeShellR16Expiry) {
  const { p } = ctx;
  if (p.expireOnce !== stage || p.expiryUsed) return;
  p.expiryUsed = true;
  if (ctx.session) p.sessions.delete(ctx.session.id);
  ctx.session = undefined;
  p.state.expired.push(stage);
}

const SESSION_EXPIRED_PAGE = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Session Expired</title>
<script type="text/javascript">
alert('Your session has expired. Please login again.');
top.location.href='/login.do?expired=true';
</script>
</head>
<body>
<p style="font:12px Verdana,Arial,sans-serif;color:red">Your session has expired. Please <a href="/login.do?expired=true" target="_top">login</a> again.</p>
</body>
</html>
`;

// ---------------------------------------------------------------------------------------------------------
// Outer pages: the shared chrome, the home page, login, captcha, the login OTP, logout
// ---------------------------------------------------------------------------------------------------------

const DOCTYPE =
  '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">';

function svgUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const EMBLEM = (() => {
  let spokes = '';
  for (let i = 0; i < 24; i++) {
    const a = (i * 15 * Math.PI) / 180;
    spokes += `<line x1="26" y1="26" x2="${(26 + 19 * Math.cos(a)).toFixed(1)}" y2="${(26 + 19 * Math.sin(a)).toFixed(1)}"/>`;
  }
  return svgUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="52" height="52"><circle cx="26" cy="26" r="24" fill="#f7f3e8"/><circle cx="26" cy="26" r="21" fill="none" stroke="#0b3a75" stroke-width="2.5"/><g stroke="#0b3a75" stroke-width="1.1">${spokes}</g><circle cx="26" cy="26" r="4" fill="#0b3a75"/></svg>`,
  );
})();

const REFRESH_ICON = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 18 18"><path d="M14.5 9a5.5 5.5 0 1 1-1.7-4" fill="none" stroke="#1b5a9c" stroke-width="2"/><path d="M13.8 1.5v4.2H9.6" fill="none" stroke="#1b5a9c" stroke-width="2"/></svg>',
);

const OUTER_CSS = `
body{margin:0;padding:0;font-family:Verdana,Arial,Helvetica,sans-serif;font-size:12px;color:#333;background:#dde6ef}
a{color:#0b4f8a;text-decoration:none} a:hover{text-decoration:underline}
#header{height:74px;background:#123f70;background:linear-gradient(#1d5c9e,#0e3460);color:#fff;border-bottom:3px solid #f0961b;position:relative}
#header .logo{position:absolute;left:14px;top:11px}
#header .siteName{position:absolute;left:78px;top:11px}
#header .siteName h1{margin:0;font:bold 25px Georgia,'Times New Roman',serif;letter-spacing:1px}
#header .siteName span{font-size:11px;color:#cfe0f2}
#header .hdrRight{position:absolute;right:16px;top:12px;text-align:right;font-size:11px;line-height:17px;color:#e6eef7}
#header .hdrRight b{color:#fff}
#navBar{background:#e9eef4;border-bottom:1px solid #b7c6d6;height:26px;line-height:26px;padding:0 12px;font-size:11px}
#navBar a{color:#0d335e;font-weight:bold;margin:0 8px}
#navBar .right{float:right}
.homepageloginbtn{display:inline-block;padding:6px 22px;margin-top:6px;background:#f0961b;background:linear-gradient(#f7ad45,#e0830b);color:#fff!important;font-weight:bold;font-size:13px;border:1px solid #b5660a;border-radius:3px;text-decoration:none!important}
.btn{background:#2d6ca2;background:linear-gradient(#3f86c4,#235a8c);color:#fff;border:1px solid #1c4a74;border-radius:2px;padding:3px 14px;font:bold 12px Verdana,Arial,sans-serif;cursor:pointer}
.btn:hover{background:#1c4a74}
.txt{width:190px;border:1px solid #9fb3c8;padding:3px;font:12px Verdana,Arial,sans-serif}
#wrap{width:980px;margin:14px auto;background:#fff;border:1px solid #b7c6d6;min-height:420px}
.boxHead{background:#2a6aa5;background:linear-gradient(#3b7dc0,#235a93);color:#fff;font-weight:bold;padding:6px 10px;font-size:12px}
.marquee{height:180px;overflow:hidden;position:relative}
.marquee ul{margin:0;padding:6px 12px 6px 26px;position:absolute;animation:mq 18s linear infinite}
.marquee li{margin:6px 0;color:#444}
@keyframes mq{from{top:180px}to{top:-200px}}
table.loginTbl{border:1px solid #9fb3c8;background:#f6f9fc;width:420px}
table.loginTbl td{padding:6px 8px}
table.loginTbl td.lbl{font-weight:bold;color:#1c3f63;width:120px;text-align:right}
.loginHead{background:#2a6aa5;background:linear-gradient(#3b7dc0,#235a93);color:#fff;font-size:13px;text-align:left;padding:6px 10px}
.errBlock ul{margin:0;padding-left:18px}
.info{color:#1c3f63}
#footer{clear:both;text-align:center;font-size:10px;color:#555;padding:10px;border-top:1px solid #b7c6d6;background:#e9eef4}
`;

function outerPage(title: string, head: string, body: string, onload = ''): string {
  return `${DOCTYPE}
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta http-equiv="Pragma" content="no-cache">
<meta http-equiv="Expires" content="0">
<title>${title}</title>
<link rel="shortcut icon" href="data:,">
<style type="text/css">${OUTER_CSS}</style>
${head}
</head>
<body${onload ? ` onload="${onload}"` : ''}>
${body}
<div id="footer">Site is designed, developed and hosted by National Informatics Centre, Ministry of Electronics &amp; Information Technology, Government of India.<br>Contents owned and maintained by Goods and Services Tax Network. Best viewed in Internet Explorer 9+ / Mozilla Firefox / Google Chrome at 1024 x 768 resolution.</div>
</body>
</html>
`;
}

function header(right: string): string {
  return `<div id="header">
<img class="logo" src="${EMBLEM}" width="52" height="52" alt="Emblem">
<div class="siteName"><h1>e-Invoice System</h1><span>Goods and Services Tax &nbsp;|&nbsp; Government of India</span></div>
<div class="hdrRight">${right}</div>
</div>`;
}

function homePage(ctx: Ctx) {
  const body = `${header('<a href="/login.do" id="btnLogin" class="homepageloginbtn">Login</a>')}
<div id="navBar"><a href="/">Home</a>|<a href="javascript:void(0);">e-Invoice Schema</a>|<a href="javascript:void(0);">Help</a>|<a href="javascript:void(0);">FAQs</a>|<a href="javascript:void(0);">Contact Us</a><span class="right">Toll Free : 1800-1200-0011</span></div>
<div id="wrap">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="300" valign="top" style="border-right:1px solid #b7c6d6">
<div class="boxHead">Latest Updates</div>
<div class="marquee"><ul>
<li>Two Factor Authentication (2FA) is mandatory for all taxpayers from 01/04/2025.</li>
<li>OTP can be received through SMS, Sandes App or NIC-GST-Shield App.</li>
<li>Taxpayers are requested to create API users only through authorised GSPs.</li>
<li>Time limit for reporting invoices on IRP: 30 days from the date of invoice.</li>
</ul></div>
<div class="boxHead">Important Links</div>
<ul style="margin:8px 0;padding-left:26px;line-height:20px"><li><a href="javascript:void(0);">e-Way Bill System</a></li><li><a href="javascript:void(0);">GST Portal</a></li><li><a href="javascript:void(0);">Sandbox for API testing</a></li></ul>
</td>
<td valign="top" style="padding:14px 18px">
<h2 style="font:bold 18px Georgia,serif;color:#0d335e;margin:0 0 10px">Welcome to e-Invoice System</h2>
<p style="line-height:19px">The e-Invoice System enables taxpayers to report their B2B invoices to the Invoice Registration Portal (IRP) and obtain the Invoice Reference Number (IRN). Taxpayers can generate IRN through the portal, through the APIs directly, or through the GST Suvidha Providers (GSPs).</p>
<p style="line-height:19px">To use the APIs through a GSP, the taxpayer has to create an API user for that GSP: login, go to <b>API Registration &raquo; User Credentials &raquo; Create API User</b>, verify the OTP sent to the registered mobile number and choose the GSP.</p>
<p style="margin-top:22px"><a href="/login.do" class="homepageloginbtn">Login to e-Invoice System</a></p>
</td></tr></table>
</div>`;
  html(ctx, outerPage('e-Invoice System', '', body));
}

const SHA256_JS = `
function sha256(ascii){
 function rr(v,a){return (v>>>a)|(v<<(32-a));}
 var mp=Math.pow,maxWord=mp(2,32),result='',words=[],i,j;
 ascii=unescape(encodeURIComponent(ascii));
 var bitLen=ascii.length*8,hash=[],k=[],pc=0,isComposite={};
 for(var c=2;pc<64;c++){ if(!isComposite[c]){ for(i=0;i<313;i+=c){isComposite[i]=c;} hash[pc]=(mp(c,.5)*maxWord)|0; k[pc++]=(mp(c,1/3)*maxWord)|0; } }
 ascii+='\\x80';
 while(ascii.length%64-56){ascii+='\\x00';}
 for(i=0;i<ascii.length;i++){ j=ascii.charCodeAt(i); words[i>>2]|=j<<((3-i)%4)*8; }
 words[words.length]=((bitLen/maxWord)|0);
 words[words.length]=(bitLen);
 for(j=0;j<words.length;){
  var w=words.slice(j,j+=16),oldHash=hash;
  hash=hash.slice(0,8);
  for(i=0;i<64;i++){
   var w15=w[i-15],w2=w[i-2],a=hash[0],e=hash[4];
   var t1=hash[7]+(rr(e,6)^rr(e,11)^rr(e,25))+((e&hash[5])^((~e)&hash[6]))+k[i]
    +(w[i]=(i<16)?w[i]:(w[i-16]+(rr(w15,7)^rr(w15,18)^(w15>>>3))+w[i-7]+(rr(w2,17)^rr(w2,19)^(w2>>>10)))|0);
   var t2=(rr(a,2)^rr(a,13)^rr(a,22))+((a&hash[1])^(a&hash[2])^(hash[1]&hash[2]));
   hash=[(t1+t2)|0].concat(hash);
   hash[4]=(hash[4]+t1)|0;
  }
  for(i=0;i<8;i++){hash[i]=(hash[i]+oldHash[i])|0;}
 }
 for(i=0;i<8;i++){ for(j=3;j+1;j--){ var b=(hash[i]>>(j*8))&255; result+=((b<16)?0:'')+b.toString(16); } }
 return result;
}`;

function strutsErrors(messages: string[], color = 'red'): string {
  if (messages.length === 0) return '';
  return `<tr><td colspan="2" class="errBlock"><font color="${color}"><ul>${messages.map((m) => `<li>${esc(m)}</li>`).join('')}</ul></font></td></tr>`;
}

function renderLogin(ctx: Ctx, session: Session, errors: string[], userName = '', color = 'red') {
  const body = `${header('<a href="/" style="color:#fff">Home</a>')}
<div id="navBar"><a href="/">Home</a>|<a href="javascript:void(0);">Help</a>|<a href="javascript:void(0);">Contact Us</a></div>
<div id="wrap" style="padding:30px 0">
<form name="loginForm" method="post" action="/login.do" autocomplete="off" onsubmit="return validateLogin(this);">
<input type="hidden" name="salt" value="${session.salt}">
<input type="hidden" name="encPassword" value="">
<table class="loginTbl" align="center" cellspacing="0" cellpadding="0" border="0">
<tr><th colspan="2" class="loginHead">Login</th></tr>
${strutsErrors(errors, color)}
<tr><td class="lbl">User Name</td><td><input type="text" name="userName" id="txtUserName" class="txt" maxlength="15" value="${esc(userName)}" autocomplete="off"></td></tr>
<tr><td class="lbl">Password</td><td><input type="password" name="password" id="txt_password" class="txt" maxlength="20" autocomplete="off"></td></tr>
<tr><td class="lbl">&nbsp;</td><td><img id="captcha_image" src="/captchaImage.do?rnd=${hex(4)}" width="130" height="40" alt="Captcha" style="border:1px solid #9fb3c8;vertical-align:middle">&nbsp;<a href="javascript:refreshCaptcha();" title="Refresh Captcha"><img src="${REFRESH_ICON}" width="18" height="18" alt="refresh" border="0" style="vertical-align:middle"></a></td></tr>
<tr><td class="lbl">Enter Captcha</td><td><input type="text" name="captcha" id="CaptchaCode" class="txt" maxlength="5" style="width:100px" autocomplete="off"></td></tr>
<tr><td class="lbl">&nbsp;</td><td><input type="submit" value="Login" class="btn">&nbsp;<input type="reset" value="Reset" class="btn"></td></tr>
<tr><td colspan="2" style="text-align:center;font-size:11px"><a href="javascript:void(0);">Forgot Password?</a> &nbsp;|&nbsp; <a href="javascript:void(0);">Forgot Username?</a> &nbsp;|&nbsp; <a href="javascript:void(0);">New Registration</a></td></tr>
</table>
</form>
<p class="info" style="width:420px;margin:14px auto 0;font-size:11px">Note: Captcha is not case sensitive. After login, an OTP will be sent to the mobile number registered with the GSTIN.</p>
</div>`;
  const head = `<script type="text/javascript">
if (top != self) { top.location.href = self.location.href; }
${SHA256_JS}
function trim(s){ return s.replace(/^\\s+|\\s+$/g,''); }
function refreshCaptcha(){
 document.getElementById('captcha_image').src = '/captchaImage.do?rnd=' + Math.random();
 document.getElementById('CaptchaCode').value = '';
}
function validateLogin(f){
 if (trim(f.userName.value) == '') { alert('Please enter User Name'); f.userName.focus(); return false; }
 if (f.password.value == '') { alert('Please enter Password'); f.password.focus(); return false; }
 if (trim(f.captcha.value) == '') { alert('Please enter Captcha'); f.captcha.focus(); return false; }
 f.encPassword.value = sha256(sha256(f.password.value) + f.salt.value);
 f.password.value = '';
 return true;
}
</script>`;
  html(ctx, outerPage('e-Invoice System :: Login', head, body, 'document.loginForm.userName.focus();'));
}

function loginPage(ctx: Ctx) {
  if (ctx.session?.stage === 'in') return redirect(ctx, '/Home.do');
  const session = ctx.session ?? newSession(ctx);
  session.stage = 'anon';
  session.salt = hex(8);
  if (ctx.url.searchParams.get('expired') === 'true')
    return renderLogin(ctx, session, ['Session expired. Please login again.']);
  if (ctx.url.searchParams.get('logout') === 'true')
    return renderLogin(ctx, session, ['You have been logged out successfully.'], '', 'green');
  renderLogin(ctx, session, []);
}

function loginSubmit(ctx: Ctx) {
  const { p } = ctx;
  const userName = param(ctx, 'userName').trim();
  let session = ctx.session;
  if (!session) {
    session = newSession(ctx);
    return renderLogin(ctx, session, ['Session expired. Please login again.'], userName);
  }
  const salt = session.salt;
  session.salt = hex(8);
  if (param(ctx, 'captcha').trim().toUpperCase() !== p.state.captcha.toUpperCase()) {
    p.state.refusals.push('captcha');
    return renderLogin(
      ctx,
      session,
      ['Invalid Captcha. Please enter the characters shown in the image.'],
      userName,
    );
  }
  const expected = sha256hex(sha256hex(IFRAME_SHELL_R16_LOGIN.password) + salt);
  if (
    userName.toLowerCase() !== IFRAME_SHELL_R16_LOGIN.username.toLowerCase() ||
    param(ctx, 'encPassword') !== expected
  ) {
    p.state.refusals.push('login');
    return renderLogin(
      ctx,
      session,
      ['Invalid Login Credentials. Please enter valid User Name and Password.'],
      userName,
    );
  }
  session.stage = 'otp';
  session.userName = IFRAME_SHELL_R16_LOGIN.username.toUpperCase();
  redirect(ctx, '/otpLogin.do');
}

function captchaImage(ctx: Ctx) {
  const text = ctx.p.state.captcha;
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const colors = ['#1a237e', '#4a148c', '#004d40', '#3e2723', '#b71c1c', '#0d47a1'];
  let noise = '';
  for (let i = 0; i < 7; i++)
    noise += `<line x1="${rnd(0, 130).toFixed(0)}" y1="${rnd(0, 40).toFixed(0)}" x2="${rnd(0, 130).toFixed(0)}" y2="${rnd(0, 40).toFixed(0)}" stroke="${colors[i % colors.length]}" stroke-opacity="0.45" stroke-width="${rnd(0.6, 1.6).toFixed(1)}"/>`;
  for (let i = 0; i < 40; i++)
    noise += `<circle cx="${rnd(0, 130).toFixed(0)}" cy="${rnd(0, 40).toFixed(0)}" r="${rnd(0.4, 1.3).toFixed(1)}" fill="#555" fill-opacity="0.5"/>`;
  const step = 110 / Math.max(text.length, 1);
  const glyphs = [...text]
    .map((ch, i) => {
      const x = 12 + i * step + rnd(-2, 2);
      const y = 29 + rnd(-4, 4);
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-22, 22).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Courier New, monospace" font-weight="bold" font-size="${rnd(22, 27).toFixed(0)}" fill="${colors[i % colors.length]}">${esc(ch)}</text>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="130" height="40" viewBox="0 0 130 40"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e8eef7"/><stop offset="1" stop-color="#f7efe2"/></linearGradient></defs><rect width="130" height="40" fill="url(#g)"/>${noise}${glyphs}</svg>`;
  send(ctx.res, 200, 'image/svg+xml', svg);
}

function renderLoginOtp(ctx: Ctx, messages: string[], color = 'red') {
  const body = `${header('<a href="/" style="color:#fff">Home</a>')}
<div id="navBar"><a href="/">Home</a>|<a href="javascript:void(0);">Help</a></div>
<div id="wrap" style="padding:30px 0">
<form name="otpForm" method="post" action="/otpLogin.do" autocomplete="off" onsubmit="return validateOtp(this);">
<table class="loginTbl" align="center" cellspacing="0" cellpadding="0" border="0" style="width:480px">
<tr><th colspan="2" class="loginHead">Two Factor Authentication</th></tr>
${strutsErrors(messages, color)}
<tr><td colspan="2" class="info">OTP has been sent to your registered mobile number ${MOBILE} through SMS / Sandes App. You may also use the OTP shown in the NIC-GST-Shield App.</td></tr>
<tr><td class="lbl">Enter OTP</td><td><input type="text" name="otp" id="txtOtp" class="txt" maxlength="6" style="width:120px" autocomplete="off"></td></tr>
<tr><td class="lbl">&nbsp;</td><td><input type="submit" id="btnVerifyOTP" value="Verify OTP" class="btn">&nbsp; <a href="/otpLogin.do?resend=true">Resend OTP</a> &nbsp;|&nbsp; <a href="/login.do">Back to Login</a></td></tr>
</table>
</form>
</div>`;
  const head = `<script type="text/javascript">
if (top != self) { top.location.href = self.location.href; }
function validateOtp(f){
 var v = f.otp.value.replace(/^\\s+|\\s+$/g,'');
 if (v == '') { alert('Please enter OTP'); f.otp.focus(); return false; }
 if (!/^[0-9]{6}$/.test(v)) { alert('OTP should be 6 digits'); f.otp.focus(); return false; }
 return true;
}
</script>`;
  html(ctx, outerPage('e-Invoice System :: OTP Verification', head, body, 'document.otpForm.otp.focus();'));
}

function loginOtpPage(ctx: Ctx) {
  const session = ctx.session;
  if (session?.stage === 'in') return redirect(ctx, '/Home.do');
  if (session?.stage !== 'otp') return redirect(ctx, '/login.do');
  if (ctx.url.searchParams.get('resend') === 'true')
    return renderLoginOtp(ctx, [`OTP has been resent to your registered mobile number ${MOBILE}.`], 'green');
  renderLoginOtp(ctx, []);
}

function loginOtpSubmit(ctx: Ctx) {
  const session = ctx.session;
  if (!session || session.stage === 'anon') return redirect(ctx, '/login.do?expired=true');
  if (session.stage === 'in') return redirect(ctx, '/Home.do');
  if (param(ctx, 'otp').trim() !== ctx.p.state.loginOtp) {
    ctx.p.state.refusals.push('login-otp');
    return renderLoginOtp(ctx, [
      'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
    ]);
  }
  session.stage = 'in';
  session.lastLogin = now();
  session.techShown = false;
  redirect(ctx, '/Home.do');
}

function logout(ctx: Ctx) {
  if (ctx.session) ctx.p.sessions.delete(ctx.session.id);
  redirect(ctx, '/login.do?logout=true');
}

// ---------------------------------------------------------------------------------------------------------
// The shell: banner, the left menu (a hand-rolled jQuery-style accordion) and the mainFrame iframe
// ---------------------------------------------------------------------------------------------------------

const SHELL_CSS = `
html,body{height:100%}
#topStrip{background:#e9eef4;border-bottom:1px solid #b7c6d6;height:24px;line-height:24px;padding:0 12px;font-size:11px}
#topStrip .right{float:right}
#topStrip .right a{font-weight:bold;color:#0d335e;margin:0 6px}
#layout{border-collapse:collapse}
#menuTd{width:226px;background:#f2f5f9;border-right:1px solid #b7c6d6;vertical-align:top}
#contentTd{vertical-align:top;background:#fff}
#leftMenu{width:226px;font-size:12px}
#leftMenu .menuTitle{background:#0e3460;color:#fff;font-weight:bold;padding:6px 10px;letter-spacing:1px;font-size:11px}
#leftMenu h3.menuHead{margin:0;padding:7px 10px 7px 24px;font:bold 12px Verdana,Arial,sans-serif;color:#12365f;background:#dfe8f2;background:linear-gradient(#f0f5fa,#d5e2ef);border-bottom:1px solid #b7c6d6;cursor:pointer;position:relative}
#leftMenu h3.menuHead:before{content:'';position:absolute;left:10px;top:11px;border-style:solid;border-width:4px 0 4px 6px;border-color:transparent transparent transparent #12365f}
#leftMenu h3.menuHead.active{background:#2a6aa5;background:linear-gradient(#3b7dc0,#235a93);color:#fff}
#leftMenu h3.menuHead.active:before{border-width:6px 4px 0 4px;border-color:#fff transparent transparent transparent;top:12px}
#leftMenu h3.menuHead.noChild:before{border-width:3px;border-radius:3px;border-color:#12365f;top:12px}
#leftMenu h3.menuHead a{color:inherit;text-decoration:none;display:block}
#leftMenu div.menuBody{display:none;background:#fff;border-bottom:1px solid #b7c6d6}
#leftMenu div.menuBody ul{list-style:none;margin:0;padding:4px 0}
#leftMenu div.menuBody li a{display:block;padding:5px 10px 5px 26px;color:#0b4f8a;font-size:11px;background:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='6'%3E%3Crect width='4' height='4' x='1' y='1' fill='%23f0961b'/%3E%3C/svg%3E") 14px 50% no-repeat}
#leftMenu div.menuBody li a:hover{background-color:#eaf2fb;text-decoration:none}
#leftMenu div.menuBody li a.selected{background-color:#fdf1de;color:#8a4b00;font-weight:bold}
#leftMenu a.subHead{font-weight:bold}
#leftMenu a.subHead span.arw{float:right;font-family:monospace;font-size:12px;color:#555}
#leftMenu ul.subMenu{display:none;padding:0 0 2px 0!important;background:#f7fafd}
#leftMenu ul.subMenu li a{padding-left:38px!important;background-position:26px 50%!important}
#contentFrame{display:block;border:0}
`;

const SHELL_JS = `
/* menu.js : left menu accordion (jQuery style slide effects) */
var FX_INTERVAL = 13;
function swing(p){ return 0.5 - Math.cos(p * Math.PI) / 2; }
function hasClass(el, c){ return (' ' + el.className + ' ').indexOf(' ' + c + ' ') > -1; }
function addClass(el, c){ if (!hasClass(el, c)) { el.className = (el.className ? el.className + ' ' : '') + c; } }
function removeClass(el, c){ el.className = (' ' + el.className + ' ').replace(' ' + c + ' ', ' ').replace(/^\\s+|\\s+$/g, ''); }
function isShown(el){ return el.style.display == 'block' || (el.offsetWidth > 0 || el.offsetHeight > 0); }
function nextEl(el){ do { el = el.nextSibling; } while (el && el.nodeType != 1); return el; }
function fx(el, from, to, dur, done){
 var start = new Date().getTime();
 el.fxRunning = true;
 el.style.height = from + 'px';
 el.fxTimer = setInterval(function(){
  var p = (new Date().getTime() - start) / dur;
  if (p > 1) { p = 1; }
  el.style.height = (from + (to - from) * swing(p)) + 'px';
  if (p == 1) { clearInterval(el.fxTimer); el.fxTimer = null; el.fxRunning = false; done(); }
 }, FX_INTERVAL);
}
function slideDown(el, dur, cb){
 if (el.fxRunning) { return; }
 el.style.display = 'block';
 el.style.overflow = 'hidden';
 el.style.height = '';
 var h = el.scrollHeight;
 fx(el, 0, h, dur, function(){ el.style.height = ''; el.style.overflow = ''; if (cb) { cb(); } });
}
function slideUp(el, dur, cb){
 if (el.fxRunning) { return; }
 var h = el.offsetHeight;
 el.style.overflow = 'hidden';
 fx(el, h, 0, dur, function(){ el.style.display = 'none'; el.style.height = ''; el.style.overflow = ''; if (cb) { cb(); } });
}
function initMenu(){
 var menu = document.getElementById('leftMenu');
 var heads = menu.getElementsByTagName('h3');
 var i;
 for (i = 0; i < heads.length; i++) {
  if (!hasClass(heads[i], 'menuHead') || hasClass(heads[i], 'noChild')) { continue; }
  heads[i].onclick = function(){
   var body = nextEl(this);
   if (!body || !hasClass(body, 'menuBody') || body.fxRunning) { return false; }
   if (isShown(body)) { slideUp(body, 300); removeClass(this, 'active'); return false; }
   for (var j = 0; j < heads.length; j++) {
    var other = nextEl(heads[j]);
    if (heads[j] != this && other && hasClass(other, 'menuBody') && isShown(other)) { slideUp(other, 300); removeClass(heads[j], 'active'); }
   }
   slideDown(body, 300);
   addClass(this, 'active');
   return false;
  };
 }
 var links = menu.getElementsByTagName('a');
 for (i = 0; i < links.length; i++) {
  if (hasClass(links[i], 'subHead')) {
   links[i].onclick = function(){
    var li = this.parentNode, sub = li.getElementsByTagName('ul')[0];
    if (!sub || sub.fxRunning) { return false; }
    var arw = this.getElementsByTagName('span')[0];
    if (isShown(sub)) { slideUp(sub, 200); removeClass(li, 'open'); if (arw) { arw.innerHTML = '+'; } }
    else { slideDown(sub, 200); addClass(li, 'open'); if (arw) { arw.innerHTML = '&minus;'; } }
    return false;
   };
  } else if (links[i].getAttribute('target') == 'mainFrame') {
   links[i].onclick = function(){
    for (var k = 0; k < links.length; k++) { removeClass(links[k], 'selected'); }
    addClass(this, 'selected');
    return true;
   };
  }
 }
}
function showDate(){
 var d = new Date(), m = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
 document.getElementById('curDate').innerHTML = (d.getDate() < 10 ? '0' : '') + d.getDate() + '-' + m[d.getMonth()] + '-' + d.getFullYear();
}
window.onload = function(){ initMenu(); showDate(); };
`;

function leaf(href: string, text: string): string {
  return `<li><a href="${href}" target="mainFrame">${text}</a></li>`;
}

const LEFT_MENU = `<div id="leftMenu">
<div class="menuTitle">MAIN MENU</div>
<h3 class="menuHead noChild"><a href="/dashboard.do" target="mainFrame">Dash Board</a></h3>
<h3 class="menuHead">e-Invoice</h3>
<div class="menuBody"><ul>
${leaf('/einv/generateIrn.do', 'Generate IRN')}
${leaf('/einv/bulkUpload.do', 'Bulk Upload')}
${leaf('/einv/cancelIrn.do', 'Cancel IRN')}
${leaf('/einv/printEinvoice.do', 'Print e-Invoice')}
</ul></div>
<h3 class="menuHead">API Registration</h3>
<div class="menuBody"><ul>
<li class="hasSub"><a href="javascript:void(0);" class="subHead">User Credentials<span class="arw">+</span></a>
<ul class="subMenu">
${leaf('/apiReg/createApiUser.do', 'Create API User')}
${leaf('/apiReg/viewApiUsers.do', 'View API Users')}
</ul></li>
${leaf('/apiReg/ipWhitelisting.do', 'IP Whitelisting')}
${leaf('/apiReg/freezeApiUser.do', 'Freeze API User')}
${leaf('/apiReg/changeApiPassword.do', 'Change API Password')}
</ul></div>
<h3 class="menuHead">MIS Reports</h3>
<div class="menuBody"><ul>
${leaf('/mis/irnReport.do', 'IRN Details Report')}
${leaf('/mis/summaryReport.do', 'Summary Report')}
${leaf('/mis/cancelledReport.do', 'Cancelled IRN Report')}
</ul></div>
<h3 class="menuHead">User Management</h3>
<div class="menuBody"><ul>
${leaf('/user/createSubUser.do', 'Create Sub User')}
${leaf('/user/updateContact.do', 'Update Technical Contact')}
${leaf('/user/changePassword.do', 'Change Password')}
</ul></div>
</div>`;

const PLACEHOLDERS: Record<string, string> = {
  '/einv/generateIrn.do': 'Generate IRN',
  '/einv/bulkUpload.do': 'Bulk Upload',
  '/einv/cancelIrn.do': 'Cancel IRN',
  '/einv/printEinvoice.do': 'Print e-Invoice',
  '/apiReg/viewApiUsers.do': 'View API Users',
  '/apiReg/ipWhitelisting.do': 'IP Whitelisting',
  '/apiReg/freezeApiUser.do': 'Freeze API User',
  '/apiReg/changeApiPassword.do': 'Change API Password',
  '/mis/irnReport.do': 'IRN Details Report',
  '/mis/summaryReport.do': 'Summary Report',
  '/mis/cancelledReport.do': 'Cancelled IRN Report',
  '/user/createSubUser.do': 'Create Sub User',
  '/user/updateContact.do': 'Update Technical Contact',
  '/user/changePassword.do': 'Change Password',
};

function shellPage(ctx: Ctx) {
  const session = ctx.session;
  if (session?.stage !== 'in')
    return redirect(ctx, ctx.cookieId && !session ? '/login.do?expired=true' : '/login.do');
  if (!session) return;
  const { gstin } = ctx.p.state;
  const right = `Welcome : <b>${esc(session.userName)}</b><br>GSTIN : <b>${esc(gstin)}</b><br>Last Login : ${esc(session.lastLogin)}`;
  const body = `${header(right)}
<div id="topStrip"><span id="curDate"></span><span class="right"><a href="/Home.do" target="_top">Home</a>|<a href="/user/changePassword.do" target="mainFrame">Change Password</a>|<a href="/logout.do" target="_top" onclick="return confirm('Are you sure you want to logout?');">Logout</a></span></div>
<table id="layout" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td id="menuTd" valign="top">${LEFT_MENU}</td>
<td id="contentTd" valign="top"><iframe name="mainFrame" id="contentFrame" src="/dashboard.do" width="100%" height="600" frameborder="0" scrolling="auto" marginwidth="0" marginheight="0"></iframe></td>
</tr>
</table>`;
  html(
    ctx,
    outerPage(
      'e-Invoice System',
      `<style type="text/css">${SHELL_CSS}</style>\n<script type="text/javascript">${SHELL_JS}</script>`,
      body,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Pages in the frame: their chrome, a jQuery UI 1.10-like modal dialog, the dashboard, placeholders
// ---------------------------------------------------------------------------------------------------------

const FRAME_CSS = `
body{margin:0;padding:10px 16px 20px;font-family:Verdana,Arial,Helvetica,sans-serif;font-size:12px;color:#333;background:#fff}
a{color:#0b4f8a}
.pageHead{font:bold 15px Arial,Helvetica,sans-serif;color:#0d335e;border-bottom:2px solid #f0961b;padding:3px 0 6px;margin:0 0 10px}
.crumb{font-size:10px;color:#777;margin-bottom:4px}
.panel{border:1px solid #9fb3c8;margin-bottom:12px;width:820px}
.panelHead{background:#2a6aa5;background:linear-gradient(#3b7dc0,#235a93);color:#fff;font-weight:bold;padding:6px 10px}
.panelBody{padding:10px}
.formHead{font:bold 13px Arial,sans-serif;color:#12365f;margin:2px 0 6px}
table.formTbl{border-collapse:collapse;width:100%}
table.formTbl td{padding:6px 8px;border:1px solid #d3dfeb}
table.formTbl td.lbl{background:#eef4fa;width:260px;font-weight:bold;color:#1c3f63}
.mand{color:red}
.txt{width:200px;border:1px solid #9fb3c8;padding:3px;font:12px Verdana,Arial,sans-serif}
select.txt{width:330px}
.prefix{display:inline-block;border:1px solid #9fb3c8;border-right:0;background:#e7edf3;padding:3px 4px;font:bold 12px 'Courier New',monospace;color:#333;vertical-align:middle}
.prefix + .txt{vertical-align:middle}
.hint{font-size:10px;color:#777}
.btn{background:#2d6ca2;background:linear-gradient(#3f86c4,#235a8c);color:#fff;border:1px solid #1c4a74;border-radius:2px;padding:3px 14px;font:bold 12px Verdana,Arial,sans-serif;cursor:pointer}
.btn:hover{background:#1c4a74}
.btn[disabled]{opacity:.6;cursor:default}
table.dataTbl{border-collapse:collapse;width:820px;margin-top:6px}
table.dataTbl th{background:#d5e2ef;color:#12365f;border:1px solid #9fb3c8;padding:5px;font-size:11px;text-align:left}
table.dataTbl td{border:1px solid #c6d4e2;padding:5px;font-size:11px}
table.dataTbl tr.alt td{background:#f4f8fc}
.dashBox{width:250px;border:1px solid #9fb3c8;float:left;margin:0 16px 16px 0}
.dashBox .num{font:bold 28px Arial,sans-serif;color:#0d335e;padding:10px 12px 2px}
.dashBox .sub{padding:0 12px 10px;color:#666;font-size:11px}
.clear{clear:both}
/* jquery-ui-1.10.4.custom.css (redmond) : the parts used */
.ui-helper-clearfix:before,.ui-helper-clearfix:after{content:"";display:table;border-collapse:collapse}
.ui-helper-clearfix:after{clear:both}
.ui-front{z-index:100}
.ui-widget{font-family:Lucida Grande,Lucida Sans,Arial,sans-serif;font-size:1.1em}
.ui-widget button{font-family:Lucida Grande,Lucida Sans,Arial,sans-serif;font-size:1em}
.ui-widget-content{border:1px solid #a6c9e2;background:#fcfdfd;color:#222}
.ui-widget-header{border:1px solid #4297d7;background:#5c9ccc;background:linear-gradient(#72aee0,#4a8fc8);color:#fff;font-weight:bold}
.ui-corner-all{border-radius:5px}
.ui-state-default{border:1px solid #c5dbec;background:#dfeffc;background:linear-gradient(#eef6fd,#d6e9f9);font-weight:bold;color:#2e6e9e}
.ui-state-hover{border:1px solid #79b7e7;background:#d0e5f5;color:#1d5987}
.ui-state-focus{border:1px solid #79b7e7}
.ui-widget-overlay{position:fixed;top:0;left:0;width:100%;height:100%;background:#aaa;opacity:.3}
.ui-dialog{position:absolute;top:0;left:0;padding:.2em;outline:0}
.ui-dialog .ui-dialog-titlebar{padding:.4em 1em;position:relative}
.ui-dialog .ui-dialog-title{float:left;margin:.1em 0;white-space:nowrap;width:90%;overflow:hidden;text-overflow:ellipsis}
.ui-dialog .ui-dialog-titlebar-close{position:absolute;right:.3em;top:50%;width:21px;margin:-10px 0 0 0;padding:1px;height:20px;cursor:pointer}
.ui-button-icon-only .ui-button-text{text-indent:-9999999px;display:block;padding:.4em;overflow:hidden}
.ui-icon{display:block;width:16px;height:16px;overflow:hidden;text-indent:-99999px}
.ui-button-icon-only .ui-icon{position:absolute;top:50%;left:50%;margin-top:-8px;margin-left:-8px}
.ui-icon-closethick{background:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16'%3E%3Cpath d='M4 4l8 8M12 4l-8 8' stroke='%232e6e9e' stroke-width='2.2'/%3E%3C/svg%3E") no-repeat}
.ui-dialog .ui-dialog-content{position:relative;border:0;padding:.5em 1em;background:none;overflow:auto}
.ui-dialog .ui-dialog-buttonpane{text-align:left;border-width:1px 0 0 0;background-image:none;margin-top:.5em;padding:.3em 1em .5em .4em}
.ui-dialog .ui-dialog-buttonpane .ui-dialog-buttonset{float:right}
.ui-dialog .ui-dialog-buttonpane button{margin:.5em .4em .5em 0;cursor:pointer}
.ui-button{display:inline-block;position:relative;padding:0;line-height:normal;margin-right:.1em;cursor:pointer;vertical-align:middle;text-align:center;overflow:visible}
.ui-button-text-only .ui-button-text{padding:.4em 1em;display:block}
.ui-dialog-titlebar .ui-button-text{line-height:normal}
.ui-draggable .ui-dialog-titlebar{cursor:move}
table.dlgTbl{border-collapse:collapse;width:100%;margin:6px 0;font-size:12px}
table.dlgTbl td{border:1px solid #c5dbec;padding:5px 7px}
table.dlgTbl td.k{background:#eef6fd;font-weight:bold;width:150px;color:#1d5987}
`;

const DIALOG_JS = `
/* jquery-ui dialog (modal) : a small stand-in */
var uiUuid = 0;
function uiDialog(content, o){
 var title = o.title || content.getAttribute('title') || '&#160;';
 content.removeAttribute('title');
 var tid = 'ui-id-' + (++uiUuid);
 var dlg = document.createElement('div');
 dlg.className = 'ui-dialog ui-widget ui-widget-content ui-corner-all ui-front ui-dialog-buttons ui-draggable';
 dlg.setAttribute('tabindex', '-1');
 dlg.setAttribute('role', 'dialog');
 dlg.setAttribute('aria-describedby', content.id);
 dlg.setAttribute('aria-labelledby', tid);
 dlg.style.cssText = 'position: absolute; height: auto; width: ' + (o.width || 300) + 'px; display: none;';
 var bar = document.createElement('div');
 bar.className = 'ui-dialog-titlebar ui-widget-header ui-corner-all ui-helper-clearfix';
 bar.innerHTML = '<span id="' + tid + '" class="ui-dialog-title">' + title + '</span>'
  + '<button type="button" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-icon-only ui-dialog-titlebar-close" role="button" aria-disabled="false" title="close">'
  + '<span class="ui-button-icon-primary ui-icon ui-icon-closethick"></span><span class="ui-button-text">close</span></button>';
 dlg.appendChild(bar);
 content.className = (content.className ? content.className + ' ' : '') + 'ui-dialog-content ui-widget-content';
 content.style.cssText = 'display: block; width: auto; min-height: 0px; max-height: none; height: auto;';
 dlg.appendChild(content);
 var pane = document.createElement('div');
 pane.className = 'ui-dialog-buttonpane ui-widget-content ui-helper-clearfix';
 var set = document.createElement('div');
 set.className = 'ui-dialog-buttonset';
 pane.appendChild(set);
 var api = {}, overlay = null, buttons = o.buttons || [];
 for (var i = 0; i < buttons.length; i++) {
  var b = document.createElement('button');
  b.type = 'button';
  b.className = 'ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only';
  b.setAttribute('role', 'button');
  b.setAttribute('aria-disabled', 'false');
  b.innerHTML = '<span class="ui-button-text">' + buttons[i].text + '</span>';
  b.onclick = (function(fn){ return function(){ fn.call(content, api); }; })(buttons[i].click);
  set.appendChild(b);
 }
 dlg.appendChild(pane);
 document.body.appendChild(dlg);
 var all = dlg.getElementsByTagName('button');
 for (i = 0; i < all.length; i++) {
  all[i].onmouseover = function(){ this.className += ' ui-state-hover'; };
  all[i].onmouseout = function(){ this.className = this.className.replace(/ ui-state-hover/g, ''); };
 }
 bar.getElementsByTagName('button')[0].onclick = function(){ api.close(); return false; };
 dlg.onkeydown = function(e){ e = e || window.event; if (e.keyCode == 27) { api.close(); return false; } };
 bar.onmousedown = function(e){
  e = e || window.event;
  if ((e.target || e.srcElement).nodeName == 'BUTTON') { return; }
  var sx = e.clientX, sy = e.clientY, l = dlg.offsetLeft, t = dlg.offsetTop;
  document.onmousemove = function(ev){ ev = ev || window.event; dlg.style.left = (l + ev.clientX - sx) + 'px'; dlg.style.top = (t + ev.clientY - sy) + 'px'; };
  document.onmouseup = function(){ document.onmousemove = null; document.onmouseup = null; };
  return false;
 };
 api.open = function(){
  overlay = document.createElement('div');
  overlay.className = 'ui-widget-overlay ui-front';
  document.body.insertBefore(overlay, dlg);
  dlg.style.display = 'block';
  var w = window.innerWidth || document.documentElement.clientWidth;
  var h = window.innerHeight || document.documentElement.clientHeight;
  var sx = window.pageXOffset || document.documentElement.scrollLeft, sy = window.pageYOffset || document.documentElement.scrollTop;
  dlg.style.left = Math.max(0, Math.round((w - dlg.offsetWidth) / 2 + sx)) + 'px';
  dlg.style.top = Math.max(0, Math.round((h - dlg.offsetHeight) / 2 + sy)) + 'px';
  var first = set.getElementsByTagName('button')[0];
  if (first) { first.focus(); first.className += ' ui-state-focus'; }
 };
 api.close = function(){
  if (dlg.style.display == 'none') { return; }
  dlg.style.display = 'none';
  if (overlay && overlay.parentNode) { overlay.parentNode.removeChild(overlay); }
  overlay = null;
  if (o.close) { o.close(); }
 };
 return api;
}
`;

function framePage(title: string, body: string, script = ''): string {
  return `${DOCTYPE}
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta http-equiv="Pragma" content="no-cache">
<title>${title}</title>
<link rel="shortcut icon" href="data:,">
<style type="text/css">${FRAME_CSS}</style>
${script}
</head>
<body>
${body}
</body>
</html>
`;
}

function dashboardPage(ctx: Ctx) {
  const session = signedIn(ctx);
  if (!session) return;
  const showTech = !session.techShown;
  session.techShown = true;
  const dialog = showTech
    ? `<div id="techContactDlg" title="Contacts of Technical Person" style="display:none">
<p style="margin:4px 0 6px">The following person is registered as the Technical Person for API integration of GSTIN <b>${esc(ctx.p.state.gstin)}</b>. NIC will use these details for all communication regarding API access.</p>
<table class="dlgTbl">
<tr><td class="k">Name</td><td>Shri Rajesh Kulkarni</td></tr>
<tr><td class="k">Designation</td><td>Manager (IT)</td></tr>
<tr><td class="k">Mobile No.</td><td>98XXXXXX21</td></tr>
<tr><td class="k">Email ID</td><td>ra*****ni@xyzindustries.co.in</td></tr>
</table>
<p style="margin:6px 0 2px;font-size:11px;color:#555">To change these details, go to User Management &raquo; Update Technical Contact.</p>
</div>`
    : '';
  const script = showTech
    ? `<script type="text/javascript">${DIALOG_JS}
window.onload = function(){
 var dlg = uiDialog(document.getElementById('techContactDlg'), { modal: true, width: 520, buttons: [ { text: 'Close', click: function(d){ d.close(); } } ] });
 dlg.open();
};
</script>`
    : '';
  const body = `<div class="crumb">Home &raquo; Dash Board</div>
<div class="pageHead">Dash Board</div>
<p style="margin:0 0 12px">Welcome <b>${esc(session.userName)}</b>, GSTIN <b>${esc(ctx.p.state.gstin)}</b>. Summary of e-Invoices for the current month:</p>
<div class="dashBox"><div class="panelHead">Generations</div><div class="num">0</div><div class="sub">IRNs generated this month</div></div>
<div class="dashBox"><div class="panelHead">Cancelled</div><div class="num">0</div><div class="sub">IRNs cancelled this month</div></div>
<div class="dashBox"><div class="panelHead">Bulk Uploads</div><div class="num">0</div><div class="sub">Files uploaded this month</div></div>
<div class="clear"></div>
<div class="panel"><div class="panelHead">Notices</div><div class="panelBody" style="line-height:18px">
&bull; Two Factor Authentication is mandatory for all users from 01/04/2025.<br>
&bull; API users are to be created through <b>API Registration &raquo; User Credentials &raquo; Create API User</b>.<br>
&bull; Please do not share your API credentials with anyone other than your GSP.
</div></div>
${dialog}`;
  html(ctx, framePage('Dash Board', body, script));
}

function placeholderPage(ctx: Ctx, title: string) {
  if (!signedIn(ctx)) return;
  const body = `<div class="crumb">Home &raquo; ${esc(title)}</div>
<div class="pageHead">${esc(title)}</div>
<table class="dataTbl"><tr><th>Sl. No.</th><th>Details</th></tr><tr><td colspan="2" align="center">No records found.</td></tr></table>`;
  html(ctx, framePage(title, body));
}

// ---------------------------------------------------------------------------------------------------------
// API Registration > User Credentials > Create API User (a Struts DispatchAction in the frame)
// ---------------------------------------------------------------------------------------------------------

const GSPS: { gspId: string; gspName: string }[] = [
  { gspId: '1007', gspName: 'Adaequare Info Private Limited' },
  { gspId: '1021', gspName: 'Alankit Limited' },
  { gspId: '1033', gspName: 'Bahwan CyberTek Private Limited' },
  { gspId: '1004', gspName: 'BVM IT Consulting Services India Private Limited' },
  { gspId: '1012', gspName: 'Chartered Information Systems Private Limited' },
  { gspId: '1018', gspName: 'Cygnet Infotech Private Ltd' },
  { gspId: '1026', gspName: 'DEFMACRO SOFTWARE PRIVATE LIMITED' },
  { gspId: '1041', gspName: 'Ernst & Young LLP' },
  { gspId: '1029', gspName: 'Excellon Software Private Limited' },
  { gspId: '1009', gspName: 'IRIS BUSINESS SERVICES LIMITED' },
  { gspId: '1036', gspName: 'Karvy Data Management Services Limited' },
  { gspId: '1015', gspName: 'Masters India Private Limited' },
  { gspId: '1044', gspName: 'Spice Digital Limited' },
  { gspId: '1038', gspName: 'Tally ( India) Private Ltd' },
  { gspId: '1002', gspName: 'Tera Software Limited' },
  { gspId: '1047', gspName: 'TaxPro GSP Services Private Limited' },
  { gspId: '1011', gspName: 'Vay Network Services Pvt. Ltd.' },
  { gspId: '1024', gspName: 'Webtel Electrosoft Private Limited' },
  { gspId: '1050', gspName: 'Wipro Limited' },
  { gspId: '1053', gspName: 'Zoho Corporation Private Limited' },
];

const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo'];

type Step = 'send' | 'verify' | 'form' | 'done';

interface CreateView {
  step: Step;
  error?: string;
  alert?: string;
  values?: { regType: string; gspId: string; apiUserName: string };
  success?: string;
}

async function createApiUser(ctx: Ctx): Promise<void> {
  const method = ctx.req.method === 'POST' ? param(ctx, 'method') : '';
  if (method === 'sendOtp') return sendApiOtp(ctx);
  if (method === 'verifyOtp') return verifyApiOtp(ctx);
  if (method === 'saveApiUser') return saveApiUser(ctx);
  const session = signedIn(ctx);
  if (!session) return;
  session.apiOtpSent = false;
  session.apiOtpVerified = false;
  renderCreate(ctx, session, { step: 'send' });
}

async function sendApiOtp(ctx: Ctx): Promise<void> {
  expireIfChosen(ctx, 'api-otp-send');
  const session = signedIn(ctx);
  if (!session) return;
  await delay(ctx.p, 350);
  session.apiOtpSent = true;
  session.apiOtpVerified = false;
  renderCreate(ctx, session, { step: 'verify' });
}

async function verifyApiOtp(ctx: Ctx): Promise<void> {
  expireIfChosen(ctx, 'api-otp-verify');
  const session = signedIn(ctx);
  if (!session) return;
  if (!session.apiOtpSent)
    return renderCreate(ctx, session, { step: 'send', error: 'Please click Send OTP to generate the OTP.' });
  await delay(ctx.p, 250);
  if (param(ctx, 'otp').trim() !== ctx.p.state.apiOtp) {
    ctx.p.state.refusals.push('api-otp');
    return renderCreate(ctx, session, { step: 'verify', alert: 'Invalid OTP. Please enter the valid OTP.' });
  }
  session.apiOtpVerified = true;
  renderCreate(ctx, session, { step: 'form' });
}

function registeredRows(p: Portal): { gsp: string; username: string; createdOn: string }[] {
  return [...p.onFile, ...p.state.users.filter((u) => u.gstin === p.state.gstin)];
}

async function saveApiUser(ctx: Ctx): Promise<void> {
  expireIfChosen(ctx, 'submit');
  const session = signedIn(ctx);
  if (!session) return;
  const { p } = ctx;
  if (!session.apiOtpVerified)
    return renderCreate(ctx, session, {
      step: 'send',
      error: 'OTP verification is required. Please generate and verify the OTP again.',
    });
  const values = {
    regType: param(ctx, 'regType'),
    gspId: param(ctx, 'gspId'),
    apiUserName: param(ctx, 'apiUserName').trim(),
  };
  const fail = (error: string) => renderCreate(ctx, session, { step: 'form', error, values });
  const token = param(ctx, TOKEN_FIELD);
  if (token !== session.token)
    return fail('Invalid request or the request was already submitted. Please try again.');
  await delay(p, 300);
  if (values.regType !== 'GSP')
    return fail('Please select Through GSP to register your GSTIN through a GSP.');
  const gsp = GSPS.find((g) => g.gspId === values.gspId);
  if (!gsp) return fail('Please select your GSP.');
  if (!/^[A-Za-z0-9_.-]{3,30}$/.test(values.apiUserName))
    return fail('User Name should be 3 to 30 characters long and contain only alphabets, digits, _ . or -');
  const password = param(ctx, 'password');
  if (
    password.length < 8 ||
    password.length > 20 ||
    !/[A-Z]/.test(password) ||
    !/[a-z]/.test(password) ||
    !/[0-9]/.test(password) ||
    !/[^A-Za-z0-9]/.test(password)
  )
    return fail('Password does not satisfy the password policy.');
  if (password !== param(ctx, 'rePassword')) return fail('Password and Re-enter Password do not match.');
  const rows = registeredRows(p);
  if (rows.some((r) => r.gsp.toLowerCase() === gsp.gspName.toLowerCase())) {
    p.state.refusals.push('duplicate');
    return fail(`GSTIN ${p.state.gstin} is already registered with ${gsp.gspName}.`);
  }
  const username = `API_${values.apiUserName}`;
  const taken = [...TAKEN_USERNAMES, ...rows.map((r) => r.username)];
  if (taken.some((t) => t.toLowerCase() === username.toLowerCase())) {
    p.state.refusals.push('username-taken');
    return fail(`User Name ${username} already exists. Please choose a different User Name.`);
  }
  p.state.users.push({ gstin: p.state.gstin, gsp: gsp.gspName, username, password, createdOn: now() });
  session.apiOtpVerified = false;
  session.apiOtpSent = false;
  renderCreate(ctx, session, {
    step: 'done',
    success: `API User ${username} has been created successfully for ${gsp.gspName}. Please note the User Name and Password; they are required to access the e-Invoice APIs through your GSP.`,
  });
}

async function gspList(ctx: Ctx): Promise<void> {
  if (!signedIn(ctx, true)) return;
  await delay(ctx.p, 500);
  send(ctx.res, 200, 'application/json;charset=UTF-8', JSON.stringify(GSPS));
}

const CREATE_JS = `
function trim(s){ return s.replace(/^\\s+|\\s+$/g, ''); }
function theForm(){ return document.forms['apiUserForm']; }
function sendOtp(btn){
 btn.disabled = true; btn.value = 'Please wait...';
 var f = theForm(); f.elements['method'].value = 'sendOtp'; f.submit();
}
function resendOtp(){ var f = theForm(); f.elements['method'].value = 'sendOtp'; f.submit(); }
function validateOtp(){
 var f = theForm(), v = trim(f.otp.value);
 if (v == '') { alert('Please enter OTP.'); f.otp.focus(); return false; }
 if (!/^[0-9]{6}$/.test(v)) { alert('OTP should be a 6 digit number.'); f.otp.focus(); return false; }
 f.elements['method'].value = 'verifyOtp';
 return true;
}
function verifyOtp(){ if (validateOtp()) { var b = document.getElementById('btnVerifyOtp'); b.disabled = true; theForm().submit(); } }
var currentType = '';
function regTypeChanged(r){
 if (currentType == r.value) { return; }
 currentType = r.value;
 var sel = document.getElementById('gspId');
 if (r.value == 'GSP') {
  document.getElementById('gspRow').style.display = '';
  document.getElementById('directRow').style.display = 'none';
  loadGspList('');
 } else {
  document.getElementById('gspRow').style.display = 'none';
  document.getElementById('directRow').style.display = '';
  sel.options.length = 0; sel.options[0] = new Option('--Select--', ''); sel.disabled = true;
 }
}
function loadGspList(selected){
 var sel = document.getElementById('gspId');
 sel.options.length = 0; sel.options[0] = new Option('Loading...', ''); sel.disabled = true;
 var xhr = window.XMLHttpRequest ? new XMLHttpRequest() : new ActiveXObject('Microsoft.XMLHTTP');
 xhr.open('GET', '/apiReg/gspList.do?regType=GSP&_=' + new Date().getTime(), true);
 xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
 xhr.onreadystatechange = function(){
  if (xhr.readyState != 4) { return; }
  var txt = xhr.responseText;
  if (txt == 'SESSION_EXPIRED') { alert('Your session has expired. Please login again.'); top.location.href = '/login.do?expired=true'; return; }
  sel.options.length = 0; sel.options[0] = new Option('--Select--', '');
  if (xhr.status != 200) { alert('Unable to fetch the list of GSPs. Please try again.'); sel.disabled = false; return; }
  var list = JSON.parse(txt);
  for (var i = 0; i < list.length; i++) {
   sel.options[sel.options.length] = new Option(list[i].gspName, list[i].gspId);
   if (list[i].gspId == selected) { sel.selectedIndex = sel.options.length - 1; }
  }
  sel.disabled = false;
 };
 xhr.send(null);
}
function submitApiUser(){
 var f = theForm(), rt = '', i;
 for (i = 0; i < f.regType.length; i++) { if (f.regType[i].checked) { rt = f.regType[i].value; } }
 if (rt == '') { alert('Please select whether you wish to register your GSTIN Through GSP or Directly.'); return; }
 if (rt == 'DIRECT') { alert('Direct API access is not enabled for your GSTIN. Please register Through GSP.'); return; }
 if (f.gspId.disabled) { alert('Please wait, the list of GSPs is loading.'); return; }
 if (f.gspId.value == '') { alert('Please select your GSP.'); f.gspId.focus(); return; }
 var u = trim(f.apiUserName.value);
 if (u == '') { alert('Please enter User Name.'); f.apiUserName.focus(); return; }
 if (!/^[A-Za-z0-9_.-]{3,30}$/.test(u)) { alert('User Name should be 3 to 30 characters long and contain only alphabets, digits, _ . or -'); f.apiUserName.focus(); return; }
 var p = f.password.value;
 if (p == '') { alert('Please enter Password.'); f.password.focus(); return; }
 if (p.length < 8 || p.length > 20 || !/[A-Z]/.test(p) || !/[a-z]/.test(p) || !/[0-9]/.test(p) || !/[^A-Za-z0-9]/.test(p)) {
  alert('Password must be 8 to 20 characters long and contain at least one upper case letter, one lower case letter, one digit and one special character.');
  f.password.focus(); return;
 }
 if (f.rePassword.value == '') { alert('Please Re-enter Password.'); f.rePassword.focus(); return; }
 if (f.rePassword.value != p) { alert('Password and Re-enter Password do not match.'); f.rePassword.value = ''; f.rePassword.focus(); return; }
 if (!confirm('Are you sure you want to create API user?')) { return; }
 var b = document.getElementById('btnSubmit'); b.disabled = true; b.value = 'Please wait...';
 f.elements['method'].value = 'saveApiUser';
 f.submit();
}
`;

function registeredTable(p: Portal): string {
  const rows = registeredRows(p)
    .map(
      (r, i) =>
        `<tr${i % 2 ? ' class="alt"' : ''}><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td>Active</td></tr>`,
    )
    .join('\n');
  return `<div class="formHead" style="margin-top:14px">GSPs registered for GSTIN ${esc(p.state.gstin)}</div>
<table class="dataTbl" cellspacing="0">
<tr><th width="50">Sl. No.</th><th>GSP Name</th><th>API User Name</th><th width="140">Created On</th><th width="60">Status</th></tr>
${rows || '<tr><td colspan="5" align="center">No records found.</td></tr>'}
</table>`;
}

function renderCreate(ctx: Ctx, session: Session, view: CreateView) {
  const { p } = ctx;
  const gstinRow = `<tr><td class="lbl">GSTIN</td><td>${esc(p.state.gstin)}</td></tr>`;
  const error = view.error ? `<font color="red">${esc(view.error)}</font><br><br>` : '';
  let inner = '';
  let onload = '';
  if (view.step === 'send' || view.step === 'verify') {
    const rows =
      view.step === 'send'
        ? `<tr><td class="lbl">&nbsp;</td><td><input type="button" value="Send OTP" class="btn" id="btnSendOtp" onclick="sendOtp(this);"><br><span class="hint">An OTP will be sent to the mobile number registered with the GSTIN.</span></td></tr>`
        : `<tr><td colspan="2" style="color:#1c3f63">OTP has been sent to your registered mobile number ${MOBILE}. The OTP is valid for 10 minutes.</td></tr>
<tr><td class="lbl">Enter OTP <span class="mand">*</span></td><td><input type="text" name="otp" id="txtApiOtp" class="txt" maxlength="6" style="width:120px" autocomplete="off"></td></tr>
<tr><td class="lbl">&nbsp;</td><td><input type="button" value="Verify OTP" class="btn" id="btnVerifyOtp" onclick="verifyOtp();">&nbsp; <a href="javascript:resendOtp();">Resend OTP</a></td></tr>`;
    inner = `<form name="apiUserForm" method="post" action="/apiReg/createApiUser.do" autocomplete="off" onsubmit="return validateOtp();">
<input type="hidden" name="method" value="${view.step === 'send' ? 'sendOtp' : 'verifyOtp'}">
<div class="panel"><div class="panelHead">API Registration</div><div class="panelBody">
${error}<table class="formTbl" cellspacing="0">
${gstinRow}
<tr><td class="lbl">Registered Mobile No.</td><td>${MOBILE}</td></tr>
${rows}
</table>
</div></div>
</form>`;
    if (view.step === 'verify') onload = "document.forms['apiUserForm'].otp.focus();";
  } else if (view.step === 'form') {
    session.token = hex(16);
    const v = view.values ?? { regType: '', gspId: '', apiUserName: '' };
    const gsp = v.regType === 'GSP';
    const direct = v.regType === 'DIRECT';
    inner = `<form name="apiUserForm" method="post" action="/apiReg/createApiUser.do" autocomplete="off" onsubmit="return false;">
<input type="hidden" name="method" value="saveApiUser">
<input type="hidden" name="${TOKEN_FIELD}" value="${session.token}">
<div class="panel"><div class="panelHead">API Registration</div><div class="panelBody">
<div class="formHead">Create API User</div>
${error}<table class="formTbl" cellspacing="0">
${gstinRow}
<tr><td class="lbl">Do you wish to Register your GSTIN for <span class="mand">*</span></td><td><input type="radio" name="regType" id="regTypeGsp" value="GSP" onclick="regTypeChanged(this);"${gsp ? ' checked="checked"' : ''}>Through GSP &nbsp;&nbsp;&nbsp; <input type="radio" name="regType" id="regTypeDirect" value="DIRECT" onclick="regTypeChanged(this);"${direct ? ' checked="checked"' : ''}>Directly</td></tr>
<tr id="gspRow"${direct ? ' style="display:none"' : ''}><td class="lbl">Select your GSP <span class="mand">*</span></td><td><select name="gspId" id="gspId" class="txt" disabled="disabled"><option value="">--Select--</option></select></td></tr>
<tr id="directRow"${direct ? '' : ' style="display:none"'}><td colspan="2"><font color="#8a4b00">Direct API access is given only to taxpayers with an Aggregate Annual Turnover above the notified limit. The Client-Id and Client-Secret are issued after approval by NIC.</font></td></tr>
<tr><td class="lbl">User Name <span class="mand">*</span></td><td><span class="prefix">API_</span><input type="text" name="apiUserName" id="apiUserName" class="txt" maxlength="30" value="${esc(v.apiUserName)}" autocomplete="off"> <span class="hint">(3 to 30 characters)</span></td></tr>
<tr><td class="lbl">Password <span class="mand">*</span></td><td><input type="password" name="password" id="apiPassword" class="txt" maxlength="20" autocomplete="off"> <span class="hint">(8 to 20 characters; upper case, lower case, digit and special character)</span></td></tr>
<tr><td class="lbl">Re-enter Password <span class="mand">*</span></td><td><input type="password" name="rePassword" id="apiRePassword" class="txt" maxlength="20" autocomplete="off"></td></tr>
<tr><td class="lbl">&nbsp;</td><td><input type="button" value="Submit" class="btn" id="btnSubmit" onclick="submitApiUser();">&nbsp;<input type="button" value="Exit" class="btn" onclick="location.href='/dashboard.do';"></td></tr>
</table>
</div></div>
</form>
${registeredTable(p)}`;
    if (gsp) onload = `currentType = 'GSP'; loadGspList('${esc(v.gspId).replace(/\\/g, '')}');`;
    else if (direct) onload = "currentType = 'DIRECT';";
  } else {
    inner = `<div class="panel"><div class="panelHead">API Registration</div><div class="panelBody">
<div class="formHead">Create API User</div>
<div class="successMsg" style="color:green;font-weight:bold;padding:6px 0 10px">${esc(view.success ?? '')}</div>
<input type="button" value="Back to Dash Board" class="btn" onclick="location.href='/dashboard.do';">
</div></div>
${registeredTable(p)}`;
  }
  const alertScript = view.alert
    ? `\n<script type="text/javascript">alert('${view.alert.replace(/'/g, "\\'")}');</script>`
    : '';
  const body = `<div class="crumb">Home &raquo; API Registration &raquo; User Credentials &raquo; Create API User</div>
<div class="pageHead">Create API User</div>
${inner}${alertScript}`;
  const script = `<script type="text/javascript">${CREATE_JS}${onload ? `\nwindow.onload = function(){ ${onload} };` : ''}
</script>`;
  html(ctx, framePage('Create API User', body, script));
}
