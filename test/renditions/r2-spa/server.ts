/**
 * Rendition r2-spa: the E-Invoice portal as a newer single-page front end might draw it, written
 * from /work/shared/portal/einvoice1.md and guide.md only. One HTML shell; the app renders every
 * view from script: divs with click handlers and no roles, floating labels inside the fields, the
 * OTP as six digit boxes, toasts that vanish, a stepper for the API registration, a side drawer
 * menu, a custom listbox with a search box for the GSP. The server speaks JSON.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GSPS } from '../common.js';

export interface RenditionAnswers {
  username: string;
  password: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
}

export interface RenditionState {
  users: { gstin: string; gsp: string; username: string; password: string }[];
  submits: number;
}

export interface Rendition {
  url: string;
  state: () => RenditionState;
  reset: () => void;
  close: () => Promise<void>;
}

const GSTIN = '27AAPFU0939F1ZV';

const CAPTCHA_SVG = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="140" height="44"><rect width="140" height="44" fill="#eef"/>` +
  `<path d="M0 30 Q35 5 70 25 T140 15" stroke="#99a" fill="none"/>` +
  `<text x="18" y="31" font-family="monospace" font-size="24" fill="#335" letter-spacing="4">${text}</text></svg>`;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>e-Invoice System</title>
<style>
body{margin:0;font-family:Roboto,Arial,sans-serif;background:#f4f6fa;color:#222}
.appbar{height:56px;background:#1a3c6e;color:#fff;display:flex;align-items:center;padding:0 16px;gap:16px}
.appbar .burger{font-size:24px;cursor:pointer;user-select:none}
.appbar .title{font-size:18px;flex:1}
.appbar .action{cursor:pointer;border:1px solid #fff;border-radius:18px;padding:6px 18px}
.card{background:#fff;max-width:460px;margin:40px auto;padding:24px;border-radius:8px;box-shadow:0 2px 8px #0002}
.wide{max-width:720px}
.ff{position:relative;margin:18px 0}
.ff input{width:100%;box-sizing:border-box;padding:20px 12px 6px;border:1px solid #bbb;border-radius:6px;font-size:15px}
.ff span{position:absolute;left:12px;top:14px;color:#777;pointer-events:none;transition:all .15s}
.ff input:focus+span,.ff input:not(:placeholder-shown)+span{top:3px;font-size:11px;color:#1a3c6e}
.ff.prefixed input{padding-left:46px}
.ff .pre{position:absolute;left:12px;top:20px;color:#333;font-weight:bold}
.btn{display:inline-block;background:#1a3c6e;color:#fff;padding:10px 22px;border-radius:6px;cursor:pointer;user-select:none;margin-right:8px}
.btn.ghost{background:#fff;color:#1a3c6e;border:1px solid #1a3c6e}
.otp{display:flex;gap:8px;margin:16px 0}
.otp input{width:40px;height:48px;text-align:center;font-size:22px;border:1px solid #999;border-radius:6px}
.toasts{position:fixed;top:70px;right:20px;display:flex;flex-direction:column;gap:8px;z-index:50}
.toast{padding:12px 18px;border-radius:6px;color:#fff;box-shadow:0 2px 6px #0004;min-width:240px}
.toast.err{background:#c62828}.toast.ok{background:#2e7d32}
.drawer{position:fixed;top:0;left:0;bottom:0;width:270px;background:#fff;box-shadow:2px 0 8px #0003;transform:translateX(-100%);transition:transform .2s;z-index:40;padding-top:56px}
.drawer.open{transform:none}
.scrim{position:fixed;inset:0;background:#0005;z-index:30}
.mi{padding:12px 20px;cursor:pointer;border-bottom:1px solid #eee}
.mi:hover{background:#eef2f8}
.sub{padding-left:16px;display:none}.sub.open{display:block}
.overlay{position:fixed;inset:0;background:#0007;display:flex;align-items:center;justify-content:center;z-index:60}
.sheet{background:#fff;border-radius:8px;padding:20px 24px;width:420px}
.sheet h3{margin-top:0}
.stepper{display:flex;gap:0;margin-bottom:20px}
.step{flex:1;text-align:center;padding:8px;border-bottom:3px solid #ccc;color:#888}
.step.on{border-color:#1a3c6e;color:#1a3c6e;font-weight:bold}
.chips{display:flex;gap:10px;margin:10px 0 18px}
.chip{border:1px solid #1a3c6e;border-radius:18px;padding:8px 16px;cursor:pointer}
.chip.sel{background:#1a3c6e;color:#fff}
.dd{position:relative;margin:18px 0}
.dd .face{border:1px solid #bbb;border-radius:6px;padding:12px;cursor:pointer;background:#fff}
.dd .face.ph{color:#777}
.dd .pop{position:absolute;left:0;right:0;top:100%;background:#fff;border:1px solid #bbb;border-radius:6px;box-shadow:0 4px 10px #0003;z-index:20;max-height:220px;overflow:auto}
.dd .pop input{width:calc(100% - 16px);margin:8px;padding:6px;box-sizing:border-box}
.dd .opt{padding:8px 12px;cursor:pointer}.dd .opt:hover{background:#eef2f8}
.cards{display:flex;gap:16px}.cards div{flex:1;background:#fff;padding:20px;border-radius:8px;box-shadow:0 1px 4px #0002}
table.grid{width:100%;border-collapse:collapse;margin-top:16px}
table.grid th,table.grid td{border-bottom:1px solid #ddd;padding:8px;text-align:left}
</style></head>
<body>
<div class="appbar"><div class="burger" id="burger">&#9776;</div><div class="title">e-Invoice System</div><div id="barAction"></div></div>
<div class="drawer" id="drawer"></div>
<div id="app"></div>
<div class="toasts" id="toasts"></div>
<script>
const app = document.getElementById('app');
let me = null;
function h(html){ app.innerHTML = html; }
function toast(text, kind){
  const t = document.createElement('div'); t.className = 'toast ' + (kind || 'err'); t.textContent = text;
  document.getElementById('toasts').appendChild(t); setTimeout(() => t.remove(), 3500);
}
async function api(path, body){
  const r = await fetch(path, {method:'POST', headers:{'content-type':'application/json'}, body: JSON.stringify(body || {})});
  return r.json();
}
function field(id, label, type){ return '<div class="ff"><input id="'+id+'" type="'+(type||'text')+'" placeholder=" " autocomplete="off"><span>'+label+'</span></div>'; }
function otpBoxes(){ let s='<div class="otp">'; for(let i=0;i<6;i++) s+='<input maxlength="1" inputmode="numeric">'; return s+'</div>'; }
function wireOtp(root){
  const boxes=[...root.querySelectorAll('.otp input')];
  boxes.forEach((b,i)=>{
    b.addEventListener('input',()=>{ const v=b.value.replace(/\\D/g,''); if(v.length>1){ v.split('').slice(0,6-i).forEach((c,j)=>{boxes[i+j].value=c;}); boxes[Math.min(i+v.length,5)].focus(); return; } b.value=v; if(v&&boxes[i+1]) boxes[i+1].focus(); });
    b.addEventListener('keydown',e=>{ if(e.key==='Backspace'&&!b.value&&boxes[i-1]) boxes[i-1].focus(); });
    b.addEventListener('paste',e=>{ e.preventDefault(); const v=(e.clipboardData.getData('text')||'').replace(/\\D/g,''); v.split('').slice(0,6).forEach((c,j)=>{ if(boxes[j]) boxes[j].value=c; }); });
  });
  return () => boxes.map(b=>b.value).join('');
}
function home(){
  document.getElementById('barAction').innerHTML = '<div class="action" id="openLogin">Login</div>';
  document.getElementById('openLogin').onclick = login;
  h('<div class="card wide"><h2>Welcome to e-Invoice System</h2><p>Generate IRN, manage API access and view reports.</p></div>');
}
function login(){
  document.getElementById('barAction').innerHTML = '';
  h('<div class="card"><h2>Sign in</h2>' + field('u','Username') + field('p','Password','password') +
    '<div style="display:flex;gap:12px;align-items:center"><img id="cap" src="/captcha.svg?'+Date.now()+'" alt="captcha" width="140" height="44"><div style="cursor:pointer;color:#1a3c6e" id="recap">&#8635;</div></div>' +
    field('c','Enter Captcha') + '<div class="btn" id="go">Login</div></div>');
  document.getElementById('recap').onclick = () => { document.getElementById('cap').src = '/captcha.svg?' + Date.now(); };
  document.getElementById('go').onclick = async () => {
    const r = await api('/api/login', {u: val('u'), p: val('p'), c: val('c')});
    if (!r.ok) { toast(r.message); document.getElementById('cap').src = '/captcha.svg?' + Date.now(); document.getElementById('c').value=''; return; }
    loginOtp();
  };
}
function val(id){ return document.getElementById(id).value; }
function loginOtp(){
  h('<div class="card"><h2>Two Factor Authentication</h2><p>An OTP has been sent to your registered mobile number.</p>' + otpBoxes() + '<div class="btn" id="v">Verify OTP</div></div>');
  const read = wireOtp(app);
  document.getElementById('v').onclick = async () => {
    const r = await api('/api/login-otp', {otp: read()});
    if (!r.ok) { toast(r.message); return; }
    me = r; dashboard(true);
  };
}
function drawer(){
  const d = document.getElementById('drawer');
  d.innerHTML = '<div class="mi" data-go="dash">Dashboard</div><div class="mi">e-Invoice</div>' +
    '<div class="mi" id="grpApi">API Registration &#9662;</div><div class="sub" id="subApi">' +
      '<div class="mi" id="grpCred">User Credentials &#9662;</div><div class="sub" id="subCred"><div class="mi" id="leafCreate">Create API User</div></div>' +
      '<div class="mi">IP Whitelisting</div><div class="mi">Freeze API User</div><div class="mi">Change API Password</div></div>' +
    '<div class="mi">MIS Reports</div><div class="mi">User Management</div>';
  document.getElementById('grpApi').onclick = () => document.getElementById('subApi').classList.toggle('open');
  document.getElementById('grpCred').onclick = () => document.getElementById('subCred').classList.toggle('open');
  document.getElementById('leafCreate').onclick = () => { closeDrawer(); createApiUser(); };
  d.querySelector('[data-go=dash]').onclick = () => { closeDrawer(); dashboard(false); };
}
function openDrawer(){ if(!me) return; document.getElementById('drawer').classList.add('open'); const s=document.createElement('div'); s.className='scrim'; s.id='scrim'; s.onclick=closeDrawer; document.body.appendChild(s); }
function closeDrawer(){ document.getElementById('drawer').classList.remove('open'); const s=document.getElementById('scrim'); if(s) s.remove(); }
document.getElementById('burger').onclick = openDrawer;
function dashboard(first){
  document.getElementById('barAction').innerHTML = '<div class="action" id="out">Logout</div>';
  document.getElementById('out').onclick = async () => { await api('/api/logout'); me = null; home(); };
  drawer();
  h('<div style="padding:24px"><h2>Dash Board</h2><div class="cards"><div><b>Generations</b><p>0</p></div><div><b>Cancelled</b><p>0</p></div></div></div>');
  if (first) {
    const o = document.createElement('div'); o.className = 'overlay';
    o.innerHTML = '<div class="sheet"><h3>Contacts of Technical Person</h3><p>Please keep the details of your technical contact up to date.</p>' +
      field('tn','Name') + field('tm','Mobile') + '<div class="btn ghost" id="tx">Exit</div></div>';
    document.body.appendChild(o);
    document.getElementById('tx').onclick = () => o.remove();
  }
}
function stepper(n){
  const names=['Verify OTP','Registration Mode','API Credentials'];
  return '<div class="stepper">' + names.map((s,i)=>'<div class="step'+(i===n?' on':'')+'">'+(i+1)+'. '+s+'</div>').join('') + '</div>';
}
async function createApiUser(){
  const r = await api('/api/api-otp/send');
  if (!r.ok) return sessionGone(r);
  h('<div class="card wide"><h2>API Registration</h2>' + stepper(0) + '<p>An OTP has been sent to your registered mobile number. Enter OTP</p>' + otpBoxes() + '<div class="btn" id="v">Verify OTP</div><div class="btn ghost" id="rs">Resend OTP</div></div>');
  const read = wireOtp(app);
  document.getElementById('rs').onclick = async () => { await api('/api/api-otp/send'); toast('OTP resent', 'ok'); };
  document.getElementById('v').onclick = async () => {
    const v = await api('/api/api-otp/verify', {otp: read()});
    if (!v.ok) { if (v.expired) return sessionGone(v); toast(v.message); app.querySelectorAll('.otp input').forEach(b=>{b.value='';}); return; }
    mode(v.registered);
  };
}
function sessionGone(r){ me = null; toast(r.message || 'Session expired'); login(); }
function grid(rows){
  if (!rows.length) return '';
  return '<h3>GSPs registered for this GSTIN</h3><table class="grid"><thead><tr><th>Sl.No</th><th>GSP Name</th><th>User Name</th></tr></thead><tbody>' +
    rows.map((r,i)=>'<tr><td>'+(i+1)+'</td><td>'+r.gsp+'</td><td>'+r.username+'</td></tr>').join('') + '</tbody></table>';
}
function mode(registered){
  h('<div class="card wide"><h2>API Registration</h2>' + stepper(1) + '<p>Do you wish to Register your GSTIN for</p>' +
    '<div class="chips"><div class="chip" data-m="direct">Directly</div><div class="chip" data-m="gsp">Through GSP</div><div class="chip" data-m="erp">Through ERP</div></div><div id="rest"></div>' + grid(registered) + '</div>');
  app.querySelectorAll('.chip').forEach(c => c.onclick = () => {
    app.querySelectorAll('.chip').forEach(x=>x.classList.remove('sel')); c.classList.add('sel');
    if (c.dataset.m === 'gsp') creds(); else document.getElementById('rest').innerHTML = '<p>This option needs a Client Id and Client Secret.</p>';
  });
}
function creds(){
  const rest = document.getElementById('rest');
  rest.innerHTML = stepper(2) + '<div class="dd" id="dd"><div class="face ph" id="ddFace">Select your GSP</div></div>' +
    '<div class="ff prefixed"><input id="un" placeholder=" " autocomplete="off"><span style="left:46px">Username</span><b class="pre">API_</b></div>' +
    field('pw','Password','password') + field('pw2','Re-enter Password','password') +
    '<div class="btn" id="sub">Submit</div><div class="btn ghost" id="ex">Exit</div>';
  let chosen = '';
  const dd = document.getElementById('dd'); const face = document.getElementById('ddFace');
  face.onclick = (e) => {
    e.stopPropagation();
    const old = dd.querySelector('.pop'); if (old) { old.remove(); return; }
    const pop = document.createElement('div'); pop.className = 'pop';
    pop.innerHTML = '<input placeholder="Search GSP">' + '<div class="list"></div>';
    dd.appendChild(pop);
    const list = pop.querySelector('.list'); const q = pop.querySelector('input');
    const draw = () => { list.innerHTML = ''; (window.GSPS).filter(g=>g.toLowerCase().includes(q.value.toLowerCase())).forEach(g=>{ const o=document.createElement('div'); o.className='opt'; o.textContent=g; o.onclick=(ev)=>{ ev.stopPropagation(); chosen=g; face.textContent=g; face.classList.remove('ph'); pop.remove(); }; list.appendChild(o); }); };
    q.oninput = draw; draw(); q.focus();
  };
  document.addEventListener('click', () => { const p = dd.querySelector('.pop'); if (p) p.remove(); });
  document.getElementById('ex').onclick = () => dashboard(false);
  document.getElementById('sub').onclick = async () => {
    if (!chosen) return toast('Please select your GSP');
    if (val('pw') !== val('pw2')) return toast('Password and Re-enter Password do not match');
    const r = await api('/api/register', {gsp: chosen, username: val('un'), password: val('pw')});
    if (!r.ok) { if (r.expired) return sessionGone(r); toast(r.message); return; }
    toast(r.message, 'ok');
    h('<div class="card wide"><h2>API Registration</h2><p>' + r.message + '</p>' + grid(r.registered) + '</div>');
  };
}
fetch('/api/gsps').then(r=>r.json()).then(g=>{ window.GSPS = g; });
home();
</script></body></html>`;

function body(req: IncomingMessage): Promise<Record<string, string>> {
  return new Promise((done) => {
    let text = '';
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    req.on('end', () => {
      try {
        done(JSON.parse(text || '{}') as Record<string, string>);
      } catch {
        done({});
      }
    });
  });
}

export function startSpaRendition(answers: RenditionAnswers, port = 0): Promise<Rendition> {
  let state: RenditionState = { users: [], submits: 0 };
  const sessions = new Map<string, { stage: 'password' | 'in'; apiOtpSent: boolean; apiOtpOk: boolean }>();
  let counter = 0;
  const json = (res: ServerResponse, value: unknown, cookie?: string) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(cookie ? { 'set-cookie': `sid=${cookie}; Path=/; HttpOnly` } : {}),
    });
    res.end(JSON.stringify(value));
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const sid = /sid=(\w+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    const session = sessions.get(sid);
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
      return;
    }
    if (url.pathname === '/captcha.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
      res.end(CAPTCHA_SVG(answers.captcha));
      return;
    }
    if (url.pathname === '/api/gsps') return json(res, GSPS);
    const input = req.method === 'POST' ? await body(req) : {};
    if (url.pathname === '/api/login') {
      if ((input.c ?? '').toUpperCase() !== answers.captcha.toUpperCase()) {
        return json(res, { ok: false, message: 'Invalid Captcha. Please try again.' });
      }
      if (input.u !== answers.username || input.p !== answers.password) {
        return json(res, { ok: false, message: 'Invalid Login Credentials' });
      }
      counter += 1;
      const id = `s${counter}x${Date.now()}`;
      sessions.set(id, { stage: 'password', apiOtpSent: false, apiOtpOk: false });
      return json(res, { ok: true }, id);
    }
    if (url.pathname === '/api/logout') {
      sessions.delete(sid);
      return json(res, { ok: true });
    }
    if (!session)
      return json(res, {
        ok: false,
        expired: true,
        message: 'Your session has expired. Please login again.',
      });
    if (url.pathname === '/api/login-otp') {
      if (input.otp !== answers.loginOtp) return json(res, { ok: false, message: 'Invalid OTP' });
      session.stage = 'in';
      return json(res, { ok: true, gstin: GSTIN });
    }
    if (session.stage !== 'in')
      return json(res, { ok: false, expired: true, message: 'Please login again.' });
    const registered = () =>
      state.users
        .filter((user) => user.gstin === GSTIN)
        .map((user) => ({ gsp: user.gsp, username: user.username }));
    if (url.pathname === '/api/api-otp/send') {
      session.apiOtpSent = true;
      return json(res, { ok: true });
    }
    if (url.pathname === '/api/api-otp/verify') {
      if (!session.apiOtpSent || input.otp !== answers.apiOtp) {
        return json(res, { ok: false, message: 'The OTP entered is incorrect. Please enter a valid OTP.' });
      }
      session.apiOtpOk = true;
      return json(res, { ok: true, registered: registered() });
    }
    if (url.pathname === '/api/register') {
      if (!session.apiOtpOk) return json(res, { ok: false, message: 'Please verify OTP first.' });
      state.submits += 1;
      const username = `API_${input.username ?? ''}`;
      if (!/^[A-Za-z0-9]{4,15}$/.test(input.username ?? '')) {
        return json(res, { ok: false, message: 'Username should be 4 to 15 alphanumeric characters.' });
      }
      if (!GSPS.includes(input.gsp ?? '')) return json(res, { ok: false, message: 'Please select your GSP' });
      if (state.users.some((user) => user.gstin === GSTIN && user.gsp === input.gsp)) {
        return json(res, { ok: false, message: 'This GSTIN is already registered with the selected GSP.' });
      }
      if (state.users.some((user) => user.username === username)) {
        return json(res, { ok: false, message: 'Username already exists. Please choose another.' });
      }
      state.users.push({ gstin: GSTIN, gsp: input.gsp ?? '', username, password: input.password ?? '' });
      return json(res, {
        ok: true,
        message: `API user ${username} created successfully.`,
        registered: registered(),
      });
    }
    res.writeHead(404);
    res.end('not found');
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
