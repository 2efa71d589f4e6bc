/**
 * `npm run eval [-- -v] [--only ar,en,seed,peers,tempeval,meantime,polnear,anercorp,htmlpages] [--quick] [--budget S]`
 *
 * Runs newsum in-process on every gold article of ../shared/gold, scores it with eval/score.ts (SCORING.md),
 * runs the peers on the English gold, then the other evaluators' sections, and ends with a short summary
 * (newsum vs peers per language) as the last lines. Exits 0 with a message when ../shared is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EvalSection, Evaluator } from './types.js';
import { evaluateSystem, findSharedDir, floorFigures, listGold, newsumOutput, suggestFloors, type GoldEntry, type GroupResult, type SystemRunner } from './gold.js';
import type { Figures, OutputSummary } from './score.js';

interface Options {
  verbose: boolean;
  quick: boolean;
  only: Set<string> | null;
  suggestFloors: boolean;
  /** Seconds after which the remaining sections are skipped, so the summary still prints inside a hook's timeout. */
  budget: number;
  cache: boolean;
  /** Internal: run one evaluator and print its result as JSON (see computeSectionsInChild). */
  sectionChild: string | null;
}

const GOLD_SECTIONS = ['ar', 'en', 'seed'] as const;
/** Other evaluators, by the file that exports them (loaded when present). */
const EXTERNAL_SECTIONS = ['samples', 'tempeval', 'meantime', 'anercorp', 'polnear', 'htmlpages'] as const;
const ALL_SECTIONS: readonly string[] = [...GOLD_SECTIONS, 'peers', ...EXTERNAL_SECTIONS];
/** Sections skipped by --quick: the slowest ones. */
const SLOW_SECTIONS = new Set<string>(['meantime', 'polnear', 'htmlpages']);
/**
 * A hook runs the harness with a 40 s timeout on a shared machine. A section that would end past this many
 * seconds from process start, judging by how long it took last time, is skipped (and said so), so that the
 * summary, the last lines, still prints in time.
 */
const DEFAULT_BUDGET_S = 34;
/** How long each external section took last time (seconds), to decide whether it fits the budget. */
const TIMINGS_FILE = path.join(os.tmpdir(), 'newsum-eval-timings.json');

function readTimings(): Record<string, number> {
  try {
    return existsSync(TIMINGS_FILE) ? (JSON.parse(readFileSync(TIMINGS_FILE, 'utf8')) as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function saveTimings(timings: Record<string, number>): void {
  try {
    writeFileSync(TIMINGS_FILE, JSON.stringify(timings));
  } catch {
    // only costs the estimate next time
  }
}

function parseArgs(argv: string[]): Options {
  const options: Options = { verbose: false, quick: false, only: null, suggestFloors: false, budget: DEFAULT_BUDGET_S, cache: true, sectionChild: null };
  let budgetGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-v' || arg === '--verbose') options.verbose = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--suggest-floors') options.suggestFloors = true;
    else if (arg === '--no-cache') options.cache = false;
    else if (arg === '--section-child') options.sectionChild = argv[++i] ?? null;
    else if (arg === '--budget' || arg.startsWith('--budget=')) {
      const value = Number(arg === '--budget' ? argv[++i] : arg.slice('--budget='.length));
      if (!Number.isFinite(value) || value < 0) {
        process.stderr.write('eval: --budget takes a number of seconds (0 = no budget)\n');
        process.exit(2);
      }
      options.budget = value || Infinity;
      budgetGiven = true;
    } else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      options.only = new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
      const unknown = [...options.only].filter((name) => !ALL_SECTIONS.includes(name));
      if (unknown.length || !options.only.size) {
        process.stderr.write(`eval: --only takes a comma-separated list of ${ALL_SECTIONS.join(', ')}${unknown.length ? ` (not: ${unknown.join(', ')})` : ''}\n`);
        process.exit(2);
      }
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(
        [
          'usage: npm run eval -- [options]',
          '  -v, --verbose        list every miss (gold actor/date/quote missed, false positives) per article',
          '  --only LIST          run only these sections: ar,en,seed,peers,tempeval,meantime,polnear,htmlpages,anercorp',
          '  --quick              skip the slow sections (meantime, polnear, htmlpages)',
          `  --budget SECONDS     skip or stop a section that would end after this long (default ${DEFAULT_BUDGET_S}, none with --only; 0 = none)`,
          '  --suggest-floors     print eval/floors.json content from the figures measured now',
          "  --no-cache           rerun the peers instead of reusing their cached output (os.tmpdir())",
          '',
        ].join('\n'),
      );
      process.exit(0);
    } else {
      process.stderr.write(`eval: unknown argument ${arg}\n`);
      process.exit(2);
    }
  }
  // Sections named with --only are wanted whole: no budget unless one is given.
  if (options.only && !budgetGiven) options.budget = Infinity;
  return options;
}

