/**
 * Salience: order actors by what the story is about, the way an editor would list them. Evidence, each
 * scored 0..1 and weighted:
 *   - named in the headline (the story's own summary),
 *   - named in the lead (first body paragraph),
 *   - subject of verbs of saying and acting («قال القاضي», "Reyes said"),
 *   - speaker of quotes,
 *   - how often the article names it (log-scaled against the most-mentioned actor).
 * Places are usually settings, so a place that is never headline, lead or subject is damped.
 */
import type { Actor, Article, Quote } from '../types.js';
import type { ActorRules } from './actors.js';

const WEIGHTS = { headline: 0.3, lead: 0.15, acts: 0.2, quotes: 0.15, mentions: 0.2 };
/** A place that only sets the scene keeps this share of its score. */
const SETTING_DAMPING = 0.6;

export function rankActors(article: Article, actors: Actor[], quotes: Quote[]): Actor[] {
  if (!actors.length) return [];
  const verbs = verbSet(article);
  const headline = article.headline?.span ?? null;
  const lead = leadParagraph(article);
  const maxMentions = Math.max(1, ...actors.map((a) => a.mentions.length));
  const speakerCounts = new Map<string, number>();
  for (const q of quotes) if (q.speaker) speakerCounts.set(q.speaker, (speakerCounts.get(q.speaker) ?? 0) + 1);

  const scored = actors.map((actor, order) => {
    const inHeadline = !!headline && actor.mentions.some((m) => m.span[0] >= headline[0] && m.span[1] <= headline[1]);
    const inLead = !!lead && actor.mentions.some((m) => m.span[0] >= lead[0] && m.span[1] <= lead[1]);
    const acting = actor.mentions.filter((m) => isSubject(article, m.span, verbs)).length;
    const spoke = speakerCounts.get(actor.name) ?? 0;
    let score =
      WEIGHTS.headline * (inHeadline ? 1 : 0) +
      WEIGHTS.lead * (inLead ? 1 : 0) +
      WEIGHTS.acts * Math.min(1, acting / 2) +
      WEIGHTS.quotes * Math.min(1, spoke / 2) +
      WEIGHTS.mentions * (Math.log2(1 + actor.mentions.length) / Math.log2(1 + maxMentions));
    if (actor.type === 'location' && acting === 0) score *= SETTING_DAMPING;
    return { actor: { ...actor, salience: Math.round(Math.min(1, score) * 1000) / 1000 }, order, first: actor.mentions[0]?.span[0] ?? Infinity };
  });
  // ties: earlier first mention first (the article's own order)
  scored.sort((a, b) => b.actor.salience - a.actor.salience || a.first - b.first || a.order - b.order);
  return scored.map((s) => s.actor);
}

function verbSet(article: Article): Set<string> {
  const rules = article.pack.actors as Partial<ActorRules> | undefined;
  return new Set((rules?.actionVerbs ?? []).map((v) => article.pack.fold(v)));
}

/** The first paragraph of the body, as a span. */
function leadParagraph(article: Article): [number, number] | null {
  const p = article.paragraphs.find((x) => x.start >= article.bodyStart && x.end > x.start);
  return p ? [p.start, p.end] : null;
}

const WORD = /[\p{L}\p{M}\p{N}'\u2019-]+/gu;

/** Is the mention the subject of a verb of saying/acting: a verb right before it (VSO) or right after it (SVO)? */
function isSubject(article: Article, span: [number, number], verbs: Set<string>): boolean {
  if (!verbs.size) return false;
  const before = lastWord(article.text.slice(Math.max(0, span[0] - 40), span[0]));
  const after = firstWord(article.text.slice(span[1], span[1] + 40));
  return [before, after].some((w) => w !== null && article.pack.stems(article.pack.fold(w)).some((s) => verbs.has(s)));
}

function lastWord(s: string): string | null {
  // the mention's own clitic (و in «وقال القاضي» is before the verb, not the name) stays with the verb
  const words = s.match(WORD);
  if (!words || /[.!?؟\n]\s*$/u.test(s)) return null;
  return words[words.length - 1];
}

function firstWord(s: string): string | null {
  const m = /^\s*([\p{L}\p{M}\p{N}'\u2019-]+)/u.exec(s);
  return m ? m[1] : null;
}
