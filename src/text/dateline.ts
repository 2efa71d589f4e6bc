/**
 * Datelines and bylines at the top of a plain-text article: «LONDON, June 10 (Reuters) -»,
 * «WASHINGTON (AP) —», «دمشق، سوريا (CNN) --», «الرياض - واس:», «سبق - الرياض:», «عين اليوم – جاكرتا»,
 * «جدة 3 رجب 1438 هـ الموافق 31 مارس 2017 م واس». The prefix of a paragraph is cut into parts
 * at separators (dash, colon, comma, brackets, quotes) and each part is classified with the language's
 * tables (agencies, places, months): a token scan over a bounded prefix, never a backtracking regex.
 */
import { foldAny } from './normalise.js';

/** Per-language data for dateline recognition: a pack field (`LanguagePack.dateline`, written in src/lang/<code>/headline.ts). */
export interface DatelineRules {
  /** News agencies and outlets that sign datelines, as written (matched folded). */
  agencies: readonly string[];
  /** Places that open datelines: capitals and large cities (matched folded, with clitic-free forms). */
  places: readonly string[];
  /** Month names (Gregorian, Levantine, Hijri) that mark a date inside a dateline. */
  months: readonly string[];
  /** Small words inside a dated dateline («هـ», «الموافق», «م»). */
  dateFillers: readonly string[];
  /** Whether an all-capitals word is a place («LONDON», «NEW YORK»): Latin-script newsrooms write them so. */
  capitalsArePlaces: boolean;
}

export interface Dateline {
  /** The dateline or byline prefix, including its closing separator and the space after it. */
  span: [number, number];
  place: string | null;
  agency: string | null;
  /** The date written inside the dateline, for the dates engine. */
  dateSpan: [number, number] | null;
}

/** How many paragraphs from the top may hold the dateline (headline, byline line, lead). */
const PARAGRAPH_WINDOW = 4;
/** How far into a paragraph a dateline prefix may reach. */
const PREFIX_CHARS = 200;
/** A part with more words than this is body text, not a place, agency or name. */
const MAX_PART_WORDS = 4;
const MAX_PARTS = 6;

type Sep = 'dash' | 'colon' | 'comma' | 'none';
type Kind = 'agency' | 'place' | 'date' | 'name';

interface Part {
  start: number;
  end: number;
  words: Array<[number, number]>;
  /** Separator before this part. */
  before: Sep;
  bracketed: 'paren' | 'quote' | null;
}

interface Classified {
  kind: Kind;
  start: number;
  end: number;
}

/** The dateline of the article's first paragraphs, read with a language pack's rules, or null. Offsets are into `text`. */
export function findDateline(text: string, rules: DatelineRules): Dateline | null {
  const tables = tablesFor(rules);
  let index = 0;
  for (const [start, end] of firstParagraphs(text, PARAGRAPH_WINDOW)) {
    const found = datelineIn(text, start, end, index, tables);
    if (found) return found;
    index++;
  }
  return null;
}

interface Tables {
  rules: DatelineRules;
  agencies: Set<string>;
  places: Set<string>;
  months: Set<string>;
  fillers: Set<string>;
}

const tableCache = new WeakMap<DatelineRules, Tables>();

function tablesFor(rules: DatelineRules): Tables {
  let t = tableCache.get(rules);
  if (!t) {
    const fold = (s: string) => foldAny(s).replace(/[.\u0640]/gu, '').replace(/\s+/gu, ' ').trim();
    t = {
      rules,
      agencies: new Set(rules.agencies.map(fold)),
      places: new Set(rules.places.map(fold)),
      months: new Set(rules.months.map(fold)),
      fillers: new Set(rules.dateFillers.map(fold)),
    };
    tableCache.set(rules, t);
  }
  return t;
}

function firstParagraphs(text: string, n: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (out.length < n && i < text.length) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    let s = i;
    let e = nl;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
    i = nl + 1;
  }
  return out;
}

const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
const TATWEEL = '\u0640';
const OPEN_QUOTES: Record<string, string> = { '\u00AB': '\u00BB', '"': '"', '\u201C': '\u201D', '\u201D': '\u201D', '\u201E': '\u201C' };
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const LATIN = /[A-Za-z\u00C0-\u024F]/u;

