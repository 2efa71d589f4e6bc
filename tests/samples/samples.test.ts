/**
 * Checks the hand-written sample articles in samples/ and their gold annotations. This tests the annotations
 * (format of /work/shared/gold/FORMAT.md, internal consistency, every quoted string really in the article),
 * not the summariser: the evaluation harness scores the summariser against these files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
// the scorer's own normalisation (SCORING.md): the checks below read names as the scorer does
import { normalise } from '../../eval/score.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const samplesDir = path.join(repoRoot, 'samples');

interface GoldActor { name: string; aliases: string[]; type: string; title: string | null; key: boolean }
interface GoldEvent { date: string; expression: string; event: string; actors: string[] }
interface GoldQuote { text: string; speaker: string | null; speakerText: string | null; kind: string }
interface Gold {
  file: string;
  language: string;
  headline: string;
  published: string | null;
  publishedBasis: string | null;
  actors: GoldActor[];
  events: GoldEvent[];
  quotes: GoldQuote[];
  notes?: string[];
}

const ACTOR_TYPES = new Set(['person', 'organization', 'location', 'group']);
const QUOTE_KINDS = new Set(['direct', 'partial', 'block']);

/** A name without the leading article the scorer also strips (ال/لل, "the"). */
function stripArticle(form: string): string {
  return form.replace(/^(?:ال|لل)(?=\p{L}{2})/u, '').replace(/^the /u, '');
}

// What may stand glued before a name in Arabic running text: conjunction, preposition, article.
const ARABIC_PREFIX = /^[وف]?[بلك]?(?:ال|ل)?$/u;

/** True when the name occurs in the (normalised) article as whole words, allowing Arabic proclitics. */
function occursAsWords(normText: string, name: string, language: string): boolean {
  const form = stripArticle(normalise(name));
  if (!form) return false;
  for (let at = normText.indexOf(form); at >= 0; at = normText.indexOf(form, at + 1)) {
    const after = normText[at + form.length];
    if (after !== undefined && after !== ' ') continue;
    const wordStart = normText.lastIndexOf(' ', at - 1) + 1;
    const prefix = normText.slice(wordStart, at);
    if (prefix === '' || (language === 'ar' && ARABIC_PREFIX.test(prefix))) return true;
  }
  return false;
}

/** ISO date at the precision FORMAT.md allows, and a real calendar date. */
function isIsoDate(value: string): boolean {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  }
  if ((m = /^(\d{4})-(\d{2})$/u.exec(value))) return +m[2] >= 1 && +m[2] <= 12;
  if ((m = /^\d{4}-W(\d{2})$/u.exec(value))) return +m[1] >= 1 && +m[1] <= 53;
  return /^\d{4}$/u.test(value);
}

// Weekday names as articles write them, indexed like Date.getUTCDay() (Sunday = 0).
const WEEKDAYS: Record<string, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ar: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
};

/** The weekday an expression names, when it names exactly one (index as Date.getUTCDay()), else null. */
function namedWeekday(expression: string, language: string): number | null {
  const found = (WEEKDAYS[language] ?? []).flatMap((name, day) => (expression.includes(name) ? [day] : []));
  return found.length === 1 ? found[0] : null;
}

const goldFiles = existsSync(samplesDir)
  ? readdirSync(samplesDir).filter((f) => f.endsWith('.gold.json')).sort()
  : [];

