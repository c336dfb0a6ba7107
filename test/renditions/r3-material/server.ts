// A rendition of the E-Invoice portal as an Angular Material single-page front end would draw
// it, written from /work/shared/portal/einvoice1.md and guide.md only: outlined form fields whose
// label floats, a mat-select GSP picker (an overlay panel of options, no native <select>),
// mat-radio buttons, a vertical mat-stepper for creating the API user, snackbars that vanish after
// four seconds as the only verdicts, a toolbar whose "Toggle sidenav" button opens a nav list of
// expansion panels, and cdk-overlay dialogs (the backdrop a sibling of the pane) for the
// post-login notice and the confirmation before Submit. The page talks to a JSON API; the
// browser code is ./material-app.ts, sent as one inline script.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { materialApp } from './material-app.js';

export interface MaterialOptions {
  port?: number;
  gstin?: string;
  username?: string;
  password?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface MaterialUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdAt: string;
}

export interface MaterialState {
  readonly gstin: string;
  readonly captcha: string;
  readonly loginOtp: string;
  readonly apiOtp: string;
  readonly users: MaterialUser[];
  /** Every wrong OTP the portal refused, by which one: for a test to count. */
  readonly refusals: string[];
  /** Ends every session now: the next API call answers 401, as a timeout would. */
  expireSessions(): void;
}

export interface MaterialRendition {
  url: string;
  close(): Promise<void>;
  state: MaterialState;
}

export const MATERIAL_GSPS = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Cygnet Infotech Private Ltd',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];

interface Session {
  stage: 'otp' | 'in';
  apiOtpSent: boolean;
  apiVerified: boolean;
}

