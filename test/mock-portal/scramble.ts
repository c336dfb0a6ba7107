/**
 * `scrambleIds`: every id, form-control `name` and class the real portal is not known to carry
 * becomes a random token at each page load, so a bot tested against the mock can only lean on
 * what a person reads or on what the real portal has been seen to carry (`SEEN_ON_REAL_PORTAL`).
 *
 * A page stays whole: one token per original within the page, and every reference follows it
 * (`for`, `aria-labelledby`, `href="#…"`, `data-target`, the page's CSS, which is inlined, and
 * its scripts). Scripts are rewritten only where they name the DOM the way the mock's own
 * templates are written to: `getElementById('x')`, `classList.add('x')` (and remove, toggle,
 * contains) and selectors in `querySelector(All)`, `closest` and `matches`. The names a page
 * posts come back as tokens; the recent pages' maps of each session turn them back.
 *
 * Text only, no DOM: this reads the mock's own templates, not arbitrary HTML.
 */
import { randomBytes } from 'node:crypto';
import { SEEN_ON_REAL_PORTAL } from '../../src/portal-map.js';

type Kind = 'id' | 'name' | 'class';

/** How many recent pages of a session can still post their form. */
const PAGES_REMEMBERED = 8;
/** Only these elements' `name` is a form field's; `<meta name>` and the like stay. */
const NAMED_CONTROLS = new Set(['input', 'select', 'textarea', 'button', 'form']);
/** Attributes that name other elements by id. */
const ID_LISTS = new Set([
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'list',
  'form',
]);
/** Attributes that point at an element with `#id`. */
const ID_FRAGMENTS = new Set(['href', 'data-target', 'data-parent', 'data-bs-target', 'data-bs-parent']);

