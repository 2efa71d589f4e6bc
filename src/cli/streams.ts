/** Small stream helpers: stdout that survives a closed pipe, and reading a whole stream. */
import type { CliStream } from './io.js';
import type { Task } from './task.js';

/**
 * Writes to stdout until the reader goes away. A closed pipe (`newsum … | head`) shows up as EPIPE,
 * thrown synchronously or emitted later as an 'error' event; either way we stop writing and let the
 * batch finish quietly instead of crashing with a stack trace.
 */
export class SafeOutput {
  broken = false;
  /** Number of chunks written so far. */
  written = 0;
  private readonly onError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.broken = true;
  };

  constructor(private readonly stream: CliStream) {
    stream.on?.('error', this.onError);
  }

  write(chunk: string): void {
    if (this.broken) return;
    try {
      this.written++;
      this.stream.write(chunk);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') this.broken = true;
      else throw err;
    }
  }
}

/**
 * Read a whole stream (standard input), but never more than `maxBytes` + 1 bytes: an endless or huge input
 * (`yes | newsum`) is refused as too large instead of growing until memory runs out. Returns the bytes, or
 * null when the stream holds more than `maxBytes` (reading stops there).
 */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes = Infinity): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) return null; // leaving the loop stops the stream
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** The task for standard input: its bytes, or an E_TOO_LARGE error when it holds more than --max-bytes. */
export async function stdinTask(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Task> {
  const bytes = await readStream(stdin, maxBytes);
  if (bytes === null) return { kind: 'error', id: '-', code: 'E_TOO_LARGE', message: `standard input holds more than --max-bytes ${maxBytes} bytes: split it, or raise --max-bytes` };
  return { kind: 'bytes', id: '-', bytes };
}
