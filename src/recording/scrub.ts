/**
 * Scrubbing a recording before any of it reaches the disk. Three lines of defence, in order:
 * by place (the value of every password, OTP, captcha and hidden field, cookies, anti-forgery
 * tokens, form fields and headers whose names say they are secret), by value (every secret the
 * run typed, and every value the first line took out, wherever else it shows up, also
 * URL-, HTML- and JSON-encoded), and by pattern (mobile numbers, e-mail addresses, and unless
 * identifiers are kept, GSTINs and API usernames).
 *
 * A Scrubber learns as it goes: a token taken out of one page is taken out of every other
 * file too, so a recording is always scrubbed whole, with everything learned so far.
 */

import { escapeHtml } from '../html-escape.js';
import type { SecretValues } from '../secret-values.js';
import { type Attributes, decodeAttribute, replaceInText, rewriteTags } from './html.js';

export const REDACTED = '[redacted]';

/** Names of fields, parameters and headers whose values are secret. */
const SECRET_NAME =
  /pass(?:word)?|pwd|otp|captcha|salt|token|csrf|xsrf|session|secret|nonce|viewstate|eventvalidation|hash|auth|cookie/i;
/** Names of fields whose values identify the taxpayer or a person. */
const IDENTIFIER_NAME = /user\s*-?_?\.?\s*name|user\s*id|login\s*id|gstin|mobile|phone|e-?mail/i;

const MOBILE = /(?<![0-9A-Za-z])(?:\+91[\s-]?|0)?[6-9]\d{9}(?![0-9A-Za-z])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const GSTIN = /(?<![0-9A-Za-z])\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z][0-9A-Z][0-9A-Z](?![0-9A-Za-z])/g;
const API_USERNAME = /\bAPI_[A-Za-z0-9_]+/g;
/** ASP.NET's cookieless session id, carried in the path: /(S(abc...))/Home. */
const URL_SESSION = /\(S\([A-Za-z0-9]{16,}\)\)/g;

/** A value learned by place is scrubbed everywhere only when long enough not to hit ordinary text. */
const MIN_LEARNED = 8;

export interface Identifiers {
  gstin: string;
  portalUsername?: string;
  /** The part typed after the portal's API_ prefix. */
  apiUsernameSuffix?: string;
}

export interface ScrubOptions {
  secrets: SecretValues;
  keepIdentifiers: boolean;
  identifiers: Identifiers;
}

export interface HeaderLine {
  name: string;
  value: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A secret as it may appear in a page, a URL, a form body or JSON. */
function encodings(value: string): string[] {
  const html = escapeHtml(value);
  return [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    html,
    JSON.stringify(value).slice(1, -1),
  ];
}

export class Scrubber {
  private readonly learned = new Set<string>();
  /**
   * Texts a page shows on its buttons. ASP.NET WebForms posts the clicked button's name and
   * value (`ctl00$btnVerifyApiOtp=Verify OTP`): a secret-looking name, a public value, which
   * must not be taken out of every page as if it were a secret.
   */
  private readonly shown = new Set<string>();

  constructor(private readonly options: ScrubOptions) {}

  /** Remembers a value taken out by place, so it is taken out wherever else it appears. */
  learn(value: string | undefined): void {
    if (value && value.length >= MIN_LEARNED && value !== REDACTED) this.learned.add(value);
  }

  /** Every secret value known so far, in every encoding, longest first. */
  private values(): string[] {
    const all = new Set<string>();
    const learned = [...this.learned].filter((value) => !this.shown.has(value));
    for (const value of [...this.options.secrets.list(), ...learned])
      for (const form of encodings(value)) if (form.length >= 4) all.add(form);
    return [...all].sort((a, b) => b.length - a.length);
  }

  /** By value and by pattern: for any text (a page, a snapshot, a URL, a body). */
  text(input: string): string {
    let text = input;
    for (const value of this.values()) text = text.split(value).join(REDACTED);
    text = text.replace(URL_SESSION, `(S(${REDACTED}))`);
    if (!this.options.keepIdentifiers) text = this.identifiers(text);
    return text.replace(EMAIL, '[email]').replace(MOBILE, (mobile) => 'X'.repeat(mobile.length));
  }

  private identifiers(input: string): string {
    const { gstin, portalUsername, apiUsernameSuffix } = this.options.identifiers;
    const known: Array<[string | undefined, string]> = [
      [apiUsernameSuffix ? `API_${apiUsernameSuffix}` : undefined, 'API_[username]'],
      [apiUsernameSuffix, '[api-username]'],
      [portalUsername, '[username]'],
      [gstin, '[GSTIN]'],
    ];
    let text = input;
    for (const [value, mask] of known) {
      if (value && value.length >= 4) text = text.replace(new RegExp(escapeRegExp(value), 'gi'), mask);
    }
    return text.replace(GSTIN, '[GSTIN]');
  }

  /** A page as served or as serialized: secret fields first, then text. */
  html(input: string): string {
    const keep = this.options.keepIdentifiers;
    let html = rewriteTags(input, 'input', (attributes) => this.input(attributes));
    html = rewriteTags(html, 'img', (attributes) => {
      const src = attributes.get('src') ?? '';
      const captcha = /captcha/i.test(`${attributes.get('id')} ${attributes.get('alt')} ${src}`);
      // A captcha sent inline as a data: URI is the captcha itself; a URL to it is harmless.
      if (!captcha || !src.startsWith('data:')) return false;
      attributes.set('src', 'data:,');
      return true;
    });
    html = rewriteTags(html, 'meta', (attributes) => {
      const content = attributes.get('content');
      if (!content || !SECRET_NAME.test(`${attributes.get('name')} ${attributes.get('http-equiv')}`))
        return false;
      this.learn(decodeAttribute(content));
      attributes.set('content', REDACTED);
      return true;
    });
    if (!keep) html = replaceInText(html, (text) => text.replace(API_USERNAME, 'API_[username]'));
    return this.text(html);
  }

