/**
 * Child process for the hostile tests: load one file and summarise it, print a JSON line. Run in its own
 * process so the test can kill it when it overruns its time bound (a synchronous stage cannot be
 * interrupted in-process).
 */
import { readFileSync } from 'node:fs';
import { loadBytes } from '../../src/text/input.js';
import { summariseArticle } from '../../src/pipeline.js';

const file = process.argv[2];
const bytes = readFileSync(file);
const started = Date.now();
const loaded = await loadBytes(bytes, { fileName: file });
if (!loaded.ok) {
  process.stdout.write(JSON.stringify({ ok: false, code: loaded.code, message: loaded.message }) + '\n');
} else {
  const summary = summariseArticle(loaded.text, loaded.meta, { id: file }, [...loaded.warnings]);
  process.stdout.write(JSON.stringify({ ok: true, headline: summary.headline, warnings: summary.warnings, loadWarnings: loaded.warnings, elapsed: Date.now() - started }) + '\n');
}
