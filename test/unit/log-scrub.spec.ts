/**
 * The run log's last line of defence: a secret that slipped into a line is cut, and the line
 * stays JSON. An OTP's six digits inside a timestamp were cut too, which left the line unreadable
 * (seen once in a suite under load: `"time":179647[redacted]0`).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createRunLogger } from '../../src/log.js';
import { SecretValues } from '../../src/secret-values.js';

const OTP = '615204';
const PASSWORD = 'Pa"ss\\word9';

test('a secret in a string is cut, written or escaped; one inside a longer number is left; the line stays JSON', () => {
  const secrets = new SecretValues();
  secrets.add(OTP);
  secrets.add(PASSWORD);
  const line = JSON.stringify({
    time: Number(`1796${OTP}123`),
    durationMs: Number(OTP),
    msg: `typed ${OTP} and ${PASSWORD}`,
    [`key ${OTP}`]: [1.5e3, -2, true, null],
  });
  const scrubbed = secrets.scrubJson(line);
  const read = JSON.parse(scrubbed);
  expect(read).toEqual({
    time: Number(`1796${OTP}123`),
    durationMs: '[redacted]',
    msg: 'typed [redacted] and [redacted]',
    'key [redacted]': [1500, -2, true, null],
  });
  expect(scrubbed).not.toContain(PASSWORD);
  expect(scrubbed).not.toContain(JSON.stringify(PASSWORD).slice(1, -1));
});

test("the run log's lines are JSON whatever their numbers hold, and carry no secret", () => {
  const secrets = new SecretValues();
  secrets.add(OTP);
  const file = join(mkdtempSync(join(tmpdir(), 'einv-log-')), 'run.log');
  const { log, close } = createRunLogger(file, { gstin: '27AABCE1234F1Z5' }, secrets);
  log.info({ durationMs: Number(`9${OTP}`), note: `OTP ${OTP}` }, `answer ${OTP} received`);
  close();
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(1);
  const read = JSON.parse(lines[0] ?? '');
  expect(read).toMatchObject({
    durationMs: Number(`9${OTP}`),
    note: 'OTP [redacted]',
    msg: 'answer [redacted] received',
  });
  expect(lines[0]).not.toMatch(new RegExp(`[^9]${OTP}`));
});
