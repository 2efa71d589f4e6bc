/**
 * TempEval-3 (SemEval-2013 Task 1) time-expression evaluation: newsum's `findTimeExpressions` and
 * chrono-node against the TimeML gold of the 20 platinum test documents (and, for tuning, TBAQ-cleaned).
 *
 * Scored as the TempEval-3 task scores TIMEX3 (DATE, TIME, DURATION, SET):
 * - strict extent F1: the system span equals the gold span;
 * - relaxed extent F1: the spans overlap (each gold and each system expression matched at most once);
 * - value F1: relaxed matches whose normalised value equals the gold value, as precision over all system
 *   expressions and recall over all gold ones (= relaxed F1 × value accuracy, as in the task paper).
 * newsum values map to TimeML as they are (ISO dates, weeks, durations P…); expressions newsum leaves
 * without a calendar value because they name the present or the past ("now", "recently") map to
 * PRESENT_REF / PAST_REF / FUTURE_REF through their rule.
 *
 * Run standalone: `npx tsx eval/tempeval.ts [-v] [--train]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import type { EvalRow, EvalSection, Evaluator } from './types.js';
import { buildArticle } from '../src/pipeline.js';
import { findTimeExpressions } from '../src/extract/dates.js';

const CORPUS = 'corpora/tempeval3_timeml_en';
const PARTS = { test: ['te3-platinum'], train: ['TBAQ-cleaned/TimeBank', 'TBAQ-cleaned/AQUAINT'] };

/** HeidelTime on the platinum set, as published in the TempEval-3 task paper (UzZaman et al. 2013), F1 ×100. */
const HEIDELTIME_PUBLISHED = { strict: 81.34, relaxed: 90.3, value: 77.61 };

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
}

export interface TimeMLDoc {
  id: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The TEXT element as plain text, with the TIMEX3 spans in it (tags removed, entities decoded). */
export function parseTimeML(xml: string, id: string): TimeMLDoc | null {
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/u.exec(xml)?.[1] ?? /<DCT>.*?value="(\d{4}-\d{2}-\d{2})/su.exec(xml)?.[1];
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (!dct || open < 0 || close < 0) return null;
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: Timex[] = [];
  const stack: Array<{ start: number; type: string; value: string | null } | null> = [];
  const TAG_OR_ENTITY = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&([a-z]+);/gu;
  let last = 0;
  for (const m of body.matchAll(TAG_OR_ENTITY)) {
    text += body.slice(last, m.index);
    last = m.index! + m[0].length;
    if (m[4]) {
      text += ENTITIES[m[4]] ?? m[0];
      continue;
    }
    const [, closing, name, attrs] = m;
    if (attrs.trim().endsWith('/')) continue;
    if (!closing) {
      stack.push(name === 'TIMEX3' ? { start: text.length, type: attr(attrs, 'type') ?? 'DATE', value: attr(attrs, 'value') } : null);
      continue;
    }
    const top = stack.pop();
    if (top && name === 'TIMEX3') timexes.push({ start: top.start, end: text.length, text: text.slice(top.start, text.length), type: top.type, value: top.value });
  }
  text += body.slice(last);
  return { id, dct, text, timexes };
}

/** An XML attribute's value in a tag's attribute text (the corpora's XML is machine-written: double quotes). */
export function attr(attrs: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(attrs)?.[1] ?? null;
}

/** The five predefined XML entities decoded. */
export function decodeEntities(s: string): string {
  return s.replace(/&([a-z]+);/gu, (m, e: string) => ENTITIES[e] ?? m);
}

function loadDocs(dir: string): TimeMLDoc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeML(readFileSync(path.join(dir, f), 'utf8'), f.replace(/\.tml$/u, '')))
    .filter((d): d is TimeMLDoc => d !== null);
}

// ── Systems ──

export type System = (doc: TimeMLDoc) => Timex[];

const REF_VALUES: Record<string, string> = { past: 'PAST_REF', present: 'PRESENT_REF', future: 'FUTURE_REF' };

export const newsumSystem: System = (doc) => {
  const article = buildArticle(doc.text, { format: 'text' }, { date: doc.dct, lang: 'en', id: doc.id });
  return findTimeExpressions(article).map((t) => {
    const ref = /ref:(past|present|future)$/u.exec(t.rule)?.[1];
    return { start: t.span[0], end: t.span[1], text: t.text, type: t.type.toUpperCase(), value: t.value ?? (ref ? REF_VALUES[ref] : null) };
  });
};

/** chrono-node's results at the precision it knows (a weekday counts as a day). */
export const chronoSystem: System = (doc) => {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const ref = new Date(y, m - 1, d, 12);
  return chrono.parse(doc.text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text, type: 'DATE', value: chronoValue(r.start) }));
};

function chronoValue(c: chrono.ParsedComponents): string | null {
  const pad = (n: number | null, w = 2) => String(n ?? 0).padStart(w, '0');
  const year = pad(c.get('year'), 4);
  if (c.isCertain('day') || c.isCertain('weekday')) return `${year}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('month')) return `${year}-${pad(c.get('month'))}`;
  if (c.isCertain('year')) return year;
  if (c.isCertain('hour')) return `${year}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  return null;
}

// ── Scoring ──

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
}

const overlaps = (a: Timex, b: Timex) => a.start < b.end && b.start < a.end;

