import { describe, expect, it } from 'vitest';
import { closeSync, openSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataOutput } from '../../src/cli/io.js';

describe('dataOutput (stdout that is not a terminal)', () => {
  it('writes straight to a file descriptor, multi-byte text intact, and never builds the stream', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsum-io-'));
    const file = path.join(dir, 'out.jsonl');
    const fd = openSync(file, 'w');
    try {
      let streamBuilt = false;
      const out = dataOutput(fd, () => {
        streamBuilt = true;
        throw new Error('the stream is not needed for a file');
      });
      expect(out.isTTY).toBe(false);
      out.write('{"headline":"وزير الخارجية يزور عمّان"}\n');
      out.write('{"headline":"ECB cuts rates — again"}\n');
      expect(streamBuilt).toBe(false);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe('{"headline":"وزير الخارجية يزور عمّان"}\n{"headline":"ECB cuts rates — again"}\n');
    rmSync(dir, { recursive: true, force: true });
  });
});
