// The server says every log line twice: on stderr as `[clawdev info] text` (so a start failure is visible before
// the connection exists, and a terminal sees it) and, once initialized, as `window/logMessage`. Both reach the
// ClawDev output; this keeps the first copy of each line, whichever stream it came by, and drops its twin.
// Lines that are not the server's log lines (a runtime's crash report, a shell's error) always pass.

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

/** Where merged lines go: the ClawDev output (a LogOutputChannel has these four methods). */
export type LogSink = Record<LogLevel, (text: string) => void>;

/** How long a line waits for its twin from the other stream; the two arrive within milliseconds of each other. */
const TwinWindowMs = 10_000;
/** At most this many lines wait for a twin (a server that logs to only one stream must not grow this without end). */
const MaxPending = 500;

const StderrLevels: Record<string, LogLevel> = { error: 'error', warning: 'warn', info: 'info', log: 'debug' };
const StderrLogLine = /^\[clawdev (error|warning|info|log)\] (.*)$/;

type Source = 'stderr' | 'client';

interface Pending {
  source: Source;
  key: string;
  at: number;
}

export class ServerLogMerger {
  private pending: Pending[] = [];
  private partialLine = '';

  constructor(private readonly sink: LogSink, private readonly now: () => number = Date.now) {}

  /** A chunk of the server's stderr, as the process wrote it (lines may be split across chunks). */
  stderr(chunk: string): void {
    const lines = (this.partialLine + chunk).split(/\r?\n/);
    this.partialLine = lines.pop() ?? '';
    for (const line of lines) {
      const logLine = StderrLogLine.exec(line);
      if (logLine === null) {
        if (line.trim() !== '') {
          this.sink.info(line);
        }
        continue;
      }
      const [, stderrLevel, text] = logLine;
      const level = StderrLevels[stderrLevel];
      this.take('stderr', level, text);
    }
  }

  /** A message of the language client: the server's `window/logMessage`, or the client library's own. */
  client(level: LogLevel, message: string): void {
    // A message of several lines has only its first line tagged on stderr; the rest pass there as plain lines.
    this.take('client', level, message.split(/\r?\n/)[0], message);
  }

  private take(source: Source, level: LogLevel, firstLine: string, whole: string = firstLine): void {
    const time = this.now();
    this.pending = this.pending.filter(entry => time - entry.at < TwinWindowMs);
    const key = `${level}\u0000${firstLine}`;
    const twin = this.pending.findIndex(entry => entry.source !== source && entry.key === key);
    if (twin >= 0) {
      this.pending.splice(twin, 1);
      return;
    }
    this.pending.push({ source, key, at: time });
    if (this.pending.length > MaxPending) {
      this.pending.shift();
    }
    this.sink[level](whole);
  }
}
