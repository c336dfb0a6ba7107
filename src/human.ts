/**
 * What only a person can answer: the captcha, the OTPs, a confirmation. On a terminal the
 * questions are asked with `prompts` (a password shows nothing as it is typed); otherwise each
 * answer is one line of standard input, in the order asked, so runs can be scripted. End of
 * input, Ctrl-C in a prompt, or an aborted run means cancelled, never a silent empty answer.
 *
 * A question can be withdrawn (`Question.signal`): the bot waiting for a click in the browser
 * and for the terminal at once withdraws "press Enter to stop" when the click comes. A withdrawn
 * question stops reading there and then (the prompt is closed, the line reader forgets it), so
 * the next line typed answers the next question, not the withdrawn one.
 */
import { createInterface, type Interface } from 'node:readline';
import { Cancelled, cancellationOf } from './errors.js';

export interface Question {
  /** Shown to the operator; never contains the answer. */
  message: string;
  /**
   * Nothing is shown as it is typed, not even a mask character per key (that would tell its
   * length): for passwords. Single-use answers (the captcha, OTPs) are not hidden, so a typo
   * is seen before Enter.
   */
  hidden?: boolean;
  /** An empty answer (Enter alone) is an answer, not asked again. */
  optional?: boolean;
  /** Withdraws the question when aborted: `ask` then rejects with `Withdrawn`. */
  signal?: AbortSignal;
}

/** The question was withdrawn by whoever asked it before anyone answered (not a cancellation). */
export class Withdrawn extends Error {
  constructor() {
    super('The question was withdrawn');
    this.name = 'Withdrawn';
  }
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
  if (signal.aborted) return Promise.reject(cancellationOf(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancellationOf(signal));
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

/**
 * Ends a pending prompt. On a terminal that hung up, the prompt's own closing throws (its
 * terminal mode cannot be restored: setRawMode EIO); the question is over all the same, and the
 * run must go on to write its report.
 */
function settle(end: () => void): void {
  try {
    end();
  } catch {
    // See above.
  }
}

/** Asks on a terminal with `prompts`. */
export class TerminalHuman implements Human {
  readonly interactive = true;
  constructor(private readonly signal?: AbortSignal) {}

  async ask(question: Question): Promise<string> {
    if (question.signal?.aborted) throw new Withdrawn();
    const { default: prompts } = await import('prompts');
    let cancelled = false;
    let shown: { abort(): void; submit(): void } | undefined;
    let withdrawn = false;
    // The prompt's own instance (prompts binds onRender to it): the one handle that closes a
    // pending prompt, so it stops reading the terminal instead of lingering unanswered.
    const close = () => settle(() => shown?.abort());
    const withdraw = () => {
      withdrawn = true;
      // A question that needs no answer is closed as answered (✔), not as refused (✖): the
      // operator did what it asked, in the browser window.
      if (question.optional) settle(() => shown?.submit());
      else close();
    };
    question.signal?.addEventListener('abort', withdraw, { once: true });
    this.signal?.addEventListener('abort', close, { once: true });
    try {
      const answer = await raceAbort(
        prompts(
          {
            type: question.hidden ? 'invisible' : 'text',
            name: 'value',
            message: question.message,
            onRender(this: { abort(): void; submit(): void }) {
              shown = this;
            },
            validate: (value: string) =>
              question.optional || value.trim() !== '' ? true : 'An answer is needed (Ctrl-C to stop)',
          },
          { onCancel: () => (cancelled = true) },
        ),
        this.signal,
      );
      if (withdrawn) throw new Withdrawn();
      const value: unknown = answer.value;
      if (cancelled || typeof value !== 'string') throw new Cancelled();
      return value.trim();
    } finally {
      question.signal?.removeEventListener('abort', withdraw);
      this.signal?.removeEventListener('abort', close);
    }
  }

  async confirm(message: string, initial = true): Promise<boolean> {
    const { default: prompts } = await import('prompts');
    let cancelled = false;
    const answer = await this.closedOnStop((onRender) =>
      prompts(
        { type: 'confirm', name: 'value', message, initial, onRender },
        { onCancel: () => (cancelled = true) },
      ),
    );
    const value: unknown = answer.value;
    if (cancelled || typeof value !== 'boolean') throw new Cancelled();
    return value;
  }

  async choose<T extends string>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    const { default: prompts } = await import('prompts');
    let cancelled = false;
    const answer = await this.closedOnStop((onRender) =>
      prompts(
        {
          type: 'select',
          name: 'value',
          message,
          choices: choices.map((choice) => ({ title: choice.title, value: choice.value })),
          initial: 0,
          onRender,
        },
        { onCancel: () => (cancelled = true) },
      ),
    );
    const value: unknown = answer.value;
    const chosen = choices.find((choice) => choice.value === value);
    if (cancelled || !chosen) throw new Cancelled();
    return chosen.value;
  }

  /**
   * A prompt that stopping the run closes, as `ask` does: one left open keeps reading the
   * terminal and keeps the process alive after its report is written (SIGTERM or a hang-up at
   * the batch's "Ready?" waited for ever).
   */
  private async closedOnStop<T>(
    ask: (onRender: (this: { abort(): void }) => void) => Promise<T>,
  ): Promise<T> {
    let shown: { abort(): void } | undefined;
    const close = () => settle(() => shown?.abort());
    this.signal?.addEventListener('abort', close, { once: true });
    try {
      return await raceAbort(
        ask(function (this: { abort(): void }) {
          shown = this;
        }),
        this.signal,
      );
    } finally {
      this.signal?.removeEventListener('abort', close);
    }
  }

  close(): void {}
}

/**
 * Reads answers line by line from a stream that is not a terminal. The question is still
 * printed (to `out`) so whoever scripts the run can see what each line answered.
 */
export class LineHuman implements Human {
  private readonly lines: string[] = [];
  private readonly waiting: Array<(line: string | undefined) => void> = [];
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
      if (next) next(line);
      else this.lines.push(line);
    });
    this.reader.on('close', () => {
      this.ended = true;
      for (const next of this.waiting.splice(0)) next(undefined);
    });
  }

  /**
   * The next line, unless a signal ends the wait first: then the waiter is taken out of the
   * queue, so the line that comes later goes to whoever asks next (a reader left waiting would
   * swallow it).
   */
  private nextLine(withdraw?: AbortSignal): Promise<string | undefined> {
    this.start();
    if (this.signal?.aborted) return Promise.reject(cancellationOf(this.signal));
    if (withdraw?.aborted) return Promise.reject(new Withdrawn());
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const stop = (error: Error) => () => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        settle();
        reject(error);
      };
      const onCancel = () => stop(cancellationOf(this.signal))();
      const onWithdraw = stop(new Withdrawn());
      const settle = () => {
        this.signal?.removeEventListener('abort', onCancel);
        withdraw?.removeEventListener('abort', onWithdraw);
      };
      const waiter = (line: string | undefined) => {
        settle();
        resolve(line);
      };
      this.signal?.addEventListener('abort', onCancel, { once: true });
      withdraw?.addEventListener('abort', onWithdraw, { once: true });
      this.waiting.push(waiter);
    });
  }

  async ask(question: Question): Promise<string> {
    if (question.signal?.aborted) throw new Withdrawn();
    this.out(`? ${question.message}`);
    const line = await this.nextLine(question.signal);
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
