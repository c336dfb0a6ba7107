import { expect, test } from '@playwright/test';
import { Cancelled } from '../../src/errors.js';
import type { Human } from '../../src/human.js';
import { ProgressTerminal, terminalFor, withProgress } from '../../src/progress.js';
import { LineTerminal } from '../../src/terminal.js';
import { encodePng } from './png-for-tests.js';

const ESC = '\x1b';
/** A carriage return, the erase-line code, a newline, or a run of text between them. */
const TOKENS = new RegExp(`\r|${ESC}\\[2K|\n|[^\r\n${ESC}]+`, 'g');

/** A terminal stand-in: keeps every write, and can say what a person would see on it. */
class FakeTty {
  readonly isTTY = true;
  readonly writes: string[] = [];
  constructor(public columns = 80) {}
  write(text: string): boolean {
    this.writes.push(text);
    return true;
  }
  /** Standard output's line printer, onto the same screen. */
  readonly print = (line: string): void => {
    this.write(`${line}\n`);
  };
  get raw(): string {
    return this.writes.join('');
  }
  /** The rows on screen once carriage returns, erase-line codes and newlines are applied. */
  screen(): string[] {
    const rows = [''];
    let col = 0;
    for (const [token] of this.raw.matchAll(TOKENS)) {
      const last = rows.length - 1;
      if (token === '\r') col = 0;
      else if (token === `${ESC}[2K`) rows[last] = '';
      else if (token === '\n') {
        rows.push('');
        col = 0;
      } else {
        rows[last] = (rows[last] ?? '').slice(0, col) + token;
        col += token.length;
      }
    }
    return rows;
  }
  /** The bottom row: the live line, or '' when there is none. */
  live(): string {
    return this.screen().at(-1) ?? '';
  }
}

const LIVE = /^\S \[2\/9\] Sign in · \d+\.\d s \(run \d+:\d\d\)$/;

/** Every terminal a test makes, so none is left ticking. */
const opened: ProgressTerminal[] = [];
function progressOn(tty: FakeTty, scrub?: (text: string) => string, now?: () => number): ProgressTerminal {
  const terminal = new ProgressTerminal(tty, tty.print, scrub, { now });
  opened.push(terminal);
  return terminal;
}
test.afterEach(() => {
  for (const terminal of opened.splice(0)) terminal.close();
});

/**
 * Lets `n` redraw intervals pass, seen on a second terminal with the same timer: a way to
 * show that nothing was drawn meanwhile without a fixed sleep.
 */
async function intervalsPass(n: number): Promise<void> {
  const witness = new FakeTty();
  const terminal = progressOn(witness);
  terminal.stepStarted(1, 1, 'witness');
  await expect.poll(() => witness.writes.length).toBeGreaterThan(n);
  terminal.close();
}

