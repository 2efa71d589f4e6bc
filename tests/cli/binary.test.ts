/**
 * The one test that runs the installed command for real (`node bin/newsum.js`): the bundle, the worker
 * pool on compiled JavaScript, stdout in a real pipe that closes early.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { tempDir, ENGLISH_ARTICLE, ARABIC_ARTICLE } from './helpers.js';

const repo = path.resolve(import.meta.dirname, '../..');
const bundle = path.join(repo, 'dist/bundle/newsum.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  // Rebuild the bundle only when a source is newer (esbuild alone: a second or two, no type check).
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(path.join(repo, 'src'))) execFileSync(process.execPath, [path.join(repo, 'scripts/bundle-cli.mjs')], { cwd: repo });
  tmp = tempDir();
  mkdirSync(path.join(tmp.dir, 'news'));
  for (let i = 0; i < 40; i++) writeFileSync(path.join(tmp.dir, 'news', `${String(i).padStart(2, '0')}.txt`), i % 2 ? ARABIC_ARTICLE : ENGLISH_ARTICLE);
}, 120_000);
afterAll(() => tmp?.cleanup());

describe('the installed command', () => {
  it('runs the built bundle on a folder with a worker pool; a reader that closes the pipe early ends it quietly with exit 0', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${path.join(repo, 'bin/newsum.js')}" --json --jobs 2 news | head -n 1`], { cwd: tmp.dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).not.toMatch(/Error|at .*:\d+:\d+/u);
    expect(r.status).toBe(0);
    const first = JSON.parse(r.stdout.trim());
    expect(first).toMatchObject({ schemaVersion: 1, id: path.join('news', '00.txt') });
  }, 60_000);
});