  private input(attributes: Attributes): boolean {
    const type = (attributes.get('type') ?? 'text').toLowerCase();
    const value = attributes.get('value');
    if (value === undefined || value === '') return false;
    // A button's value is the text a person reads on it ("Verify OTP" on btnVerifyOtp), not
    // something typed: kept, so drift and replay still find the button. Secrets typed in the
    // run are still taken out of it by value, like from any text.
    if (/^(submit|button|reset|image)$/.test(type)) {
      this.shown.add(decodeAttribute(value));
      return false;
    }
    const names = `${attributes.get('name') ?? ''} ${attributes.get('id') ?? ''}`;
    if (type === 'password' || /otp|captcha/i.test(names)) {
      attributes.remove('value');
      return true;
    }
    // Hidden fields carry the salts, tokens and view state: none is needed to read a page.
    // Only secret-looking ones are taken out elsewhere too: a hidden GSTIN or GSP name is not.
    if (type === 'hidden' || SECRET_NAME.test(names)) {
      const decoded = decodeAttribute(value);
      if (SECRET_NAME.test(names) || (decoded.length >= 16 && !/\s/.test(decoded))) this.learn(decoded);
      attributes.set('value', REDACTED);
      return true;
    }
    if (!this.options.keepIdentifiers && IDENTIFIER_NAME.test(names)) {
      attributes.set('value', REDACTED);
      return true;
    }
    return false;
  }

  /** A URL: secret query parameters by name, then by value and pattern. */
  url(input: string): string {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return this.text(input);
    }
    let changed = false;
    for (const [name, value] of [...url.searchParams]) {
      if (this.secretName(name)) {
        this.learn(value);
        url.searchParams.set(name, REDACTED);
        changed = true;
      }
    }
    return this.text(changed ? url.toString() : input);
  }

  private secretName(name: string): boolean {
    return SECRET_NAME.test(name) || (!this.options.keepIdentifiers && IDENTIFIER_NAME.test(name));
  }

  /** An application/x-www-form-urlencoded body: secret fields by name, the rest by value. */
  form(body: string): string {
    return body
      .split('&')
      .map((pair) => {
        const at = pair.indexOf('=');
        const rawName = at < 0 ? pair : pair.slice(0, at);
        const rawValue = at < 0 ? '' : pair.slice(at + 1);
        const name = decodeForm(rawName);
        if (this.secretName(name) && rawValue !== '') {
          this.learn(decodeForm(rawValue));
          return `${rawName}=${REDACTED}`;
        }
        const value = decodeForm(rawValue);
        const scrubbed = this.text(value);
        return at < 0 ? pair : `${rawName}=${scrubbed === value ? rawValue : encodeURIComponent(scrubbed)}`;
      })
      .join('&');
  }

  /** A JSON body: secret keys by name, every string by value. */
  json(body: string): string {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return this.text(body);
    }
    const walk = (value: unknown, key?: string): unknown => {
      if (typeof value === 'string') {
        if (key !== undefined && this.secretName(key)) {
          this.learn(value);
          return REDACTED;
        }
        return this.text(value);
      }
      if (Array.isArray(value)) return value.map((item) => walk(item));
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
      return value;
    };
    return JSON.stringify(walk(parsed));
  }

  /** A request or response body, by its content type. */
  body(text: string, mimeType: string): string {
    if (/html/i.test(mimeType)) return this.html(text);
    if (/x-www-form-urlencoded/i.test(mimeType)) return this.form(text);
    if (/json/i.test(mimeType)) return this.json(text);
    return this.text(text);
  }

  /** Headers: cookies keep their names but lose their values; secret headers lose theirs. */
  headers(lines: readonly HeaderLine[]): HeaderLine[] {
    return lines.map(({ name, value }) => {
      const lower = name.toLowerCase();
      if (lower === 'cookie') {
        const pairs = value.split(/;\s*/).map((pair) => {
          const at = pair.indexOf('=');
          if (at < 0) return pair;
          this.learn(pair.slice(at + 1));
          return `${pair.slice(0, at)}=${REDACTED}`;
        });
        return { name, value: pairs.join('; ') };
      }
      if (lower === 'set-cookie') {
        const [first = '', ...attributes] = value.split(';');
        const at = first.indexOf('=');
        if (at >= 0) this.learn(first.slice(at + 1).trim());
        const masked = at < 0 ? first : `${first.slice(0, at)}=${REDACTED}`;
        return { name, value: [masked, ...attributes].join(';') };
      }
      if (SECRET_NAME.test(lower)) {
        this.learn(value);
        return { name, value: REDACTED };
      }
      if (lower === 'location' || lower === 'referer' || lower === 'origin') {
        return { name, value: /^https?:/i.test(value) ? this.url(value) : this.text(value) };
      }
      return { name, value: this.text(value) };
    });
  }

  /**
   * An ARIA snapshot of the live page: it shows what fields contain (`- textbox: value`),
   * passwords included, so every field value goes, then the text is scrubbed like any other.
   */
  aria(snapshot: string): string {
    const withoutValues = snapshot.replace(
      /^(\s*- (?:textbox|searchbox|spinbutton)\b(?: "(?:[^"\\]|\\.)*")?(?: \[[^\]\n]*\])*):[^\n]*$/gm,
      '$1',
    );
    return this.text(withoutValues);
  }
}

function decodeForm(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
