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
});
