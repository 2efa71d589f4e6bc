/**
 * Batch progress on stderr: an ora spinner line (files done / total when known, articles per second,
 * failures) only when stderr is a terminal and --quiet is off; otherwise nothing animated. The summary
 * line at the end is printed either way unless --quiet.
 */
import type { CliIO } from './io.js';

export interface Progress {
  /** True when something is drawn (worth counting the total for). */
  visible: boolean;
  update(done: number, failed: number, total: number | null): void;
  /** Print a line on stderr without tearing the spinner line. */
  log(line: string): void;
  stop(): void;
}

export async function startProgress(io: CliIO, quiet: boolean, started: number): Promise<Progress> {
  const log = (line: string) => void io.stderr.write(line);
  // ora redraws with the cursor methods of a real terminal stream; anything else gets no animation.
  if (quiet || io.stderr.isTTY !== true || typeof (io.stderr as { cursorTo?: unknown }).cursorTo !== 'function') return { visible: false, update() {}, log, stop() {} };
  const { default: ora } = await import('ora');
  // We decide when to animate (stderr is a terminal, no --quiet); ora's own guess would also switch it
  // off whenever CI is set in the environment, even on a real terminal.
  const spinner = ora({ text: 'starting…', stream: io.stderr as NodeJS.WritableStream, discardStdin: false, isEnabled: true }).start();
  let last = 0;
  return {
    visible: true,
    update(done, failed, total) {
      const now = Date.now();
      if (now - last < 80 && done !== total) return; // ora redraws at its own pace; spare the formatting
      last = now;
      spinner.text = progressText(done, failed, total, now - started);
    },
    log(line) {
      spinner.clear();
      io.stderr.write(line);
      spinner.render();
    },
    stop() {
      spinner.stop();
    },
  };
}

export function progressText(done: number, failed: number, total: number | null, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const count = total !== null ? `${done}/${total}` : `${done}`;
  return `${count} articles · ${rate.toFixed(1)}/s${failed ? ` · ${failed} failed` : ''}`;
}

export function summaryLine(done: number, failed: number, skipped: number, elapsedMs: number, interrupted: boolean): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [`${done} summarised`, `${failed} failed`];
  if (skipped) parts.push(`${skipped} up to date (skipped)`);
  return `newsum: ${interrupted ? 'interrupted: ' : ''}${parts.join(', ')} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)\n`;
}