const START_TAG =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Elements whose content is not markup, and comments. */
const RAW_PARTS = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const IDENTIFIER = /^-?[A-Za-z_][\w-]*$/;
const SELECTOR_PART =
  /([#.])(-?[A-Za-z_][\w-]*)|\[\s*(id|name|for|class)\s*([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*\]/g;

/** One page's tokens: the same original always gets the same token within the page. */
class PageTokens {
  private readonly tokens = new Map<string, string>();
  /** token -> original, for the names the page will post. */
  readonly names = new Map<string, string>();

  constructor(private readonly seen: Record<Kind, ReadonlySet<string>>) {}

  token(original: string, kind: Kind): string {
    if (original === '' || this.seen[kind].has(original)) return original;
    let token = this.tokens.get(original);
    if (!token) {
      // A letter first, so that it is a valid CSS identifier.
      token = `s${randomBytes(5).toString('hex')}`;
      this.tokens.set(original, token);
    }
    if (kind === 'name') this.names.set(token, original);
    return token;
  }
}

export class IdScrambler {
  private readonly seen: Record<Kind, ReadonlySet<string>> = {
    id: new Set<string>(SEEN_ON_REAL_PORTAL.ids),
    name: new Set<string>(SEEN_ON_REAL_PORTAL.names),
    class: new Set<string>(SEEN_ON_REAL_PORTAL.classes),
  };
  /** Per session (its object, so it goes with the session), the name maps of its recent pages. */
  private readonly recent = new WeakMap<object, Array<Map<string, string>>>();
  /** Per session, the tokens of its last page, for an answer that redraws part of it. */
  private readonly lastPage = new WeakMap<object, PageTokens>();

  /**
   * The page with its ids, names and classes scrambled and its stylesheets inlined;
   * `stylesheet` gives the text of a linked stylesheet by its href. A page drawn anew gets new
   * tokens; a partial postback's answer (`samePage`) the tokens of the page it updates.
   */
  scramble(
    html: string,
    session: object | undefined,
    stylesheet: (href: string) => string | undefined,
    /** A partial postback's answer: the tokens of the session's last page, whose part it replaces. */
    { samePage = false }: { samePage?: boolean } = {},
  ): string {
    const tokens = (samePage && session && this.lastPage.get(session)) || new PageTokens(this.seen);
    if (session) this.lastPage.set(session, tokens);
    let out = '';
    let last = 0;
    for (const match of html.matchAll(RAW_PARTS)) {
      const index = match.index ?? 0;
      out += this.markup(html.slice(last, index), tokens, stylesheet);
      const [whole, element, attributes = '', content = ''] = match;
      if (!element) out += whole;
      else if (element.toLowerCase() === 'style')
        out += `<style${attributes}>${scrambleCss(content, tokens)}</style>`;
      else if (/\bsrc\s*=/i.test(attributes)) out += whole;
      else out += `<script${attributes}>${scrambleScript(content, tokens)}</script>`;
      last = index + whole.length;
    }
    out += this.markup(html.slice(last), tokens, stylesheet);
    if (session && tokens.names.size > 0) this.remember(session, tokens.names);
    return out;
  }

  /** A posted body with the names of the session's recent pages turned back into the originals. */
  unscramble(session: object, form: URLSearchParams): URLSearchParams {
    const maps = this.recent.get(session);
    if (!maps) return form;
    const original = new URLSearchParams();
    for (const [key, value] of form) {
      const name = maps.find((map) => map.has(key))?.get(key) ?? key;
      original.append(name, value);
    }
    return original;
  }

  private remember(session: object, names: Map<string, string>): void {
    const maps = this.recent.get(session) ?? [];
    maps.unshift(names);
    maps.length = Math.min(maps.length, PAGES_REMEMBERED);
    this.recent.set(session, maps);
  }

  private markup(html: string, tokens: PageTokens, stylesheet: (href: string) => string | undefined): string {
    return html.replace(START_TAG, (whole, tag: string, source: string, selfClosing: string) => {
      const element = tag.toLowerCase();
      const attributes = [...source.matchAll(ATTRIBUTE)].map(([, name = '', double, single, bare]) => ({
        name,
        value: double ?? single ?? bare,
      }));
      const attribute = (name: string) => attributes.find((a) => a.name.toLowerCase() === name)?.value;
      if (element === 'link' && attribute('rel')?.toLowerCase() === 'stylesheet') {
        const css = stylesheet(attribute('href') ?? '');
        if (css !== undefined) return `<style>${scrambleCss(css, tokens)}</style>`;
        return whole;
      }
      const rewritten = attributes.map(({ name, value }) => {
        if (value === undefined) return ` ${name}`;
        const lower = name.toLowerCase();
        let next = value;
        if (lower === 'id') next = tokens.token(value, 'id');
        else if (lower === 'class') next = eachWord(value, (word) => tokens.token(word, 'class'));
        else if (lower === 'name' && NAMED_CONTROLS.has(element)) next = tokens.token(value, 'name');
        else if (ID_LISTS.has(lower)) next = eachWord(value, (word) => tokens.token(word, 'id'));
        else if (ID_FRAGMENTS.has(lower) && value.startsWith('#') && IDENTIFIER.test(value.slice(1))) {
          next = `#${tokens.token(value.slice(1), 'id')}`;
        }
        return ` ${name}="${next.replace(/"/g, '&quot;')}"`;
      });
      return `<${tag}${rewritten.join('')}${selfClosing ? ' /' : ''}>`;
    });
  }
}

function eachWord(value: string, map: (word: string) => string): string {
  return value.replace(/[^\s]+/g, (word) => map(word));
}

/** A selector (CSS or a script's) with its ids, classes and [id|name|for|class=…] rewritten. */
function scrambleSelector(selector: string, tokens: PageTokens): string {
  return selector.replace(
    SELECTOR_PART,
    (whole, sigil?: string, identifier?: string, attribute?: string, operator?: string, ...quoted) => {
      if (sigil && identifier) return `${sigil}${tokens.token(identifier, sigil === '#' ? 'id' : 'class')}`;
      const value = (quoted[0] ?? quoted[1] ?? quoted[2]) as string | undefined;
      if (!attribute || value === undefined) return whole;
      const kind: Kind = attribute === 'class' ? 'class' : attribute === 'name' ? 'name' : 'id';
      return `[${attribute}${operator}"${tokens.token(value, kind)}"]`;
    },
  );
}

/**
 * Selectors are rewritten, declarations left alone (`0.5em`, `#fff` are not ids). Blocks of an
 * at-rule such as `@media` hold rules again; comments are dropped.
 */
function scrambleCss(css: string, tokens: PageTokens): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let prelude = '';
  /** For each open brace: does it hold rules (true) or declarations (false)? */
  const blocks: boolean[] = [];
  for (const char of text) {
    const inDeclarations = blocks.length > 0 && blocks[blocks.length - 1] === false;
    if (char === '{') {
      const head = prelude.trim();
      const atRule = head.startsWith('@');
      out += atRule || inDeclarations ? prelude : scrambleSelector(prelude, tokens);
      out += char;
      prelude = '';
      blocks.push(atRule && /^@(media|supports|document|layer)\b/.test(head));
    } else if (char === '}') {
      out += prelude + char;
      prelude = '';
      blocks.pop();
    } else if (inDeclarations) {
      out += char;
    } else {
      prelude += char;
    }
  }
  return out + prelude;
}

const SCRIPT_ID = /\b(getElementById\(\s*)(['"])([^'"\\]*)\2/g;
const SCRIPT_CLASS = /\b(classList\.(?:add|remove|toggle|contains)\(\s*)(['"])([^'"\\]*)\2/g;
const SCRIPT_SELECTOR =
  /\b((?:querySelector|querySelectorAll|closest|matches)\(\s*)(['"])((?:(?!\2)[^\\]|\\.)*)\2/g;

/** See the module comment: only the DOM lookups the mock's templates are written with. */
function scrambleScript(script: string, tokens: PageTokens): string {
  return script
    .replace(
      SCRIPT_ID,
      (_, call: string, quote: string, id: string) => `${call}${quote}${tokens.token(id, 'id')}${quote}`,
    )
    .replace(
      SCRIPT_CLASS,
      (_, call: string, quote: string, name: string) =>
        `${call}${quote}${tokens.token(name, 'class')}${quote}`,
    )
    .replace(SCRIPT_SELECTOR, (_, call: string, quote: string, selector: string) => {
      const rewritten = scrambleSelector(selector, tokens).replace(/"/g, quote === '"' ? "'" : '"');
      return `${call}${quote}${rewritten}${quote}`;
    });
}
