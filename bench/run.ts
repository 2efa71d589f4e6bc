/**
 * `npm run bench`: speed and memory of the built command (not a test; prints a table).
 *
 *   1. throughput on the shared corpora (Arabic saudinewsnet, English BBC): articles/s and MB/s,
 *      with one worker (= per core) and with a pool over all cores;
 *   2. start-up: `newsum --json seed.txt` against `node -e 0`, median of interleaved runs, and (with valgrind)
 *      in executed instructions, which a busy machine does not distort;
 *   3. peak RSS over a generated folder of N articles (synthetic sentences, default 10,000);
 *   4. compromise (+ compromise-dates) over the same English articles, in-process, against newsum's
 *      engine (bundled as shipped) in-process on one thread: steady state after a warm-up pass, and the
 *      first pass; and against the command itself over the folder (start-up and worker pool included).
 *
 * Options: --runs N (start-up runs, default 15), --files N (generated articles, default 10000),
 * --skip throughput,startup,instructions,rss,compromise. Needs `npm run build` first (it runs it if dist is missing).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './synthetic.js';

const repo = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(repo, '../shared');
const bin = path.join(repo, 'bin/newsum.js');
const corpora = {
  ar: path.join(shared, 'corpora/saudinewsnet_sample_ar/text'),
  en: path.join(shared, 'corpora/bbc_news_sample_en/bbc'),
};
const seed = path.join(shared, 'seeds/000_b899b31e321ce09c.txt');
const cores = os.availableParallelism();

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const skip = new Set((args[args.indexOf('--skip') + 1] ?? '').split(',').filter(() => args.includes('--skip')));
const rows: [string, string, string][] = [];
const row = (what: string, value: string, note = '') => {
  rows.push([what, value, note]);
  console.error(`  ${what}: ${value} ${note}`);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function articleFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt') && !path.basename(f).startsWith('.') && !/readme/iu.test(f)).map((f) => path.join(dir, f));
}

/** Run the command, return wall time (ms), peak RSS (KiB, from /usr/bin/time when present) and exit code. */
function timed(argv: string[], timeoutMs = 900_000): Promise<{ ms: number; rssKiB: number | null; code: number | null; stderr: string }> {
  const gnuTime = existsSync('/usr/bin/time');
  const [cmd, cmdArgs] = gnuTime ? ['/usr/bin/time', ['-f', '__RSS__%M', process.execPath, ...argv]] : [process.execPath, argv];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs as string[], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const rss = /__RSS__(\d+)/u.exec(stderr);
      resolve({ ms, rssKiB: rss ? Number(rss[1]) : null, code, stderr: stderr.replace(/__RSS__\d+\n?/u, '') });
    });
  });
}

function ensureBuilt(): void {
  if (existsSync(path.join(repo, 'dist/bundle/newsum.cjs'))) return;
  console.error('building…');
  spawnSync(process.execPath, [path.join(repo, 'scripts/bundle-cli.mjs')], { stdio: 'inherit', cwd: repo });
}

async function throughput(): Promise<void> {
  for (const [lang, dir] of Object.entries(corpora)) {
    if (!existsSync(dir)) {
      row(`throughput ${lang}`, 'skipped', `(${dir} absent)`);
      continue;
    }
    const files = articleFiles(dir);
    const mb = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
    for (const jobs of [1, cores]) {
      const r = await timed([bin, '--json', '--quiet', '--jobs', String(jobs), ...files]);
      const s = r.ms / 1000;
      const perCore = jobs === 1 ? '' : ` = ${(files.length / s / jobs).toFixed(1)}/s per core`;
      row(`${lang}: ${files.length} articles, ${mb.toFixed(2)} MB, --jobs ${jobs}`, `${(files.length / s).toFixed(1)} articles/s, ${(mb / s).toFixed(3)} MB/s`, `(${s.toFixed(1)} s${perCore}${r.code ? `, exit ${r.code}` : ''})`);
    }
  }
}

