import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** Waiting is for conditions: no fixed sleeps in the bot's code, however short. */
const FIXED_WAITS = [
  /waitForTimeout\s*\(/,
  /new Promise[^;]*setTimeout/s,
  /from ['"](node:)?timers\/promises['"]/,
  /\bsleep\s*\(/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

test('src/ and flows/ contain no waitForTimeout or fixed sleep', () => {
  const files = [...sources('src'), ...sources('flows')];
  expect(files.length).toBeGreaterThan(10);
  const hits = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return FIXED_WAITS.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`);
  });
  expect(hits).toEqual([]);
});
