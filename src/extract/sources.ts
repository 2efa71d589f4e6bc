/**
 * Anonymous sources as actors. The quotes stage recognises «مصدر مطلع», «المصدر الذي رفض الكشف عن اسمه», "a
 * senior official" as speakers but no actor holds them; news readers (and the gold annotations) treat such a
 * source as someone in the story, named as the article writes it. Here each becomes an actor:
 *   - named by its phrase cut before a relative clause («المصدر الذي رفض …» → «المصدر»), clitics left as written;
 *   - a later reference with the same head noun («مصدر» … «المصدر») is the same source (an alias);
 *   - quotes with a dropped subject right after it («وتابع», «وأضاف») are that source's too.
 */
import type { Actor, Article, Quote } from '../types.js';
import { squash } from '../text/normalise.js';

const RULE = 'quote:anonymous-source';
/** Speaker rules that carry on the sentence's or the last speaker's subject (وأضاف، مشيرا، the rest of a split quote). */
const CONTINUING = ['speaker:dropped-subject', 'speaker:lead-in', 'speaker:continuation'];
const PRONOUN = 'speaker:pronoun';

export function anonymousSources(article: Article, actors: Actor[], quotes: Quote[]): { actors: Actor[]; quotes: Quote[] } {
  if (!quotes.some((q) => q.rule.includes('speaker:anonymous'))) return { actors, quotes };
  const relatives = new Set([...article.pack.quotes.relatives, ...(article.pack.quotes.sourceClauseVerbs ?? [])]);
  const sources = new Map<string, Actor>(); // by folded head noun without the article
  const added: Actor[] = [];
  let current: Actor | null = null;
  const out = quotes.map((q) => {
    if (q.rule.includes('speaker:anonymous') && q.speakerText && q.speakerSpan) {
      const phrase = beforeRelative(article, q.speakerText, relatives);
      const key = headKey(article, phrase);
      let source = sources.get(key);
      // Subject-first languages put a source's qualifiers before its noun: «Mr Reyes's spokesman» and "a union
      // spokesman" are two sources; a bare «the spokesman» later is the last one.
      if (source && !article.pack.quotes.verbFirst && qualified(article, phrase, key) && qualified(article, source.name, key) && !sameSource(article, phrase, source)) source = undefined;
      // Verb-first languages introduce each new source indefinite and qualified («مصدر أمني», then «مصدر في
      // البلدية»): a second such phrase is another source; a definite one («المصدر», «المصدر العسكري») is the last.
      if (source && article.pack.quotes.verbFirst && !definite(article, phrase) && qualified(article, phrase, key) && !sameSource(article, phrase, source)) source = undefined;
      // «وقال مصدر موثوق به في الاتحاد لـ«X» إن …» in reported speech, then «وأضاف المصدر: «…»»: a bare definite source
      // with none before it among the quotes is the one the story introduced earlier, named by that fuller phrase.
      const earlier = !source && article.pack.quotes.verbFirst && definite(article, phrase) && !qualified(article, phrase, key) ? earlierSource(article, q.speakerSpan[0], key) : null;
      if (!source && earlier) {
        source = { name: earlier.name, type: 'person', aliases: [phrase], title: null, mentions: [{ span: earlier.span, text: earlier.name, rule: RULE }], salience: 0, rule: RULE };
        sources.set(key, source);
        added.push(source);
      } else if (!source) {
        source = { name: phrase, type: 'person', aliases: [], title: null, mentions: [], salience: 0, rule: RULE };
        sources.set(key, source);
        added.push(source);
      } else if (phrase !== source.name && !source.aliases.includes(phrase)) {
        source.aliases.push(phrase);
      }
      const start = q.speakerSpan[0];
      source.mentions.push({ span: [start, start + phrase.length], text: article.text.slice(start, start + phrase.length), rule: RULE });
      current = source;
      return { ...q, speaker: source.name, rule: `${q.rule}; ${RULE}` };
    }
    // (Subject-first languages: «"…," a spokeswoman said. She added that the crew "…"» — an unresolved pronoun right after
    // the source's quote is the source.)
    if (q.speaker === null && current && (CONTINUING.some((r) => q.rule.includes(r)) || (!article.pack.quotes.verbFirst && q.rule.includes(PRONOUN)))) return { ...q, speaker: current.name, rule: `${q.rule}; ${RULE}` };
    // Someone else speaks, named or not: a later «وأضاف» is theirs, not the source's.
    if (q.speaker !== null || (q.speakerText && !CONTINUING.some((r) => q.rule.includes(r)))) current = null;
    return q;
  });
  return { actors: [...actors, ...added], quotes: out };
}

/**
 * The source's phrase up to a relative pronoun («الذي», "who") or a verb opening a describing clause («مسؤول رفض
 * ذكر اسمه»): the clause describes it, the noun names it.
 */
function beforeRelative(article: Article, text: string, relatives: Set<string>): string {
  const words = text.split(/(\s+)/u);
  let kept = '';
  for (const w of words) {
    if (relatives.has(article.pack.fold(w))) break;
    kept += w;
  }
  return withoutStrayClosingMark(squash(kept) || squash(text));
}

/**
 * The phrase without a quotation mark at its end that closes nothing in it («وقالت مصادر محلية" إن …», a typo of
 * the article): the source is named as written, but not with a mark no reader would keep. Only a trailing mark goes,
 * so the phrase's offsets from its start stay exact.
 */
