import { fstatSync, statSync, writeSync } from 'node:fs';

/** What the CLI touches in the outside world, so tests can run it in-process. */
export interface CliStream {
  write(chunk: string): boolean | void;
  isTTY?: boolean;
  columns?: number;
  /** Streams that report errors asynchronously (EPIPE on a closed pipe) expose `on`. */
  on?(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
  off?(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

export interface CliIO {
  stdout: CliStream;
  stderr: CliStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /**
   * Subscribe to Ctrl-C for the length of a batch; returns the unsubscribe function. Absent = the
   * default signal behaviour (single-article runs just stop).
   */
  onInterrupt?(handler: () => void): () => void;
  /** Number of cores to size the worker pool to (default: os.availableParallelism()). */
  cores?: number;
  /**
   * Called once a run is known to be one article of at most ONE_ARTICLE_TUNING_MAX_BYTES, before the engine
   * runs: the installed command tunes V8 for a short life there (bin/newsum.js says how). Absent in tests.
   */
  tuneForOneArticle?(): void;
}

/** Above this size a single article runs long enough for V8's defaults (optimising compiler, growing heap) to pay. */
export const ONE_ARTICLE_TUNING_MAX_BYTES = 1 << 20;

/**
 * The process's streams, each created only when first used: Node builds process.stdout/stderr/stdin
 * lazily, and building one loads the stream stack (and for a pipe or terminal the net module), which
 * costs more than summarising a short article. A single-article run to a file or pipe never needs them.
 */
export function processIO(tuneForOneArticle?: () => void): CliIO {
  let stdout: CliStream | undefined;
  return {
    tuneForOneArticle,
    get stdout() {
      return (stdout ??= dataOutput(1, () => guardedStdout()));
    },
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    onInterrupt(handler) {
      let pressed = false;
      const listener = () => {
        // A second Ctrl-C means "now": skip the orderly finish.
        if (pressed) process.exit(130);
        pressed = true;
        handler();
      };
      process.on('SIGINT', listener);
      return () => process.off('SIGINT', listener);
    },
  };
}

/** process.stdout, with a closed pipe (newsum … | head) ending the run quietly: the reader has what it wanted. */
function guardedStdout(): NodeJS.WriteStream {
  const stream = process.stdout;
  if (stream.listenerCount('error') === 0) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
  return stream;
}

/**
 * Where data goes. A terminal gets the stream (colours, width). Anything else (file, pipe, /dev/null) is
 * written with fs.writeSync, which is what Node itself does for files and pipes on POSIX, without building
 * a stream; EPIPE then surfaces as an exception from write (SafeOutput turns it into "reader gone"). If the
 * descriptor turns out to be non-blocking (EAGAIN), the rest goes through the stream, in order.
 */
export function dataOutput(fd: number, stream: () => NodeJS.WriteStream): CliStream {
  if (process.platform === 'win32' || mayBeTerminal(fd)) return stream();
  let fallback: NodeJS.WriteStream | null = null;
  return {
    isTTY: false,
    write(chunk: string): boolean {
      if (fallback) return fallback.write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
          fallback = stream();
          return fallback.write(bytes.subarray(offset));
        }
      }
      return true;
    },
  };
}

/** Whether fd may be a terminal: a character device other than /dev/null (checked without loading tty). */
function mayBeTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    return st.rdev !== statSync('/dev/null').rdev;
  } catch {
    return true; // cannot tell: let the stream decide
  }
}
