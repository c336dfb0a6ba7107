/**
 * The words a person reads when something fails. Playwright's errors are written for a
 * developer at a terminal: colour codes, a "Call log:" of every wait, a boxed banner. Those go to
 * run.log; the report, report.html, batch.json and the terminal get one clean sentence.
 *
 * And a failure to reach the portal at all (no network, DNS, a refused connection, an untrusted
 * certificate, a failing proxy) is named as such: Chromium says so in a `net::ERR_…` code, and an
 * operator told "the portal changed" would look in the wrong place.
 */
import { PortalUnreachable } from './errors.js';

/**
 * ANSI and other terminal escape sequences (CSI, OSC, DCS/APC strings, single-character escapes)
 * and the control characters a text file has no use for. Newlines and tabs stay.
 */
const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what this removes
  /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[ -/]*[0-~]|[\x00-\x08\x0b-\x1f\x7f]/g;

/** The text without terminal escape codes, line breaks kept: for run.log, which keeps the detail. */
export function withoutEscapes(text: string): string {
  return text.replace(ESCAPES, '');
}

/** Where Playwright's own logs start in an error message: all that follows is for run.log. */
const LOG_START = /^\s*(?:call log|browser logs|=+ logs =+)\s*:?\s*$/i;
/** A call-log entry, a stack frame, or a line of the boxed banners Playwright draws. */
const LOG_LINE =
  /^\s*(?:-\s+(?:waiting for|navigating to|locator resolved|attempting|retrying|<)|at\s+\S)|^\s*[╔║╚═]/i;

/**
 * An error's message as a person should read it, on one line: no escape codes, no call log, no
 * stack, no banner; at most its first three lines of substance (a strict-mode message lists
 * every element it matched). Takes an error or any text.
 */
export function cleanMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines: string[] = [];
  for (const line of withoutEscapes(text).split('\n')) {
    if (LOG_START.test(line)) break;
    if (LOG_LINE.test(line) || line.trim() === '') continue;
    lines.push(line.trim());
  }
  return lines.slice(0, 3).join(' ').replace(/\s+/g, ' ').trim();
}

type Cause =
  | 'dns'
  | 'offline'
  | 'refused'
  | 'cut'
  | 'timed-out'
  | 'certificate'
  | 'tls'
  | 'proxy'
  | 'blocked-port';

/** Chromium's network error codes (net/base/net_error_list.h), by what the operator can do. */
function causeOf(code: string): Cause | undefined {
  if (/^ERR_(PROXY_|TUNNEL_|SOCKS_|MANDATORY_PROXY_|PAC_)/.test(code)) return 'proxy';
  if (/^ERR_(CERT_|CERTIFICATE_|BAD_SSL_CLIENT_AUTH_CERT)/.test(code)) return 'certificate';
  if (/^ERR_(SSL_|TLS13_|ECH_|EARLY_DATA_)/.test(code)) return 'tls';
  if (/^ERR_(NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|DNS_|ICANN_NAME_COLLISION)/.test(code)) return 'dns';
  if (
    /^ERR_(INTERNET_DISCONNECTED|ADDRESS_UNREACHABLE|NETWORK_CHANGED|NETWORK_ACCESS_DENIED|NETWORK_IO_SUSPENDED|ADDRESS_INVALID)$/.test(
      code,
    )
  )
    return 'offline';
  if (code === 'ERR_CONNECTION_REFUSED' || code === 'ERR_CONNECTION_FAILED') return 'refused';
  if (
    /^ERR_(CONNECTION_RESET|CONNECTION_CLOSED|CONNECTION_ABORTED|EMPTY_RESPONSE|SOCKET_NOT_CONNECTED)$/.test(
      code,
    )
  )
    return 'cut';
  if (code === 'ERR_CONNECTION_TIMED_OUT' || code === 'ERR_TIMED_OUT') return 'timed-out';
  if (code === 'ERR_UNSAFE_PORT') return 'blocked-port';
  return undefined;
}