function captchaSvg(text: string): string {
  const letters = [...text]
    .map(
      (c, i) =>
        `<text x="${14 + i * 24}" y="${30 - (i % 2) * 6}" transform="skewX(${(i % 3) * 10 - 10})" font-family="Georgia" font-size="26" fill="#3f51b5">${c}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="140" height="44"><rect width="140" height="44" fill="#f3f3f8"/><path d="M0 10 L140 34 M0 36 L140 8" stroke="#c5cae9"/>${letters}</svg>`;
}

const INDEX = (script: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>E-Invoice System</title><base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
mat-card,mat-card-header,mat-card-content,mat-stepper,mat-radio-group,mat-nav-list,mat-accordion,mat-expansion-panel,mat-sidenav-container,mat-sidenav-content,mat-dialog-container,mat-dialog-content,mat-dialog-actions,mat-error,mat-radio-button,mat-step-header,mat-toolbar,mat-sidenav{display:block}
html,body{height:100%;margin:0;font-family:Roboto,"Helvetica Neue",Arial,sans-serif;font-size:14px;color:rgba(0,0,0,.87);background:#fafafa}
.mat-toolbar{display:flex;align-items:center;height:64px;padding:0 16px;background:#3f51b5;color:#fff;font-size:20px;font-weight:500;position:relative;z-index:2}
.spacer{flex:1 1 auto}
.mat-mdc-icon-button{width:48px;height:48px;border:0;border-radius:50%;background:transparent;color:inherit;cursor:pointer;display:inline-flex;align-items:center;justify-content:center;padding:0}
.mat-mdc-icon-button:hover{background:rgba(255,255,255,.1)}
.mat-icon{width:24px;height:24px;display:inline-block;fill:currentColor}
.mdc-button{font:500 14px Roboto,Arial,sans-serif;letter-spacing:.09em;text-transform:uppercase;height:36px;padding:0 16px;border-radius:4px;border:0;cursor:pointer;background:transparent;color:#3f51b5}
.mdc-button.mat-mdc-unelevated-button{background:#3f51b5;color:#fff}
.mdc-button.mat-warn{color:#f44336}
.mdc-button:disabled{background:rgba(0,0,0,.12);color:rgba(0,0,0,.38);cursor:default}
.mat-toolbar .mdc-button.mat-mdc-unelevated-button{background:#ff4081}
.mat-mdc-card{background:#fff;border-radius:4px;box-shadow:0 2px 1px -1px rgba(0,0,0,.2),0 1px 1px rgba(0,0,0,.14),0 1px 3px rgba(0,0,0,.12);padding:16px;margin:24px auto;max-width:560px}
.mat-mdc-card-title{font-size:20px;font-weight:500;margin-bottom:16px}
.mat-mdc-form-field{display:block;position:relative;margin:8px 0 4px;width:100%}
.mat-mdc-text-field-wrapper{position:relative;height:56px;border:1px solid rgba(0,0,0,.38);border-radius:4px;box-sizing:border-box;display:flex;align-items:center;padding:0 16px}
.mat-focused .mat-mdc-text-field-wrapper{border:2px solid #3f51b5;padding:0 15px}
.mat-form-field-invalid .mat-mdc-text-field-wrapper{border-color:#f44336}
.mdc-floating-label{position:absolute;left:16px;top:50%;transform:translateY(-50%);color:rgba(0,0,0,.6);font-size:16px;background:#fff;padding:0 4px;margin-left:-4px;transition:all .15s;pointer-events:none;white-space:nowrap}
.mdc-floating-label--float-above{top:0;font-size:12px}
.mat-focused .mdc-floating-label{color:#3f51b5}
.mdc-floating-label--required::after{content:"*";margin-left:1px}
.mat-mdc-input-element{border:0;outline:0;font:16px Roboto,Arial,sans-serif;width:100%;background:transparent;height:24px}
.mat-mdc-form-field-text-prefix{color:rgba(0,0,0,.6);font-size:16px;padding-right:2px;visibility:hidden}
.mdc-text-field--has-value .mat-mdc-form-field-text-prefix,.mat-focused .mat-mdc-form-field-text-prefix{visibility:visible}
.mat-mdc-form-field-subscript-wrapper{min-height:20px;font-size:12px;padding:0 16px}
.mat-mdc-form-field-error{color:#f44336}
.mat-mdc-form-field-hint{color:rgba(0,0,0,.6)}
.mat-mdc-select{display:flex;width:100%;cursor:pointer;outline:0;font-size:16px;height:24px;align-items:center}
.mat-mdc-select-value{flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.mat-mdc-select-arrow{width:0;height:0;border-left:5px solid transparent;border-right:5px solid transparent;border-top:5px solid rgba(0,0,0,.54);margin:0 4px}
.cdk-overlay-container{position:fixed;z-index:1000;pointer-events:none;top:0;left:0;height:100%;width:100%}
.cdk-overlay-backdrop{position:absolute;top:0;bottom:0;left:0;right:0;pointer-events:auto;z-index:1000;transition:opacity .4s}
.cdk-overlay-dark-backdrop{background:rgba(0,0,0,.32)}
.cdk-overlay-transparent-backdrop{background:transparent}
.cdk-global-overlay-wrapper{display:flex;position:absolute;z-index:1000;pointer-events:none;top:0;left:0;height:100%;width:100%}
.cdk-overlay-pane{position:absolute;pointer-events:auto;box-sizing:border-box;z-index:1000;display:flex;max-width:100%;max-height:100%}
.mat-mdc-dialog-container{background:#fff;border-radius:4px;box-shadow:0 11px 15px -7px rgba(0,0,0,.2),0 24px 38px 3px rgba(0,0,0,.14);padding:0;min-width:320px;max-width:560px}
.mat-mdc-dialog-title{font-size:20px;font-weight:500;padding:20px 24px 8px;margin:0}
.mat-mdc-dialog-content{padding:0 24px 12px;color:rgba(0,0,0,.6)}
.mat-mdc-dialog-actions{display:flex;justify-content:flex-end;gap:8px;padding:8px 16px 12px}
.mat-mdc-select-panel{background:#fff;box-shadow:0 5px 5px -3px rgba(0,0,0,.2),0 8px 10px 1px rgba(0,0,0,.14);max-height:256px;overflow:auto;padding:8px 0;min-width:100%;border-radius:4px}
.mat-mdc-option{display:flex;align-items:center;min-height:48px;padding:0 16px;cursor:pointer;font-size:16px;user-select:none}
.mat-mdc-option:hover,.mat-mdc-option.mat-mdc-option-active{background:rgba(0,0,0,.04)}
.mat-mdc-option.mdc-list-item--selected{color:#3f51b5}
.mat-mdc-snack-bar-container{margin:8px;background:#333;color:rgba(255,255,255,.87);border-radius:4px;min-width:344px;max-width:672px;display:flex;align-items:center;padding:6px 8px 6px 16px;box-shadow:0 3px 5px -1px rgba(0,0,0,.2)}
.mat-mdc-snack-bar-label{flex:1;padding:8px 0}
.mat-mdc-snack-bar-container .mdc-button{color:#ff4081}
.cdk-visually-hidden{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap}
.mat-drawer-container{position:relative;min-height:calc(100% - 64px)}
.mat-drawer{position:fixed;top:64px;bottom:0;left:0;width:280px;background:#fff;box-shadow:0 8px 10px -5px rgba(0,0,0,.2),0 16px 24px 2px rgba(0,0,0,.14);transform:translate3d(-100%,0,0);visibility:hidden;transition:transform .4s cubic-bezier(.25,.8,.25,1);z-index:3;overflow:auto}
.mat-drawer.mat-drawer-opened{transform:none;visibility:visible}
.mat-drawer-backdrop{position:fixed;top:64px;left:0;right:0;bottom:0;z-index:2;visibility:hidden;background:transparent;transition:background-color .4s}
.mat-drawer-backdrop.mat-drawer-shown{visibility:visible;background:rgba(0,0,0,.6)}
.mat-drawer-content{padding:8px 24px}
.mat-expansion-panel{box-shadow:none;border-bottom:1px solid rgba(0,0,0,.12)}
.mat-expansion-panel-header{display:flex;align-items:center;height:48px;padding:0 24px 0 16px;cursor:pointer;outline:0}
.mat-expansion-panel-header .mat-content{flex:1;font-size:15px;font-weight:500}
.mat-expansion-indicator::after{content:"";display:inline-block;padding:3px;border-style:solid;border-width:0 2px 2px 0;transform:rotate(45deg);color:rgba(0,0,0,.54)}
.mat-expanded>.mat-expansion-panel-header .mat-expansion-indicator::after{transform:rotate(225deg)}
.mat-expansion-panel-content{height:0;visibility:hidden;overflow:hidden}
.mat-expanded>.mat-expansion-panel-content{height:auto;visibility:visible}
.mat-expansion-panel-body{padding:0 0 8px 16px}
.mat-mdc-list-item{display:flex;align-items:center;height:44px;padding:0 16px;color:rgba(0,0,0,.87);text-decoration:none;font-size:14px;border-radius:24px}
.mat-mdc-list-item:hover{background:rgba(0,0,0,.04)}
.mat-stepper-vertical{background:#fff}
.mat-step-header{display:flex;align-items:center;padding:24px;cursor:pointer;outline:0;gap:12px}
.mat-step-header[aria-disabled="true"]{cursor:default}
.mat-step-icon{width:24px;height:24px;border-radius:50%;background:rgba(0,0,0,.38);color:#fff;display:flex;align-items:center;justify-content:center;font-size:12px}
.mat-step-icon-selected,.mat-step-icon-state-done{background:#3f51b5}
.mat-step-label{font-size:14px;color:rgba(0,0,0,.54)}
.mat-step-label-selected{color:rgba(0,0,0,.87);font-weight:500}
.mat-vertical-content-container{margin-left:36px;border-left:1px solid rgba(0,0,0,.12);padding-left:0}
.mat-vertical-stepper-content{overflow:hidden}
.mat-vertical-content{padding:0 24px 24px}
.mat-mdc-radio-group{display:flex;flex-direction:column;gap:4px;margin:8px 0}
.mat-mdc-radio-button .mdc-form-field{display:inline-flex;align-items:center;cursor:pointer}
.mdc-radio{position:relative;width:20px;height:20px;padding:10px;flex:0 0 auto}
.mdc-radio__native-control{position:absolute;top:0;left:0;width:40px;height:40px;margin:0;opacity:0;cursor:pointer;z-index:1}
.mdc-radio__background{position:absolute;top:10px;left:10px;width:16px;height:16px;border:2px solid rgba(0,0,0,.54);border-radius:50%}
.mdc-radio__inner-circle{position:absolute;top:3px;left:3px;width:10px;height:10px;border-radius:50%;background:#ff4081;transform:scale(0);transition:transform .12s}
.mat-mdc-radio-checked .mdc-radio__background{border-color:#ff4081}
.mat-mdc-radio-checked .mdc-radio__inner-circle{transform:scale(1)}
.mat-mdc-radio-button label{cursor:pointer;padding-left:4px}
.mat-mdc-table{width:100%;border-collapse:collapse;background:#fff}
.mat-mdc-header-cell{font-size:12px;font-weight:500;color:rgba(0,0,0,.54);text-align:left;padding:0 16px;height:56px;border-bottom:1px solid rgba(0,0,0,.12)}
.mat-mdc-cell{padding:0 16px;height:52px;border-bottom:1px solid rgba(0,0,0,.12)}
.hero{padding:64px 24px;text-align:center;background:linear-gradient(135deg,#e8eaf6,#fff)}
.hero h1{font-weight:300;font-size:34px;color:#3f51b5}
</style></head>
<body><app-root></app-root><script>${script}</script></body></html>`;

export async function startMaterialRendition(options: MaterialOptions = {}): Promise<MaterialRendition> {
  const config = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    username: options.username ?? 'matuser01',
    password: options.password ?? 'Mat@Pass12',
    captcha: options.captcha ?? '4HX9Q',
    loginOtp: options.loginOtp ?? '112233',
    apiOtp: options.apiOtp ?? '445566',
  };
  const sessions = new Map<string, Session>();
  const users: MaterialUser[] = [];
  const refusals: string[] = [];
  const state: MaterialState = { ...config, users, refusals, expireSessions: () => sessions.clear() };
  const script = `(${materialApp.toString()})(${JSON.stringify(MATERIAL_GSPS)});`;

  function json(res: ServerResponse, status: number, body: unknown, cookie?: string): void {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'cache-control': 'no-store',
    };
    if (cookie !== undefined) headers['set-cookie'] = cookie;
    res.writeHead(status, headers);
    res.end(JSON.stringify(body));
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, string>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (!text) return {};
    const parsed: unknown = JSON.parse(text);
    const out: Record<string, string> = {};
    if (parsed && typeof parsed === 'object')
      for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
    return out;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/api/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(INDEX(script));
      return;
    }
    if (path === '/api/captcha') {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
      res.end(captchaSvg(config.captcha));
      return;
    }
    const body = req.method === 'POST' ? await readJson(req) : {};
    const sid = /SESSIONID=([a-f0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    const session = sid ? sessions.get(sid) : undefined;
    if (path === '/api/auth/login') {
      if ((body.captcha ?? '').trim().toUpperCase() !== config.captcha)
        return json(res, 400, { message: 'Invalid Captcha. Please try again.' });
      if (body.username !== config.username || body.password !== config.password)
        return json(res, 400, {
          message: 'Invalid Login Credentials. Please check your username and password.',
        });
      const id = randomBytes(12).toString('hex');
      sessions.set(id, { stage: 'otp', apiOtpSent: false, apiVerified: false });
      return json(
        res,
        200,
        { next: 'otp', mobile: 'XXXXXX4821' },
        `SESSIONID=${id}; Path=/; HttpOnly; SameSite=Lax`,
      );
    }
    if (!session) return json(res, 401, { message: 'Session expired' });
    if (path === '/api/auth/verify-otp') {
      if ((body.otp ?? '').trim() !== config.loginOtp) {
        refusals.push('login-otp');
        return json(res, 400, { message: 'The OTP you entered is incorrect.' });
      }
      session.stage = 'in';
      return json(res, 200, { ok: true });
    }
    if (session.stage !== 'in') return json(res, 401, { message: 'Session expired' });
    if (path === '/api/me')
      return json(res, 200, { gstin: config.gstin, tradeName: 'UNIQUE FORGINGS', user: config.username });
    if (path === '/api/apireg/send-otp') {
      session.apiOtpSent = true;
      session.apiVerified = false;
      return json(res, 200, { mobile: 'XXXXXX4821' });
    }
    if (path === '/api/apireg/verify-otp') {
      if (!session.apiOtpSent) return json(res, 400, { message: 'Please request an OTP first.' });
      if ((body.otp ?? '').trim() !== config.apiOtp) {
        refusals.push('api-otp');
        return json(res, 400, { message: 'Invalid OTP entered. Please try again.' });
      }
      session.apiVerified = true;
      return json(res, 200, { ok: true });
    }
    if (path === '/api/apireg/registered')
      return json(
        res,
        200,
        users
          .filter((u) => u.gstin === config.gstin)
          .map((u) => ({ gsp: u.gsp, username: u.username, createdAt: u.createdAt })),
      );
    if (path === '/api/apireg/create') {
      if (!session.apiVerified) return json(res, 403, { message: 'Please verify the OTP first.' });
      if (body.type !== 'GSP')
        return json(res, 400, { message: 'Only registration through a GSP is available here.' });
      const gsp = body.gsp ?? '';
      const name = body.username ?? '';
      const pwd = body.password ?? '';
      if (!MATERIAL_GSPS.includes(gsp)) return json(res, 400, { message: 'Please select a GSP.' });
      if (!/^[A-Za-z0-9_]{4,16}$/.test(name))
        return json(res, 400, { message: 'Username must be 4 to 16 letters, digits or _.' });
      if (
        pwd.length < 8 ||
        !/[A-Z]/.test(pwd) ||
        !/[a-z]/.test(pwd) ||
        !/\d/.test(pwd) ||
        !/[^A-Za-z0-9]/.test(pwd)
      )
        return json(res, 400, {
          message:
            'Password must have 8 or more characters with upper case, lower case, digit and special character.',
        });
      if (pwd !== body.confirmPassword) return json(res, 400, { message: 'Passwords do not match.' });
      if (users.some((u) => u.gstin === config.gstin && u.gsp === gsp))
        return json(res, 409, { message: `Your GSTIN is already registered with ${gsp}.` });
      if (users.some((u) => u.username === `API_${name}`))
        return json(res, 409, { message: 'This username is already taken.' });
      users.push({
        gstin: config.gstin,
        gsp,
        username: `API_${name}`,
        password: pwd,
        createdAt: new Date().toISOString().slice(0, 10),
      });
      return json(res, 200, { message: `API user API_${name} has been created successfully.` });
    }
    return json(res, 404, { message: 'Not found' });
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => json(res, 500, { message: String(error) }));
  });
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
