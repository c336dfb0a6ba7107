/**
 * The command run in the test's own process: `einv-gsp <args>` through the CLI's `main()` (its
 * parsing of arguments and environment, its checks, `register` and its printing, the exit code
 * it maps each outcome to), with the answers scripted on a standard input that is no terminal,
 * and a browser that is already running instead of one launched per run. A spawned command
 * costs about 0.9 s of CPU before the portal opens (starting Node, loading Playwright, launching
 * and closing Chromium); a run here costs none of it: `register` makes a context of its own in
 * the shared browser and closes it when the run ends.
 *
 * What it cannot stand for: whatever the process does around `main()` (bin/einv-gsp.js, signals
 * from outside, a terminal hanging up, the browser's processes ending with the run), which specs
 * check on the real command (`runCli` in test/fixtures.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Browser } from 'playwright';
import type { CommandRunner } from '../scripts/fuzz.js';
import { main } from '../src/cli.js';

export interface InProcessOptions {
  /** The command's arguments, as given to `einv-gsp`. */
  args: string[];
  /** The command's whole environment (nothing of the test process's is added). */
  env: Record<string, string>;
  /** Standard input: the answers, one a line, then its end (a script's pipe). */
  stdin?: string;
}

export interface InProcessRun {
  /** The exit code the command would exit with. */
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(browser: Browser, options: InProcessOptions): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const stdin = Readable.from([options.stdin ?? '']);
  const code = await main(
    {
      argv: options.args,
      env: options.env,
      // Read as a pipe is: its lines, no terminal (isTTY unset).
      stdin: stdin as unknown as NodeJS.ReadStream,
      print: (line) => {
        stdout += `${line}\n`;
      },
      printError: (line) => {
        stderr += `${line}\n`;
      },
    },
    { browser },
  );
  stdin.destroy();
  return { code, stdout, stderr };
}

/**
 * scripts/fuzz.ts's runner, in this process. The spawned command runs in a folder of its own, so
 * that no .env or portal map of the checkout is read; a run here cannot change the process's
 * working directory, so it names an empty env file in that folder instead (the portal map is
 * looked for beside the env file): the same nothing is read.
 */
export function inProcessRunner(browser: Browser): CommandRunner {
  return async ({ args, env, stdin, cwd }) => {
    const envFile = join(cwd, '.env');
    writeFileSync(envFile, '', { mode: 0o600 });
    const { code, stderr } = await runInProcess(browser, {
      args: [...args, '--env-file', envFile],
      env,
      stdin,
    });
    return { code, stderr };
  };
}
