import { expect, test } from '@playwright/test';
import { gstinCheckCharacter, gstinProblem } from '../../src/gstin.js';

test.describe('GSTIN check character', () => {
  const valid = [
    '27AAPFU0939F1ZV',
    '29AAACJ4323N1ZC',
    '27AABCE1234F1Z5',
    '29AABCE1234F1Z1',
    '33AABCE1234F1ZC',
  ];
  for (const gstin of valid) {
    test(`accepts ${gstin}`, () => {
      expect(gstinProblem(gstin)).toBeUndefined();
      expect(gstinCheckCharacter(gstin.slice(0, 14))).toBe(gstin.charAt(14));
    });
  }

  const invalid: Array<[string, RegExp]> = [
    ['24AAGCC7144L6ZE', /check character is E but should be D/],
    ['27AABCE1234F1Z6', /should be 5/],
    ['27AABCE1234F1Z', /15 characters/],
    ['27aabce1234f1z5', /capitals/],
    ['00AABCE1234F1Z5', /state code 00/],
    ['27AABC31234F1Z5', /PAN/],
    ['27AABCE1234F0Z5', /entity/],
  ];
  for (const [gstin, why] of invalid) {
    test(`refuses ${gstin}`, () => {
      expect(gstinProblem(gstin)).toMatch(why);
    });
  }
});
