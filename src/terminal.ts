/**
 * The operator's view: one short line per step as it happens, then the outcome. The detailed
 * record is the run folder's JSON log; nothing secret is ever printed here.
 */
export interface Terminal {
  stepStarted(index: number, total: number, title: string): void;
  /** `ok` false and `cancelled` true: the operator stopped it, which is not a failure. */
  stepFinished(title: string, durationMs: number, ok: boolean, cancelled?: boolean): void;
  info(line: string): void;
  warn(line: string): void;
  /**
   * A picture for a person to read (the captcha), with a line saying what and where it is. Drawn
   * in the terminal itself only where it is one that can show it; elsewhere only the line.
   */
  picture(png: Uint8Array, caption: string): void;
}

export class LineTerminal implements Terminal {
  constructor(
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
    private readonly scrub: (text: string) => string = (text) => text,
  ) {}

  stepStarted(index: number, total: number, title: string): void {
    this.write(this.scrub(`[${index}/${total}] ${title} ...`));
  }

  stepFinished(title: string, durationMs: number, ok: boolean, cancelled = false): void {
    const outcome = ok ? 'done' : cancelled ? 'stopped' : 'FAILED';
    this.write(this.scrub(`      ${outcome}: ${title} (${(durationMs / 1000).toFixed(1)} s)`));
  }

  info(line: string): void {
    this.write(this.scrub(line));
  }

  warn(line: string): void {
    this.write(this.scrub(`! ${line}`));
  }

  /** Plain lines are read by scripts and kept in files: the caption only, never image data. */
  picture(_png: Uint8Array, caption: string): void {
    this.write(this.scrub(caption));
  }

  /** Nothing to undo: it only ever wrote whole lines. */
  close(): void {}
}
