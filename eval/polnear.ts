/**
 * PolNeAR (test split, English political news): quotes and their speakers against the corpus's attribution
 * relations. Only **quoted** contents count: the stretches inside quotation marks within a gold Content span
 * (PolNeAR also annotates indirect speech, which newsum does not claim to find). Each such stretch is a gold
 * quote whose speaker is the attribution's Source span (none for Attribution-no-source).
 *
 * - quote: an output quote matches the unused gold quote with the highest word-type overlap (SCORING.md's
 *   measure) when it is ≥ 0.7, or whose character span overlaps it by ≥ 0.7 (Jaccard);
 * - attribution: a matched quote whose speaker span overlaps the gold Source span, or whose speaker actor (name
 *   or alias) is named in the Source text; a gold quote without a Source wants no speaker.
 * Peer: compromise's `.quotations()` finds quotes but names no speaker, so its attribution is 0 by construction.
 *
 * Run alone with `npx tsx eval/polnear.ts [-v]`; the harness (eval/run.ts) imports `evaluatePolnear`.
 * The corpus is research-only (no licence): nothing from it is copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EvalRow, Evaluator } from './types.js';
import { actorForms, nameForms, normalise, quoteOverlap, wordTypes, QUOTE_MATCH_THRESHOLD } from './score.js';
import { summariseArticle } from '../src/pipeline.js';
import type { Summary } from '../src/types.js';

type Span = [number, number];

interface GoldQuote {
  span: Span;
  text: string;
  /** Source spans (UTF-16) and their text, or null for Attribution-no-source. */
  source: { spans: Span[]; text: string } | null;
}

interface SystemQuote {
  span: Span | null;
  text: string;
  speakerSpan: Span | null;
  /** The words naming the speaker, for the miss list. */
  speakerText: string | null;
  /** Every written form of the speaker actor (name and aliases), or [] when there is none. */
  speakerNames: string[];
}

interface Counts {
  matched: number;
  attributed: number;
  output: number;
  gold: number;
}

const CORPUS = 'corpora/polnear_test_en';
const SPAN_MATCH_THRESHOLD = 0.7;

/** UTF-16 offset of each code point offset (PolNeAR counts code points). */
function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/u.test(text)) return (cp) => cp;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (cp) => table[Math.min(cp, table.length - 1)];
}

interface AnnSpan {
  label: string;
  spans: Span[];
}

/** Parse a BRAT standoff file: T lines (label + possibly discontinuous spans) and E lines (role:Tid). */
function parseAnn(ann: string, toUtf16: (cp: number) => number): { spans: Map<string, AnnSpan>; events: Map<string, string>[] } {
  const spans = new Map<string, AnnSpan>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    if (cols[0].startsWith('T')) {
      const space = cols[1].indexOf(' ');
      const label = cols[1].slice(0, space);
      const ranges = cols[1]
        .slice(space + 1)
        .split(';')
        .map((r) => r.trim().split(' ').map(Number))
        .filter((r) => r.length === 2 && r.every(Number.isFinite))
        .map(([s, e]): Span => [toUtf16(s), toUtf16(e)]);
      spans.set(cols[0], { label, spans: ranges });
    } else if (cols[0].startsWith('E')) {
      const roles = new Map<string, string>();
      for (const part of cols[1].split(' ')) {
        const [role, id] = part.split(':');
        if (role && id) roles.set(role.replace(/\d+$/u, ''), id);
      }
      events.push(roles);
    }
  }
  return { spans, events };
}

const OPENERS = new Set(['\u201C', '\u00AB', '"']);
const CLOSERS = new Set(['\u201D', '\u00BB', '"']);

