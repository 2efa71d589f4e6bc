#!/usr/bin/env node
/**
 * Build step for the command: bundle the CLI and its worker into dist/bundle/ as two CommonJS scripts,
 * minified, then record a V8 code cache for the CLI so that a run starts from compiled bytecode.
 *
 * Why this shape (measured in bench/, start-up of `newsum --json seed.txt`):
 * - one script instead of ~60 modules: no module resolution at start-up;
 * - CommonJS, loaded by bin/newsum.js through `vm.Script`, instead of an ES module: it skips Node's ESM
 *   loader and accepts `cachedData`, which Node 20 offers for scripts only;
 * - the code cache is written by real one-article runs over two samples (one Arabic, one English), so it
 *   holds the bytecode of every function a summary needs, not just the top level (and not the batch code). V8 rejects a cache made by another
 *   Node version or other flags; the command then compiles as usual.
 * Lazily imported parts (batch runner, renderer, spinner, HTML/Markdown readers) are bundled in but only
 * evaluated when a run needs them; packages that locate files next to themselves at run time (piscina's
 * worker, linkedom) stay external and are `require`d.
 */
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expandUnicodeClasses } from './expand-unicode-classes.mjs';
import { stripExampleProperties } from './strip-rule-examples.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The language packs' rule examples (`examples`, `counterExamples`) are test data: the tests read them from the
 * sources, the engine never does. Dropped from the command's bundle, they cost no bytes to read, hash and
 * deserialise at every start-up (an eighth of the bundle). Only src/lang/ is touched.
 */
const withoutRuleExamples = {
  name: 'without-rule-examples',
  setup(b) {
    // (a Go regular expression, evaluated by esbuild: no u flag there)
    b.onLoad({ filter: /[\\/]src[\\/]lang[\\/].*\.ts$/ }, async (args) => ({
      contents: stripExampleProperties(await readFile(args.path, 'utf8'), args.path, ts),
      loader: 'ts',
    }));
  },
};

const outdir = `${root}dist/bundle`;
await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { newsum: 'src/cli/entry.ts', worker: 'src/cli/worker.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  external: ['piscina', 'linkedom', '@mozilla/readability', 'yaml'],
  // es2023 rather than node20: for a node target esbuild rewrites some \p{…} regex literals into `new RegExp(…)`
  // calls, which build a regex object on every evaluation (in hot loops); Node 20 runs ES2023 as written
  target: 'es2023',
  // import() inside a vm.Script would need a loader callback: let esbuild turn it into require()
  supported: { 'dynamic-import': false },
  // import.meta.url (used to find the worker next to the bundle) from the script's own file name
  define: { 'import.meta.url': '__newsumModuleUrl' },
  banner: { js: 'var __newsumModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  minify: process.env.NEWSUM_BUNDLE_READABLE !== '1',
  logLevel: 'warning',
  plugins: [withoutRuleExamples],
});

// Property escapes (\p{L}) become explicit code-point ranges (expand-unicode-classes.mjs says why), and
// esbuild leaves non-ASCII letters in regular expression literals; escaped, the whole script is ASCII,
// which V8 keeps as a one-byte string (half the memory, faster to hash and scan). No String.raw in src.
/** Must match bin/newsum.js, which checks that the script starts with it. */
const COMMONJS_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

for (const name of ['newsum.cjs', 'worker.cjs']) {
  const file = `${outdir}/${name}`;
  const { source } = expandUnicodeClasses(await readFile(file, 'utf8'), ts);
  const ascii = source.replace(/[^\x00-\x7f]/gu, escapeUnits);
  // The command's script comes already wrapped as the function bin/newsum.js calls (CommonJS's five
  // parameters): the loader hands V8 the file as read, instead of a 0.8 MB concatenation to flatten and copy.
  await writeFile(file, name === 'newsum.cjs' ? `${COMMONJS_WRAPPER}${ascii}\n})` : ascii);
}

function escapeUnits(ch) {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

// The code cache: run the bundled command once, through the same loader as the installed command.
const samples = ['ar-amman-visit.txt', 'en-ecb-rate-cut.txt'].map((f) => `${root}samples/${f}`).filter((f) => existsSync(f));
const cache = `${outdir}/newsum.cjs.cache`;
const warm = spawnSync(process.execPath, [`${root}bin/newsum.js`, ...samples], {
  env: { ...process.env, NEWSUM_WRITE_CODE_CACHE: cache, NODE_OPTIONS: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (warm.status !== 0 || !existsSync(cache)) console.warn('newsum build: could not record the code cache; the command works, but starts slower');
