#!/usr/bin/env node
/**
 * Build step for the command: bundle the CLI (and its worker) from the compiled-by-esbuild TypeScript
 * sources into dist/bundle/, minified, with code splitting so that lazily imported parts (batch runner,
 * renderer, spinner, HTML/Markdown readers) stay in their own chunks and load only when a run needs them.
 * One bundle instead of ~60 modules cuts module resolution and compile time at start-up (see bench/).
 * Packages that locate files next to themselves at run time (piscina's worker, linkedom) stay external.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { entry: 'src/cli/entry.ts', worker: 'src/cli/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  chunkNames: '[name]-[hash]',
  external: ['piscina', 'linkedom', '@mozilla/readability', 'yaml'],
  // CommonJS packages inside an ES module bundle need a real `require` for Node's built-ins.
  banner: { js: 'import { createRequire as __newsumRequire } from "node:module"; const require = __newsumRequire(import.meta.url);' },
  logLevel: 'warning',
});