async function startup(runs: number): Promise<void> {
  const target = existsSync(seed) ? seed : writeTemp('seed.txt', generateArticle(1));
  const tiny = writeTemp('tiny.txt', 'Council approves harbour plan\n\nThe council approved the plan on Tuesday, the mayor said.\n');
  const cases: Record<string, string[]> = { 'node -e 0': ['-e', '0'], 'newsum --json seed': [bin, '--json', target], 'newsum --json tiny': [bin, '--json', tiny], 'newsum --version': [bin, '--version'] };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  // Interleaved, so load on the machine affects every case alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, argv] of Object.entries(cases)) {
      const started = performance.now();
      spawnSync(process.execPath, argv, { stdio: 'ignore', timeout: 60_000 });
      times[name].push(performance.now() - started);
    }
  }
  const base = median(times['node -e 0']);
  for (const [name, ts] of Object.entries(times)) row(`start-up ${name}`, `${median(ts).toFixed(0)} ms`, name === 'node -e 0' ? `(median of ${runs})` : `(${(median(ts) / base).toFixed(2)}× node -e 0; target ≤ 1.6× for seed)`);
}

/**
 * Start-up in executed instructions (valgrind's cachegrind, when installed): unlike wall time, the count does not
 * depend on the machine's load, so two builds compare on a shared machine. Threads count too (GC, compiler).
 */
function startupInstructions(): void {
  if (spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status !== 0) return row('start-up instructions', 'skipped', '(no valgrind)');
  const target = existsSync(seed) ? seed : writeTemp('seed.txt', generateArticle(1));
  const count = (argv: string[]): number | null => {
    const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', '--cachegrind-out-file=/dev/null', process.execPath, ...argv], { encoding: 'utf8', timeout: 300_000 });
    const m = /I\s+refs:\s+([\d,]+)/u.exec(r.stderr ?? '');
    return m ? Number(m[1].replaceAll(',', '')) : null;
  };
  const base = count(['-e', '0']);
  const ours = count([bin, '--json', target]);
  if (base === null || ours === null) return row('start-up instructions', 'n/a', '(valgrind gave no count)');
  row('start-up instructions, newsum --json seed', `${(ours / 1e6).toFixed(0)} M`, `(${(ours / base).toFixed(2)}× node -e 0's ${(base / 1e6).toFixed(0)} M; load-independent)`);
  startupPageFaults(target);
}

/**
 * Start-up in page faults (GNU time's %R, median of 5), the other load-independent measure: on virtual machines
 * each first touch of a page costs microseconds in the kernel, so memory a run touches is time even when its
 * instruction count is small.
 */
function startupPageFaults(target: string): void {
  const time = '/usr/bin/time';
  if (!existsSync(time)) return row('start-up page faults', 'skipped', '(no /usr/bin/time)');
  const faults = (argv: string[]): number | null => {
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = spawnSync(time, ['-f', 'faults %R', process.execPath, ...argv], { encoding: 'utf8', timeout: 60_000 });
      const m = /faults (\d+)/u.exec(r.stderr ?? '');
      if (m) counts.push(Number(m[1]));
    }
    return counts.length ? median(counts) : null;
  };
  const base = faults(['-e', '0']);
  const ours = faults([bin, '--json', target]);
  if (base === null || ours === null) return row('start-up page faults', 'n/a', '(GNU time gave no count)');
  row('start-up page faults, newsum --json seed', `${ours}`, `(${(ours / base).toFixed(2)}× node -e 0's ${base}; load-independent)`);
}

let scratch: string | null = null;
function scratchDir(): string {
  scratch ??= mkdtempSync(path.join(os.tmpdir(), 'newsum-bench-'));
  return scratch;
}

function writeTemp(name: string, text: string): string {
  const file = path.join(scratchDir(), name);
  writeFileSync(file, text);
  return file;
}

async function peakRss(count: number): Promise<void> {
  const dir = path.join(scratchDir(), 'generated');
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const text = generateArticle(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(sub, `${String(i).padStart(5, '0')}.txt`), text);
  }
  const r = await timed([bin, '--json', '--quiet', '--overview', dir]);
  const s = r.ms / 1000;
  row(
    `peak RSS, ${count} generated articles (${(bytes / 1e6).toFixed(1)} MB), --jobs ${cores} --overview`,
    r.rssKiB !== null ? `${(r.rssKiB / 1024).toFixed(0)} MiB` : 'n/a (no /usr/bin/time)',
    `(target < 400 MiB; ${s.toFixed(1)} s, ${(count / s).toFixed(0)} articles/s${r.code ? `, exit ${r.code}` : ''})`,
  );
}

/**
 * newsum's engine and compromise over the same English articles, in this process, one thread each.
 * newsum runs as it ships (an esbuild bundle: tsx would add a helper call to every closure it creates).
 * Each tool does two full untimed passes first (the first one is timed and reported too), so the timed
 * passes compare the steady state a long batch runs in (JIT-compiled code), not V8's warm-up. The three
 * timed passes alternate between the tools and the fastest of each tool's passes counts.
 */
