import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** Waiting is for conditions: no fixed sleeps in the bot's code, however short. */
const FIXED_WAITS = [
  /waitForTimeout\s*\(/,
  /new Promise[^;]*setTimeout/s,
  /from ['"](node:)?timers\/promises['"]/,
  /\bsleep\s*\(/,
  /setTimeout\s*\([^()]*,\s*[\d_]+\s*\)/,
  /AbortSignal\.timeout\s*\(\s*[\d_]+\s*\)/,
];

/**
 * The one fixed duration allowed: how long a page must not change to count as settled
 * (src/pages/settled.ts, `QUIET_MS`). A quiet window anywhere else would be a second definition
 * of "settled", or a sleep under another name.
 */
const QUIET_WINDOW = {
  file: join('src', 'pages', 'settled.ts'),
  declared: /export const QUIET_MS = [\d_]+;/,
};
const QUIET_DURATION = /\bquiet\w*\s*[:=]\s*[\d_]+\b/i;

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

test('the quiet window of a settled page is the one fixed duration, declared in settled.ts only', () => {
  const files = [...sources('src'), ...sources('flows')];
  expect(readFileSync(QUIET_WINDOW.file, 'utf8')).toMatch(QUIET_WINDOW.declared);
  const elsewhere = files.filter((file) => {
    const text = readFileSync(file, 'utf8');
    return file !== QUIET_WINDOW.file && (QUIET_DURATION.test(text) || /QUIET_MS\s*=/.test(text));
  });
  expect(elsewhere).toEqual([]);
  const declaredTwice = readFileSync(QUIET_WINDOW.file, 'utf8').match(/QUIET_MS\s*=/g) ?? [];
  expect(declaredTwice).toHaveLength(1);
});
