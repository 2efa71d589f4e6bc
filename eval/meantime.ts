/**
 * MEANTIME (NewsReader, English Wikinews, 120 articles, CAT XML): unseen English news for two checks.
 *
 * 1. Time expressions: the TIMEX3 of each article (with its creation time as the publication date, as
 *    TempEval does), scored exactly as the TempEval-3 section scores them (strict / relaxed extent, value
 *    F1), for newsum and chrono-node. Implicit timexes (no tokens) are left out.
 * 2. Actors: the article's named entities (NAM mentions of PER, ORG and LOC entity instances) against the
 *    actors each system lists, instance by instance: an entity is found when one of the system's names or
 *    aliases equals one of the entity's written names (case, spacing and a final possessive aside);
 *    a listed actor is correct when it names some annotated entity of any type (PRO products, FIN indices
 *    and MIX count as wrong actors, as they are not people, organisations or places). compromise's
 *    people/places/organizations are scored the same way.
 *
 * MEANTIME annotates every layer fully only in the headline, the dateline and the first four sentences
 * (sentences 0-5; past them only entities linked across documents are marked), so both checks score that
 * part of each article: gold and system time expressions starting in it, entities mentioned in it, and
 * the actors newsum (reading the whole article) mentions in it; compromise reads that part only.
 * Articles without a usable creation time (3 of 120) are left out.
 *
 * The text is rebuilt from the XML tokens exactly as the corpus's text/ files lay it out (headline line,
 * blank line, one sentence per line, tokens joined by single spaces), so token offsets are exact.
 * Run standalone: `npx tsx eval/meantime.ts [-v]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EvalRow, EvalSection, Evaluator } from './types.js';
import { attr, chronoSystem, COLUMNS as TIMEX_COLUMNS, decodeEntities, newsumSystem, row as timexRow, run as runTimexes, type System, type Timex, type TimeMLDoc } from './tempeval.js';
import { summariseArticle } from '../src/pipeline.js';

const CORPUS = 'corpora/meantime_en/intra_cross-doc_annotation';
const ACTOR_TYPES = new Set(['PER', 'ORG', 'LOC']);
/** The last sentence MEANTIME annotates in full (0 = headline, 1 = dateline). */
const LAST_ANNOTATED_SENTENCE = 5;

interface Entity {
  type: string;
  /** Normalised written names of its NAM mentions. */
  names: Set<string>;
  /** Named in the fully annotated part. */
  inPart: boolean;
}

interface MeantimeDoc extends TimeMLDoc {
  /** End of the fully annotated part (sentences 0-5) in `text`. */
  annotatedEnd: number;
  entities: Entity[];
  /** Normalised names of every annotated entity of any type (for precision). */
  anyNames: Set<string>;
}

// ── Reading the CAT XML ──

const TOKEN = /<token ([^>]*)>([^<]*)<\/token>/gu;