function wanted(options: Options, section: string): boolean {
  if (options.quick && SLOW_SECTIONS.has(section)) return false;
  if (!options.only) return true;
  // Peers are scored on the English gold, so `--only en` shows them too.
  return options.only.has(section) || (section === 'peers' && options.only.has('en'));
}

// ---------------------------------------------------------------------------------------------------------
// Table printing
// ---------------------------------------------------------------------------------------------------------

type Cell = string | number | null;

function formatCell(value: Cell, ratioColumn: boolean): string {
  if (value === null) return 'N/A';
  if (typeof value === 'string') return value;
  if (ratioColumn) return value.toFixed(2);
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/**
 * Rows as an aligned table: text columns left-aligned, numbers right-aligned. Columns listed in `ratioColumns`
 * (or, when not given, numeric columns whose values all lie in [0, 1] with some fraction) print with 2 decimals.
 */
export function table(header: string[], rows: Cell[][], ratioColumns?: ReadonlySet<number>): string[] {
  const ratio = header.map((_, c) => {
    if (ratioColumns) return ratioColumns.has(c);
    const numbers = rows.map((r) => r[c]).filter((v): v is number => typeof v === 'number');
    return numbers.length > 0 && numbers.every((v) => v >= 0 && v <= 1) && numbers.some((v) => !Number.isInteger(v));
  });
  const textColumn = header.map((_, c) => rows.every((r) => typeof r[c] === 'string'));
  const cells = [header, ...rows.map((r) => r.map((v, c) => formatCell(v, ratio[c])))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? '')].length)));
  return cells.map((r) => r.map((v, c) => (textColumn[c] ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ').trimEnd());
}

/** Column indexes from `first` on (the figure columns after the label columns). */
function ratiosFrom(first: number, count: number): Set<number> {
  return new Set(Array.from({ length: count }, (_, i) => first + i));
}

const FIGURE_COLUMNS: [string, keyof Figures][] = [
  ['head', 'headline'],
  ['publ', 'published'],
  ['actP', 'actorP'],
  ['actKR', 'actorKeyR'],
  ['actF', 'actorF'],
  ['dateP', 'dateP'],
  ['dateR', 'dateR'],
  ['dateF', 'dateF'],
  ['qP', 'quoteP'],
  ['qR', 'quoteR'],
  ['qF', 'quoteF'],
  ['attrF', 'attributionF'],
];

/** Which figures depend on which field a system does (for N/A). */
const FIELD_OF: Partial<Record<keyof Figures, string>> = {
  headline: 'headline',
  published: 'published',
  actorP: 'actors',
  actorKeyR: 'actors',
  actorF: 'actors',
  dateP: 'dates',
  dateR: 'dates',
  dateF: 'dates',
  quoteP: 'quotes',
  quoteR: 'quotes',
  quoteF: 'quotes',
  attributionF: 'attribution',
};

function figureCells(figures: Figures, fields: ReadonlySet<string> | null): Cell[] {
  return FIGURE_COLUMNS.map(([, key]) => {
    const field = FIELD_OF[key];
    if (fields && field && !fields.has(field)) return null;
    const value = figures[key];
    return typeof value === 'number' ? value : null;
  });
}

function printSection(section: EvalSection, options: Options, seconds: number): void {
  console.log(`\n== ${section.title} (${seconds.toFixed(1)} s)`);
  const rows = section.rows.map((row) => [row.system, ...section.columns.map((c) => row[c] ?? null)]);
  for (const line of table(['system', ...section.columns], rows)) console.log(`  ${line}`);
  for (const note of section.notes ?? []) console.log(`  note: ${note}`);
  if (options.verbose) for (const miss of section.misses ?? []) console.log(`    - ${miss}`);
}

// ---------------------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------------------

interface SystemResult {
  system: string;
  fields: ReadonlySet<string> | null;
  groups: GroupResult[];
}

let failures = 0;

/** newsum through the library; a crash on one article is reported and scored as an empty summary. */
const runNewsumSafely: SystemRunner = async (entry) => {
  try {
    return await newsumOutput(entry);
  } catch (err) {
    failures += 1;
    console.log(`  error: newsum failed on ${entry.name}: ${(err as Error).stack ?? err}`);
    return { headline: null, published: null, actors: [], events: [], quotes: [] } satisfies OutputSummary;
  }
};

async function goldSection(entries: GoldEntry[], options: Options): Promise<SystemResult> {
  const started = performance.now();
  const groups = await evaluateSystem(entries, runNewsumSafely);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n== newsum on the gold articles (SCORING.md; micro-averaged; ${seconds.toFixed(1)} s)`);
  const rows = groups.map((g) => [g.group, g.figures.articles, ...figureCells(g.figures, null)]);
  for (const line of table(['set', 'n', ...FIGURE_COLUMNS.map(([c]) => c)], rows, ratiosFrom(2, FIGURE_COLUMNS.length))) console.log(`  ${line}`);
  console.log('  publ = published date, scored only where the gold date comes from the text (run without --date)');
  if (options.verbose) {
    for (const group of groups) {
      for (const { entry, score } of group.articles) {
        console.log(`\n  [${group.group}] ${entry.name}${entry.date ? ` (--date ${entry.date})` : ' (date inferred)'}`);
        for (const miss of score.misses) console.log(`    - ${miss}`);
      }
    }
  }
  return { system: 'newsum', fields: null, groups };
}

async function peersSection(entries: GoldEntry[], options: Options, newsum: SystemResult | undefined): Promise<SystemResult[]> {
  const english = entries.filter((e) => e.group === 'en');
  if (!english.length) return [];
  const { PEERS, PEER_FIELDS, setPeerCache } = await import('./peers.js');
  setPeerCache(options.cache);
  const results: SystemResult[] = [];
  console.log('\n== peers on the English gold (same scorer; N/A = the tool does not do that field)');
  const rows: Cell[][] = [];
  const newsumEnglish = newsum?.groups.find((g) => g.group === 'en');
  if (newsumEnglish) rows.push(['newsum', newsumEnglish.figures.articles, ...figureCells(newsumEnglish.figures, null)]);
  for (const peer of PEERS) {
    const started = performance.now();
    const groups = await evaluateSystem(english, async (entry) => {
      try {
        return await peer.run(entry);
      } catch (err) {
        failures += 1;
        console.log(`  error: ${peer.name} failed on ${entry.name}: ${(err as Error).message}`);
        return { headline: null, published: null, actors: [], events: [], quotes: [] };
      }
    });
    const fields = PEER_FIELDS[peer.name];
    results.push({ system: peer.name, fields, groups });
    const seconds = (performance.now() - started) / 1000;
    for (const g of groups) rows.push([`${peer.name} (${seconds.toFixed(1)} s)`, g.figures.articles, ...figureCells(g.figures, fields)]);
  }
  for (const line of table(['system', 'n', ...FIGURE_COLUMNS.map(([c]) => c)], rows, ratiosFrom(2, FIGURE_COLUMNS.length))) console.log(`  ${line}`);
  console.log("  peers resolve dates against newsum's --date, or the gold date where newsum infers it; compromise does not merge aliases or attribute quotes");
  return results;
}

async function loadEvaluator(name: string): Promise<Evaluator | null> {
  const specifier = `./${name}.js`;
  let module: Record<string, unknown>;
  try {
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes(`${name}.`)) return null;
    throw err;
  }
  const exported = Object.entries(module).find(([key, value]) => typeof value === 'function' && /^evaluate/u.test(key)) ?? (typeof module.default === 'function' ? ['default', module.default] : null);
  return exported ? (exported[1] as Evaluator) : null;
}

interface ExternalResult {
  name: string;
  sections: EvalSection[];
}

type SectionResult = { status: 'ok'; sections: EvalSection[] } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'timeout'; seconds: number };

/** Load and run one evaluator; never throws. */
async function computeSections(name: string, sharedDir: string, verbose: boolean): Promise<SectionResult> {
  try {
    const evaluator = await loadEvaluator(name);
    if (!evaluator) return { status: 'missing' };
    return { status: 'ok', sections: await evaluator(sharedDir, { verbose }) };
  } catch (err) {
    return { status: 'error', message: String((err as Error).stack ?? err) };
  }
}

/** Marks the child's result line on its stdout (an evaluator may print lines of its own). */
const CHILD_RESULT = '\u0000eval-section-result ';

/**
 * Run one evaluator in a child process (same Node flags, so the same TypeScript loader) and kill it at the
 * deadline: a slow section cannot be stopped in-process, and the summary must still print inside the hook's time.
 */
function computeSectionsInChild(name: string, verbose: boolean, deadlineSeconds: number): Promise<SectionResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const args = [...process.execArgv, fileURLToPath(import.meta.url), '--section-child', name, ...(verbose ? ['-v'] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineSeconds * 1000);
    child.on('close', () => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith(CHILD_RESULT));
      if (line) resolve(JSON.parse(line.slice(CHILD_RESULT.length)) as SectionResult);
      else resolve({ status: 'timeout', seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** Print one evaluator's result; returns its sections (none when missing, failed or stopped). */
function printSectionResult(name: string, result: SectionResult, options: Options, seconds: number): EvalSection[] {
  switch (result.status) {
    case 'missing':
      console.log(`\n== ${name}: not available yet (eval/${name}.ts exports no evaluator)`);
      return [];
    case 'error':
      failures += 1;
      console.log(`\n== ${name}: error: ${result.message}`);
      return [];
    case 'timeout':
      console.log(`\n== ${name}: stopped after ${result.seconds.toFixed(0)} s to keep within --budget ${options.budget} (--only ${name} runs it without a limit)`);
      return [];
    case 'ok':
      if (!result.sections.length) console.log(`\n== ${name}: no data (${seconds.toFixed(1)} s)`);
      for (const section of result.sections) printSection(section, options, seconds / result.sections.length);
      return result.sections;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------------------

const SUMMARY_COLUMNS: [string, keyof Figures][] = [
  ['headline', 'headline'],
  ['published', 'published'],
  ['actorF', 'actorF'],
  ['keyR', 'actorKeyR'],
  ['dateF', 'dateF'],
  ['quoteF', 'quoteF'],
  ['attrF', 'attributionF'],
];

function summaryCells(figures: Figures, fields: ReadonlySet<string> | null): Cell[] {
  return SUMMARY_COLUMNS.map(([, key]) => {
    const field = FIELD_OF[key];
    if (fields && field && !fields.has(field)) return null;
    const value = figures[key];
    return typeof value === 'number' ? value : null;
  });
}

/** The last lines: newsum vs peers per language, plus one line per other evaluator's first row pair. */
function printSummary(systems: SystemResult[], external: ExternalResult[]): void {
  console.log('\n== summary (gold articles, micro-averaged; N/A = not done by the tool / not scored; the peers read English only)');
  const rows: Cell[][] = [];
  if (!systems.length) console.log('  (no gold sets selected)');
  for (const group of GOLD_SECTIONS) {
    for (const system of systems) {
      const result = system.groups.find((g) => g.group === group);
      if (result) rows.push([group, system.system, result.figures.articles, ...summaryCells(result.figures, system.fields)]);
    }
  }
  if (rows.length) for (const line of table(['set', 'system', 'n', ...SUMMARY_COLUMNS.map(([c]) => c)], rows, ratiosFrom(3, SUMMARY_COLUMNS.length))) console.log(`  ${line}`);
  const width = Math.max(0, ...external.map((e) => e.name.length));
  for (const { name, sections } of external) {
    for (const section of sections) {
      // The first two rows: an evaluator puts newsum's headline figure first and its reference second.
      for (const row of section.rows.slice(0, 2)) {
        const figures = section.columns.map((c) => `${c} ${formatCell(row[c] ?? null, typeof row[c] === 'number' && !Number.isInteger(row[c]))}`);
        console.log(`  ${name.padEnd(width)}  ${row.system}: ${figures.join(', ')}`.slice(0, 160));
      }
    }
  }
}

const FLOORS_COMMENT = 'Minimum figures (SCORING.md, micro-averaged; ANERcorp exact-span F) that tests/eval/floors.test.ts enforces. Set from measured figures rounded down minus 0.02 (npm run eval -- --suggest-floors); raise them as the stages improve, never lower them to make a change pass.';

/** Print eval/floors.json content from today's figures (each rounded down, minus 0.02), for raising the floors. */
async function printSuggestedFloors(sharedDir: string): Promise<void> {
  const figures = floorFigures(await evaluateSystem(listGold(sharedDir), newsumOutput));
  const { scoreAnercorp, anercorpFloorFigures } = await import('./anercorp.js');
  const anercorp = scoreAnercorp(sharedDir);
  if (anercorp) figures.anercorp = anercorpFloorFigures(anercorp);
  const floors = { _comment: FLOORS_COMMENT, ...suggestFloors(figures) };
  console.log(JSON.stringify(floors, null, 2));
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const sharedDir = findSharedDir();
  if (!sharedDir) {
    console.log('eval: ../shared (gold and corpora) is not beside the repository; nothing to evaluate.');
    return;
  }
  if (options.suggestFloors) return printSuggestedFloors(sharedDir);
  if (options.sectionChild) {
    process.stdout.write(`${CHILD_RESULT}${JSON.stringify(await computeSections(options.sectionChild, sharedDir, options.verbose))}\n`);
    return;
  }
  // Times count from process start (performance.now()'s origin): loading the modules is part of the hook's time.
  const entries = listGold(sharedDir).filter((e) => !options.only || options.only.has(e.group));
  const goldCount = (g: string) => entries.filter((e) => e.group === g).length;
  console.log(`newsum evaluation — ${goldCount('ar')} ar, ${goldCount('en')} en, ${goldCount('seed')} seed gold articles from ${sharedDir}/gold`);

  const systems: SystemResult[] = [];
  if (entries.length) systems.push(await goldSection(entries, options));
  if (wanted(options, 'peers')) {
    const english = options.only ? listGold(sharedDir).filter((e) => e.group === 'en') : entries;
    systems.push(...(await peersSection(english, options, systems[0])));
  }
  const external: ExternalResult[] = [];
  const timings = readTimings();
  for (const name of EXTERNAL_SECTIONS) {
    if (!wanted(options, name)) continue;
    const elapsed = performance.now() / 1000;
    // Half as long again as last time: on a shared machine a section's time swings widely from run to run.
    const expected = (timings[name] ?? 0) * 1.5;
    if (elapsed + expected > options.budget) {
      console.log(`\n== ${name}: skipped, ${elapsed.toFixed(0)} s spent and it took ${(timings[name] ?? 0).toFixed(0)} s last time (--budget ${options.budget}; --only ${name} runs it)`);
      continue;
    }
    const sectionStarted = performance.now();
    // Slow sections run in a child that is killed a little before the hook's 40 s, counting from process start.
    const deadline = options.budget + 3 - elapsed;
    const result = SLOW_SECTIONS.has(name) && Number.isFinite(deadline) ? await computeSectionsInChild(name, options.verbose, deadline) : await computeSections(name, sharedDir, options.verbose);
    const seconds = (performance.now() - sectionStarted) / 1000;
    external.push({ name, sections: printSectionResult(name, result, options, seconds) });
    // A stopped section took longer than it ran: remember twice that, so it is not started just to be stopped again.
    timings[name] = result.status === 'timeout' ? seconds * 2 : seconds;
  }
  saveTimings(timings);

  printSummary(systems, external);
  console.log(`  total ${(performance.now() / 1000).toFixed(1)} s${failures ? ` — ${failures} failure(s), see "error:" lines above` : ''}`);
  if (failures) process.exitCode = 1;
}

// Run only as a script (`tsx eval/run.ts`), not when a test imports the table helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
