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
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
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