describe('sample set', () => {
  it('has at least five Arabic and five English annotated articles', () => {
    expect(goldFiles.filter((f) => f.startsWith('ar-')).length).toBeGreaterThanOrEqual(5);
    expect(goldFiles.filter((f) => f.startsWith('en-')).length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(goldFiles)('%s', (goldName) => {
  const gold = JSON.parse(readFileSync(path.join(samplesDir, goldName), 'utf8')) as Gold;
  const baseName = goldName.replace(/\.gold\.json$/u, '');
  const articlePath = path.join(repoRoot, gold.file);
  const text = existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : '';
  const normText = normalise(text);
  const actorNames = new Set(gold.actors.map((a) => a.name));

  it('names its own article, which exists', () => {
    expect(gold.file).toBe(`samples/${baseName}.txt`);
    expect(text.length).toBeGreaterThan(0);
  });

  it('has the language of its file name', () => {
    expect(['ar', 'en']).toContain(gold.language);
    expect(baseName.startsWith(`${gold.language}-`)).toBe(true);
  });

  it('is laid out as headline, blank line, one paragraph per line, 250–500 words', () => {
    const lines = text.split('\n');
    expect(lines[0].replace(/\s+/gu, ' ').trim()).toBe(gold.headline);
    expect(lines[1]).toBe('');
    const body = lines.slice(2).filter((l, i, all) => i < all.length - 1 || l !== '');
    expect(body.length).toBeGreaterThanOrEqual(5);
    expect(body.every((l) => l.trim() !== ''), 'blank line inside the body').toBe(true);
    const words = text.split(/\s+/u).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(250);
    expect(words).toBeLessThanOrEqual(500);
  });

  it('has an ISO publication date and says why', () => {
    expect(gold.published).not.toBeNull();
    expect(gold.published).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(isIsoDate(gold.published!)).toBe(true);
    expect(typeof gold.publishedBasis).toBe('string');
    expect(gold.publishedBasis!.length).toBeGreaterThan(10);
    // The harness reads the basis's first clause: a date the text gives (dateline) is inferred and scored;
    // a date the sample's author assigned is passed with --date.
    expect(gold.publishedBasis!.split(/[(;,]/u)[0]).toMatch(/^(?:dateline|assigned by the sample's author)/u);
  });

  it('has well-formed actors, each written in the article, none sharing a form with another', () => {
    expect(gold.actors.some((a) => a.key)).toBe(true);
    const owner = new Map<string, string>();
    for (const actor of gold.actors) {
      expect(ACTOR_TYPES, actor.name).toContain(actor.type);
      expect(typeof actor.key, actor.name).toBe('boolean');
      expect(actor.title === null || (typeof actor.title === 'string' && actor.title.length > 0), actor.name).toBe(true);
      expect(Array.isArray(actor.aliases), actor.name).toBe(true);
      for (const form of [actor.name, ...actor.aliases]) {
        expect(occursAsWords(normText, form, gold.language), `"${form}" (${actor.name}) not in the article`).toBe(true);
        const key = stripArticle(normalise(form));
        expect(owner.get(key) ?? actor.name, `"${form}" belongs to two actors`).toBe(actor.name);
        owner.set(key, actor.name);
      }
    }
  });

  it('has events with ISO dates, expressions from the article and known actors', () => {
    expect(gold.events.length).toBeGreaterThan(0);
    for (const event of gold.events) {
      expect(isIsoDate(event.date), event.date).toBe(true);
      const weekday = namedWeekday(event.expression, gold.language);
      if (weekday !== null && /^\d{4}-\d{2}-\d{2}$/u.test(event.date)) {
        expect(new Date(`${event.date}T12:00:00Z`).getUTCDay(), `"${event.expression}" is not ${event.date}`).toBe(weekday);
      }
      expect(text.includes(event.expression), `expression "${event.expression}" not in the article`).toBe(true);
      expect(event.event.length).toBeGreaterThan(5);
      for (const name of event.actors) expect(actorNames.has(name), `event actor "${name}"`).toBe(true);
    }
  });

  it('has quotes copied verbatim from the article, spoken by known actors', () => {
    expect(gold.quotes.length).toBeGreaterThan(0);
    for (const quote of gold.quotes) {
      expect(QUOTE_KINDS).toContain(quote.kind);
      expect(text.includes(quote.text), `quote not verbatim: "${quote.text.slice(0, 60)}…"`).toBe(true);
      if (quote.speaker !== null) expect(actorNames.has(quote.speaker), `speaker "${quote.speaker}"`).toBe(true);
      if (quote.speakerText !== null) {
        expect(text.includes(quote.speakerText), `speakerText "${quote.speakerText}"`).toBe(true);
      }
    }
  });

  it('does not count the same quotation twice', () => {
    const texts = gold.quotes.map((q) => q.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('HTML and Markdown samples', () => {
  const read = (name: string) => readFileSync(path.join(samplesDir, name), 'utf8');
  const jsonLd = (html: string) => {
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(html);
    expect(m).not.toBeNull();
    return JSON.parse(m![1]) as Record<string, unknown>;
  };

  it.each(['en-page.html', 'ar-page.html'])('%s has og:title with a site suffix and NewsArticle JSON-LD', (name) => {
    const html = read(name);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+ \| [^"]+"/u);
    const ld = jsonLd(html);
    expect(ld['@type']).toBe('NewsArticle');
    expect(String(ld.datePublished)).toMatch(/^\d{4}-\d{2}-\d{2}T/u);
    expect(html).toMatch(/<nav[\s>]/u);
    expect(html).toMatch(/<footer[\s>]/u);
  });

  it('the Arabic page embeds a tweet', () => {
    expect(read('ar-page.html')).toMatch(/<blockquote class="twitter-tweet"/u);
  });

  it('the Markdown post has YAML front matter with a title and a date', () => {
    const md = read('en-post.md');
    const m = /^---\n([\s\S]*?)\n---\n/u.exec(md);
    expect(m).not.toBeNull();
    const meta = parseYaml(m![1]) as Record<string, unknown>;
    expect(typeof meta.title).toBe('string');
    expect(String(meta.date instanceof Date ? meta.date.toISOString() : meta.date)).toMatch(/^\d{4}-\d{2}-\d{2}/u);
  });
});
