/**
 * Live progress for an operator at a terminal: one status line at the bottom, redrawn in place,
 * that says which step runs and for how long, so a slow portal never looks like a hung bot.
 * Finished steps, notes and warnings scroll above it as ordinary lines. Anything that is not a
 * terminal (a pipe, a file, CI) keeps the plain lines of `LineTerminal`, unchanged, because
 * scripts and tests read them.
 */
import type { Env } from './config.js';
import type { Human } from './human.js';
import { LineTerminal, type Terminal } from './terminal.js';
import { drawPicture, pictureProtocol } from './terminal-picture.js';

/** Where the live line is drawn: `process.stdout`, or anything shaped like it. */
export interface ProgressStream {
  isTTY?: boolean;
  /** Read at every redraw, so resizing the window is followed. */
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** How often the live line is redrawn. A display refresh, not a wait. */
  intervalMs?: number;
  /** The clock, for tests. */
  now?: () => number;
  /** What the terminal says about itself (TERM, TERM_PROGRAM), to choose how pictures are drawn. */
  env?: Env;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** Carriage return, then ANSI "erase entire line": the cursor ends at column 0 of a blank row. */
const CLEAR_LINE = '\r\x1b[2K';

/** `4.2 s`: the same figure LineTerminal prints for a step. */
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `0:12`, `12:05`, `1:02:03`. */
function clock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const mmss = `${h > 0 ? String(m).padStart(2, '0') : m}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/** Cuts by code point (never inside a surrogate pair), marking the cut with an ellipsis. */
function cut(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  return width <= 1 ? chars.slice(0, width).join('') : `${chars.slice(0, width - 1).join('')}…`;
}

interface RunningStep {
  index: number;
  total: number;
  title: string;
  startedAt: number;
}

/**
 * The live line's owner. Between `stepStarted` and `stepFinished` a timer redraws it; lines
 * are printed above it. While a person is asked (`pause` … `resume`) it is neither drawn nor
 * redrawn, so a prompt has the bottom row to itself.
 *
 * It assumes `print` and `stream` reach the same screen (in the CLI both are standard output),
 * and it does not know about other writers: a line written elsewhere mid-step (the Ctrl-C
 * notice on standard error) leaves the last frame of the live line above it.
 */
export class ProgressTerminal implements Terminal {
  private readonly runStartedAt: number;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly env: Env;
  private step: RunningStep | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private frame = 0;
  private paused = false;
  /** Whether a live line is on the screen now, so it is cleared only when there is one. */
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly print: (line: string) => void,
    private readonly scrub: (text: string) => string = (text) => text,
    options: ProgressOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 100;
    this.now = options.now ?? Date.now;
    this.env = options.env ?? {};
    this.runStartedAt = this.now();
  }

  stepStarted(index: number, total: number, title: string): void {
    this.step = { index, total, title, startedAt: this.now() };
    this.refresh();
  }

  stepFinished(title: string, durationMs: number, ok: boolean, cancelled = false): void {
    const step = this.step;
    this.step = undefined;
    this.refresh();
    const where = step ? `[${step.index}/${step.total}] ` : '';
    const outcome = ok
      ? `done in ${seconds(durationMs)}`
      : cancelled
        ? `stopped after ${seconds(durationMs)}`
        : `FAILED after ${seconds(durationMs)}`;
    this.above(`${ok ? '✔' : cancelled ? '■' : '✖'} ${where}${title} · ${outcome}`);
  }

  info(line: string): void {
    this.above(line);
  }

  warn(line: string): void {
    this.above(`! ${line}`);
  }

  /**
   * The caption, then the picture under it, drawn while the live line is off the screen (it
   * would be drawn into the picture otherwise). A picture that cannot be drawn leaves the
   * caption alone: the file it names is the picture.
   */
  picture(png: Uint8Array, caption: string): void {
    let drawn: string | undefined;
    try {
      drawn = drawPicture(png, pictureProtocol(this.env), { columns: this.stream.columns });
    } catch {
      drawn = undefined;
    }
    this.clear();
    this.print(this.scrub(caption));
    // Not scrubbed: image data is no text, and it is shown, never kept.
    if (drawn) this.stream.write(drawn);
    this.draw();
  }

  /** A person is about to be asked: the live line goes, and stays away until `resume`. */
  pause(): void {
    this.paused = true;
    this.refresh();
  }

  /**
   * The question is over. Given how long the person took, a short line says so (never what
   * they answered) when a step is running; then the live line is back.
   */
  resume(answeredAfterMs?: number): void {
    this.paused = false;
    if (answeredAfterMs !== undefined && this.step)
      this.above(`      answered in ${seconds(answeredAfterMs)}`);
    this.refresh();
  }

  /** Stops the timer and leaves the cursor on a blank line; the terminal can still print. */
  close(): void {
    this.step = undefined;
    this.refresh();
  }

  /** Prints a whole line above the live one: clear, print, redraw. */
  private above(line: string): void {
    this.clear();
    this.print(this.scrub(line));
    this.draw();
  }

  /** Starts or stops the timer to match the state, and draws or clears once now. */
  private refresh(): void {
    const live = this.step !== undefined && !this.paused;
    if (live && !this.timer) {
      this.timer = setInterval(() => {
        this.frame = (this.frame + 1) % FRAMES.length;
        this.draw();
      }, this.intervalMs);
      // Only a display refresh: it must never be what keeps the process alive.
      this.timer.unref();
    } else if (!live && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    if (live) this.draw();
    else this.clear();
  }

  private clear(): void {
    if (!this.drawn) return;
    this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }

  private draw(): void {
    if (!this.step || this.paused) return;
    this.stream.write(`${CLEAR_LINE}${this.liveLine(this.step)}`);
    this.drawn = true;
  }

  /**
   * `⠹ [3/9] Second factor (login OTP) · 4.2 s (run 0:12)`, one column short of the width
   * (writing the last column makes some terminals wrap). A long title is shortened first, so
   * the times stay in view. Scrubbed before cutting: a cut secret would no longer match.
   */
  private liveLine(step: RunningStep): string {
    const width = Math.max((this.stream.columns ?? 80) - 1, 1);
    const now = this.now();
    const head = `${FRAMES[this.frame]} [${step.index}/${step.total}] `;
    const tail = ` · ${seconds(now - step.startedAt)} (run ${clock(now - this.runStartedAt)})`;
    const title = this.scrub(step.title);
    const room = width - Array.from(head + tail).length;
    if (room >= 8) return `${head}${cut(title, room)}${tail}`;
    return cut(`${head}${title}${tail}`, width);
  }
}

/**
 * Makes questions visible as waits on a person, not on the portal: the live line is paused
 * while `human` asks and comes back afterwards, whether the question was answered or not.
 * Delegation is spelled out rather than proxied, so a method added to `Human` fails to compile
 * here until someone decides whether it asks a person.
 */
export function withProgress(human: Human, terminal: ProgressTerminal): Human {
  async function asking<T>(question: () => Promise<T>): Promise<T> {
    terminal.pause();
    const startedAt = Date.now();
    let answeredAfterMs: number | undefined;
    try {
      const answer = await question();
      answeredAfterMs = Date.now() - startedAt;
      return answer;
    } finally {
      terminal.resume(answeredAfterMs);
    }
  }
  return {
    interactive: human.interactive,
    ask: (question) => asking(() => human.ask(question)),
    confirm: (message, initial) => asking(() => human.confirm(message, initial)),
    choose: (message, choices) => asking(() => human.choose(message, choices)),
    close: () => human.close(),
  };
}

/**
 * The live line on a terminal, plain lines everywhere else: when `stream` is not a TTY, under
 * CI (whose logs are not terminals, whatever they claim) and on a `TERM=dumb` terminal (no
 * escape codes). `print` writes one whole line; `scrub` takes secrets out of everything shown.
 * Close it when the run is over. To ask a person while it runs, wrap the human with
 * `withProgress` when it is a `ProgressTerminal`.
 */
export function terminalFor(
  stream: ProgressStream,
  print: (line: string) => void,
  scrub: (text: string) => string,
  env: Env = process.env,
): Terminal & { close(): void } {
  const live = stream.isTTY === true && !env.CI && env.TERM !== 'dumb';
  return live ? new ProgressTerminal(stream, print, scrub, { env }) : new LineTerminal(print, scrub);
}

/** The terminal for a run, and the human whose questions pause its live line. */
export function progressFor(
  human: Human,
  stream: ProgressStream,
  print: (line: string) => void,
  scrub: (text: string) => string,
  env: Env = process.env,
): { terminal: Terminal & { close(): void }; human: Human } {
  const terminal = terminalFor(stream, print, scrub, env);
  return { terminal, human: terminal instanceof ProgressTerminal ? withProgress(human, terminal) : human };
}