export interface ReachContext {
  /** The step's title, as the operator saw it. */
  step: string;
  portalUrl: string;
  /** The proxy the browser was given (HTTPS_PROXY), if any. */
  proxy?: string;
}

/** A proxy URL without its user and password, to be named in a message. */
export function proxyShown(proxy: string): string {
  try {
    const url = new URL(proxy);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '(unreadable)';
  }
}

/**
 * A `PortalUnreachable` when one of the texts (a Playwright error, the failure of the page's last
 * load) carries a network error code that means the portal could not be reached; otherwise
 * undefined. `net::ERR_ABORTED` (a load replaced by another) and the portal's own bad answers
 * (`ERR_INVALID_RESPONSE`, `ERR_TOO_MANY_REDIRECTS`) are not unreachability.
 */
export function unreachable(texts: readonly unknown[], context: ReachContext): PortalUnreachable | undefined {
  for (const text of texts) {
    const raw = text instanceof Error ? text.message : typeof text === 'string' ? text : '';
    for (const [, code] of withoutEscapes(raw).matchAll(/net::(ERR_[A-Z0-9_]+)/g)) {
      const cause = code ? causeOf(code) : undefined;
      if (code && cause) return explain(cause, code, context);
    }
  }
  return undefined;
}

function explain(cause: Cause, code: string, context: ReachContext): PortalUnreachable {
  let host = context.portalUrl;
  let port = '';
  try {
    const url = new URL(context.portalUrl);
    host = url.hostname;
    port = url.port || (url.protocol === 'http:' ? '80' : '443');
  } catch {
    // The URL was checked before the run started; the raw text names it well enough.
  }
  const proxy = context.proxy ? proxyShown(context.proxy) : undefined;
  const what: Record<Cause, string> = {
    dns: `the name ${host} could not be resolved (DNS)`,
    offline: 'this machine has no network path to it',
    refused: `the connection to ${host}:${port} was refused`,
    cut: `the connection to ${host} was cut before the portal answered`,
    'timed-out': `the connection to ${host} timed out`,
    certificate: `the browser did not trust the TLS certificate presented for ${host}`,
    tls: `the secure connection (TLS) to ${host} could not be set up`,
    proxy: `the proxy ${proxy ?? '(the system proxy)'} failed`,
    'blocked-port': `the browser refuses to connect to port ${port}`,
  };
  const first: Record<Cause, string> = {
    dns: `Check that this machine is online and that its DNS resolves ${host}, and that --portal-url (EINV_PORTAL_URL) is spelled right.`,
    offline: 'Check that this machine is online.',
    refused: `Check that --portal-url (EINV_PORTAL_URL) is right and that nothing on this network (a firewall) blocks ${host}.`,
    cut: 'Check the network: a firewall or a proxy may be cutting the connection.',
    'timed-out': `Check the network: nothing answered from ${host}; a firewall may be dropping the connection.`,
    certificate:
      'A network that inspects HTTPS (a company proxy or firewall), or a wrong clock on this machine, causes this: ask the network administrators, or use a network that does not intercept. Do not work around the certificate: the portal password travels on this connection.',
    tls: `Check that --portal-url (EINV_PORTAL_URL) is the portal's https address, and whether a proxy or firewall on this network interferes with HTTPS to ${host}.`,
    proxy: `Check the proxy in HTTPS_PROXY (address, port, user and password), or unset HTTPS_PROXY where there is no proxy.`,
    'blocked-port': 'Browsers never connect to this port: check --portal-url (EINV_PORTAL_URL).',
  };
  const advice =
    cause === 'proxy'
      ? 'Connect the VPN if the portal is reached through one. Then run the same command again.'
      : `Connect the VPN if the portal is reached through one; ${proxy ? `check the proxy in HTTPS_PROXY (${proxy})` : 'behind a proxy, set HTTPS_PROXY (and NO_PROXY for the exceptions), which the browser is given'}. Then run the same command again.`;
  return new PortalUnreachable(
    `Could not reach the portal during "${context.step}": ${what[cause]} (net::${code}).`,
    `${first[cause]} ${advice}`,
  );
}
