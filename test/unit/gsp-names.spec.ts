import { expect, test } from '@playwright/test';
import { closestGspNames, matchGsp } from '../../src/gsp-names.js';

const offered = [
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Tally ( India) Private Ltd',
  'Tera Software Limited',
  'Masters India Private Limited',
];

test.describe('GSP names', () => {
  test('matches the exact text first', () => {
    expect(matchGsp('Tera Software Limited', offered)).toBe('Tera Software Limited');
  });

  test('matches across case and Pvt. Ltd. / Private Limited spellings', () => {
    expect(matchGsp('defmacro software pvt ltd', offered)).toBe('DEFMACRO SOFTWARE PRIVATE LIMITED');
    expect(matchGsp('VAY NETWORK SERVICES PRIVATE LIMITED', offered)).toBe('Vay Network Services Pvt. Ltd.');
    expect(matchGsp('Tally (India) Pvt Ltd', offered)).toBe('Tally ( India) Private Ltd');
  });

  test('does not match a different company', () => {
    expect(matchGsp('DEFMACRO SOLUTIONS LIMITED', offered)).toBeUndefined();
  });

  test('names the closest offered names when nothing matches', () => {
    expect(closestGspNames('Defmacro Softwares', offered)[0]).toBe('DEFMACRO SOFTWARE PRIVATE LIMITED');
  });
});
