import { describe, expect, it } from 'vitest';
import { progressText, startProgress, summaryLine } from '../../src/cli/progress.js';
import { fakeIO, FakeStream } from './helpers.js';

describe('progress', () => {
  it('shows done of total when known, the rate and failures', () => {
    expect(progressText(50, 2, 200, 10_000)).toBe('50/200 articles · 5.0/s · 2 failed');
    expect(progressText(7, 0, null, 1000)).toBe('7 articles · 7.0/s');
  });

  it('ends with one summary line', () => {
    expect(summaryLine(10, 1, 0, 2000, false)).toBe('newsum: 10 summarised, 1 failed in 2.0 s (5.0 articles/s)\n');
    expect(summaryLine(3, 0, 5, 1000, true)).toBe('newsum: interrupted: 3 summarised, 0 failed, 5 up to date (skipped) in 1.0 s (3.0 articles/s)\n');
  });

  it('draws nothing when stderr is not a terminal or with --quiet', async () => {
    const { io, stderr } = fakeIO();
    const p = await startProgress(io, false, Date.now());
    p.update(1, 0, 2);
    p.stop();
    expect(stderr.text).toBe('');
    const tty = fakeIO();
    (tty.io.stderr as FakeStream).isTTY = true;
    const q = await startProgress(tty.io, true, Date.now());
    q.update(1, 0, 2);
    q.stop();
    expect(tty.stderr.text).toBe('');
  });

  it('runs a spinner on a terminal stderr without touching stdout', async () => {
    const { io, stdout } = fakeIO();
    const stderr = Object.assign(io.stderr as FakeStream, {
      isTTY: true,
      columns: 80,
      cursorTo: () => true,
      moveCursor: () => true,
      clearLine: () => true,
    });
    const p = await startProgress(io, false, Date.now() - 1000);
    p.update(5, 1, 10);
    await new Promise((r) => setTimeout(r, 200)); // the spinner redraws on its own timer
    p.stop();
    expect(stdout.text).toBe('');
    expect(stderr.text).toContain('5/10 articles');
  });
});
