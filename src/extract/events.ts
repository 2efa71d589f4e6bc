/**
 * Dated events: each time expression that resolves to a date becomes an event, described by the clause
 * it stands in and the actors named in its sentence. Durations and sets are not events; a date stamp
 * or a dateline's date is when the story was filed, not something that happened; a time of day keeps
 * only its day.
 */
import { partitionPoint } from '../text/search.js';
import type { Actor, Article, DatedEvent, Segment, Span, TimeExpression } from '../types.js';
import type { LanguagePack } from '../lang/pack.js';
import { squash } from '../text/normalise.js';
import { findDateStamp, postSignatures } from './published.js';
import { dateLexiconWords, periodFrameWords } from './dates.js';

const SUMMARY_MAX_CHARS = 160;
/** The precisions CONTRACT.md allows for an event date; decades ('199') and centuries stay out. */
const EVENT_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/u;

export function buildEvents(article: Article, times: TimeExpression[], actors: Actor[]): DatedEvent[] {
  const stamp = findDateStamp(article, times);
  const events: DatedEvent[] = [];
  const copies = headlineCopies(article);
  const inCopy = (t: TimeExpression) => copies.some(([a, b]) => t.span[0] >= a && t.span[1] <= b);
  const bodyDates = new Set(times.filter((t) => t.value && t.span[0] >= article.bodyStart && !inCopy(t)).map((t) => t.value));
  const seenRelative = new Set<string>();
  const posts = postSignatures(article, times);
  const told = new Map<string, Told[]>();
  let referenceEnd = -1;
  for (const [i, t] of times.entries()) {
    if (!t.value || (t.type !== 'date' && t.type !== 'time')) continue;
    if (stamp && t.span[0] >= stamp.line[0] && t.span[1] <= stamp.line[1]) continue;
    const dateline = article.dateline?.span;
    if (dateline && t.span[0] < dateline[1] && t.span[1] > dateline[0]) continue;
    const date = t.type === 'time' ? t.value.slice(0, 10) : t.value;
    if (!EVENT_DATE.test(date)) continue;
    if (isHeadlineEcho(article, t, bodyDates) || inCopy(t)) continue;
    // The end of a span whose start is a comparison's reference point («من 7.3 خلال الفترة 1975ـ1980 إلى …») is one too.
    if (isReferencePoint(article, t) || (referenceEnd >= 0 && referenceEnd === i - 1 && /^\s?[-\u2013\u0640]\s?$/u.test(article.text.slice(times[i - 1].span[1], t.span[0])))) {
      referenceEnd = i;
      continue;
    }
    if ((isUnitShift(t) || isCoarseRelative(t, date)) && isRepeat(article, t, seenRelative)) continue;
    if (isComingDay(article, t, date) && seenRelative.has(`coming|${date}`)) continue;
    if (isComingDay(article, t, date)) seenRelative.add(`coming|${date}`);
    if (isRetold(article, t, date, told)) continue;
    if (isBracketedRestatement(article, t, times[i - 1]) || isNightPair(article, t, times[i - 1])) continue;
    const sentence = sentenceAt(article.sentences, t.span[0]) ?? { start: t.span[0], end: t.span[1] };
    events.push({
      date,
      dateText: t.text,
      span: t.span,
      summary: postText(article, posts, t) ?? clauseAround(article.text, sentence, t.span),
      actors: actorsIn(actors, sentence),
      rule: t.rule,
    });
  }
  // Ordered by when the period starts (a week, month or year sorts at its first day); ties keep text order.
  return events
    .map((e) => ({ e, key: periodStart(e.date!) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.e.span[0] - b.e.span[0]))
    .map(({ e }) => e);
}

/** The first day of a YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www period, as YYYY-MM-DD. */
export function periodStart(date: string): string {
  const week = /^(\d{4})-W(\d{2})$/u.exec(date);
  if (week) {
    // ISO week 1 holds the year's first Thursday; its Monday is the week's start.
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
    return new Date(monday + (Number(week[2]) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  }
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The date in an embedded post's signature dates the post: summarise with what was posted (the paragraph above). */
function postText(article: Article, posts: ReturnType<typeof postSignatures>, t: TimeExpression): string | null {
  const post = posts.find((p) => p.time === t);
  if (!post) return null;
  const above = [...article.paragraphs].reverse().find((p) => p.end <= post.line[0]);
  if (!above) return null;
  const text = squash(article.text.slice(above.start, above.end)).replace(/\s*(?:https?:\/\/|pic\.twitter\.com\/)\S+/gu, '');
  return text.length <= SUMMARY_MAX_CHARS ? text : text.slice(0, SUMMARY_MAX_CHARS) + '…';
}

/** The shortest headline whose verbatim copies in the body are looked for (a short one may be an ordinary phrase). */
const HEADLINE_COPY_MIN_CHARS = 20;
/** How many copies are looked for (a site footer or share line repeats the headline once or twice). */
const HEADLINE_COPY_MAX = 3;

/**
 * Verbatim copies of the headline in the body («رابط الخبر بصحيفة …: <headline>», share lines): their dates are the
 * headline's, told again (the headline's own date still counts when the rest of the body does not give it).
 */
function headlineCopies(article: Article): Span[] {
  const h = article.headline?.span;
  if (!h) return [];
  const headline = article.text.slice(h[0], h[1]).trim();
  if (headline.length < HEADLINE_COPY_MIN_CHARS) return [];
  const out: Span[] = [];
  for (let at = article.text.indexOf(headline, Math.max(h[1], article.bodyStart)); at >= 0 && out.length < HEADLINE_COPY_MAX; at = article.text.indexOf(headline, at + headline.length)) {
    out.push([at, at + headline.length]);
  }
  return out;
}

/** A headline date that the body also gives is the same happening, told again: the body's one counts. */
function isHeadlineEcho(article: Article, t: TimeExpression, bodyDates: Set<string | null>): boolean {
  const h = article.headline?.span;
  return !!h && t.span[0] >= h[0] && t.span[1] <= h[1] && bodyDates.has(t.value);
}

/** How many words before a date the comparison word may stand ("than he was | three years ago"). */
const COMPARISON_REACH = 3;
/** How many words before the date a record-setting participle may stand («المسجل في المدينة البالغ 30 مليون دولار عام 2010»). */
const RECORD_SET_REACH = 10;
/** How many words before "since" a record word may stand ("the highest closing level | since"). */
const RECORD_REACH = 6;
// A digit in these patterns is one the project reads as a number ([0-9\u0660-\u0669\u06F0-\u06F9]: ASCII, Arabic-Indic and
// extended Arabic-Indic, what asciiDigits converts), not \p{N}: that also takes superscripts, fractions and the digits of
// scripts no rule reads, and V8 compiles its 146 ranges (79 of them outside the BMP) into every pattern that holds it.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
/**
 * Punctuation that closes a clause: a comparison or record word beyond it does not govern the date. A full stop
 * or comma between digits is part of a number ("£25.5bn", "81,000"), not a break.
 */
const CLAUSE_BREAK = /[;:()«»"“”\u2014\u2013!?،؛؟]|(?<![0-9\u0660-\u0669\u06F0-\u06F9])[.,]|[.,](?![0-9\u0660-\u0669\u06F0-\u06F9])/u;
/** How many words before a baseline preposition the amount may stand («بنسبة 2.3 في المائة | عن»). */
const AMOUNT_BASELINE_REACH = 4;
/** How many words before a date the relative pronoun of «أقل من التي …» may stand (the relative clause is short). */
const RELATIVE_COMPARISON_REACH = 4;
/** How many characters before «منذ» an amount may stand («بنسبة 60 في المائة | منذ 2010»). */
const SINCE_AMOUNT_CHARS = 30;
/** How far back a comparison word may stand before a part or period of the date with no amount («مقارنة بالربع الأول من | العام الماضي»). */
const BASELINE_OF_REACH = 5;
/** How many words may stand between a baseline word and the date when an amount is among them ("from the deficit of 212m pounds | in 2011"). */
const BASELINE_REACH = 7;
/**
 * An amount, whatever the language: a currency sign before a numeral, a percent sign, a numeral with a decimal or
 * thousands separator, or a numeral with a magnitude letter glued on ("212m", "5bn"). A plain count ("10 years") is not one.
 */
const AMOUNT = /[$£€¥]\s?[0-9\u0660-\u0669\u06F0-\u06F9]|[0-9\u0660-\u0669\u06F0-\u06F9]\s?[%٪]|[0-9\u0660-\u0669\u06F0-\u06F9][.,٫٬][0-9\u0660-\u0669\u06F0-\u06F9]|[0-9\u0660-\u0669\u06F0-\u06F9]\p{L}{1,2}(?![\p{L}\p{N}])/u;
/** A numeral and the word after it («296 مليار», «5 ملايين»): the word is read against the pack's amount words. */
const NUMERAL_WORD = /[0-9\u0660-\u0669\u06F0-\u06F9]\s{1,2}([\p{L}\p{M}]+)/gu;
/** A four-digit numeral with a letter or two glued on («2014م»): a year with its era suffix when the pack lists it. */
const GLUED_YEAR = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}([\p{L}\p{M}]{1,2})(?![\p{L}\p{N}])/gu;

/** A numeral and the two words after it («5 في المائة»): read against the pack's percent words and phrases. */
const NUMERAL_TWO_WORDS = /[0-9\u0660-\u0669\u06F0-\u06F9]\s{1,2}([\p{L}\p{M}]+)(?:\s{1,2}([\p{L}\p{M}]+))?/gu;
/**
 * A token of the clause before a date, for counting how far back a baseline word stands: a number with its decimal or
 * thousands separators is one token («9.8», not «9» and «8»); a word as WORD reads it.
 */
const REACH_TOKEN = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬][0-9\u0660-\u0669\u06F0-\u06F9]+)*(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The pack's percent words right after a numeral: how many words the phrase at `words[i]` takes (0: none). */
function percentAt(words: string[], i: number, percent: ReadonlySet<string>, fold: (w: string) => string): number {
  const one = fold(words[i] ?? '');
  if (i + 1 < words.length && percent.has(`${one} ${fold(words[i + 1])}`)) return 2;
  return percent.has(one) ? 1 : 0;
}

/** AMOUNT, plus a numeral before one of the pack's magnitude or currency words; a year with its era letter is no amount. */
function isAmount(text: string, ref: NonNullable<LanguagePack['dates']['reference']>, fold: (w: string) => string, withWords = true): boolean {
  const suffixes = ref.yearSuffixes ?? [];
  const bare = suffixes.length ? text.replace(GLUED_YEAR, (m, suf: string) => (suffixes.some((x) => fold(x) === fold(suf)) ? ' ' : m)) : text;
  if (AMOUNT.test(bare)) return true;
  // «92 في المائة»: a percentage is an amount whatever the baseline word, as the % sign is.
  if (ref.percentWords?.length) {
    const percent = foldedPhrases(ref.percentWords, fold);
    if ([...bare.matchAll(NUMERAL_TWO_WORDS)].some((m) => percentAt(m[2] ? [m[1], m[2]] : [m[1]], 0, percent, fold) > 0)) return true;
  }
  const words = withWords ? ref.amountWords ?? [] : [];
  return words.length > 0 && [...bare.matchAll(NUMERAL_WORD)].some((m) => words.some((w) => fold(w) === fold(m[1])));
}

/** A pack's list of words and phrases, each word folded (phrases keep one space between their words), cached per list. */
const foldedPhraseLists = new WeakMap<readonly string[], ReadonlySet<string>>();
function foldedPhrases(list: readonly string[], fold: (w: string) => string): ReadonlySet<string> {
  let set = foldedPhraseLists.get(list);
  if (!set) foldedPhraseLists.set(list, (set = new Set(list.map((p) => p.split(/\s+/u).map(fold).join(' ')))));
  return set;
}

/**
 * A date that is only the reference point of a comparison, not when something happened: "rose faster than in
 * 2004", "the highest level since August 2002", "commitments beyond 2009", "half their 1960 levels". The pack
 * says which words mark that (DateRules.reference); the date stays a time expression.
 */
/**
 * A pack's reference list, folded once with that pack's fold: the lists are the pack's own arrays, read for every time
 * expression of every article, so each array keys its folded set.
 */
const foldedLists = new WeakMap<(w: string) => string, WeakMap<readonly string[], ReadonlySet<string>>>();
function foldedList(list: readonly string[], fold: (w: string) => string): ReadonlySet<string> {
  let byList = foldedLists.get(fold);
  if (!byList) foldedLists.set(fold, (byList = new WeakMap()));
  let set = byList.get(list);
  if (!set) byList.set(list, (set = new Set(list.map(fold))));
  return set;
}

export function isReferencePoint(article: Article, t: TimeExpression): boolean {
  const ref = article.pack.dates.reference;
  if (!ref) return false;
  const fold = (w: string) => article.pack.fold(w);
  // A text word matches a listed word with or without its clitics («كأكبر», «لأول» → أكبر, أول).
  const has = (list: string[], w: string | undefined) => {
    if (w === undefined) return false;
    const forms = article.pack.stems(w);
    // (a word or two written on the spot: compared as they stand; the pack's lists: through their folded sets)
    if (list.length <= 2) return list.some((x) => forms.includes(fold(x)));
    const listed = foldedList(list, article.pack.fold);
    return forms.some((form) => listed.has(form));
  };
  // The clause before the date, as folded words (bounded look-back).
  const before = article.text.slice(Math.max(0, t.span[0] - 120), t.span[0]);
  const clause = before.split(CLAUSE_BREAK).at(-1) ?? '';
  const words = [...clause.matchAll(WORD)].map((m) => fold(m[0]));
  const n = words.length;
  for (let k = n - 1; k >= Math.max(0, n - COMPARISON_REACH); k--) {
    // "more than 10% in 2000": an amount after the comparison word takes it; the date is not compared.
    if (/^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(words[k])) break;
    if (has(ref.comparison, words[k]) && !has(ref.deadline, words[k - 1])) return true;
    // «أقل مما تم تسجيله قبل عام»: "than" after an elative (a word that alone is too common to mark a comparison).
    if (has(ref.comparisonAfterElative ?? [], words[k]) && (has(ref.record, words[k - 1]) || has(ref.quantityBefore ?? [], words[k - 1]))) return true;
  }
  // «أدنى من التي سجلت مطلع العام الماضي»: an elative, "than" and a relative pronoun a few words back.
  if (ref.thanBeforeRelative?.length) {
    const relatives = article.pack.dates.relativeWords ?? [];
    for (let k = n - 1; k >= Math.max(2, n - RELATIVE_COMPARISON_REACH); k--) {
      if (/^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(words[k])) break;
      if (!has(relatives, words[k])) continue;
      const than = has(ref.thanDemonstratives ?? [], words[k - 1]) ? k - 2 : k - 1;
      if (than >= 1 && has(ref.thanBeforeRelative, words[than]) && (has(ref.record, words[than - 1]) || has(ref.quantityBefore ?? [], words[than - 1]))) return true;
    }
  }
  // "beyond 2009", «إلى ما بعد سبتمبر 2016» (a bound may be two words).
  if (ref.openBound.some((b) => {
    const parts = b.split(/\s+/u);
    return parts.length <= n && parts.every((w, j) => has([w], words[n - parts.length + j]));
  })) return true;
  // «مواليد عام 1989م» (born in 1989): a label describing a person, like an age, not a happening of the story.
  if (has(ref.labelLeads ?? [], words[n - 1]) || (n > 1 && has(ref.labelLeads ?? [], words[n - 2]) && t.text.trim().split(/\s+/u).length === 1)) return true;
  if (isOccasion(article, t, ref, words[n - 1], has, fold)) return true;
  // «يفوق الرقم القياسي المسجل في الحي عام 2010»: the year a beaten record was set.
  if (ref.recordSet) {
    const set = words.findLastIndex((w, k) => k >= n - RECORD_SET_REACH && has(ref.recordSet!, w));
    if (set >= 0 && words.slice(Math.max(0, set - RECORD_REACH), set).some((w) => has(ref.record, w))) return true;
  }
  // "forecasts for 2004 and beyond": the date opens a span with no end.
  if (ref.openBoundAfter) {
    const after = [...article.text.slice(t.span[1], t.span[1] + 30).split(CLAUSE_BREAK)[0].matchAll(WORD)].slice(0, 2).map((m) => fold(m[0]));
    if (ref.openBoundAfter.some((b) => b.split(/\s+/u).every((w, j) => has([w], after[j])))) return true;
  }
  // "over the past year": a span up to now, not the previous calendar year (the time expression stays).
  if (t.unitShift && has(ref.spanLeads ?? [], words[n - 1]) && has(ref.spanArticles ?? [], fold(t.text.trim().split(/\s+/u)[0] ?? ''))) return true;
  if (t.rule.endsWith('-story') && words.some((w) => has(ref.baseline, w))) return true;
  // "up from 5% in 2003", "down from $1.10 on Wednesday", "compared to 2004's figure": the date is the baseline
  // an amount is measured from, not a happening (a baseline word with no amount, "from 2009", starts a period).
  const clauseWords = [...clause.matchAll(REACH_TOKEN)];
  // How far back each word stands, in words: a number is one, and the pack's percent words after it add none
  // («مقارنة بنمو بنسبة 5.1 في المائة في العام 2012م»: the baseline word is five words back, not eight).
  const percent = ref.percentWords?.length ? foldedPhrases(ref.percentWords, fold) : null;
  const reach: number[] = new Array<number>(clauseWords.length);
  {
    const texts = clauseWords.map((m) => m[0]);
    const free = new Set<number>();
    if (percent) {
      for (let i = 1; i < texts.length; i++) {
        if (!/^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(texts[i - 1])) continue;
        const len = percentAt(texts, i, percent, fold);
        for (let j = 0; j < len; j++) free.add(i + j);
      }
    }
    for (let k = clauseWords.length - 1, d = 0; k >= 0; k--) reach[k] = d += free.has(k) ? 0 : 1;
  }
  for (let k = clauseWords.length - 1; k >= 0 && reach[k] <= BASELINE_REACH; k--) {
    const word = fold(clauseWords[k][0]);
    const withAmount = has(ref.baselineWithAmount ?? [], word);
    if (!withAmount && !has(ref.baseline, word)) continue;
    // «أكثر من 5 مليارات العام الماضي»: a quantity, and the date is when it happened.
    if (withAmount && k > 0 && has(ref.quantityBefore ?? [], fold(clauseWords[k - 1][0]))) continue;
    // "grew 28% compared to 2003": a comparison word right before the date marks it, whatever stands before.
    if (!withAmount && reach[k] <= 2 && has(ref.baselineLead ?? [], word)) return true;
    // "trimmed to 3.4% from 3.9% in 2012": with an amount on both sides the date may be the period both describe (a forecast's year).
    // A comparison word («مقارنة», "compared") has no such reading: «زادت 7.2 في المئة مقارنة بتراجع 3.5 في المئة في 2012».
    if (!has(ref.baselineLead ?? [], word) && isAmount(clause.slice(Math.max(0, clauseWords[k].index! - 12), clauseWords[k].index!), ref, fold)) break;
    const between = clause.slice(clauseWords[k].index! + clauseWords[k][0].length);
    // One amount only: "from $3m in 2003 to $5m in 2004" measures 2004 against 2003, and 2004 is the happening.
    const numerals = between.match(/[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬][0-9\u0660-\u0669\u06F0-\u06F9]+)*/gu) ?? [];
    // The pack's amount words count after a comparison word only («مقارنة بنحو 296 مليار ريال في 2013»): after «من»
    // they are as often a share of a total («9 ملايين من أصل 40 مليون نسمة بنهاية 2012»).
    if (numerals.length === 1 && isAmount(between, ref, fold, !withAmount)) return true;
    // «أما مقارنة بالنصف الثاني من العام الماضي», "compared with the first quarter of 2014": a comparison word, a part or
    // period with no amount, and the preposition of the date right before it.
    if (!withAmount && numerals.length === 0 && reach[k] <= BASELINE_OF_REACH && has(ref.baselineLead ?? [], word) && has(ref.samePeriodOf ?? [], words[n - 1])) return true;
    // A word that is a baseline only with an amount is, without one, an ordinary preposition: look further back.
    if (withAmount) continue;
    break;
  }
  // «بنسبة 2.3 في المائة عن مايو»: a preposition right after an amount (a numeral within a few words) marks the baseline.
  // «بنسبة ثلاثة في المائة عن الشهر الأول من عام 2014»: a part or period of the date between, with its preposition.
  let prep = has(ref.amountBaseline ?? [], words[n - 1]) ? n - 1 : has(ref.amountBaseline ?? [], words[n - 2]) ? n - 2 : -1;
  for (let k = n - 3; prep < 0 && k >= Math.max(0, n - BASELINE_OF_REACH) && has(ref.samePeriodOf ?? [], words[n - 1]); k--) {
    if (/^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(words[k + 1])) break;
    if (has(ref.amountBaseline ?? [], words[k])) prep = k;
  }
  if (prep > 0) {
    const amount = words.slice(Math.max(0, prep - AMOUNT_BASELINE_REACH), prep);
    if (amount.some((w, j) => /^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(w) || (percent !== null && percentAt(amount, j, percent, fold) > 0))) return true;
  }
  // «وزادت الرسوم عن العام الماضي بنسبة 8 في المائة»: the preposition right before the date, the amount right after it.
  if (prep === n - 1 && n > 0 && ref.amountAfterLeads?.length) {
    const after = [...article.text.slice(t.span[1], t.span[1] + 40).split(CLAUSE_BREAK)[0].matchAll(REACH_TOKEN)].slice(0, 2).map((m) => m[0]);
    if (after.length === 2 && has(ref.amountAfterLeads, fold(after[0])) && /^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(after[1])) return true;
  }
  // «عن الفترة نفسها من العام الماضي», «مقارنة بنفس الفترة من …»: the same period of another year.
  if (ref.samePeriod && !ref.samePeriodNouns && n >= 2 && words.slice(Math.max(0, n - 4), n - 1).some((w) => has(ref.samePeriod!, w)) && has(ref.samePeriodOf ?? [], words[n - 1])) return true;
  // "compared with $1.1bn in the same period in 2003": the same word right before a period noun, right before the preposition.
  if (ref.samePeriodNouns && n >= 3 && has(ref.samePeriod ?? [], words[n - 3]) && has(ref.samePeriodNouns, words[n - 2]) && has(ref.samePeriodOf ?? [], words[n - 1])) return true;
  let sinceAt = has(ref.since, words[n - 1]) ? n - 1 : has(ref.since, fold(t.text.split(/\s/u)[0] ?? '')) ? n : -1;
  // "the wettest month since records started in 1962", "his first win since the Open in 2001": a few words between.
  // No numeral between: "since August 2009 on Friday" dates Friday by itself.
  for (let k = n - 2; sinceAt < 0 && k >= Math.max(0, n - 1 - (ref.sinceReach ?? 0)) && !/^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(words[k + 1]); k--) if (has(ref.since, words[k])) sinceAt = k;
  if (sinceAt >= 0 && words.slice(Math.max(0, sinceAt - RECORD_REACH), sinceAt).some((w) => has(ref.record, w))) return true;
  // «ولم تسجل أي إصابة منذ 2012»: a negated clause before «منذ»; «تراجعت الأسعار بنسبة 30 في المائة منذ 2012»: an amount
  // right before it measures a change from the date (a baseline, as after «من»).
  if (sinceAt >= 0 && ref.sinceNegators?.length && words.slice(0, sinceAt).some((w) => has(ref.sinceNegators!, w))) return true;
  if (sinceAt >= n - 1 && sinceAt > 0) {
    // The words right before «منذ» as written (a count of things, «3 حالات منذ أمس», is no amount; a percentage or a sum is).
    const raw = sinceAt === n ? clause : clause.replace(/[\p{L}\p{M}]+\s*$/u, '');
    if (isAmount(raw.slice(-SINCE_AMOUNT_CHARS), ref, fold)) return true;
  }
  if (isNowadays(article, t, has, fold)) return true;
  // "the vote must come before May 2010": a month of a written year after before/after is an open bound too.
  if (t.value && /^\d{4}-\d{2}$/u.test(t.value) && !t.relative && has(ref.openBoundYear, words[n - 1])) return true;
  if (t.value && /^\d{4}$/u.test(t.value)) {
    if (has(ref.openBoundYear, words[n - 1])) return true;
    // "the best of 2006's products": a possessive year is read with the noun after it.
    const raw = article.text.slice(t.span[1], t.span[1] + 40);
    const after = raw.replace(/^['\u2019]s(?=\s)/u, '');
    const possessive = after.length < raw.length;
    const next = /^\s*([\p{L}\p{M}]+)/u.exec(after)?.[1];
    if (next && (has(ref.measureNouns, fold(next)) || has(ref.labelNouns ?? [], fold(next)))) return true;
    // "the 2004 and 2005 model years", "2003-2004 levels", "1996-98 levels": the first of two coordinated years takes the noun after the second.
    const second = /^\s*(?:\p{L}{1,3}\s+|[-\u2013/]\s*)(?:[0-9\u0660-\u0669\u06F0-\u06F9]{4}|[0-9\u0660-\u0669\u06F0-\u06F9]{2}(?![0-9\u0660-\u0669\u06F0-\u06F9]))\s+([\p{L}\p{M}]+)/u.exec(after)?.[1];
    if (second && (has(ref.measureNouns, fold(second)) || has(ref.labelNouns ?? [], fold(second)) || has(ref.productNouns ?? [], fold(second)))) return true;
    // "the 2002 hit", "the 1964 Disney movie": the year labels a product (one capitalised word may stand between).
    if (ref.productNouns && (possessive || !has(ref.productNotAfter ?? [], words[n - 1]))) {
      if (next && has(ref.productNouns, fold(next))) return true;
      const between = /^\s*(\p{Lu}?)[\p{L}\p{M}]*\s+([\p{L}\p{M}]+)/u.exec(after);
      // "her 1967 breakthrough album": one lower-case word may stand between too, unless the noun may be a verb of the
      // clause ("the 2008 crash hit savers": the pack's tense cues).
      const verb = (w: string) => has(article.pack.dates.pastCues, w) || has(article.pack.dates.futureCues, w);
      if (between && has(ref.productNouns, fold(between[2])) && (between[1] !== '' || !verb(fold(between[2])))) return true;
    }
  }
  // "the release of October jobs data": a month alone after a determiner names the data's period.
  if (ref.periodNouns && t.value && /^\d{4}-\d{2}$/u.test(t.value) && t.text.trim().split(/\s+/u).length === 1 && has(ref.periodDeterminers ?? [], words[n - 1])) {
    const after = article.text.slice(t.span[1], t.span[1] + 60).split(CLAUSE_BREAK)[0];
    const next = [...after.matchAll(WORD)].slice(0, 3).map((m) => fold(m[0]));
    if (next.some((w) => has(ref.periodNouns!, w))) return true;
  }
  return false;
}

/**
 * «وزعت الجمعية الحلوى بمناسبة عيد الفطر», «إجازة عيد الفطر», «فرحة الأطفال بعيد الفطر»: a feast's bare name after an occasion
 * word, or with a preposition glued on, is what is celebrated, not when something happened («في عيد الفطر», «ثاني أيام
 * عيد الفطر», «عيد الأضحى المقبل» still date).
 */
function isOccasion(article: Article, t: TimeExpression, ref: NonNullable<LanguagePack['dates']['reference']>, previous: string | undefined, has: (list: string[], w: string | undefined) => boolean, fold: (w: string) => string): boolean {
  const names = ref.occasionNames ?? [];
  if (names.length === 0 || !foldedList(names, article.pack.fold).has(fold(t.text.trim()))) return false;
  if (has(ref.occasionLeads ?? [], previous)) return true;
  // The clitics glued to the name's first word: the letters between the last space and the expression.
  const glued = /[\p{L}\p{M}]{1,3}$/u.exec(article.text.slice(Math.max(0, t.span[0] - 3), t.span[0]))?.[0] ?? '';
  return glued !== '' && (ref.occasionClitics ?? []).some((c) => fold(glued).endsWith(fold(c)));
}

/**
 * "Today, women hold a fifth of the seats": a deictic word opening its sentence before a comma, with no past or
 * future cue in the clause after it, contrasts the present with the past rather than dating a happening.
 */
function isNowadays(article: Article, t: TimeExpression, has: (list: string[], w: string | undefined) => boolean, fold: (w: string) => string): boolean {
  const rules = article.pack.dates;
  if (!rules.reference?.nowadays || !has(rules.reference.nowadays, fold(t.text.trim()))) return false;
  const sentence = sentenceAt(article.sentences, t.span[0]);
  // Opening its sentence: at most a quotation mark or a few spaces before it (bounded, whatever the sentence's length).
  if (!sentence || t.span[0] - sentence.start > 8 || /[\p{L}\p{N}]/u.test(article.text.slice(sentence.start, t.span[0]))) return false;
  const rest = article.text.slice(t.span[1], Math.min(sentence.end, t.span[1] + 200));
  if (!/^\s*,/u.test(rest)) return false;
  const clause = rest.replace(/^\s*,/u, '').split(CLAUSE_BREAK)[0];
  for (const m of clause.matchAll(WORD)) {
    const w = fold(m[0]);
    if (has(rules.futureCues, w) || has(rules.pastCues, w)) return false;
    if (w.length >= 5 && rules.pastSuffixes.some((suf) => w.endsWith(suf))) return false;
  }
  return true;
}

/** A calendar unit shifted from the publication date: «هذا العام», «الشهر الماضي», "last week", "next year". */
const isUnitShift = (t: TimeExpression) => t.unitShift === true;
/**
 * A relative expression read at year precision («خلال شهر رمضان» → the year it falls in): the same words again are
 * the story's period again, as with unit shifts. Not months («In April» … «in April» are often two happenings, as in
 * the gold), nor days and weeks.
 */
const isCoarseRelative = (t: TimeExpression, date: string) => t.relative && date.length === 4;

/**
 * «غدا», «يوم غد», "tomorrow": a day counted forward from publication. Told again, it is the match, meeting or
 * deadline the story previews, one happening (a past day told twice is more often two things that happened).
 */
const isComingDay = (article: Article, t: TimeExpression, date: string) =>
  t.relative && t.rule.endsWith('deictic') && date.length === 10 && !!article.published?.date && date > article.published.date;

/**
 * The same unit-shift words resolving to the same date («هذا العام» … «هذا العام») restate the story's
 * frame rather than date a new happening: only the first one is an event. Repeated weekdays and month
 * names are kept: "on Tuesday" twice is often two things that happened that day.
 */
function isRepeat(article: Article, t: TimeExpression, seen: Set<string>): boolean {
  // «شهر رمضان المنصرم» … «شهر رمضان»: the words that only frame the period do not make it another one.
  const frame = periodFrameWords(article.pack.dates);
  const words = article.pack.fold(t.text.trim()).split(/\s+/u).filter((w) => !frame.has(w));
  const key = `${t.value}|${words.join(' ')}`;
  if (seen.has(key)) return true;
  seen.add(key);
  return false;
}

/**
 * «فوزه أمس (الجمعة)», «عصر اليوم (السبت)», "yesterday (Friday)", «أمس الثلاثاء 4 أغسطس 2015», "today, Tuesday,
 * March 3": a date in brackets or in apposition right after another with the same day restates it; one happening,
 * one event.
 */
function isBracketedRestatement(article: Article, t: TimeExpression, prev: TimeExpression | undefined): boolean {
  if (!prev || !prev.value || !t.value) return false;
  const gap = article.text.slice(prev.span[1], t.span[0]);
  if (prev.value.slice(0, 10) === t.value.slice(0, 10)) return /^[\s,،()[\]]{0,4}$/u.test(gap);
  // «غدا (السبت)», «بعد غد (الأحد)»: a bare weekday in brackets naming the weekday of the day before it restates that
  // day, even where a weekday alone would be read as the past one.
  return t.relative && t.weekday !== undefined && t.weekday === prev.weekday && /^\d{4}-\d\d-\d\d/u.test(prev.value) && /^\s{0,2}[(\[]\s{0,2}$/u.test(gap);
}

/**
 * «ليل الجمعة السبت», «ليل الاثنين/ الثلاثاء», "Friday night-Saturday": a night named by its evening and the
 * next day right after it is one night, one happening, dated by its evening.
 */
function isNightPair(article: Article, t: TimeExpression, prev: TimeExpression | undefined): boolean {
  if (!prev || prev.type !== 'time' || prev.weekday === undefined || t.weekday === undefined || !prev.value || !t.value) return false;
  if (t.weekday !== (prev.weekday + 1) % 7 || !/^\d{4}-\d\d-\d\d$/u.test(t.value)) return false;
  return /^\s{0,2}[/\-\u2013]?\s{0,2}$/u.test(article.text.slice(prev.span[1], t.span[0]));
}

/** A date written out in full that became an event, with the content words around it. */
interface Told {
  date: string;
  words: Set<string>;
  sentence: number;
}
/** How many words before and after a date say what it dates («الأزمة المالية في | عام 2008»). */
const TOLD_BEFORE = 4;
const TOLD_AFTER = 3;
/** How many earlier mentions of one date a new mention is compared with. */
const TOLD_KEEP = 8;

/**
 * A date written out in full (a year, a month of a year, a calendar day; not a relative one) that an earlier event
 * already has, with a content word in common within a few words of both, tells the same happening again («الأزمة
 * التي انفجرت عام 2008» … «الأزمة المالية في عام 2008»): only the first is an event. The same date with nothing in
 * common («ابتداء من عام 2021» … «أرباح البنك بحلول عام 2021») stays two events.
 */
// (a conjunction is a short word: three letters at most, no property class to compile)
const YEAR_THEN_WORD = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}\s?([^\s0-9\u0660-\u0669\u06F0-\u06F9]{1,3})\s?$/u;
const WORD_THEN_YEAR = /^\s?([^\s0-9\u0660-\u0669\u06F0-\u06F9]{1,3})\s?[0-9\u0660-\u0669\u06F0-\u06F9]{4}/u;

/** A year in a list: a year, a conjunction of the pack and this one («1989 و2003»), or this one, a conjunction and a year. */
function yearInList(article: Article, before: string, after: string): boolean {
  const { fold, dates } = article.pack;
  const isConjunction = (word: string | undefined) => word !== undefined && dates.conjunctions.includes(fold(word));
  return isConjunction(YEAR_THEN_WORD.exec(before)?.[1]) || isConjunction(WORD_THEN_YEAR.exec(after)?.[1]);
}

function isRetold(article: Article, t: TimeExpression, date: string, told: Map<string, Told[]>): boolean {
  // A relative day or week («أمس», "on Tuesday") told twice is often two things that happened then; a relative
  // month or year («في يونيو الماضي» … «خلال يونيو الماضي») is compared like a written-out one.
  if (t.relative && date.length > 7) return false;
  // An end of a span «(2005-2007)» or a year in a list ("for 2005 and 2006", «1989 و2003») dates the span or the
  // list, not a retelling of another mention.
  const before = article.text.slice(Math.max(0, t.span[0] - 12), t.span[0]);
  const after = article.text.slice(t.span[1], t.span[1] + 12);
  if (/[0-9\u0660-\u0669\u06F0-\u06F9]\s?[-\u2013]\s?$/u.test(before) || /^\s?[-\u2013]\s?[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(after)) return false;
  if (yearInList(article, before, after)) return false;
  const words = contentAround(article, t.span);
  // Told again means in another sentence: within one sentence the same year twice is a list («(2005-2007) … (2007-2008)»);
  // a calendar day written out twice in one sentence is the same day told again («يوم الخميس 6-2-1447 … يوم الخميس 6-2-1447 الموافق 31-7-2025م»).
  const sentence = partitionPoint(article.sentences, (x) => x.end <= t.span[0]);
  const day = /^\d{4}-\d\d-\d\d$/u.test(date);
  // Bounded: only the last few mentions of the same date are compared (a long chronology stays linear).
  const same = told.get(date) ?? [];
  const again = same.slice(-TOLD_KEEP).some((x) => (day || x.sentence !== sentence) && [...words].some((w) => x.words.has(w)))
    || (isAnaphoricYear(article, t) && same.some((x) => x.sentence < sentence && x.sentence >= sentence - ANAPHORA_SENTENCES));
  if (!again) told.set(date, [...same.slice(-TOLD_KEEP + 1), { date, words, sentence }]);
  return again;
}

/** How many sentences back "the 2000 deal" may point to the happening it names (a paragraph or two). */
const ANAPHORA_SENTENCES = 6;

/** "The 2000 deal": a bare year between a definite determiner of the pack's list and a lower-case noun. */
function isAnaphoricYear(article: Article, t: TimeExpression): boolean {
  const dets = article.pack.dates.anaphoricYearDeterminers;
  if (!dets || !/^[0-9\u0660-\u0669\u06F0-\u06F9]{4}$/u.test(t.text.trim())) return false;
  const det = /([\p{L}]+)\s+$/u.exec(article.text.slice(Math.max(0, t.span[0] - 12), t.span[0]))?.[1];
  if (!det || !dets.includes(article.pack.fold(det))) return false;
  return /^\s+\p{Ll}/u.test(article.text.slice(t.span[1], t.span[1] + 4));
}

/** The content words (clitic-free, not stopwords, not numerals) a few words either side of a span, in its sentence. */
function contentAround(article: Article, span: Span): Set<string> {
  const sentence = sentenceAt(article.sentences, span[0]) ?? { start: span[0], end: span[1] };
  const stop = calendarWords(article.pack);
  const before = [...article.text.slice(Math.max(sentence.start, span[0] - 160), span[0]).matchAll(WORD)].slice(-TOLD_BEFORE);
  const after = [...article.text.slice(span[1], Math.min(sentence.end, span[1] + 120)).matchAll(WORD)].slice(0, TOLD_AFTER);
  const out = new Set<string>();
  const words = [...before, ...after];
  const periods = periodWords(article.pack);
  for (const [k, m] of words.entries()) {
    const forms = article.pack.stems(article.pack.fold(m[0]));
    // «الربع الثاني», «النصف الأول»: the part of the year, with its ordinal, says which period the date is.
    if (forms.some((f) => periods.has(f)) && words[k + 1]) out.add(`${forms.at(-1)} ${article.pack.fold(words[k + 1][0])}`);
    if (/^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(m[0]) || forms.some((f) => stop.has(f))) continue;
    const stem = forms.at(-1)!;
    if (stem.length >= 3) out.add(stem);
  }
  return out;
}

const PERIOD_WORDS = new WeakMap<LanguagePack, Set<string>>();
/** The pack's period nouns («الربع», «النصف», "quarter"), folded (per pack, built once). */
function periodWords(pack: LanguagePack): Set<string> {
  let set = PERIOD_WORDS.get(pack);
  if (!set) PERIOD_WORDS.set(pack, (set = new Set((pack.dates.periodWords ?? []).map((w) => pack.fold(w)))));
  return set;
}

const CALENDAR_WORDS = new WeakMap<LanguagePack, Set<string>>();
/** Words that say nothing of what happened: stopwords, the words opening the dates lexicon's phrases, leads, period words (per pack, built once). */
function calendarWords(pack: LanguagePack): Set<string> {
  let set = CALENDAR_WORDS.get(pack);
  if (!set) {
    const r = pack.dates;
    const words = [...pack.actors.stopwords, ...r.leads, ...r.yearDeterminers, ...(r.periodWords ?? [])];
    set = new Set([...words.map((w) => pack.fold(w)), ...dateLexiconWords(r)]);
    CALENDAR_WORDS.set(pack, set);
  }
  return set;
}

/** The sentence containing an offset (binary search). */
function sentenceAt(sentences: Segment[], offset: number): Segment | null {
  const s = sentences[partitionPoint(sentences, (x) => x.end <= offset)];
  return s && s.start <= offset ? s : null;
}

/**
 * The sentence, or when it is long, the clause around the date: cut at the commas/semicolons nearest
 * the date so the summary says what happened then, not everything in the sentence.
 */
function clauseAround(text: string, sentence: Segment, date: Span): string {
  const whole = squash(text.slice(sentence.start, sentence.end));
  if (whole.length <= SUMMARY_MAX_CHARS) return whole;
  const before = text.slice(sentence.start, date[0]);
  const after = text.slice(date[1], sentence.end);
  const cut = /[،,;؛]/gu;
  let start = sentence.start;
  for (const m of before.matchAll(cut)) if (date[0] - (sentence.start + m.index!) > 20) start = sentence.start + m.index! + 1;
  let end = sentence.end;
  for (const m of after.matchAll(cut)) {
    if (m.index! > 40) {
      end = date[1] + m.index!;
      break;
    }
  }
  const clause = squash(text.slice(start, end));
  return clause.length <= SUMMARY_MAX_CHARS * 1.5 ? clause : clause.slice(0, SUMMARY_MAX_CHARS) + '…';
}

function actorsIn(actors: Actor[], sentence: Segment): string[] {
  return actors.filter((a) => a.mentions.some((m) => m.span[0] >= sentence.start && m.span[1] <= sentence.end)).map((a) => a.name);
}