/** Cut the prefix of one paragraph into parts; stops at sentence punctuation or the prefix limit. */
function cutParts(text: string, start: number, end: number): { parts: Part[]; stoppedAt: number; lastSep: Sep; lastSepEnd: number } {
  const limit = Math.min(end, start + PREFIX_CHARS);
  const parts: Part[] = [];
  let sep: Sep = 'none';
  let sepEnd = start;
  let cur: Part | null = null;
  let i = start;
  const close = () => {
    if (cur && cur.words.length) parts.push(cur);
    cur = null;
  };
  const separator = (kind: Sep, to: number) => {
    close();
    // A dash after a colon or comma («لندن: - ») keeps the stronger mark.
    sep = sep === 'none' || kind === 'colon' ? kind : sep;
    sepEnd = to;
  };
  while (i < limit && parts.length <= MAX_PARTS) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\u00A0') {
      i++;
      continue;
    }
    if (DASHES.has(ch) || (ch === TATWEEL && (text[i - 1] === ' ' || text[i + 1] === ' '))) {
      let j = i + 1;
      while (j < limit && (DASHES.has(text[j]) || text[j] === TATWEEL)) j++;
      separator('dash', j);
      i = j;
      continue;
    }
    if (LETTER.test(ch)) {
      let j = i + 1;
      // Words keep inner dots, apostrophes and hyphens between letters (U.S., Al-Sharq, O'Neil, ST.).
      while (j < limit && (LETTER.test(text[j]) || ((text[j] === '.' || text[j] === "'" || text[j] === '\u2019') && LETTER.test(text[j + 1] ?? '')) || (text[j] === '-' && LATIN.test(text[j - 1]) && LATIN.test(text[j + 1] ?? '')) || (text[j] === TATWEEL && text[j + 1] !== ' ' && j + 1 < limit))) j++;
      if (text[j] === '.' && j - i <= 3 && /\p{Lu}/u.test(text[i])) j++; // «ST.», «D.C.»
      if (!cur) {
        cur = { start: i, end: j, words: [], before: sep, bracketed: null };
        sep = 'none';
      }
      (cur as Part).words.push([i, j]);
      (cur as Part).end = j;
      i = j;
      continue;
    }
    if (ch === ':') {
      separator('colon', i + 1);
      i++;
      continue;
    }
    if (ch === ',' || ch === '\u060C') {
      separator('comma', i + 1);
      i++;
      continue;
    }
    const closer = ch === '(' ? ')' : OPEN_QUOTES[ch];
    if (closer) {
      const j = text.indexOf(closer, i + 1);
      if (j < 0 || j - i > 40 || j >= limit) break;
      close();
      const inner = wordsIn(text, i + 1, j);
      if (inner.length === 0 || inner.length > MAX_PART_WORDS) break;
      parts.push({ start: i, end: j + 1, words: inner, before: sep, bracketed: ch === '(' ? 'paren' : 'quote' });
      sep = 'none';
      sepEnd = j + 1;
      i = j + 1;
      continue;
    }
    break; // sentence punctuation or a symbol: the prefix ends here
  }
  close();
  return { parts, stoppedAt: i, lastSep: sep, lastSepEnd: sepEnd };
}

function wordsIn(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = start;
  while (i < end) {
    while (i < end && !LETTER.test(text[i])) i++;
    let j = i;
    while (j < end && (LETTER.test(text[j]) || text[j] === '.' || text[j] === '-' || text[j] === TATWEEL)) j++;
    if (j > i) out.push([i, j]);
    i = j + 1;
  }
  return out;
}

