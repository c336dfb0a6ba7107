/** Counts in messages: one of a thing is never "1 characters", nor "1 time(s)". */
import { plural } from '../../src/plural.js';
import { expect, test } from '../fixtures.js';

const CASES: [number, string, string | undefined, string][] = [
  [0, 'character', undefined, '0 characters'],
  [1, 'character', undefined, '1 character'],
  [2, 'GSTIN', undefined, '2 GSTINs'],
  [1, 'GSTIN', undefined, '1 GSTIN'],
  [1, 'entry', 'entries', '1 entry'],
  [3, 'entry', 'entries', '3 entries'],
];

for (const [count, one, many, said] of CASES) {
  test(`${count} ${one} reads "${said}"`, () => {
    expect(plural(count, one, many)).toBe(said);
  });
}
