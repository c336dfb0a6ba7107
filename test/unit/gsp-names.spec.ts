import { expect, test } from '@playwright/test';
import {
  batchGspWarnings,
  closestGspNames,
  KNOWN_PORTAL_GSPS,
  matchGsp,
  unknownGspWarning,
} from '../../src/gsp-names.js';

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

test.describe('a GSP the portal is not known to list', () => {
  test('every known name, in any spelling the portal would match, gets no warning', () => {
    for (const name of KNOWN_PORTAL_GSPS) {
      expect(unknownGspWarning(name, 'GSP')).toBeUndefined();
      expect(
        unknownGspWarning(name.toLowerCase().replace('private limited', 'pvt ltd'), 'GSP'),
      ).toBeUndefined();
    }
  });

  test('a typo gets a warning naming the closest known name and where it came from', () => {
    expect(unknownGspWarning('Defmacro Softwre', 'GSP (--gsp or EINV_GSP)')).toMatch(
      /^GSP \(--gsp or EINV_GSP\): "Defmacro Softwre" is not among the GSPs the portal is known to list; the closest is "DEFMACRO SOFTWARE PRIVATE LIMITED"\./,
    );
  });

  test('a batch: the default once, and each row whose own GSP is another name, at its line', () => {
    const rows = [
      { line: 2, target: { gsp: 'Masters Indai Private Limited' } },
      { line: 3, target: { gsp: 'Tera Softwares' } },
      { line: 4, target: { gsp: 'IRIS BUSINESS SERVICES LIMITED' } },
    ];
    const warnings = batchGspWarnings('g.csv', 'Tera Softwares', rows);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^GSP \(--gsp or EINV_GSP\): "Tera Softwares" .* the closest is "Tera Software Limited"/,
      ),
      expect.stringMatching(
        /^g\.csv:2: gsp: "Masters Indai Private Limited" .* "Masters India Private Limited"/,
      ),
    ]);
  });
});
