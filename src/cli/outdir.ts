/**
 * --out-dir: one JSON file per article, mirroring the input tree. `a/b/c.txt` found under the inputs'
 * common folder becomes `DIR/b/c.txt.json` (the input's extension is kept so `c.txt` and `c.html` never
 * collide). Files are written atomically: a temporary file in the same folder, then a rename, so a reader
 * or an interrupted run never sees half a file.
 */
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The folder every input lies under; outputs mirror the tree below it. */
export function commonBase(inputs: string[], cwd: string, isFolder: (p: string) => boolean): string {
  const dirs = inputs.filter((i) => i !== '-').map((i) => {
    const abs = path.resolve(cwd, i);
    return isFolder(abs) ? abs : path.dirname(abs);
  });
  if (dirs.length === 0) return cwd;
  let base = dirs[0];
  for (const d of dirs.slice(1)) {
    while (!isUnder(d, base)) {
      const up = path.dirname(base);
      if (up === base) break;
      base = up;
    }
  }
  return base;
}

export function isUnder(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  // «..» as a whole first segment leaves the folder; a name that merely starts with dots («..drafts») does not
  const leaves = rel === '..' || rel.startsWith(`..${path.sep}`);
  return rel === '' || (!leaves && !path.isAbsolute(rel));
}

/** Where the JSON for one input goes. */
export function outputPathFor(inputPath: string, outDir: string, base: string, cwd: string): string {
  if (inputPath === '-') return path.join(outDir, 'stdin.json');
  const abs = path.resolve(cwd, inputPath);
  const rel = isUnder(abs, base) ? path.relative(base, abs) : path.basename(abs);
  return path.join(outDir, `${rel}.json`);
}

/** --resume: the output exists and is at least as new as the input. */
export async function isUpToDate(inputPath: string, outputPath: string): Promise<boolean> {
  try {
    const [input, output] = await Promise.all([stat(inputPath), stat(outputPath)]);
    return output.mtimeMs >= input.mtimeMs;
  } catch {
    return false;
  }
}

let counter = 0;

export async function writeAtomically(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
}
