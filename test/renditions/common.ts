/**
 * What both renditions share, none of it drawing: the account, the fixed answers, sessions by
 * cookie, form bodies, the captcha picture, and the server's start and state. Each rendition
 * draws its own pages (nic-webforms.ts, bootstrap-navbar.ts), written from
 * /work/shared/portal/einvoice1.md and guide.md only, without reading test/mock-portal/.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ACCOUNT = {
  username: 'acmetax01',
  password: 'Acme@Login1',
  gstin: '27AAPFU0939F1ZV',
  legalName: 'ACME TRADING PRIVATE LIMITED',
} as const;

export const ANSWERS = { captcha: 'K7M2P', loginOtp: '482913', apiOtp: '605128' } as const;

export const GSPS = [
  'Adaequare Info Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'Masters India Private Limited',
  'Tally ( India) Private Ltd',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
];

export interface ApiUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  at: string;
}

export interface RenditionState {
  apiUsers: ApiUser[];
  submits: number;
  wrongOtps: number;
}

/** One browser's session: what it has passed so far. */
export interface Session {
  id: string;
  loggedIn: boolean;
  passwordOk: boolean;
  apiOtpSent: boolean;
  apiOtpOk: boolean;
  popupShown: boolean;
  registrationType?: string;
  gsp?: string;
}

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  body: URLSearchParams;
  session: Session;
  state: RenditionState;
}

export type Reply =
  | { html: string; status?: number }
  | { json: unknown }
  | { redirect: string }
  | { svg: string }
  | { notFound: true };

export type Handler = (request: Request) => Reply;

export interface Rendition {
  url: string;
  state(): RenditionState;
  reset(): void;
  close(): Promise<void>;
}

/** The distorted five characters of the captcha, drawn as an SVG picture. */
export function captchaSvg(): string {
  const letters = [...ANSWERS.captcha]
    .map((letter, index) => {
      const x = 14 + index * 24;
      const y = 30 + ((index * 7) % 9);
      const turn = ((index * 37) % 40) - 20;
      return `<text x="${x}" y="${y}" transform="rotate(${turn} ${x} ${y})" font-size="26" font-family="serif" fill="#2a3f8f">${letter}</text>`;
    })
    .join('');
  const noise = [0, 1, 2, 3, 4]
    .map((n) => `<line x1="0" y1="${8 + n * 9}" x2="150" y2="${44 - n * 7}" stroke="#9a6" stroke-width="1"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50"><rect width="150" height="50" fill="#eef2d8"/>${noise}${letters}</svg>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A server for one rendition's handler, on a free port of 127.0.0.1 unless one is given. */
export async function serve(handler: Handler, port = 0): Promise<Rendition> {
  const sessions = new Map<string, Session>();
  let state: RenditionState = { apiUsers: [], submits: 0, wrongOtps: 0 };
  const server = createServer((req, res) => {
    readBody(req)
      .then((body) => respond(req, res, body))
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  const respond = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__rendition/state') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(state));
      return;
    }
    const cookie = /(?:^|;\s*)ASP\.NET_SessionId=([a-f0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    let session = cookie ? sessions.get(cookie) : undefined;
    const headers: Record<string, string> = {};
    if (!session) {
      session = {
        id: randomBytes(12).toString('hex'),
        loggedIn: false,
        passwordOk: false,
        apiOtpSent: false,
        apiOtpOk: false,
        popupShown: false,
      };
      sessions.set(session.id, session);
      headers['set-cookie'] = `ASP.NET_SessionId=${session.id}; Path=/; HttpOnly`;
    }
    const type = req.headers['content-type'] ?? '';
    const form = type.includes('application/json')
      ? new URLSearchParams(Object.entries(JSON.parse(body || '{}') as Record<string, string>))
      : new URLSearchParams(body);
    const reply = handler({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: form,
      session,
      state,
    });
    if ('redirect' in reply) {
      res.writeHead(302, { ...headers, location: reply.redirect });
      res.end();
    } else if ('json' in reply) {
      res.writeHead(200, { ...headers, 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.json));
    } else if ('svg' in reply) {
      res.writeHead(200, { ...headers, 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
      res.end(reply.svg);
    } else if ('html' in reply) {
      res.writeHead(reply.status ?? 200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end(reply.html);
    } else {
      res.writeHead(404, { ...headers, 'content-type': 'text/html' });
      res.end('<h2>404 - File or directory not found.</h2>');
    }
  };
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    state: () => structuredClone(state),
    reset: () => {
      sessions.clear();
      state = { apiUsers: [], submits: 0, wrongOtps: 0 };
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => done(body));
    req.on('error', fail);
  });
}

/** Registers the API user unless the GSTIN has one for that GSP: the refusal's words, or none. */
export function register(
  state: RenditionState,
  gsp: string,
  username: string,
  password: string,
): string | undefined {
  state.submits += 1;
  if (state.apiUsers.some((user) => user.gstin === ACCOUNT.gstin && user.gsp === gsp)) {
    return 'This GSTIN is already registered with the selected GSP.';
  }
  if (state.apiUsers.some((user) => user.username === username))
    return 'User Name already exists. Please choose another.';
  state.apiUsers.push({ gstin: ACCOUNT.gstin, gsp, username, password, at: new Date().toISOString() });
  return undefined;
}
