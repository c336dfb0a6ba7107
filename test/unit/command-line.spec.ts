import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as batch from '../../src/commands/batch.js';
import * as check from '../../src/commands/check.js';
import * as drift from '../../src/commands/drift.js';
import { BATCH_OPTIONS, RECORD_OPTIONS, RUN_OPTIONS } from '../../src/commands/options.js';
import * as register from '../../src/commands/register.js';
import { closestName, editDistance } from '../../src/did-you-mean.js';
import { describeFileError, folderProblem, isFileSystemRefusal } from '../../src/input-files.js';

/** The flags a help text lists as options: lines that start with two spaces and the flag. */
function listed(help: string): string[] {
  return [...help.matchAll(/^ {2}--([a-z-]+)/gm)].map((match) => match[1] as string).sort();
}

test.describe('each command lists exactly the options it takes', () => {
  const commands: Array<[string, string, readonly string[]]> = [
    ['register', register.HELP, Object.keys({ ...RUN_OPTIONS, ...RECORD_OPTIONS })],
    ['batch', batch.HELP, Object.keys(BATCH_OPTIONS)],
    [
      'check',
      check.HELP,
      Object.keys(check.CHECK_OPTIONS).filter((flag) => !check.IGNORED_BY_CHECK.includes(flag)),
    ],
    ['drift', drift.HELP, Object.keys(drift.DRIFT_OPTIONS)],
  ];
  for (const [name, help, taken] of commands) {
    test(name, () => {
      expect(listed(help)).toEqual([...taken].sort());
    });
  }

  test('check names what it accepts only to ignore it, and nothing else', () => {
    expect(check.IGNORED_BY_CHECK).toContain('headless');
    for (const flag of check.IGNORED_BY_CHECK) expect(check.HELP).toMatch(`--${flag}`);
    expect(check.HELP).toMatch(/check accepts and ignores/);
    expect(check.HELP).not.toMatch(/no browser window/);
  });
});

test.describe('did you mean', () => {
  const distances: Array<[string, string, number]> = [
    ['register', 'register', 0],
    ['regster', 'register', 1],
    ['regsiter', 'register', 1],
    ['chekc', 'check', 1],
    ['btach', 'batch', 1],
    ['', 'drift', 5],
  ];
  for (const [a, b, distance] of distances) {
    test(`${JSON.stringify(a)} is ${distance} from ${JSON.stringify(b)}`, () => {
      expect(editDistance(a, b)).toBe(distance);
      expect(editDistance(b, a)).toBe(distance);
    });
  }

  const commands = ['register', 'batch', 'check', 'drift'];
  const guesses: Array<[string, string | undefined]> = [
    ['regster', 'register'],
    ['Register', 'register'],
    ['registr', 'register'],
    ['reg', 'register'],
    ['chek', 'check'],
    ['drfit', 'drift'],
    ['run', undefined],
    ['status', undefined],
    ['x', undefined],
  ];
  for (const [typed, meant] of guesses) {
    test(`${typed} → ${meant ?? 'no guess'}`, () => {
      expect(closestName(typed, commands)).toBe(meant);
    });
  }

  test('an option one slip away', () => {
    const options = Object.keys(RUN_OPTIONS);
    expect(closestName('api-usrname', options)).toBe('api-username');
    expect(closestName('outt', options)).toBe('out');
    expect(closestName('envfile', options)).toBe('env-file');
    expect(closestName('verbose', options)).toBeUndefined();
  });
});

test.describe('folders and files named on the command line', () => {
  const root = mkdtempSync(join(tmpdir(), 'einv-inputs-'));
  const plain = join(root, 'plain-file');
  writeFileSync(plain, 'x');
  mkdirSync(join(root, 'existing'));

  test('a folder that exists, or can be made, is fine', () => {
    expect(folderProblem(join(root, 'existing'))).toBeUndefined();
    expect(folderProblem(join(root, 'new', 'deeper'))).toBeUndefined();
  });

  test('a folder under a plain file names the file', () => {
    expect(folderProblem(join(plain, 'runs', 'x'))).toBe(
      `${plain} is a plain file, so no folder can be made under it (ENOTDIR)`,
    );
    expect(folderProblem(plain)).toBe(`${plain} is a plain file, not a folder (ENOTDIR)`);
  });

  test("the file system's refusals are told apart from bugs", () => {
    const thrown = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return error;
      }
    };
    expect(isFileSystemRefusal(thrown(() => mkdirSync(join(plain, 'runs'), { recursive: true })))).toBe(true);
    expect(isFileSystemRefusal(thrown(() => mkdirSync(plain, { recursive: true })))).toBe(true);
    expect(isFileSystemRefusal(thrown(() => readFileSync(join(root, 'missing'))))).toBe(false);
    expect(isFileSystemRefusal(new TypeError('x is undefined'))).toBe(false);
    expect(isFileSystemRefusal(Object.assign(new Error('no path'), { code: 'EACCES' }))).toBe(false);
  });

  test('what a file that cannot be read is called', () => {
    const refusal = (path: string) => {
      try {
        readFileSync(path);
      } catch (error) {
        return describeFileError(error);
      }
    };
    expect(refusal(join(root, 'missing.env'))).toBe('does not exist (ENOENT)');
    expect(refusal(join(root, 'existing'))).toBe('is a folder, not a file (EISDIR)');
    expect(refusal(join(plain, 'x.csv'))).toBe('a part of the path is a plain file, not a folder (ENOTDIR)');
  });
});
