#!/usr/bin/env node
'use strict';
/**
 * The installed command (CommonJS: bin/package.json says so, which keeps Node's ES module loader out of
 * a single-file run). It runs the bundled CLI (dist/bundle/newsum.cjs, built by `npm run build`, which
 * `prepare` runs on install) from V8's code cache when the build left one; without the bundle it falls
 * back to the compiled modules in dist/cli.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const bundle = path.join(__dirname, '..', 'dist', 'bundle', 'newsum.cjs');

const COMMONJS_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/** Compile and evaluate the bundle as a CommonJS module; returns its exports. */
function loadBundle(file, cacheFile) {
  // The build writes the script in ASCII (non-ASCII escaped), already wrapped as a CommonJS function: read as
  // latin1 (no UTF-8 decoding) and compiled as it is.
  let source = fs.readFileSync(file, 'latin1');
  if (!source.startsWith(COMMONJS_WRAPPER)) source = `${COMMONJS_WRAPPER}${source}\n})`; // a build of another shape
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // no cache (a build that could not record it): compile as usual
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  // The bundle requires only Node's built-ins and this package's dependencies, which resolve the same from
  // bin/ as from dist/bundle/ (one package root); this module's own require spares loading node:module.
  script.runInThisContext()(module.exports, require, module, file, path.dirname(file));
  return { exports: module.exports, script };
}

if (fs.existsSync(bundle)) {
  const { exports, script } = loadBundle(bundle, `${bundle}.cache`);
  // The build records the cache by running the command once with this variable set (scripts/bundle-cli.mjs).
  // (the arguments are then the sample articles, each summarised as its own one-article run)
  const cacheOut = process.env.NEWSUM_WRITE_CODE_CACHE;
  // V8 runs a new regular expression once in its bytecode interpreter, then compiles it to machine code: two
  // compilations of the same pattern, where a run uses a hundred patterns a few times each. Straight to machine
  // code saves about 3% of a one-article run's instructions (valgrind). Set after the code cache is accepted, and
  // never while recording it: a cache carries a hash of the flags it was made under.
  if (cacheOut) {
    process.on('exit', () => fs.writeFileSync(cacheOut, script.createCachedData()));
    exports.runEach(process.argv.slice(2).map((file) => ['--json', file]));
  } else {
    const v8 = require('node:v8');
    v8.setFlagsFromString('--no-regexp-tier-up');
    // A run of one article (the CLI calls this once it knows, and not for a large one) is over in a fraction
    // of a second: optimised code would arrive too late to pay for its compilation, and a young generation that
    // grows touches fresh memory the run never reuses. Measured on `newsum --json seed.txt` with valgrind and
    // perf: 945 → 890 million instructions, 5,850 → 4,800 page faults. Batches (worker threads) keep the defaults.
    exports.main(() => {
      v8.setFlagsFromString('--no-opt');
      v8.setFlagsFromString('--semi-space-growth-factor=1');
    });
  }
} else {
  import('../dist/cli/entry.js').then((m) => m.main());
}