test.describe('live progress on a terminal', () => {
  test('shows the step number, its title and the elapsed times on one live line', async () => {
    let now = 0;
    const tty = new FakeTty();
    const terminal = progressOn(tty, undefined, () => now);
    now = 8_000;
    terminal.stepStarted(2, 9, 'Sign in');
    expect(tty.live()).toMatch(LIVE);
    now = 12_200;
    await expect.poll(() => tty.live()).toMatch(/^\S \[2\/9\] Sign in · 4\.2 s \(run 0:12\)$/);
    now = 3_725_000;
    await expect.poll(() => tty.live()).toMatch(/ · 3717\.0 s \(run 1:02:05\)$/);
    expect(tty.screen()).toHaveLength(1);
  });

  test('the spinner turns while a step runs', async () => {
    const tty = new FakeTty();
    progressOn(tty).stepStarted(2, 9, 'Sign in');
    const first = tty.live()[0];
    await expect.poll(() => tty.live()[0]).not.toBe(first);
    expect(tty.live()).toMatch(LIVE);
  });

  test('notes and warnings scroll above the live line, intact', async () => {
    const tty = new FakeTty();
    const terminal = progressOn(tty);
    terminal.stepStarted(2, 9, 'Sign in');
    terminal.info('Captcha image: /tmp/run/captcha.png');
    await intervalsPass(2);
    terminal.warn('The portal refused the captcha; a new one is shown.');
    const [note, warning, live, ...rest] = tty.screen();
    expect(note).toBe('Captcha image: /tmp/run/captcha.png');
    expect(warning).toBe('! The portal refused the captcha; a new one is shown.');
    expect(live).toMatch(LIVE);
    expect(rest).toEqual([]);
    expect(tty.raw).toContain('Captcha image: /tmp/run/captcha.png\n');
  });

  test('a finished step leaves its done line and no live line after it', async () => {
    const tty = new FakeTty();
    const terminal = progressOn(tty);
    terminal.stepStarted(2, 9, 'Sign in');
    terminal.stepFinished('Sign in', 4_200, true);
    expect(tty.screen()).toEqual(['✔ [2/9] Sign in · done in 4.2 s', '']);
    const written = tty.writes.length;
    await intervalsPass(3);
    expect(tty.writes.length).toBe(written);

    terminal.stepStarted(3, 9, 'Second factor (login OTP)');
    terminal.stepFinished('Second factor (login OTP)', 61_000, false);
    expect(tty.screen().slice(1)).toEqual(['✖ [3/9] Second factor (login OTP) · FAILED after 61.0 s', '']);

    terminal.stepStarted(4, 9, 'Dashboard');
    terminal.stepFinished('Dashboard', 1_500, false, true);
    expect(tty.screen().slice(2)).toEqual(['■ [4/9] Dashboard · stopped after 1.5 s', '']);
  });

  test('plain lines say a step the operator stopped was stopped, not failed', () => {
    const lines: string[] = [];
    const terminal = new LineTerminal((line) => lines.push(line));
    terminal.stepFinished('Dashboard', 1_500, false, true);
    terminal.stepFinished('Submit', 2_000, false);
    expect(lines).toEqual(['      stopped: Dashboard (1.5 s)', '      FAILED: Submit (2.0 s)']);
  });

  test('pause clears the live line and stops redrawing until resume', async () => {
    const tty = new FakeTty();
    const terminal = progressOn(tty);
    terminal.stepStarted(2, 9, 'Sign in');
    terminal.pause();
    expect(tty.screen()).toEqual(['']);
    const written = tty.writes.length;
    await intervalsPass(3);
    expect(tty.writes.length).toBe(written);
    terminal.info('A note while the person is asked.');
    expect(tty.screen()).toEqual(['A note while the person is asked.', '']);

    terminal.resume(23_000);
    expect(tty.screen()[1]).toBe('      answered in 23.0 s');
    expect(tty.live()).toMatch(LIVE);
    const resumed = tty.writes.length;
    await expect.poll(() => tty.writes.length).toBeGreaterThan(resumed);
  });

  test('the live line is cut to the width, the times kept in view', () => {
    const tty = new FakeTty(40);
    const terminal = progressOn(tty);
    terminal.stepStarted(4, 9, 'Dashboard (close the technical-contact popup, check the GSTIN)');
    const live = tty.live();
    expect(Array.from(live).length).toBeLessThan(40);
    expect(live).toMatch(/^\S \[4\/9\] Dashboard.*… · 0\.0 s \(run 0:00\)$/);

    tty.columns = 12;
    terminal.info('resized');
    expect(Array.from(tty.live()).length).toBeLessThan(12);
    const frames = tty.raw.split('\r').filter((part) => part.includes('[4/9]'));
    for (const frame of frames) expect(Array.from(frame.replace(`${ESC}[2K`, '')).length).toBeLessThan(40);
  });

  test('everything shown is scrubbed, even when the live line is cut', () => {
    const secret = 'S3cret!Pass';
    const scrub = (text: string) => text.replaceAll(secret, '[redacted]');
    const tty = new FakeTty(28);
    const terminal = progressOn(tty, scrub);
    terminal.stepStarted(2, 9, `Sign in as ${secret}`);
    terminal.info(`the password is ${secret}`);
    terminal.warn(`refused ${secret}`);
    terminal.stepFinished(`Sign in as ${secret}`, 1_000, true);
    expect(tty.raw).not.toContain('S3cr');
    expect(tty.raw).toContain('the password is [redacted]');
  });
});

test.describe('terminalFor', () => {
  test('gives plain lines, without carriage returns or escape codes, when not on a terminal', () => {
    const lines: string[] = [];
    const written: string[] = [];
    const stream = { isTTY: false, columns: 80, write: (text: string) => written.push(text) };
    const terminal = terminalFor(
      stream,
      (line) => lines.push(line),
      (text) => text,
      {},
    );
    expect(terminal).toBeInstanceOf(LineTerminal);
    terminal.stepStarted(2, 9, 'Sign in');
    terminal.info('Captcha image: /tmp/run/captcha.png');
    terminal.warn('slow');
    terminal.stepFinished('Sign in', 4_200, true);
    terminal.close();
    expect(lines).toEqual([
      '[2/9] Sign in ...',
      'Captcha image: /tmp/run/captcha.png',
      '! slow',
      '      done: Sign in (4.2 s)',
    ]);
    expect(lines.join('\n')).not.toContain('\r');
    expect(lines.join('\n')).not.toContain(ESC);
    expect(written).toEqual([]);
  });

  test('gives the live line on a terminal, but plain lines under CI or TERM=dumb', () => {
    const tty = new FakeTty();
    const live = terminalFor(tty, tty.print, (text) => text, {});
    expect(live).toBeInstanceOf(ProgressTerminal);
    live.close();
    expect(terminalFor(tty, tty.print, (text) => text, { CI: 'true' })).toBeInstanceOf(LineTerminal);
    expect(terminalFor(tty, tty.print, (text) => text, { TERM: 'dumb' })).toBeInstanceOf(LineTerminal);
    expect(tty.writes).toEqual([]);
  });
});