function datelineIn(text: string, start: number, end: number, index: number, t: Tables): Dateline | null {
  const { parts, stoppedAt, lastSep, lastSepEnd } = cutParts(text, start, end);
  if (parts.length === 0 || parts[0].start !== start) return null;
  const fold = (a: number, b: number) => foldAny(text.slice(a, b)).replace(/[.\u0640]/gu, '').replace(/\s+/gu, ' ').trim();
  // Classify parts until one is body text; remember which classified items belong to which part.
  const perPart: Classified[][] = [];
  let datedPrefix: { items: Classified[]; end: number } | null = null;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (k > 0 && p.before === 'none' && !p.bracketed) break;
    const c = classify(text, p, k, perPart.flat(), t, fold);
    if (!c) {
      if (k === 0) datedPrefix = placeThenDate(text, p, t, fold);
      break;
    }
    perPart.push(c);
  }
  let items: Classified[];
  let datelineEnd: number;
  let standalone = false;
  if (datedPrefix) {
    items = datedPrefix.items;
    datelineEnd = datedPrefix.end;
    standalone = skipSpaces(text, datelineEnd, end) >= end;
  } else {
    const m = perPart.length;
    if (m === 0) return null;
    if (m === parts.length && stoppedAt >= end) {
      standalone = true; // the whole paragraph is the dateline / byline line
      items = perPart.flat();
      datelineEnd = end;
    } else if (m === parts.length && (lastSep === 'dash' || lastSep === 'colon')) {
      items = perPart.flat(); // closed by a separator, then a quotation or a number starts the body
      datelineEnd = lastSepEnd;
    } else {
      // The body starts at the last part (within the classified ones) that a dash or colon opens.
      let k = Math.min(m, parts.length - 1);
      while (k >= 1 && parts[k].before !== 'dash' && parts[k].before !== 'colon') k--;
      if (k < 1) return null;
      items = perPart.slice(0, k).flat();
      datelineEnd = parts[k].start;
      standalone = false;
    }
  }
  const strong = items.some((x) => x.kind === 'agency' || x.kind === 'date');
  const medium = items.some((x) => x.kind === 'place' && (t.places.has(fold(x.start, x.end)) || (t.rules.capitalsArePlaces && isCapitals(text.slice(x.start, x.end)))));
  // A line of two short parts joined by a dash right under the headline: «جدة ـ عبدالغني الشريف».
  const weak = standalone && index === 1 && items.length === 2 && parts.length === 2 && parts[1].before === 'dash';
  // Evidence needed: the first line (usually the headline) must carry an agency or a date.
  const accepted = index === 0 ? strong : strong || medium || weak;
  if (!accepted) return null;
  const place = items.find((c) => c.kind === 'place');
  const agency = items.find((c) => c.kind === 'agency');
  const dates = items.filter((c) => c.kind === 'date');
  const date = dates.length ? { start: dates[0].start, end: dates[dates.length - 1].end } : null;
  return {
    span: [start, standalone ? end : skipSpaces(text, datelineEnd, end)],
    place: place ? text.slice(place.start, place.end) : null,
    agency: agency ? text.slice(agency.start, agency.end) : null,
    dateSpan: date ? [date.start, date.end] : null,
  };
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && /\s/u.test(text[i])) i++;
  return i;
}

