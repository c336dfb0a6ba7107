/**
 * The API password rule. The portal's own rule is unpublished; NIC's test accounts use
 * passwords like `Abc123@@`, so the default is 8-15 characters with upper, lower, digit and
 * special, and every part of it can be changed through configuration.
 */
export interface PasswordRule {
  minLength: number;
  maxLength: number;
  upper: boolean;
  lower: boolean;
  digit: boolean;
  special: boolean;
}

export const DEFAULT_PASSWORD_RULE: PasswordRule = {
  minLength: 8,
  maxLength: 15,
  upper: true,
  lower: true,
  digit: true,
  special: true,
};

/** Parses `min-max:classes`, e.g. `8-15:ULDS` (U upper, L lower, D digit, S special). */
export function parsePasswordRule(spec: string): PasswordRule | string {
  const match = /^(\d+)-(\d+)(?::([ULDS]*))?$/i.exec(spec.trim());
  if (!match) return 'must look like 8-15:ULDS (lengths, then U upper, L lower, D digit, S special)';
  const minLength = Number(match[1]);
  const maxLength = Number(match[2]);
  if (minLength < 1 || maxLength < minLength) return 'minimum must be at least 1 and not above the maximum';
  const classes = (match[3] ?? 'ULDS').toUpperCase();
  return {
    minLength,
    maxLength,
    upper: classes.includes('U'),
    lower: classes.includes('L'),
    digit: classes.includes('D'),
    special: classes.includes('S'),
  };
}

export function describePasswordRule(rule: PasswordRule): string {
  const needs = [
    rule.upper && 'an upper-case letter',
    rule.lower && 'a lower-case letter',
    rule.digit && 'a digit',
    rule.special && 'a special character',
  ].filter(Boolean);
  const length = `${rule.minLength} to ${rule.maxLength} characters`;
  return needs.length ? `${length} with ${needs.join(', ')}` : length;
}

/** Returns what the password lacks (never the password itself), or undefined when it passes. */
export function passwordProblem(
  password: string,
  rule: PasswordRule = DEFAULT_PASSWORD_RULE,
): string | undefined {
  const missing: string[] = [];
  if (password.length < rule.minLength || password.length > rule.maxLength) {
    missing.push(`${rule.minLength} to ${rule.maxLength} characters (it has ${password.length})`);
  }
  if (rule.upper && !/[A-Z]/.test(password)) missing.push('an upper-case letter');
  if (rule.lower && !/[a-z]/.test(password)) missing.push('a lower-case letter');
  if (rule.digit && !/[0-9]/.test(password)) missing.push('a digit');
  if (rule.special && !/[^A-Za-z0-9]/.test(password)) missing.push('a special character');
  if (/\s/.test(password)) missing.push('no spaces');
  return missing.length ? `needs ${missing.join(', ')}` : undefined;
}
