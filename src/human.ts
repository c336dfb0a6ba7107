/**
 * What only a person can answer: the captcha, the OTPs, a confirmation. On a terminal the
 * questions are asked with `prompts` (hidden where the answer is secret); otherwise each
 * answer is one line of standard input, in the order asked, so runs can be scripted. End of
 * input, Ctrl-C in a prompt, or an aborted run means cancelled, never a silent empty answer.
 */
import { createInterface, type Interface } from 'node:readline';
import { Cancelled } from './errors.js';

export interface Question {
  /** Shown to the operator; never contains the answer. */
  message: string;
  hidden?: boolean;
}

export interface Choice<T extends string> {
  value: T;
  title: string;
  /** What a line of standard input may say for it (besides its value), e.g. `s` for skip. */
  key: string;
}

export interface Human {
  readonly interactive: boolean;
  ask(question: Question): Promise<string>;
  confirm(message: string, initial?: boolean): Promise<boolean>;
  /** One of a few choices; the first is the default. */
  choose<T extends string>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  close(): void;
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new Cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Asks on a terminal with `prompts`. */
export class TerminalHuman implements Human {
  readonly interactive = true;
  constructor(private readonly signal?: AbortSignal) {}

  async ask(question: Question): Promise<string> {
    const { default: prompts } = await import('prompts');
    let cancelled = false;
    const answer = await raceAbort(
      prompts(
        {
          type: question.hidden ? 'password' : 'text',
          name: 'value',
          message: question.message,
          validate: (value: string) => (value.trim() === '' ? 'An answer is needed (Ctrl-C to stop)' : true),
        },
        { onCancel: () => (cancelled = true) },
      ),
      this.signal,
    );
    const value: unknown = answer.value;
    if (cancelled || typeof value !== 'string') throw new Cancelled();
    return value.trim();
  }

  async confirm(message: string, initial = true): Promise<boolean> {
    const { default: prompts } = await import('prompts');
    let cancelled = false;
    const answer = await raceAbort(
      prompts({ type: 'confirm', name: 'value', message, initial }, { onCancel: () => (cancelled = true) }),
      this.signal,
    );
    const value: unknown = answer.value;
    if (cancelled || typeof value !== 'boolean') throw new Cancelled();
    return value;
  }

  async choose<T extends string>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    const { default: prompts } = await import('prompts');
    let cancelled = false;
    const answer = await raceAbort(
      prompts(
        {
          type: 'select',
          name: 'value',
          message,
          choices: choices.map((choice) => ({ title: choice.title, value: choice.value })),
          initial: 0,
        },
        { onCancel: () => (cancelled = true) },
      ),
      this.signal,
    );
    const value: unknown = answer.value;
    const chosen = choices.find((choice) => choice.value === value);
    if (cancelled || !chosen) throw new Cancelled();
    return chosen.value;
  }

  close(): void {}
}

/**
 * Reads answers line by line from a stream that is not a terminal. The question is still
 * printed (to `out`) so whoever scripts the run can see what each line answered.
 */
export class LineHuman implements Human {
  private readonly lines: string[] = [];
  private readonly waiting: Array<{ resolve: (line: string | undefined) => void }> = [];
  private ended = false;
  private reader: Interface | undefined;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly out: (line: string) => void,
    private readonly signal?: AbortSignal,
    /** Only for tests that play a person at a terminal with scripted lines. */
    readonly interactive = false,
  ) {}

  private start(): void {
    if (this.reader) return;
    this.reader = createInterface({ input: this.input, terminal: false });
    this.reader.on('line', (line) => {
      const next = this.waiting.shift();
      if (next) next.resolve(line);
      else this.lines.push(line);
    });
    this.reader.on('close', () => {
      this.ended = true;
      for (const next of this.waiting.splice(0)) next.resolve(undefined);
    });
  }

  private nextLine(): Promise<string | undefined> {
    this.start();
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiting.push({ resolve }));
  }

  async ask(question: Question): Promise<string> {
    this.out(`? ${question.message}`);
    const line = await raceAbort(this.nextLine(), this.signal);
    if (line === undefined) throw new Cancelled(`Input ended while asking: ${question.message}`);
    return line.trim();
  }

  async confirm(message: string, initial = true): Promise<boolean> {
    const answer = (await this.ask({ message: `${message} (y/n)` })).toLowerCase();
    if (answer === '') return initial;
    return answer.startsWith('y');
  }

  async choose<T extends string>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    const menu = choices.map((choice) => `${choice.key}: ${choice.title}`).join(', ');
    for (;;) {
      const answer = (await this.ask({ message: `${message} (${menu})` })).toLowerCase();
      const chosen =
        answer === ''
          ? choices[0]
          : choices.find((choice) => answer === choice.key.toLowerCase() || answer === choice.value);
      if (chosen) return chosen.value;
      this.out(`  "${answer}" is not one of ${choices.map((choice) => choice.key).join(', ')}; once more.`);
    }
  }

  close(): void {
    this.reader?.close();
    // A paused stdin would otherwise keep the process alive after the run.
    if ('unref' in this.input && typeof this.input.unref === 'function') this.input.unref();
  }
}

export function humanFor(stdin: NodeJS.ReadStream, out: (line: string) => void, signal?: AbortSignal): Human {
  return stdin.isTTY ? new TerminalHuman(signal) : new LineHuman(stdin, out, signal);
}
