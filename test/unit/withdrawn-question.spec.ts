/**
 * A question that can be withdrawn: the bot asks "press Enter to stop" while it waits for a
 * click in the browser, and withdraws it when the click comes. The line typed afterwards must
 * answer the next question, not the withdrawn one; Ctrl-C still cancels.
 */
import { PassThrough } from 'node:stream';
import { expect, test } from '@playwright/test';
import { Cancelled } from '../../src/errors.js';
import { LineHuman, Withdrawn } from '../../src/human.js';

function human(signal?: AbortSignal) {
  const input = new PassThrough();
  const printed: string[] = [];
  return { input, printed, human: new LineHuman(input, (line) => printed.push(line), signal, true) };
}

test('a withdrawn question stops waiting, and the next line answers the next question', async () => {
  const { input, printed, human: asker } = human();
  const withdraw = new AbortController();
  const first = asker.ask({
    message: 'Click it (or press Enter to stop)',
    optional: true,
    signal: withdraw.signal,
  });
  withdraw.abort();
  await expect(first).rejects.toBeInstanceOf(Withdrawn);
  const second = asker.confirm('Use it?', false);
  input.write('y\n');
  await expect(second).resolves.toBe(true);
  expect(printed).toEqual(['? Click it (or press Enter to stop)', '? Use it? (y/n)']);
  asker.close();
});

test('a question withdrawn before it is asked is not printed and reads nothing', async () => {
  const { input, printed, human: asker } = human();
  const withdraw = new AbortController();
  withdraw.abort();
  await expect(asker.ask({ message: 'never shown', signal: withdraw.signal })).rejects.toBeInstanceOf(
    Withdrawn,
  );
  input.write('kept\n');
  await expect(asker.ask({ message: 'next' })).resolves.toBe('kept');
  expect(printed).toEqual(['? next']);
  asker.close();
});

test('an answered question is not withdrawn by a later abort', async () => {
  const { input, human: asker } = human();
  const withdraw = new AbortController();
  const asked = asker.ask({
    message: 'Click it (or press Enter to stop)',
    optional: true,
    signal: withdraw.signal,
  });
  input.write('\n');
  await expect(asked).resolves.toBe('');
  withdraw.abort();
  input.write('second\n');
  await expect(asker.ask({ message: 'next' })).resolves.toBe('second');
  asker.close();
});

test('Ctrl-C while a question waits cancels it, and leaves no reader behind', async () => {
  const ctrlC = new AbortController();
  const { input, human: asker } = human(ctrlC.signal);
  const asked = asker.ask({ message: 'Captcha' });
  ctrlC.abort();
  await expect(asked).rejects.toBeInstanceOf(Cancelled);
  await expect(asker.ask({ message: 'again' })).rejects.toBeInstanceOf(Cancelled);
  input.end();
  asker.close();
});