/** One-to-one matching: each gold expression takes the first unused overlapping system expression (exact spans first). */
function score(gold: Timex[], system: Timex[], misses: string[] | null, id: string): Counts {
  const used = new Set<number>();
  const c: Counts = { gold: gold.length, system: system.length, strict: 0, relaxed: 0, value: 0 };
  for (const g of gold) {
    let k = system.findIndex((s, i) => !used.has(i) && s.start === g.start && s.end === g.end);
    if (k < 0) k = system.findIndex((s, i) => !used.has(i) && overlaps(s, g));
    if (k < 0) {
      misses?.push(`${id}: missed ${JSON.stringify(g.text)} ${g.type} ${g.value}`);
      continue;
    }
    used.add(k);
    const s = system[k];
    c.relaxed++;
    if (s.start === g.start && s.end === g.end) c.strict++;
    if (s.value !== null && s.value === g.value) c.value++;
    else misses?.push(`${id}: value ${JSON.stringify(s.text)} → ${s.value}, gold ${JSON.stringify(g.text)} ${g.value}`);
  }
  if (misses) system.forEach((s, i) => used.has(i) || misses.push(`${id}: spurious ${JSON.stringify(s.text)} → ${s.value}`));
  return c;
}

const f1 = (hit: number, system: number, gold: number) => (hit === 0 ? 0 : (2 * hit) / (system + gold));

export function run(system: System, docs: TimeMLDoc[], misses: string[] | null): Counts {
  const total: Counts = { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0 };
  for (const doc of docs) {
    const c = score(doc.timexes, system(doc), misses, doc.id);
    for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += c[key];
  }
  return total;
}

export function row(name: string, c: Counts, seconds: number): EvalRow {
  return {
    system: name,
    gold: c.gold,
    found: c.system,
    'strict F1': f1(c.strict, c.system, c.gold),
    'relaxed P': c.system ? c.relaxed / c.system : 0,
    'relaxed R': c.gold ? c.relaxed / c.gold : 0,
    'relaxed F1': f1(c.relaxed, c.system, c.gold),
    'value F1': f1(c.value, c.system, c.gold),
    seconds: Math.round(seconds * 10) / 10,
  };
}

export const COLUMNS = ['gold', 'found', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'value F1', 'seconds'];

function section(title: string, docs: TimeMLDoc[], verbose: boolean, withPublished: boolean): EvalSection {
  const misses: string[] = [];
  const rows: EvalRow[] = [];
  for (const [name, system] of [['newsum', newsumSystem], ['chrono-node', chronoSystem]] as const) {
    const started = performance.now();
    const counts = run(system, docs, name === 'newsum' && verbose ? misses : null);
    rows.push(row(name, counts, (performance.now() - started) / 1000));
  }
  if (withPublished) {
    rows.push({
      system: 'HeidelTime (published)',
      gold: null,
      found: null,
      'strict F1': HEIDELTIME_PUBLISHED.strict / 100,
      'relaxed P': null,
      'relaxed R': null,
      'relaxed F1': HEIDELTIME_PUBLISHED.relaxed / 100,
      'value F1': HEIDELTIME_PUBLISHED.value / 100,
      seconds: null,
    });
  }
  return {
    title,
    columns: COLUMNS,
    rows,
    misses: verbose ? misses : undefined,
    notes: [
      'TIMEX3 of all types (DATE, TIME, DURATION, SET); value F1 = relaxed match with the exact TimeML value, over all system and gold expressions.',
      'chrono-node values at the precision it knows; it finds no durations or sets. HeidelTime figures are the published TempEval-3 ones, not re-run.',
    ],
  };
}

export const evaluateTempEval: Evaluator = async (sharedDir, options) => {
  const root = path.join(sharedDir, CORPUS);
  if (!existsSync(root)) return [];
  const test = PARTS.test.flatMap((p) => loadDocs(path.join(root, p)));
  if (!test.length) return [];
  const sections = [section(`TempEval-3 platinum test (${test.length} documents): time expressions`, test, options.verbose, true)];
  if (process.argv.includes('--train')) {
    const train = PARTS.train.flatMap((p) => loadDocs(path.join(root, p)));
    if (train.length) sections.push(section(`TempEval-3 TBAQ-cleaned training (${train.length} documents, used for tuning)`, train, options.verbose, false));
  }
  return sections;
};

// ── Standalone ──

function printSection(s: EvalSection): void {
  console.log(`\n${s.title}`);
  const cells = (r: EvalRow) => s.columns.map((c) => (r[c] === null || r[c] === undefined ? '—' : typeof r[c] === 'number' && !Number.isInteger(r[c]) ? (r[c] as number).toFixed(3) : String(r[c])));
  const rows = s.rows.map((r) => [String(r.system), ...cells(r)]);
  const header = ['system', ...s.columns];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) console.log('  ' + r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  '));
  for (const n of s.notes ?? []) console.log(`  ${n}`);
  for (const m of s.misses ?? []) console.log(`    ${m}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sharedDir = path.resolve(repoRoot, '../shared');
  const verbose = process.argv.includes('-v');
  const sections = await evaluateTempEval(sharedDir, { verbose });
  if (!sections.length) console.log(`TempEval-3 data not found under ${path.join(sharedDir, CORPUS)}; skipped.`);
  for (const s of sections) printSection(s);
}