export function parseMeantime(xml: string, id: string): MeantimeDoc | null {
  const spans = new Map<string, [number, number]>();
  const sentenceOf = new Map<string, number>();
  let text = '';
  let annotatedEnd = 0;
  let sentence = -1;
  for (const m of xml.matchAll(TOKEN)) {
    const tid = attr(m[1], 't_id');
    const s = Number(attr(m[1], 'sentence'));
    if (!tid) continue;
    if (s !== sentence) {
      if (sentence >= 0) text += sentence === 0 ? '\n\n' : '\n';
      sentence = s;
    } else text += ' ';
    const word = decodeEntities(m[2]);
    spans.set(tid, [text.length, text.length + word.length]);
    sentenceOf.set(tid, s);
    text += word;
    if (s <= LAST_ANNOTATED_SENTENCE) annotatedEnd = text.length;
  }
  text += '\n';
  const dct = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/u.exec(xml)?.[1] ?? /<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"/u.exec(xml)?.[1];
  if (!dct || spans.size === 0) return null;
  const inAnnotated = (body: string) => [...body.matchAll(/t_id="(\d+)"/gu)].some((a) => (sentenceOf.get(a[1]) ?? Infinity) <= LAST_ANNOTATED_SENTENCE);
  const extent = (body: string): [number, number] | null => {
    const ids = [...body.matchAll(/t_id="(\d+)"/gu)].map((a) => spans.get(a[1])).filter((x): x is [number, number] => !!x);
    return ids.length ? [Math.min(...ids.map((x) => x[0])), Math.max(...ids.map((x) => x[1]))] : null;
  };
  const timexes: Timex[] = [];
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/gu)) {
    const span = m[2] ? extent(m[2]) : null;
    if (!span || span[0] >= annotatedEnd) continue; // implicit (no words in the text), or past the annotated part
    timexes.push({ start: span[0], end: span[1], text: text.slice(span[0], span[1]), type: attr(m[1], 'type') ?? 'DATE', value: attr(m[1], 'value') });
  }
  // Entity instances and the mentions that refer to them.
  const instanceType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*?)\/?>/gu)) {
    const mid = attr(m[1], 'm_id');
    if (mid) instanceType.set(mid, attr(m[1], 'ent_type') ?? '');
  }
  const mentionNames = new Map<string, string>();
  const mentionedInPart = new Set<string>();
  for (const m of xml.matchAll(/<ENTITY_MENTION ([^>]*?)>([\s\S]*?)<\/ENTITY_MENTION>/gu)) {
    if (attr(m[1], 'syntactic_type') !== 'NAM') continue;
    const span = extent(m[2]);
    const mid = attr(m[1], 'm_id');
    if (span && mid) mentionNames.set(mid, normalName(text.slice(span[0], span[1])));
    if (mid && inAnnotated(m[2])) mentionedInPart.add(mid);
  }
  const byInstance = new Map<string, Entity>();
  for (const m of xml.matchAll(/<REFERS_TO [^>]*>([\s\S]*?)<\/REFERS_TO>/gu)) {
    const target = /<target m_id="(\d+)"/u.exec(m[1])?.[1];
    if (!target) continue;
    for (const src of m[1].matchAll(/<source m_id="(\d+)"/gu)) {
      const name = mentionNames.get(src[1]);
      if (!name) continue;
      let entity = byInstance.get(target);
      if (!entity) byInstance.set(target, (entity = { type: instanceType.get(target) ?? '', names: new Set(), inPart: false }));
      entity.names.add(name);
      if (mentionedInPart.has(src[1])) entity.inPart = true;
    }
  }
  const all = [...byInstance.values()];
  const anyNames = new Set(all.flatMap((e) => [...e.names]));
  return { id, dct, text, annotatedEnd, timexes, entities: all.filter((e) => e.inPart && ACTOR_TYPES.has(e.type)), anyNames };
}

