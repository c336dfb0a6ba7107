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

  /** The values themselves, for scrubbers that must also find them encoded (URL, HTML, JSON). */
  list(): string[] {
    return [...this.values];
  }

  has(text: string): boolean {
    for (const value of this.values) if (text.includes(value)) return true;
    return false;
  }
}