/** The stretches inside double quotation marks within [start, end) (one mark of slack each side). */
function quotedStretches(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = Math.max(0, start - 1); i < Math.min(text.length, end + 1); i++) {
    const ch = text[i];
    if (open < 0 && OPENERS.has(ch)) open = i;
    else if (open >= 0 && CLOSERS.has(ch)) {
      let s = open + 1;
      let e = i;
      while (s < e && /\s/u.test(text[s])) s++;
      while (e > s && /\s/u.test(text[e - 1])) e--;
      if (/[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push([s, e]);
      open = -1;
    }
  }
  return out;
}

/** Gold quotes of one article: quoted stretches of Content spans, each with its attribution's Source. */
export function goldQuotes(text: string, ann: string): GoldQuote[] {
  const { spans, events } = parseAnn(ann, codePointToUtf16(text));
  const byStart = new Map<number, GoldQuote>();
  for (const roles of events) {
    const content = spans.get(roles.get('Content') ?? '');
    if (!content || content.spans.length === 0) continue;
    const source = spans.get(roles.get('Source') ?? '');
    const first = content.spans[0][0];
    const last = content.spans[content.spans.length - 1][1];
    for (const span of quotedStretches(text, first, last)) {
      if (byStart.has(span[0])) continue;
      byStart.set(span[0], {
        span,
        text: text.slice(span[0], span[1]),
        source: source && source.spans.length > 0 ? { spans: source.spans, text: source.spans.map(([s, e]) => text.slice(s, e)).join(' ') } : null,
      });
    }
  }
  return [...byStart.values()].sort((a, b) => a.span[0] - b.span[0]);
}

function spanJaccard(a: Span, b: Span): number {
  const inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  if (inter <= 0) return 0;
  return inter / (Math.max(a[1], b[1]) - Math.min(a[0], b[0]));
}

function overlaps(a: Span, b: Span): boolean {
  return Math.min(a[1], b[1]) > Math.max(a[0], b[0]);
}

/** Whether the system's speaker is the gold Source: overlapping spans, or the actor named in the Source text. */
function sameSpeaker(out: SystemQuote, gold: GoldQuote): boolean {
  if (!gold.source) return out.speakerNames.length === 0 && out.speakerSpan === null;
  if (out.speakerSpan && gold.source.spans.some((s) => overlaps(s, out.speakerSpan!))) return true;
  if (out.speakerNames.length === 0) return false;
  const sourceForms = nameForms(gold.source.text);
  const names = actorForms(out.speakerNames[0], out.speakerNames.slice(1));
  for (const f of names) if (sourceForms.has(f)) return true;
  const source = ` ${normalise(gold.source.text)} `;
  return [...names].some((f) => f.length > 2 && source.includes(` ${f} `));
}

/** Greedy matching in output order, as SCORING.md does for quotes. */
function score(gold: readonly GoldQuote[], output: readonly SystemQuote[], misses: string[], label: string, attributes = true): Counts {
  const goldTypes = gold.map((g) => wordTypes(g.text));
  const used = new Set<number>();
  let matched = 0;
  let attributed = 0;
  for (const q of output) {
    const types = wordTypes(q.text);
    let best = -1;
    let bestScore = 0;
    gold.forEach((g, k) => {
      if (used.has(k)) return;
      const byWords = quoteOverlap(types, goldTypes[k]);
      const bySpan = q.span ? spanJaccard(q.span, g.span) : 0;
      const s = Math.max(byWords >= QUOTE_MATCH_THRESHOLD ? byWords : 0, bySpan >= SPAN_MATCH_THRESHOLD ? bySpan : 0);
      if (s > bestScore) {
        best = k;
        bestScore = s;
      }
    });
    if (best < 0) {
      misses.push(`${label}: false quote «${clip(q.text)}»`);
      continue;
    }
    used.add(best);
    matched++;
    if (attributes && sameSpeaker(q, gold[best])) attributed++;
    else misses.push(`${label}: wrong speaker for «${clip(q.text)}»: ${q.speakerNames[0] ?? 'none'} (${q.speakerText ?? '—'}), gold ${gold[best].source?.text ?? 'none'}`);
  }
  gold.forEach((g, k) => {
    if (!used.has(k)) misses.push(`${label}: missed «${clip(g.text)}» (${g.source?.text ?? 'no source'})`);
  });
  return { matched, attributed, output: output.length, gold: gold.length };
}

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/gu, ' ');
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

function newsumQuotes(text: string, date: string | undefined): SystemQuote[] {
  const summary: Summary = summariseArticle(text, { format: 'text' }, { lang: 'en', date });
  const actors = new Map(summary.actors.map((a) => [a.name, a]));
  return summary.quotes.map((q) => {
    const actor = q.speaker ? actors.get(q.speaker) : undefined;
    return {
      span: q.span,
      text: q.text,
      speakerSpan: q.speakerSpan,
      speakerText: q.speakerText,
      speakerNames: q.speaker ? [q.speaker, ...(actor?.aliases ?? [])] : [],
    };
  });
}

type Nlp = (text: string) => { quotations(): { json(opts: object): { text: string; offset?: { start: number; length: number } }[] } };

