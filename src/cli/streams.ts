/** Small stream helpers: stdout that survives a closed pipe, and reading a whole stream. */
import type { CliStream } from './io.js';

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

export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