/** Case, spacing, full stops, a leading "the" and a final possessive aside ("the U.S. 's" = "US"). */
export function normalName(s: string): string {
  return s
    .toLowerCase()
    .replace(/\./gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/ (?=[,'’)])|(?<=[(]) /gu, '')
    .replace(/['’]s?$/u, '')
    .replace(/^the /u, '')
    .trim();
}

function loadDocs(root: string): MeantimeDoc[] {
  const docs: MeantimeDoc[] = [];
  for (const topic of readdirSync(root).sort()) {
    const dir = path.join(root, topic);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.xml')).sort()) {
      const doc = parseMeantime(readFileSync(path.join(dir, f), 'utf8'), f.replace(/\.xml$/u, ''));
      if (doc) docs.push(doc);
    }
  }
  return docs;
}

// ── Actors ──

type ActorSystem = (doc: MeantimeDoc) => string[][];

const newsumActors: ActorSystem = (doc) =>
  summariseArticle(doc.text, { format: 'text' }, { lang: 'en', date: doc.dct })
    .actors.filter((a) => a.mentions.some((m) => m.span[0] < doc.annotatedEnd))
    .map((a) => [a.name, ...a.aliases]);

/** Time expressions starting in the annotated part. */
const inPart = (system: System): System => (doc) => system(doc).filter((t) => t.start < (doc as MeantimeDoc).annotatedEnd);

let compromiseActors: ActorSystem | null = null;
async function loadCompromise(): Promise<ActorSystem | null> {
  try {
    const { default: nlp } = await import('compromise');
    return (doc) => {
      const d = nlp(doc.text.slice(0, doc.annotatedEnd)) as unknown as Record<string, () => { out(f: string): string[] }>;
      return [...new Set([...d.people().out('array'), ...d.places().out('array'), ...d.organizations().out('array')])].map((n) => [n.replace(/[.,;:]+$/u, '')]);
    };
  } catch {
    return null;
  }
}

interface ActorCounts {
  gold: number;
  found: number;
  hitGold: number;
  correct: number;
}

function scoreActors(system: ActorSystem, docs: MeantimeDoc[], misses: string[] | null): ActorCounts {
  const c: ActorCounts = { gold: 0, found: 0, hitGold: 0, correct: 0 };
  for (const doc of docs) {
    const listed = system(doc).map((forms) => new Set(forms.map(normalName)));
    c.gold += doc.entities.length;
    c.found += listed.length;
    for (const e of doc.entities) {
      if (listed.some((forms) => [...forms].some((f) => e.names.has(f)))) c.hitGold++;
      else misses?.push(`${doc.id}: missed ${e.type} «${[...e.names][0]}»`);
    }
    for (const forms of listed) {
      if ([...forms].some((f) => doc.anyNames.has(f))) c.correct++;
      else misses?.push(`${doc.id}: not an annotated entity «${[...forms][0]}»`);
    }
  }
  return c;
}

const ACTOR_COLUMNS = ['entities', 'listed', 'P', 'R', 'F', 'seconds'];

function actorRow(name: string, c: ActorCounts, seconds: number): EvalRow {
  const p = c.found ? c.correct / c.found : 0;
  const r = c.gold ? c.hitGold / c.gold : 0;
  return { system: name, entities: c.gold, listed: c.found, P: p, R: r, F: p + r ? (2 * p * r) / (p + r) : 0, seconds: Math.round(seconds * 10) / 10 };
}

// ── Sections ──

function timed<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, (performance.now() - started) / 1000];
}

export const evaluateMeantime: Evaluator = async (sharedDir, options) => {
  const root = path.join(sharedDir, CORPUS);
  if (!existsSync(root)) return [];
  const docs = loadDocs(root);
  if (!docs.length) return [];
  const timeMisses: string[] = [];
  const timeRows = [
    timexRow('newsum', ...timed(() => runTimexes(inPart(newsumSystem), docs, options.verbose ? timeMisses : null))),
    timexRow('chrono-node', ...timed(() => runTimexes(inPart(chronoSystem), docs, null))),
  ];
  const actorMisses: string[] = [];
  const actorRows = [actorRow('newsum', ...timed(() => scoreActors(newsumActors, docs, options.verbose ? actorMisses : null)))];
  compromiseActors ??= await loadCompromise();
  if (compromiseActors) actorRows.push(actorRow('compromise', ...timed(() => scoreActors(compromiseActors!, docs, null))));
  return [
    {
      title: `MEANTIME English (${docs.length} Wikinews articles, unseen): time expressions`,
      columns: TIMEX_COLUMNS,
      rows: timeRows,
      misses: options.verbose ? timeMisses : undefined,
      notes: ["scored as the TempEval-3 section, over the fully annotated part (headline, dateline, first four sentences); --date = the article's creation time"],
    },
    {
      title: `MEANTIME English (${docs.length} Wikinews articles, unseen): named people, organisations and places as actors`,
      columns: ACTOR_COLUMNS,
      rows: actorRows,
      misses: options.verbose ? actorMisses : undefined,
      notes: ['over the fully annotated part: R over PER/ORG/LOC entity instances named there, P over listed actors mentioned there that name an annotated entity (products and indices count as wrong); names equal after normalising case, spacing, full stops, "the" and a possessive'],
    },
  ];
};

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sections = await evaluateMeantime(path.resolve(repoRoot, '../shared'), { verbose: process.argv.includes('-v') });
  if (!sections.length) console.log('MEANTIME data not found; skipped.');
  for (const s of sections) {
    console.log(`\n${s.title}`);
    for (const r of s.rows) console.log('  ' + [r.system, ...s.columns.map((c) => (typeof r[c] === 'number' && !Number.isInteger(r[c]) ? (r[c] as number).toFixed(3) : String(r[c])))].join('  '));
    for (const n of s.notes ?? []) console.log(`  ${n}`);
    for (const m of (s.misses ?? []).slice(0, 400)) console.log(`    ${m}`);
  }
}
