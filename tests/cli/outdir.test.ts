import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { isUnder, outputPathFor } from '../../src/cli/outdir.js';

describe('output paths under --out-dir', () => {
  const base = path.resolve('/data/articles');
  it('keeps the path below the common base folder', () => {
    expect(outputPathFor('/data/articles/2020/a.txt', '/out', base, '/')).toBe(path.join('/out', '2020', 'a.txt.json'));
  });
  it('reads a folder whose name starts with two dots as inside the base, so its files do not collide with the top ones', () => {
    expect(isUnder('/data/articles/..drafts/a.txt', base)).toBe(true);
    expect(outputPathFor('/data/articles/..drafts/a.txt', '/out', base, '/')).toBe(path.join('/out', '..drafts', 'a.txt.json'));
    expect(outputPathFor('/data/articles/a.txt', '/out', base, '/')).toBe(path.join('/out', 'a.txt.json'));
  });
  it('gives a file outside the base its own name only', () => {
    expect(isUnder('/data/other/a.txt', base)).toBe(false);
    expect(isUnder('/data', base)).toBe(false);
    expect(outputPathFor('/data/other/b.txt', '/out', base, '/')).toBe(path.join('/out', 'b.txt.json'));
  });
  it('names standard input stdin.json', () => {
    expect(outputPathFor('-', '/out', base, '/')).toBe(path.join('/out', 'stdin.json'));
  });
});
