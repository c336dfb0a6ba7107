/**
 * Every secret value a run handles (passwords, OTPs, captcha answers), so that any text about
 * to be written or printed can be scrubbed of them. This is the second line of defence: the
 * first is never passing a secret to a logger, report or message at all.
 */
export class SecretValues {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    // Very short values would match unrelated text; the portal's secrets are all longer.
    if (value && value.length >= 4) this.values.add(value);
  }

  scrub(text: string): string {
    let result = text;
    for (const value of this.values) result = result.split(value).join('[redacted]');
    return result;
  }

  /**
   * A JSON line (a log line) scrubbed without breaking it: a secret in one of its strings is cut,
   * as written or as JSON escapes it, and a number that is a secret whole becomes the string
   * "[redacted]". The digits of a secret inside a longer number (a timestamp that happens to hold
   * an OTP's six digits) are no secret; cutting them made the line unreadable.
   */
  scrubJson(line: string): string {
    return line.replace(JSON_TOKEN, (token) => {
      if (!token.startsWith('"')) return this.values.has(token) ? '"[redacted]"' : token;
      let result = token;
      for (const value of this.values) {
        for (const form of new Set([value, JSON.stringify(value).slice(1, -1)]))
          result = result.split(form).join('[redacted]');
      }
      return result;
    });
  }

  /** The values themselves, for scrubbers that must also find them encoded (URL, HTML, JSON). */
  list(): string[] {
    return [...this.values];
  }

  has(text: string): boolean {
    for (const value of this.values) if (text.includes(value)) return true;
    return false;
  }
}

/** A JSON string (with its escapes) or number, as a line's tokens are read left to right. */
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