async function compareCompromise(): Promise<void> {
  if (!existsSync(corpora.en)) return row('compromise comparison', 'skipped', '(English corpus absent)');
  const files = articleFiles(corpora.en);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const engine = await bundledEngine();
  const { default: nlp } = await import('compromise');
  const { default: dates } = await import('compromise-dates');
  nlp.plugin(dates);
  const ours = async () => {
    for (const t of texts) {
      const loaded = await engine.loadText(t);
      if (loaded.ok) engine.summariseArticle(loaded.text, loaded.meta, {});
    }
  };
  const theirs = async () => {
    for (const t of texts) {
      const doc = nlp(t) as unknown as Record<string, () => { json(): unknown; out(f: string): unknown }>;
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
      doc.dates().json();
    }
  };
  const timedPass = async (pass: () => Promise<void>) => {
    const started = performance.now();
    await pass();
    return performance.now() - started;
  };
  const first = { ours: await timedPass(ours), theirs: await timedPass(theirs) };
  // V8 keeps optimising over the first few passes (a larger engine takes longer to settle): one more untimed pass each
  await ours();
  await theirs();
  const passes = { ours: [] as number[], theirs: [] as number[] };
  for (let i = 0; i < 3; i++) {
    passes.ours.push(await timedPass(ours));
    passes.theirs.push(await timedPass(theirs));
  }
  const best = { ours: Math.min(...passes.ours), theirs: Math.min(...passes.theirs) };
  const share = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
  row(`newsum engine, ${texts.length} English articles, 1 thread`, `${(best.ours / 1000).toFixed(2)} s`, `(${((texts.length / best.ours) * 1000).toFixed(0)} articles/s; first pass ${(first.ours / 1000).toFixed(2)} s)`);
  row(`compromise people/places/orgs + dates, same articles`, `${(best.theirs / 1000).toFixed(2)} s`, `(first pass ${(first.theirs / 1000).toFixed(2)} s)`);
  row('newsum / compromise time', share(best.ours, best.theirs), `(target ≤ 5%; first passes: ${share(first.ours, first.theirs)})`);
  // The same articles as a user runs them: the command over the folder (start-up, worker pool over the cores),
  // fastest of three, against compromise's passes over the texts already in memory (it has no command).
  const commandRuns: number[] = [];
  for (let i = 0; i < 3; i++) commandRuns.push((await timed([bin, '--json', '--quiet', corpora.en])).ms);
  const command = Math.min(...commandRuns);
  row(`newsum --json ${path.basename(corpora.en)}/ (the command, default --jobs on ${cores} cores)`, `${(command / 1000).toFixed(2)} s`, `(fastest of 3, start-up and file reading included)`);
  row('newsum command / compromise time', share(command, first.theirs), `(compromise's first pass, as a one-off script runs it; against its best pass: ${share(command, best.theirs)})`);
}

/** The engine bundled as the command ships it (esbuild, no name-keeping helpers), imported from a scratch dir. */
async function bundledEngine(): Promise<{ summariseArticle: typeof import('../src/pipeline.js').summariseArticle; loadText: typeof import('../src/text/input.js').loadText }> {
  const { build } = await import('esbuild');
  const out = path.join(scratchDir(), 'engine');
  await build({
    absWorkingDir: repo,
    entryPoints: { pipeline: 'src/pipeline.ts', input: 'src/text/input.ts' },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'es2023', // as scripts/bundle-cli.mjs: keep regex literals as written
    external: ['linkedom', '@mozilla/readability', 'yaml'],
    logLevel: 'warning',
  });
  const [{ summariseArticle }, { loadText }] = await Promise.all([import(pathToFileURL(path.join(out, 'pipeline.js')).href), import(pathToFileURL(path.join(out, 'input.js')).href)]);
  return { summariseArticle, loadText };
}

async function main(): Promise<void> {
  ensureBuilt();
  console.error(`newsum bench on ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`);
  try {
    if (!skip.has('startup')) await startup(option('runs', 15));
    if (!skip.has('instructions')) startupInstructions();
    if (!skip.has('throughput')) await throughput();
    if (!skip.has('compromise')) await compareCompromise();
    if (!skip.has('rss')) await peakRss(option('files', 10_000));
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${'measure'.padEnd(w0)}  ${'result'.padEnd(w1)}  note`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
}

await main();
