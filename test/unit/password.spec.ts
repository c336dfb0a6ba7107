import { expect, test } from '@playwright/test';
import {
  DEFAULT_PASSWORD_RULE,
  describePasswordRule,
  parsePasswordRule,
  passwordProblem,
} from '../../src/password.js';

test.describe('API password rule', () => {
  const cases: Array<[string, RegExp | undefined]> = [
    ['Abc123@@', undefined],
    ['Str0ng#Pass15ch', undefined],
    ['Abc12@', /8 to 15 characters \(it has 6\)/],
    ['Abcdefgh123@4567', /it has 16/],
    ['abc123@@', /upper-case/],
    ['ABC123@@', /lower-case/],
    ['Abcdef@@', /digit/],
    ['Abc12345', /special/],
    ['Abc 123@@', /no spaces/],
  ];
  for (const [password, problem] of cases) {
    test(`default rule on a ${password.length}-character password (${problem ?? 'passes'})`, () => {
      const found = passwordProblem(password, DEFAULT_PASSWORD_RULE);
      if (problem) expect(found).toMatch(problem);
      else expect(found).toBeUndefined();
    });
  }

  test('never repeats the password in what it says', () => {
    expect(passwordProblem('abc123@@xyz')).not.toContain('abc123@@xyz');
  });

  test('a custom rule changes lengths and classes', () => {
    const rule = parsePasswordRule('10-20:LD');
    expect(rule).toEqual({
      minLength: 10,
      maxLength: 20,
      upper: false,
      lower: true,
      digit: true,
      special: false,
    });
    if (typeof rule === 'string') throw new Error(rule);
    expect(passwordProblem('abcdefghi1', rule)).toBeUndefined();
    expect(passwordProblem('Abc123@@', rule)).toMatch(/10 to 20/);
    expect(describePasswordRule(rule)).toBe('10 to 20 characters with a lower-case letter, a digit');
  });

  test('a malformed rule is explained', () => {
    expect(parsePasswordRule('eight')).toMatch(/8-15:ULDS/);
    expect(parsePasswordRule('9-3')).toMatch(/not above the maximum/);
  });
});