function withoutStrayClosingMark(phrase: string): string {
  const last = phrase[phrase.length - 1];
  const count = (ch: string) => phrase.split(ch).length - 1;
  const stray = (last === '"' && count('"') % 2 === 1) || (last === '\u00BB' && count('\u00BB') > count('\u00AB')) || (last === '\u201D' && count('\u201D') > count('\u201C'));
  return stray ? phrase.slice(0, -1).trimEnd() : phrase;
}

const EARLIER_SOURCE_WORDS = 6;

/**
 * The last indefinite mention of a source noun (`key`) before `before`, as the object of a speech verb or of «عن»
 * («أكد مصدر مطلع في الوزارة أن», «نقلت عن مسؤول في البلدية»), with the words that qualify it (up to a complementiser,
 * a preposition other than the source's own, a describing clause, a speech verb or punctuation): its phrase, when it
 * has such words, else null.
 */
function earlierSource(article: Article, before: number, key: string): { name: string; span: [number, number] } | null {
  const rules = article.pack.quotes;
  const fold = article.pack.fold;
  const cs = rules.constructState;
  const from = Math.max(article.bodyStart, before - EARLIER_SOURCE_CHARS);
  const toks = [...article.text.slice(from, before).matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)].map((m) => ({ text: m[0], fold: fold(m[0]), start: from + m.index, end: from + m.index + m[0].length }));
  const isWord = (t: { text: string }) => /^[\p{L}\p{M}\p{N}]/u.test(t.text);
  const cues = new Set(rules.speechCues.map((c) => c.form));
  const isCue = (f: string) => article.pack.stems(f).some((st) => cues.has(st));
  const ownPreps = new Set(rules.sourceComplements ?? []);
  const stops = new Set([...rules.subjectStops, ...rules.complementisers, ...rules.relatives, ...(rules.sourceClauseVerbs ?? []), ...rules.addresseeCues]);
  // Letters written on the next word: a conjunction before the source noun («ومصدر»), an addressee's preposition
  // after it («لـ«X»», «للصحيفة»), which ends the source's phrase; and the preposition of reported speech («عن مصدر»).
  const conjunctionLetters = rules.conjunctions.filter((c) => c.length === 1);
  const addresseeLetters = rules.addresseeCues.filter((c) => c.length === 1);
  const reportedFrom = rules.reportedSaying?.from;
  for (let i = toks.length - 1; i > 0; i--) {
    const t = toks[i];
    if (!isWord(t) || (cs && cs.isDefinite(t.fold)) || (t.fold !== key && !conjunctionLetters.some((c) => t.fold === c + key))) continue;
    const prev = toks[i - 1];
    if (!isWord(prev) || !(isCue(prev.fold) || (reportedFrom !== undefined && prev.fold === reportedFrom))) continue;
    let e = i + 1;
    while (e < toks.length && e - i <= EARLIER_SOURCE_WORDS && isWord(toks[e]) && !isCue(toks[e].fold) && (!stops.has(toks[e].fold) || ownPreps.has(toks[e].fold)) && !addresseeLetters.some((c) => toks[e].fold.startsWith(c))) e++;
    while (e > i + 1 && ownPreps.has(toks[e - 1].fold)) e--;
    if (e === i + 1) return null;
    const start = t.fold === key ? t.start : t.start + 1;
    return { name: article.text.slice(start, toks[e - 1].end), span: [start, toks[e - 1].end] };
  }
  return null;
}

/** Characters before a bare source read for its earlier, fuller mention. */
const EARLIER_SOURCE_CHARS = 4000;

/** Whether the phrase opens with a definite word («المصدر», «والمسؤول»): a reference back, not a new source. */
function definite(article: Article, phrase: string): boolean {
  const first = phrase.split(/\s+/u).find(Boolean) ?? '';
  const cs = article.pack.quotes.constructState;
  return !!cs && cs.isDefinite(article.pack.fold(first));
}

/** Whether the phrase has words besides its head noun and an article. */
function qualified(article: Article, phrase: string, key: string): boolean {
  return phrase.split(/\s+/u).filter((w) => w && !article.pack.articles.has(article.pack.fold(w)) && !article.pack.stems(article.pack.fold(w)).includes(key)).length > 0;
}

function sameSource(article: Article, phrase: string, source: Actor): boolean {
  const f = article.pack.fold(phrase);
  return [source.name, ...source.aliases].some((n) => article.pack.fold(n) === f);
}

/**
 * The head noun, folded, without clitics and the article: «المصدر» and «مصدر» share it. The head is the phrase's first
 * source noun («المصدر المطلع», "Mr Reyes's spokesman"), else its first word.
 */
function headKey(article: Article, phrase: string): string {
  const sources = new Set(article.pack.quotes.anonymousNouns);
  const keyOf = (w: string) => {
    const stems = article.pack.stems(article.pack.fold(w));
    return stems[stems.length - 1] ?? article.pack.fold(w);
  };
  const words = phrase.split(/\s+/u).filter(Boolean);
  // (The head closes the qualifiers in a subject-first language: «the prime minister's official spokesman».)
  for (const w of article.pack.quotes.verbFirst ? words : [...words].reverse()) {
    const stems = article.pack.stems(article.pack.fold(w));
    const hit = stems.find((st) => sources.has(st));
    if (hit) return hit;
  }
  return keyOf(words[0] ?? '');
}
