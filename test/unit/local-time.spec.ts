import { expect, test } from '@playwright/test';
import { displayIsoTime, displayTime, folderTimestamp } from '../../src/local-time.js';

test.describe('times as the operator reads them', () => {
  const at = new Date('2026-11-25T08:33:07.123Z');
  const zones: Array<[string, number, string, string]> = [
    ['India', 330, '2026-11-25T14-03-07+0530', '2026-11-25 14:03:07 +05:30'],
    ['UTC', 0, '2026-11-25T08-33-07+0000', '2026-11-25 08:33:07 +00:00'],
    ['New York', -300, '2026-11-25T03-33-07-0500', '2026-11-25 03:33:07 -05:00'],
    ['a zone 15:45 ahead, past midnight', 945, '2026-11-26T00-18-07+1545', '2026-11-26 00:18:07 +15:45'],
  ];
  for (const [zone, offset, folder, shown] of zones) {
    test(`in ${zone}`, () => {
      expect(folderTimestamp(at, offset)).toBe(folder);
      expect(displayTime(at, offset)).toBe(shown);
      expect(displayIsoTime(at.toISOString(), offset)).toBe(shown);
    });
  }

  test('folder names of one zone sort as their times do', () => {
    const times = [0, 9_000, 61_000, 3_600_000, 86_400_000 * 40].map((ms) => new Date(at.getTime() + ms));
    const names = times.map((time) => folderTimestamp(time, 330));
    expect([...names].sort()).toEqual(names);
  });

  test('a time written with its offset keeps it; anything else is shown as it is', () => {
    expect(displayIsoTime('2026-11-25T14:03:07.500+05:30', 0)).toBe('2026-11-25 14:03:07 +05:30');
    expect(displayIsoTime(undefined)).toBe('—');
    expect(displayIsoTime('yesterday')).toBe('yesterday');
  });

  test("uses the machine's zone when none is given", () => {
    const offset = -at.getTimezoneOffset();
    expect(folderTimestamp(at)).toBe(folderTimestamp(at, offset));
  });
});