function isCapitals(s: string): boolean {
  return /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** What one part is, or null when it is too long or shaped like body text. */
function classify(text: string, p: Part, k: number, before: Classified[], t: Tables, fold: (a: number, b: number) => string): Classified[] | null {
  const inner = p.bracketed ? ([p.words[0][0], p.words[p.words.length - 1][1]] as const) : ([p.start, p.end] as const);
  const folded = fold(inner[0], inner[1]);
  const whole = { start: inner[0], end: inner[1] };
  if (p.bracketed) {
    // «(Reuters)», «(واس)», «"الشرق الأوسط"», «المدينة»: an outlet after a place or name, or a known agency.
    // A quoted outlet follows a separator («بيروت – «المدينة»»); a bracketed one may follow the place directly.
    const placed = p.before === 'dash' || p.before === 'colon' || (p.bracketed === 'paren' && p.before === 'none');
    if (k > 0 && placed && (t.agencies.has(folded) || p.words.length <= 3)) return [{ kind: 'agency', ...whole }];
    if (k > 0 && t.agencies.has(folded) && p.before !== 'none') return [{ kind: 'agency', ...whole }];
    return null;
  }
  if (p.words.length > MAX_PART_WORDS) return null;
  // «LONDON, March 3, 2019 (Reuters) -»: the year after a day-and-month part belongs to the date.
  if (p.before === 'comma' && before.at(-1)?.kind === 'date' && /^\d{4}$/u.test(folded)) return [{ kind: 'date', ...whole }];
  if (t.agencies.has(folded)) return [{ kind: 'agency', ...whole }];
  if (isDate(text, p, t, fold)) return [{ kind: 'date', ...whole }];
  if (t.places.has(folded) || t.places.has(withoutArticlePrefix(folded))) return [{ kind: 'place', ...whole }];
  const raw = text.slice(p.start, p.end);
  if (t.rules.capitalsArePlaces) {
    if (isCapitals(raw)) return [{ kind: 'place', ...whole }];
    // «CAIRO, Egypt»: a capitalised region after a place.
    if (p.before === 'comma' && before.at(-1)?.kind === 'place' && p.words.length <= 3 && p.words.every(([a]) => /\p{Lu}/u.test(text[a]))) return [{ kind: 'place', ...whole }];
    // Latin-script names must be capitalised; lower-case words are body text.
    if (!p.words.every(([a]) => /\p{Lu}/u.test(text[a]))) return null;
    return [{ kind: 'name', ...whole }];
  }
  // An agency word after a name or place inside one part: «الرياض واس».
  const lastWord = p.words[p.words.length - 1];
  if (p.words.length >= 2 && t.agencies.has(fold(lastWord[0], lastWord[1]))) {
    const head = { start: p.start, end: p.words[p.words.length - 2][1] };
    if (t.places.has(fold(head.start, head.end))) return [{ kind: 'place', ...head }, { kind: 'agency', start: lastWord[0], end: lastWord[1] }];
  }
  // Unknown words: a reporter's name, or an unlisted town. Digits make it something else, and after a
  // comma only a region qualifying a place («دمشق، سوريا») continues a dateline.
  if (/\d/u.test(raw)) return null;
  if (p.before === 'comma') return before.at(-1)?.kind === 'place' && p.words.length <= 2 ? [{ kind: 'place', ...whole }] : null;
  return [{ kind: before.some((c) => c.kind === 'name') || k === 0 ? 'name' : 'place', ...whole }];
}

/** «25», «1436هـ», «2015م», «10th»: a number, possibly with a short suffix glued on. */
function isNumberWord(folded: string): boolean {
  return /^\d{1,4}\p{L}{0,2}$/u.test(folded);
}

function withoutArticlePrefix(folded: string): string {
  return folded.replace(/^(?:the|la|le|el) /u, '');
}

function isDate(text: string, p: Part, t: Tables, fold: (a: number, b: number) => string): boolean {
  let month = false;
  let digit = false;
  for (const [a, b] of p.words) {
    const w = fold(a, b);
    if (t.months.has(w)) month = true;
    else if (isNumberWord(w)) digit = true;
    else if (!t.fillers.has(w)) return false;
  }
  return month || (digit && p.words.length >= 2);
}

/**
 * «جدة 3 رجب 1438 هـ الموافق 31 مارس 2017 م واس», «LONDON June 10 (Reuters)»: a place word followed by a
 * date without a separator, then optionally an agency word.
 */
function placeThenDate(text: string, p: Part, t: Tables, fold: (a: number, b: number) => string): { items: Classified[]; end: number } | null {
  const words = p.words;
  let placeEnd = 0;
  // The place: one or two words, known or in capitals.
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const f = fold(words[0][0], words[n - 1][1]);
    const raw = text.slice(words[0][0], words[n - 1][1]);
    if (t.places.has(f) || (t.rules.capitalsArePlaces && isCapitals(raw))) {
      placeEnd = n;
      break;
    }
  }
  if (placeEnd === 0) return null;
  let k = placeEnd;
  let lastDateWord = -1;
  let sawMonth = false;
  while (k < words.length) {
    const w = fold(words[k][0], words[k][1]);
    if (t.months.has(w)) sawMonth = true;
    else if (!isNumberWord(w) && !t.fillers.has(w)) break;
    if (!t.fillers.has(w)) lastDateWord = k;
    k++;
  }
  if (!sawMonth || lastDateWord < 0) return null;
  // Fillers after the last number/month («هـ», «م») still belong to the date.
  let dateEnd = lastDateWord;
  while (dateEnd + 1 < k) dateEnd++;
  const items: Classified[] = [
    { kind: 'place', start: words[0][0], end: words[placeEnd - 1][1] },
    { kind: 'date', start: words[placeEnd][0], end: words[dateEnd][1] },
  ];
  let end = words[dateEnd][1];
  if (k < words.length && t.agencies.has(fold(words[k][0], words[k][1]))) {
    items.push({ kind: 'agency', start: words[k][0], end: words[k][1] });
    end = words[k][1];
  }
  return { items, end };
}
