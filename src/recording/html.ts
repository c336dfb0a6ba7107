/**
 * Just enough HTML handling to scrub and replay the portal's pages without a DOM: raw server
 * responses are scrubbed in Node before they reach the disk, so this works on text. It reads
 * the attributes of single tags (`<input>`, `<img>`, `<meta>`); it is not an HTML parser and
 * does not try to be one.
 */

/** One tag's attributes, in order, with raw (still entity-encoded) values. */
export class Attributes {
  constructor(private readonly list: Array<[name: string, value: string | undefined]>) {}

  get(name: string): string | undefined {
    const lower = name.toLowerCase();
    return this.list.find(([key]) => key.toLowerCase() === lower)?.[1];
  }

  has(name: string): boolean {
    const lower = name.toLowerCase();
    return this.list.some(([key]) => key.toLowerCase() === lower);
  }

  /** Sets a value; `raw` must already be safe inside double quotes (see html-escape.ts). */
  set(name: string, raw: string): void {
    const lower = name.toLowerCase();
    const entry = this.list.find(([key]) => key.toLowerCase() === lower);
    if (entry) entry[1] = raw;
    else this.list.push([name, raw]);
  }

  remove(name: string): void {
    const lower = name.toLowerCase();
    const index = this.list.findIndex(([key]) => key.toLowerCase() === lower);
    if (index >= 0) this.list.splice(index, 1);
  }

  toString(): string {
    return this.list.map(([key, value]) => (value === undefined ? ` ${key}` : ` ${key}="${value}"`)).join('');
  }
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseAttributes(source: string): Attributes {
  const list: Array<[string, string | undefined]> = [];
  for (const match of source.matchAll(ATTRIBUTE)) {
    const [, name, double, single, bare] = match;
    if (!name) continue;
    const value = double ?? single ?? bare;
    list.push([name, value === undefined ? undefined : value.replace(/"/g, '&quot;')]);
  }
  return new Attributes(list);
}

/** Decodes the few entities an attribute value of the portal's pages carries. */
export function decodeAttribute(raw: string): string {
  return raw
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Calls `rewrite` with the attributes of every `<tag ...>` in the text; the tag is rewritten
 * from the attributes afterwards when `rewrite` returns true.
 */
export function rewriteTags(html: string, tag: string, rewrite: (attributes: Attributes) => boolean): string {
  const pattern = new RegExp(`<${tag}\\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\\s*/?)>`, 'gi');
  return html.replace(pattern, (whole, source: string, close: string) => {
    const attributes = parseAttributes(source);
    if (!rewrite(attributes)) return whole;
    return `<${tag}${attributes}${close}>`;
  });
}

/** Replaces in the text between tags only (not in attribute values, ids or names). */
export function replaceInText(html: string, replace: (text: string) => string): string {
  return html.replace(/>([^<]+)</g, (_whole, text: string) => `>${replace(text)}<`);
}

/** The values of the hidden inputs of a page, by name: what a replay splices back in. */
export function hiddenInputs(html: string): Map<string, string> {
  const values = new Map<string, string>();
  rewriteTags(html, 'input', (attributes) => {
    const name = attributes.get('name');
    if (attributes.get('type')?.toLowerCase() === 'hidden' && name !== undefined)
      values.set(decodeAttribute(name), attributes.get('value') ?? '');
    return false;
  });
  return values;
}
