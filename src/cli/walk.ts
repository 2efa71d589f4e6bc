/**
 * Turn the command-line inputs (files, folders, '-') into a stream of tasks. Folders are walked depth
 * first, one directory listing at a time (an async generator: a tree of millions of files is never
 * held in memory). Hidden entries and dependency folders are skipped; symbolic links are followed, each
 * directory is visited once, and a link back to one of its own ancestors is reported as E_LOOP.
 */
import { readdir, stat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Task } from './task.js';
import { readError } from './task.js';

export const DEFAULT_EXTENSIONS = ['txt', 'html', 'htm', 'md', 'markdown'];

/** Folders that hold tooling or dependencies, never articles. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'bower_components', '__pycache__', 'venv']);

export interface WalkOptions {
  extensions: string[];
  /** Folders never to enter (the --out-dir, so a second run does not read its own output). */
  exclude?: string[];
}

/** A file the walk found, or an input that failed before it could be read. */
export type WalkItem = Task;

export async function* walkInputs(inputs: string[], options: WalkOptions): AsyncGenerator<WalkItem> {
  const wanted = new Set(options.extensions.map((e) => e.toLowerCase().replace(/^\./u, '')));
  const excluded = new Set<string>();
  for (const dir of options.exclude ?? []) excluded.add(await realpath(dir).catch(() => path.resolve(dir)));
  const visited = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'file', id: '-', path: '-' };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      const failed = readError(input, err);
      yield { kind: 'error', id: input, code: failed.code, message: failed.message };
      continue;
    }
    // A file named on the command line is read whatever its extension: the user asked for it.
    if (!info.isDirectory()) {
      yield { kind: 'file', id: input, path: input };
      continue;
    }
    yield* walkFolder(input, [], { wanted, excluded, visited });
  }
}

interface WalkState {
  wanted: Set<string>;
  excluded: Set<string>;
  /** Real paths of every folder already walked (each is walked once, however many links lead to it). */
  visited: Set<string>;
}

async function* walkFolder(dir: string, ancestors: string[], state: WalkState): AsyncGenerator<WalkItem> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    const failed = readError(dir, err);
    yield { kind: 'error', id: dir, code: failed.code, message: failed.message };
    return;
  }
  if (ancestors.includes(real)) {
    yield { kind: 'error', id: dir, code: 'E_LOOP', message: `${dir} links back to ${real}, a folder that contains it: not followed` };
    return;
  }
  if (state.visited.has(real) || state.excluded.has(real)) return;
  state.visited.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: 'error', id: dir, code: 'E_UNREADABLE', message: `cannot list ${dir}: ${(err as Error).message}` };
    return;
  }
  // Sorted so that output order (and --out-dir runs) are the same on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const chain = [...ancestors, real];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') yield { kind: 'error', id: full, code: 'E_LOOP', message: `${full}: the symbolic link loops on itself` };
        // A dangling link inside a folder is not an article: skip it quietly.
        continue;
      }
    }
    if (isDir) {
      yield* walkFolder(full, chain, state);
    } else if (hasWantedExtension(entry.name, state.wanted)) {
      if (isFile) yield { kind: 'file', id: full, path: full };
      else yield { kind: 'error', id: full, code: 'E_NOT_A_FILE', message: `${full} is not a regular file (a pipe, socket or device)` };
    }
  }
}

function hasWantedExtension(name: string, wanted: Set<string>): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && wanted.has(name.slice(dot + 1).toLowerCase());
}