test.describe('withProgress', () => {
  function personAnswering(events: string[], answer: () => string): Human {
    return {
      interactive: true,
      ask: async (question) => {
        events.push(`ask ${question.message}`);
        return answer();
      },
      confirm: async () => {
        events.push('confirm');
        return true;
      },
      choose: async (_message, choices) => {
        events.push('choose');
        return choices[0]?.value as never;
      },
      close: () => events.push('close'),
    };
  }

  class RecordingTerminal extends ProgressTerminal {
    constructor(
      tty: FakeTty,
      private readonly events: string[],
    ) {
      super(tty, tty.print);
      opened.push(this);
    }
    override pause(): void {
      this.events.push('pause');
      super.pause();
    }
    override resume(answeredAfterMs?: number): void {
      this.events.push(answeredAfterMs === undefined ? 'resume' : 'resume answered');
      super.resume(answeredAfterMs);
    }
  }

  test('pauses the live line while a person answers, and never shows the answer', async () => {
    const events: string[] = [];
    const tty = new FakeTty();
    const terminal = new RecordingTerminal(tty, events);
    const human = withProgress(
      personAnswering(events, () => '246810'),
      terminal,
    );
    terminal.stepStarted(3, 9, 'Second factor (login OTP)');
    expect(await human.ask({ message: 'login OTP', hidden: true })).toBe('246810');
    expect(await human.confirm('Send a new OTP?')).toBe(true);
    human.close();
    expect(human.interactive).toBe(true);
    expect(events).toEqual([
      'pause',
      'ask login OTP',
      'resume answered',
      'pause',
      'confirm',
      'resume answered',
      'close',
    ]);
    const [first, second] = tty.screen();
    expect(first).toMatch(/^ {6}answered in \d+\.\d s$/);
    expect(second).toMatch(/^ {6}answered in \d+\.\d s$/);
    expect(tty.live()).toMatch(/^\S \[3\/9\] Second factor \(login OTP\)/);
    expect(tty.raw).not.toContain('246810');
  });

  test('resumes the live line when the question is cancelled', async () => {
    const events: string[] = [];
    const tty = new FakeTty();
    const terminal = new RecordingTerminal(tty, events);
    const human = withProgress(
      personAnswering(events, () => {
        throw new Cancelled();
      }),
      terminal,
    );
    terminal.stepStarted(2, 9, 'Sign in');
    await expect(human.ask({ message: 'Captcha' })).rejects.toBeInstanceOf(Cancelled);
    expect(events).toEqual(['pause', 'ask Captcha', 'resume']);
    expect(tty.raw).not.toContain('answered');
    expect(tty.live()).toMatch(LIVE);
  });
});

test.describe('a picture for the operator (the captcha)', () => {
  /** Red over blue, green over white: one row of two half-blocks. */
  const png = encodePng(2, 2, [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255], 6, 0);

  test('is drawn under its caption while the live line is away, which then comes back', () => {
    const tty = new FakeTty();
    const terminal = new ProgressTerminal(tty, tty.print, undefined, { env: { TERM: 'xterm-256color' } });
    opened.push(terminal);
    terminal.stepStarted(2, 9, 'Sign in');
    const before = tty.writes.length;
    terminal.picture(png, 'Captcha image: /tmp/run/captcha.png');
    const [clear, caption, picture, redraw] = tty.writes.slice(before);
    expect(clear).toBe(`\r${ESC}[2K`);
    expect(caption).toBe('Captcha image: /tmp/run/captcha.png\n');
    expect(picture).toBe(
      `${ESC}[38;2;255;0;0m${ESC}[48;2;0;0;255m▀${ESC}[38;2;0;255;0m${ESC}[48;2;255;255;255m▀${ESC}[0m\n`,
    );
    expect(redraw).toMatch(new RegExp(`^\r${ESC}\\[2K\\S \\[2/9\\] Sign in`));
    expect(tty.live()).toMatch(LIVE);
  });

  test("uses the terminal's own image protocol where it has one", () => {
    const tty = new FakeTty();
    const terminal = new ProgressTerminal(tty, tty.print, undefined, { env: { TERM_PROGRAM: 'iTerm.app' } });
    opened.push(terminal);
    terminal.picture(png, 'Captcha image: x');
    expect(tty.raw).toContain(`${ESC}]1337;File=inline=1;size=${png.length};`);
  });

  test('a picture that cannot be drawn leaves the caption alone', () => {
    const tty = new FakeTty();
    const terminal = progressOn(tty);
    terminal.stepStarted(2, 9, 'Sign in');
    terminal.picture(Buffer.from('not a png'), 'Captcha image: /tmp/run/captcha.png');
    expect(tty.screen()).toEqual(['Captcha image: /tmp/run/captcha.png', expect.stringMatching(LIVE)]);
  });

  test('plain lines get the caption only: no image data in a pipe or a file', () => {
    const lines: string[] = [];
    new LineTerminal((line) => lines.push(line)).picture(png, 'Captcha image: /tmp/run/captcha.png');
    expect(lines).toEqual(['Captcha image: /tmp/run/captcha.png']);
  });
});
