/**
 * The command run in process: `einv-gsp <args>` through the CLI's `main()` (its
 * parsing of arguments and environment, its checks, `register` and its printing, the exit code
 * it maps each outcome to), with the answers scripted on a standard input that is no terminal,
 * and a browser that is already running instead of one launched per run. A spawned command
 * costs about 0.9 s of CPU before the portal opens (starting Node, loading Playwright, launching
 * and closing Chromium); a run here costs none of it: `register` makes a context of its own in
 * the shared browser and closes it when the run ends. The specs run it in the worker's
 * `CommandHost` (test/command-host.ts), a Node process of its own started once per worker,
 * which calls `runInProcess` in its one browser.
 *
 * What it cannot stand for: whatever the process does around `main()` (bin/einv-gsp.js, signals
 * from outside, a terminal hanging up, the browser's processes ending with the run), which specs
 * check on the real command (`runCli` in test/fixtures.ts).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
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

/** The signals whose handlers a run must leave as it found them. */
export const HOST_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What the worker asks its command host (test/command-host.ts): a run, or without one its state. */
export interface HostRequest {
  id: number;
  run?: InProcessOptions;
}

/** What the host answers: the run, what it holds between runs, or why it could not. */
export interface HostAnswer {
  id: number;
  run?: InProcessRun;
  inspected?: HostState;
  error?: string;
}

/** The host's process and browser between runs. */
export interface HostState {
  /** Handlers of each of HOST_SIGNALS. */
  listeners: number[];
  connected: boolean;
  contexts: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** The checkout: this file runs from test/ in the worker, from dist/test/ in the host. */
const ROOT = HERE.endsWith(join('dist', 'test')) ? join(HERE, '..', '..') : join(HERE, '..');
const HOST = join(ROOT, 'dist', 'test', 'command-host.js');

/**
 * The command run in process, in a Node process of the worker's own, started on first use and
 * ended with the worker (see test/command-host.ts): the same `runInProcess`, without the test
 * runner's step for each of a run's Playwright calls. It runs the compiled command, so a source
 * newer than the build is refused rather than tested as it was.
 */
export class CommandHost {
  private child: ChildProcess | undefined;
  private next = 0;
  private readonly waiting = new Map<number, (answer: HostAnswer) => void>();

  run(options: InProcessOptions): Promise<InProcessRun> {
    return this.ask({ run: options }).then((answer) => answer.run as InProcessRun);
  }

  inspect(): Promise<HostState> {
    return this.ask({}).then((answer) => answer.inspected as HostState);
  }

  close(): void {
    this.child?.disconnect();
    this.child = undefined;
  }

  private ask(request: Omit<HostRequest, 'id'>): Promise<HostAnswer> {
    const child = this.started();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (answer) => (answer.error ? reject(new Error(answer.error)) : resolve(answer)));
      child.send({ ...request, id } satisfies HostRequest);
    });
  }

  private started(): ChildProcess {
    if (this.child) return this.child;
    const stale = newerThanBuild();
    if (stale) throw new Error(`${stale} is newer than dist/: run npm run build (npm test does)`);
    const child = fork(HOST, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (answer: HostAnswer) => {
      this.waiting.get(answer.id)?.(answer);
      this.waiting.delete(answer.id);
    });
    child.on('exit', (code, signal) => {
      for (const settle of this.waiting.values())
        settle({ id: -1, error: `the command host ended (${signal ?? `exit ${code}`})` });
      this.waiting.clear();
      if (this.child === child) this.child = undefined;
    });
    this.child = child;
    return child;
  }
}

/** A source of the command (or of the host) changed since the last build, if any. */
function newerThanBuild(): string | undefined {
  let built: number;
  try {
    built = statSync(HOST).mtimeMs;
  } catch {
    return 'test/command-host.ts';
  }
  const sources = ['src', 'flows'].flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(folder, name)),
  );
  return [...sources, 'test/in-process.ts', 'test/command-host.ts'].find(
    (file) => statSync(join(ROOT, file)).mtimeMs > built,
  );
}

/**
 * scripts/fuzz.ts's runner, in this process. The spawned command runs in a folder of its own, so
 * that no .env or portal map of the checkout is read; a run here cannot change the process's
 * working directory, so it names an empty env file in that folder instead (the portal map is
 * looked for beside the env file): the same nothing is read.
 */
export function inProcessRunner(host: CommandHost): CommandRunner {
  return async ({ args, env, stdin, cwd }) => {
    const envFile = join(cwd, '.env');
    writeFileSync(envFile, '', { mode: 0o600 });
    const { code, stderr } = await host.run({
      args: [...args, '--env-file', envFile],
      env,
      stdin,
    });
    return { code, stderr };
  };
}
