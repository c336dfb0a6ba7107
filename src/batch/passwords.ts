/**
 * Strong API passwords for `batch --generate-api-passwords`: random from the operating system's
 * generator, at the rule's longest length, with one character of every class the rule asks for.
 * Look-alike characters (0/O, 1/l/I) are left out: operators copy these into GSP dashboards.
 */
import { randomInt } from 'node:crypto';
import { type PasswordRule, passwordProblem } from '../password.js';

const CLASSES = {
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  lower: 'abcdefghijkmnopqrstuvwxyz',
  digit: '23456789',
  // Specials that survive CSV files, shells and web forms without quoting.
  special: '@#$%*+=-_!',
} as const;

const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)] as string;

export function generatePassword(rule: PasswordRule): string {
  const wanted = (Object.keys(CLASSES) as Array<keyof typeof CLASSES>).filter((name) => rule[name]);
  const classes = wanted.length ? wanted : (['upper', 'lower', 'digit'] as const);
  const alphabet = classes.map((name) => CLASSES[name]).join('');
  const length = Math.max(rule.minLength, Math.min(rule.maxLength, 16), classes.length);
  const characters = classes.map((name) => pick(CLASSES[name]));
  while (characters.length < length) characters.push(pick(alphabet));
  // Fisher-Yates, so the required classes are not always in front.
  for (let i = characters.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [characters[i], characters[j]] = [characters[j] as string, characters[i] as string];
  }
  const password = characters.join('');
  const problem = passwordProblem(password, rule);
  if (problem) throw new Error(`generated password does not meet the rule: ${problem}`);
  return password;
}
