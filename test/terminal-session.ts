/**
 * The real command at a real terminal: a pseudo-terminal made by python3's `pty` module (on
 * every Linux machine, CI's fresh Debian included), the command its session leader, as a login
 * shell over SSH would start it. The test types, sends signals, or closes the terminal as a
 * dropped SSH session does (the kernel then sends SIGHUP to the session leader, and its reads
 * and writes of the terminal fail), and reads the screen as the operator would.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

/**
 * The terminal's other side. Commands arrive as JSON lines on standard input: `{"type": text}`
 * types, `{"signal": "SIGHUP"}` signals the command, `{"close": true}` closes the terminal.
 * The screen's bytes go to standard output; the command's pid and how it ended, to stderr.
 */
const PTY_SCRIPT = String.raw`
import fcntl, json, os, pty, select, signal, struct, sys, termios
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
    os.execvp(sys.argv[1], sys.argv[1:])
sys.stderr.write('PID %d\n' % pid)
sys.stderr.flush()
master, commands, status, typing = fd, b'', None, True
while status is None:
    watched = ([0] if typing else []) + ([master] if master is not None else [])
    ready, _, _ = select.select(watched, [], [], 0.05)
    if master is not None and master in ready:
        try:
            data = os.read(master, 65536)
        except OSError:
            data = b''
        if data:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            os.close(master)
            master = None
    if 0 in ready:
        chunk = os.read(0, 65536)
        typing = bool(chunk)
        commands += chunk
        while b'\n' in commands:
            line, commands = commands.split(b'\n', 1)
            command = json.loads(line)
            if 'type' in command and master is not None:
                os.write(master, command['type'].encode())
            if 'signal' in command:
                os.kill(pid, getattr(signal, command['signal']))
            if command.get('close') and master is not None:
                os.close(master)
                master = None
    done, waited = os.waitpid(pid, os.WNOHANG)
    if done:
        status = waited
while master is not None and select.select([master], [], [], 0)[0]:
    try:
        data = os.read(master, 65536)
    except OSError:
        data = b''
    if not data:
        break
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
if os.WIFEXITED(status):
    sys.stderr.write('EXIT %d\n' % os.WEXITSTATUS(status))
else:
    sys.stderr.write('SIGNAL %d\n' % os.WTERMSIG(status))
`;

export interface SessionEnd {
  /** The command's exit code, or null when a signal killed it. */
  code: number | null;
  signal: number | null;
}

/** Escape sequences (colours, cursor moves) out, so the screen reads as text. */
function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is matched
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[78=>]/g, '');
}

export class TerminalSession {
  private raw = '';
  private pid: number | undefined;
  private readonly watchers = new Set<() => void>();
  private readonly helper: ChildProcessWithoutNullStreams;
  readonly ended: Promise<SessionEnd>;

  constructor(command: string[], env: NodeJS.ProcessEnv) {
    this.helper = spawn('python3', ['-c', PTY_SCRIPT, ...command], { env, stdio: 'pipe' });
    let report = '';
    this.helper.stdout.on('data', (chunk: Buffer) => {
      this.raw += chunk.toString('utf8');
      for (const watcher of this.watchers) watcher();
    });
    this.helper.stderr.on('data', (chunk: Buffer) => {
      report += chunk.toString();
      const pid = /^PID (\d+)$/m.exec(report);
      if (pid) this.pid = Number(pid[1]);
    });
    this.ended = new Promise((resolve, reject) => {
      this.helper.on('error', reject);
      this.helper.on('close', () => {
        for (const watcher of this.watchers) watcher();
        const exit = /^EXIT (\d+)$/m.exec(report);
        const signal = /^SIGNAL (\d+)$/m.exec(report);
        if (exit) resolve({ code: Number(exit[1]), signal: null });
        else if (signal) resolve({ code: null, signal: Number(signal[1]) });
        else reject(new Error(`the terminal helper ended without the command's status:\n${report}`));
      });
    });
    this.ended.catch(() => undefined);
  }

  /** Everything the terminal showed so far, escape sequences taken out. */
  get screen(): string {
    return plain(this.raw);
  }

  /** Keys, as typed: `\r` is Enter, `\x03` Ctrl-C. */
  type(keys: string): void {
    this.send({ type: keys });
  }

  /** A signal to the command, as `kill -HUP <pid>` would send it. */
  signal(name: 'SIGHUP' | 'SIGINT' | 'SIGTERM'): void {
    this.send({ signal: name });
  }

  /** The terminal goes away (the SSH connection drops, the window is closed). */
  close(): void {
    this.send({ close: true });
  }

  /**
   * Resolves once the screen, from `from` on, matches `pattern`; fails when the command ends
   * first or `timeoutMs` passes, showing the screen.
   */
  waitFor(pattern: RegExp, { from = 0, timeoutMs = 30_000 } = {}): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(this.screen.slice(from));
        if (match) {
          finish();
          resolve(match);
        } else if (this.helper.exitCode !== null) {
          finish();
          reject(new Error(`the command ended before ${pattern} showed; the screen:\n${this.screen}`));
        }
      };
      const deadline = setTimeout(() => {
        finish();
        reject(new Error(`${pattern} did not show within ${timeoutMs} ms; the screen:\n${this.screen}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(deadline);
        this.watchers.delete(check);
      };
      this.watchers.add(check);
      check();
    });
  }

  /** Ends the command if a failed test left it running (its own pid only). */
  kill(): void {
    if (this.pid !== undefined) {
      try {
        process.kill(this.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    this.helper.stdin.end();
  }

  private send(command: object): void {
    this.helper.stdin.write(`${JSON.stringify(command)}\n`);
  }
}
