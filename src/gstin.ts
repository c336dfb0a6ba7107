/**
 * GSTIN: 2-digit state code, 10-character PAN, entity number, 'Z' by default, check character.
 * The check character is Luhn mod 36 over 0-9A-Z (the rule python-stdnum and the GST network use).
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SHAPE = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][A-Z0-9][0-9A-Z]$/;

export function gstinCheckCharacter(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = ALPHABET.indexOf(first14.charAt(i));
    if (value < 0) throw new RangeError(`not a GSTIN character: ${first14.charAt(i)}`);
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET.charAt((36 - (sum % 36)) % 36);
}

/** Returns why the value is not a GSTIN, or undefined when it is one. */
export function gstinProblem(value: string): string | undefined {
  if (value.length !== 15) return `must be 15 characters, got ${value.length}`;
  if (!SHAPE.test(value)) {
    return 'must be a 2-digit state code, a 10-character PAN, an entity character, a character and a check character, in capitals';
  }
  const state = Number(value.slice(0, 2));
  if (!((state >= 1 && state <= 38) || state === 97 || state === 99)) {
    return `state code ${value.slice(0, 2)} does not exist`;
  }
  const expected = gstinCheckCharacter(value.slice(0, 14));
  if (value.charAt(14) !== expected) {
    return `check character is ${value.charAt(14)} but should be ${expected} (a typing mistake?)`;
  }
  return undefined;
}

export function isGstin(value: string): boolean {
  return gstinProblem(value) === undefined;
}
