import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findSecrets } from '../fixtures.js';

test.describe('the secret scan run after every test', () => {
  test('finds a secret in any file, in a page, and inside a picture the page embeds', () => {
    const dir = test.info().outputPath('scan');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'run.log'), '{"msg":"typed K7PQ2"}\n');
    writeFileSync(join(dir, 'page.html'), '<p>OTP 482913</p><img src="data:image/png;base64,AAAA">');
    const picture = Buffer.from(`PNG...Api@Pass123...`).toString('base64');
    writeFileSync(join(dir, 'report.html'), `<img src="data:image/png;base64,${picture}">`);
    expect(findSecrets(dir, ['K7PQ2', '482913', 'Api@Pass123']).sort()).toEqual([
      `${join(dir, 'page.html')}: 6-character secret`,
      `${join(dir, 'report.html')}: 11-character secret`,
      `${join(dir, 'run.log')}: 5-character secret`,
    ]);
  });

  test('does not count base64 text that merely spells a secret', () => {
    const dir = test.info().outputPath('scan');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.html'), '<img src="data:image/png;base64,AAK7PQ2AAA==">');
    expect(findSecrets(dir, ['K7PQ2'])).toEqual([]);
  });

  test("finds an OTP standing alone, not its digits inside a longer number (a log line's timestamp)", () => {
    const dir = test.info().outputPath('scan');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'run.log'), '{"time":1796482913120,"durationMs":4829130}\n');
    expect(findSecrets(dir, ['482913'])).toEqual([]);
    writeFileSync(join(dir, 'run.log'), '{"time":1796000000120,"otp":"482913"}\n');
    expect(findSecrets(dir, ['482913'])).toEqual([`${join(dir, 'run.log')}: 6-character secret`]);
    writeFileSync(join(dir, 'run.log'), '{"otp":482913}\n');
    expect(findSecrets(dir, ['482913'])).toEqual([`${join(dir, 'run.log')}: 6-character secret`]);
  });
});