function compromiseQuotes(nlp: Nlp, text: string): SystemQuote[] {
  return nlp(text)
    .quotations()
    .json({ offset: true })
    .map((q) => {
      const raw = q.text.trim();
      const inner = raw.replace(/^[\s"“”«»']+|[\s"“”«»']+$/gu, '');
      const start = q.offset ? q.offset.start + q.offset.length - q.text.length + q.text.indexOf(inner) : -1;
      return { span: start >= 0 ? ([start, start + inner.length] as Span) : null, text: inner, speakerSpan: null, speakerText: null, speakerNames: [] };
    });
}

function row(system: string, c: Counts): EvalRow {
  const p = (tp: number) => (c.output ? tp / c.output : 0);
  const r = (tp: number) => (c.gold ? tp / c.gold : 0);
  const f = (tp: number) => (p(tp) + r(tp) ? (2 * p(tp) * r(tp)) / (p(tp) + r(tp)) : 0);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    system,
    'quote P': round(p(c.matched)),
    'quote R': round(r(c.matched)),
    'quote F': round(f(c.matched)),
    'attribution P': round(p(c.attributed)),
    'attribution R': round(r(c.attributed)),
    'attribution F': round(f(c.attributed)),
    output: c.output,
    gold: c.gold,
  };
}

function add(a: Counts, b: Counts): Counts {
  return { matched: a.matched + b.matched, attributed: a.attributed + b.attributed, output: a.output + b.output, gold: a.gold + b.gold };
}

export const evaluatePolnear: Evaluator = async (sharedDir, options) => {
  const base = path.join(sharedDir, CORPUS, 'test');
  const textDir = path.join(base, 'text');
  const annDir = path.join(base, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return [];
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  let nlp: Nlp | null = null;
  try {
    nlp = ((await import('compromise')) as unknown as { default: Nlp }).default;
  } catch {
    nlp = null; // a dev dependency: absent in a production install
  }
  const zero: Counts = { matched: 0, attributed: 0, output: 0, gold: 0 };
  let ours = zero;
  let theirs = zero;
  let articles = 0;
  const misses: string[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/u, '');
    // Articles annotated by several annotators: the first annotator's file (sorted) is the gold.
    const ann = annFiles.find((a) => a.startsWith(`${name}_`));
    if (!ann) continue;
    const text = readFileSync(path.join(textDir, file), 'utf8');
    const gold = goldQuotes(text, readFileSync(path.join(annDir, ann), 'utf8'));
    const date = /_(\d{4}-\d{2}-\d{2})_/u.exec(file)?.[1];
    articles++;
    ours = add(ours, score(gold, newsumQuotes(text, date), misses, name));
    if (nlp) theirs = add(theirs, score(gold, compromiseQuotes(nlp, text), [], name, false));
  }
  const rows: EvalRow[] = [row('newsum', ours)];
  if (nlp) rows.push(row('compromise .quotations() (names no speaker: attribution 0)', theirs));
  rows.push({
    system: 'citron (BBC), PARC3 — published figure, different corpus',
    'quote P': null,
    'quote R': null,
    'quote F': 0.82,
    'attribution P': null,
    'attribution R': null,
    'attribution F': null,
    output: null,
    gold: null,
  });
  return [
    {
      title: `PolNeAR test (English, ${articles} articles): quoted contents and their sources`,
      columns: ['quote P', 'quote R', 'quote F', 'attribution P', 'attribution R', 'attribution F', 'output', 'gold'],
      rows,
      misses: options.verbose ? misses : undefined,
      notes: [
        'gold = stretches inside quotation marks within PolNeAR Content spans; speaker = the attribution Source (none: no speaker)',
        'match: word-type overlap ≥ 0.7 or span Jaccard ≥ 0.7; attribution: speaker span overlaps Source, or the speaker actor is named in it',
        'the citron row is the published BBC figure on PARC3, a different corpus: an anchor, not a comparison',
      ],
    },
  ];
};

// Standalone: npx tsx eval/polnear.ts [-v]
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const verbose = process.argv.includes('-v');
  const sections = await evaluatePolnear(path.resolve(repoRoot, '../shared'), { verbose });
  if (sections.length === 0) console.log('PolNeAR: corpus not found under ../shared; skipped');
  for (const s of sections) {
    console.log(`== ${s.title}`);
    console.log(['system', ...s.columns].join('\t'));
    for (const r of s.rows) console.log([r.system, ...s.columns.map((c) => (r[c] === null || r[c] === undefined ? '—' : String(r[c])))].join('\t'));
    for (const n of s.notes ?? []) console.log(`  ${n}`);
    for (const m of s.misses ?? []) console.log(`  - ${m}`);
  }
}
