/**
 * Quotes and who said them.
 *
 * 1. Marks are paired per paragraph with a stack (linear): each mark's role (open/close) comes from its
 *    glyph, corrected by its context (a mark after a space and before a letter opens, whatever its glyph),
 *    so reversed pairs («»…«», ”…“) and same-glyph nesting («… «داعش» …») pair correctly. Unclosed marks
 *    never run past their paragraph, except for the convention of a quote continued by a paragraph that
 *    opens with a quotation mark.
 * 2. Candidates that are names, titles and terms are dropped (tested false-positive list in the packs).
 * 3. Speakers come from token scans around the quote, read from the pack's tables: a speech verb before
 *    (قال X: «…», X said that "…") or after ("…," he said), lead-ins (مؤكدا), source markers (according
 *    to X, بحسب), documents (البيان → its issuer), anonymous sources (→ null), pronouns and dropped subjects
 *    (→ the last speaker or mentioned actor of matching gender and kind).
 * 4. Embedded posts with a signature line («— Name (@handle) June 10, 2020») are block quotes.
 */
import type { Actor, ActorType, Article, Quote, QuoteKind, Segment, Span } from '../types.js';
import { partitionPoint } from '../text/search.js';
import { articleTokens, type Token, isComma } from '../text/tokens.js';
import { lines } from '../text/segment.js';
import { withoutFormulas } from '../text/formulas.js';

export type Gender = 'm' | 'f' | 'any';
export type GNumber = 'sg' | 'pl' | 'any';

/** A word form that introduces speech, folded as the pack folds words. */
export interface SpeechCue {
  form: string;
  /** verb: a finite speech verb; lead-in: an adverbial participle continuing the clause (مؤكدا, "adding"). */
  role: 'verb' | 'lead-in';
  gender: Gender;
  number: GNumber;
  /** A present-tense form («يؤكد»): after a relative «ما» it states a fact, not speech («ما يؤكد أن»). */
  present?: boolean;
  /** A form that is also another word («بين»: showed / between): speech only with a reported clause just after it. */
  needsClause?: boolean;
  /** A verb whose next noun phrase is its object ("called Clinton the …", "told reporters"), never an inverted subject. */
  takesObject?: boolean;
  /** The verb carries its object pronoun («وصفه», «قالته»): after a relative, the antecedent is its object. */
  objectPronoun?: boolean;
  /** A verb of answering («replied», «responded»): after a question, or with a reported clause of its own, it answers the quote. */
  answers?: boolean;
  /**
   * The bare form of a verb that is also a noun ("comment", "report", "tweet"): after a determiner and a name, with no
   * plural -s on the name, it heads a noun phrase («the 2010 Hale comment», «a Reuters report»), not a speech verb.
   */
  bare?: boolean;
}

export interface PronounEntry {
  form: string;
  gender: Gender;
  number: GNumber;
  /** Actor kinds the pronoun can stand for. */
  kinds: ActorType[];
  /**
   * A pronoun of honour («سموه», «معاليه», «فضيلته»): the title words (folded, without the article) of the people it is
   * used for; it stands for the last person mentioned with one of them (in the actor's title or right before a
   * mention), before falling back to the recent speaker.
   */
  titles?: readonly string[];
}

/** A sentence of the pack's language with the quote and speaker the engine must find (run as tests). */
export interface QuoteExample {
  /** The engine rule the example exercises (see `SPEAKER_RULES`). */
  rule: string;
  text: string;
  actors: { name: string; type: ActorType; aliases?: string[] }[];
  /** Expected quotes in order: text and speaker name (null when the article does not say). */
  expect: { text: string; speaker: string | null }[];
}

/** A sentence whose quotation marks are NOT a quote (names, titles, terms), with the reason. */
export interface QuoteCounterExample {
  text: string;
  why: string;
  actors?: { name: string; type: ActorType; aliases?: string[] }[];
}

/** The quote data a language pack provides. All word lists are folded forms. */
export interface QuoteRules {
  /**
   * Languages where a document noun takes its issuer right after it (Arabic construct state: «بيان الوزارة»);
   * `isDefinite` tells a definite noun, which cannot, from one in construct. Absent: no such issuer.
   */
  constructState?: { isDefinite: (fold: string) => boolean };
  /**
   * Reported saying with its source: «نقل عن X قوله», «ونقلت الوكالة عن X قولها إن»: `nouns` (قوله, قولها) name the
   * speech, the speaker follows the preposition `from` (عن) before them. Absent: none.
   */
  reportedSaying?: {
    nouns: readonly string[];
    from: string;
    /** Verbs of passing on («نقلت الصحيفة عن مصادر أن …»): with one of them before `from`, a complementiser stands for the noun. */
    transmitters?: readonly string[];
    /** Of `nouns`, those whose owner's pronoun is feminine («قولها») and plural («قولهم»); the rest are masculine. */
    feminineOwner?: readonly string[];
    pluralOwner?: readonly string[];
    /** Saying nouns followed by their owner («مستشهدا بقول الشاعر فلان: «…»»): the owner said the words. */
    ownedBy?: readonly string[];
  };
  speechCues: readonly SpeechCue[];
  /** Multi-word source markers ("according to", «بحسب», «نقلا عن»), each a list of folded words. */
  sourceMarkers: readonly (readonly string[])[];
  /** Words that introduce the reported clause (that, أن/إن and their forms). */
  complementisers: readonly string[];
  /** Words that cannot start or continue a speaker phrase (prepositions, particles, time words). */
  subjectStops: readonly string[];
  /** Nouns naming a document or statement (البيان, statement): the speaker is the body that issued it. */
  documentNouns: readonly string[];
  /** Nouns of unnamed sources (مصدر, official): never resolved to the nearest name. */
  anonymousNouns: readonly string[];
  /** Nouns naming what someone said («allegations», «warnings»): their owner speaks a quote that follows them. */
  speechNouns?: readonly string[];
  /** Possessive pronouns and the subject pronoun each stands for («his» → «he»), folded. */
  possessivePronouns?: Readonly<Record<string, string>>;
  /** Prepositions whose short phrase names an unnamed source's affiliation («مصدر في الوزارة»), folded. Absent: none. */
  sourceComplements?: readonly string[];
  /** A clitic that gives a role after a name, "as" («ك»: «استقالته كمدرب»), for the title a lone definite title means. */
  roleAsPrefix?: string;
  /** Words that link a document to its issuer past the speaker phrase («تقرير من معهد X», «بيان صادر عن الوزارة»), folded. */
  documentIssuerLinks?: readonly string[];
  pronouns: readonly PronounEntry[];
  /** Coordinating words: "said … and argued": the later verb shares the earlier subject. */
  conjunctions: readonly string[];
  /** Words just before a quoted stretch that make it a name or title (حزب, مؤتمر, so-called, the film). */
  titleCues: readonly string[];
  /** Words that may stand between a subject and its verb (also, has, later). */
  transparent: readonly string[];
  /** Words before a cue that make it a noun or an infinitive ("to comment", "whose statement"). */
  nonFiniteBefore: readonly string[];
  /** Words before a present-tense cue that make its subject a fact («ما يؤكد أن», «مما يشير إلى»): no speech. */
  factiveBefore?: readonly string[];
  /** Honorifics before a surname («Mr. Rove», «الدكتور جعجع»), folded. */
  honorifics: readonly string[];
  /** Words right before a short quoted name of the outlet or person addressed («لـ«الوطن»», «سؤال «عكاظ»»). */
  addresseeCues: readonly string[];
  /**
   * Prepositions that name the outlet addressed when one of `nouns` (speech nouns, «تحدث») stands right before them
   * («في تصريحاته إلى «الوطن»», «تحدث إلى «عكاظ»»): the short stretch after them is a name. Folded. Absent: none.
   */
  addresseeAfterSpeech?: { prepositions: readonly string[]; nouns: readonly string[] };
  /**
   * Nouns that put a short quoted stretch right after them in apposition, as the name of the thing they head, when
   * they are indefinite (in construct): «سهم «…»», «مؤشر «…»», «ملعب «…»», «عقار «…»». (A definite noun before a
   * mark may be a speech verb's subject: «وقالت الوزارة «…»».) Needs `constructState`. Folded. Absent: none.
   */
  nameHeads?: readonly string[];
  /**
   * Words that open a proper name in construct with a definite word (places: «وادي الظهران», «جبل النور»), besides
   * `nameHeads`: a short stretch «X الـY» opening with one is a name. Folded. Absent: none.
   */
  nameOpeners?: readonly string[];
  /**
   * Words that introduce an example or an item («مثل», «من قبيل», «أبرزها»), folded: a stretch of a few words right
   * after one is a name or a term. Verb-first languages. Absent: none.
   */
  exampleMarkers?: readonly string[];
  /**
   * Verbal nouns a speech verb takes as its object («وأكد عدم وجود خلل»), folded: a phrase after the verb opening with
   * one names no subject (the subject was dropped), so it is no speech event of an unknown speaker. Absent: none.
   */
  objectNouns?: readonly string[];
  /**
   * Heads written last in transliterated names of banks, groups, corporations and newspapers («… بنك», «… جروب»,
   * «… تايمز»), folded: a short stretch closing with one is a name. Absent: none.
   */
  trailingNameHeads?: readonly string[];
  /**
   * Titles a person's name or by-name follows («الإمام», «الشيخ», «الفنان», «اللاعب»), folded: one or two definite
   * words in marks right after one («الإمام «البخاري»», «اللاعب «الساحر»»), with no speech cue before the title, are
   * the name. Verb-first languages. Absent: none.
   */
  nameTitles?: readonly string[];
  /**
   * Nouns of a relation to someone (kin, a lawyer, a friend: «والدة», «محامي», «صديق»), folded: a speaker phrase opening with
   * one names the person it relates to (its genitive), not the speaker («وقالت والدة الطفل فلان»: the mother speaks,
   * unnamed; «وقال محامي المتهم فلان، علان، إن»: the lawyer named in apposition). Verb-first languages. Absent: none.
   */
  relationNouns?: readonly string[];
  /** Nouns of words said («قوله», «عبارة», «هتافات»): a stretch a few words after one reproduces words, governed or not. Folded. */
  sayingNouns?: readonly string[];
  /**
   * Demonstratives (folded): one right before a short stretch that opens with a definite word («تلك «الشنة»», «هذا
   * «المشروع»») points at a term the writer sets apart, not at words said (an indefinite stretch is a predicate, «هذه
   * «مؤامرة»», and stays). Needs `constructState`. Absent: none.
   */
  demonstratives?: readonly string[];
  /** Cue + next word pairs that are another verb ("called for", "called on"), folded, space-separated. */
  notSpeech: readonly string[];
  /** Verb + particle pairs that are speech unless the quote follows them at once («called for "…"»: a named term). */
  termBefore?: readonly string[];
  /**
   * Subordinators before a bare past participle that make it a passive clause with no speaker of its own: «When told
   * the hall was "…"», «If asked, …». Absent: none.
   */
  participleOpeners?: readonly string[];
  /** The infinitive marker («to»), folded: «went on to say, "…"». Absent: none. */
  infinitive?: string;
  /** Prepositions of origin after a person's name («Jane Roe of Ohio», "from Leeds"): the place is no speaker. Absent: none. */
  originPrepositions?: readonly string[];
  /** How close (in tokens) after its speech verb a short quoted term must stand to count as speech. Absent: 14. */
  shortGovernTokens?: number;
  /** First-person words («I», «we», «my»): quoted words holding one are the speaker's own. Absent: none. */
  firstPerson?: readonly string[];
  /** Second-person words («you», «your»): with the first person, a sentence holding one speaks for the quoted speaker. Absent: none. */
  secondPerson?: readonly string[];
  /** Forms of "be" that make a following participle passive («was accused of "…"»). Absent: none. */
  passiveAuxiliaries?: readonly string[];
  /**
   * Head nouns of a person's office («رئيس», «مدير», «قائد»): a phrase opening with one in construct with a body, that
   * names no person and whose holder the story does not name («ونفى رئيس اللجنة الانتخابية …»), is an unnamed speaker
   * named as written, not the body. Verb-first languages. Absent: the body speaks.
   */
  personTitleHeads?: readonly string[];
  /**
   * Forms of the past auxiliary («كان», «وكانت») that put the subject before a pluperfect speech verb («وكان فلان قد
   * قال»): a name between them and the verb is its subject even when the actors do not hold it. Verb-first languages.
   * Absent: none.
   */
  pastAuxiliaries?: readonly string[];
  /** Prepositions with an object pronoun that may stand between a verb and its subject («قال له المدرب»). Verb-first languages. */
  pronounObjects?: readonly string[];
  /** Relative pronouns: «X, who said», «X الذي قال». */
  relatives: readonly string[];
  /** Verbs that open a clause describing an unnamed source without a relative pronoun («مسؤول رفض ذكر اسمه»). */
  sourceClauseVerbs?: readonly string[];
  /** Passive agent words: «praised by X as "…"» (English by/as); null where the language has no such pattern. */
  passiveAgent: { by: string; as: string } | null;
  /** Whether a (folded) word is a past participle («welcomed», «chosen»): what the passive agent word follows. */
  isParticiple?: (fold: string) => boolean;
  /** Whether a short Title Case stretch is a title (scripts with capitals). */
  titleCaseIsTitle: boolean;
  /** Whether a verb can start its clause with the subject after it (Arabic VSO). */
  verbFirst: boolean;
  /** Gender a named actor of each type gets when no verb has told us (Arabic: organisations are feminine). */
  defaultGender: (actor: Actor) => Gender;
  /**
   * Words that are never part of a person's name (titles, heads of organisations, function words), folded. With it,
   * a speaker phrase naming someone the actors do not hold («الناشط الحقوقي فلان الفلاني», a bare surname after the
   * verb) gives a person named as written; needs `constructState` (definite words are never name words). Absent: none.
   */
  unknownNames?: {
    notNames: readonly string[];
    /** Given names (folded): a person the actors hold by given names only may take a surname they left out. */
    givenNames?: readonly string[];
    /** Prefix of compound given names («عبد» + «الكريم»), folded. */
    compoundPrefix?: string;
    /**
     * A definite word that may close a name after a given name the actors missed (Arabic family names of origin,
     * «العلي», «الميسوري»: «الإعلامية هدى العلي»), folded. Absent: a definite word is never a name word.
     */
    familyName?: (fold: string) => boolean;
    /**
     * A word that is an adverb of manner, never a name word, though written without the mark that shows it (Arabic
     * participles in «-اً» written «-ا»: «وقال مدافعا», «متهكما»), folded. Absent: none.
     */
    adverbial?: (fold: string) => boolean;
  };
  /**
   * «Reuters quoted X as saying», «the paper cited X as telling …»: verbs of passing words on (folded) and the word
   * before the lead-in: the person between them speaks, not the outlet. Absent: none.
   */
  quotedAs?: { verbs: readonly string[]; as: string };
  /** Nouns of bodies (folded): «the company», «the board» as a subject refer to an organisation or group. Absent: none. */
  bodyNouns?: readonly string[];
  /**
   * Plural nouns of a body's people («ministers», «members», «staff»): a body's name right before one («Church ministers
   * said», «Council officials warned») only qualifies it, and the unnamed group speaks, not the body. Folded; absent: none.
   */
  memberNouns?: readonly string[];
  /**
   * Words before a title that make it another office («shadow», «former», «deputy»): «the home secretary» never refers
   * to the «shadow home secretary». Folded; absent: none.
   */
  otherOfficeQualifiers?: readonly string[];
  /**
   * Head nouns of a definite description of a person (folded): «said the Old Trafford boss», «said the 23-year-old»
   * refer back to a person the article named. Absent: no such descriptions.
   */
  personHead?: (fold: string) => boolean;
  /**
   * The outlet's own reporter («our correspondent added»): the possessive and the head nouns (folded). The reporter
   * is the person the article last introduced with one of those nouns («BBC correspondent Jo Roe»), else an unnamed
   * source written as it stands. Absent: none.
   */
  ownReporter?: { possessive: string; heads: readonly string[] };
  /** An unnamed source noun (folded) that stands for several people, for a later "they said" («officials», «police»). Absent: none. */
  pluralSource?: (fold: string) => boolean;
  /** Modal verbs (folded): a present speech form right before one is a noun subject («talks would resume»). Absent: none. */
  modals?: readonly string[];
  /**
   * The head (folded, written in lower case) of a common-noun subject that stands for several people or a share of
   * them, which no actor holds: a regular plural («strangers told him», «the finance ministers … admitted») or a word of
   * quantity («Forty percent of voters say», «most said»). Such a subject right before a speech verb is who spoke,
   * unnamed: never a person named earlier. Subject-first languages; absent: none.
   */
  commonSubjectHead?: (fold: string) => boolean;
  /**
   * Verbs that reject what others said (folded forms: «denied», «dismisses», «rejected»): with a speech noun as their
   * object and its content clause («dismissed claims that his policy was "…"», «denied allegations of "…"»), the quoted
   * words are the claim's, not the subject's. Subject-first languages; absent: none.
   */
  rebuttals?: readonly string[];
  examples: readonly QuoteExample[];
  counterExamples: readonly QuoteCounterExample[];
}

/** Every speaker rule the engine can emit (packs give examples per rule). */
export const SPEAKER_RULES = [
  'speaker:verb-before',
  'speaker:verb-after',
  'speaker:subject-before-verb',
  'speaker:dropped-subject',
  'speaker:lead-in',
  'speaker:source-marker',
  'speaker:passive-agent',
  'speaker:possessive',
  'speaker:document',
  'speaker:anonymous',
  'speaker:pronoun',
  'speaker:continuation',
  'speaker:narrated-subject',
  'speaker:tweet-signature',
  'speaker:headline-fragment',
  'speaker:label',
  'speaker:colon-subject',
  'speaker:reported-before',
  'speaker:sentence-subject',
  'speaker:none',
] as const;

const MAX_SHORT_WORDS = 3;
/** A short quoted term counts as quoted speech only this close (in tokens) after its speech verb. */
const SHORT_GOVERN_TOKENS = 14;
const WINDOW_BEFORE = 400;
const WINDOW_AFTER = 200;
const SUBJECT_MAX_TOKENS = 16;
/** Characters of each sentence scanned for speech events that carry no quote (for later pronouns and dropped subjects). */
const EVENT_SCAN_CHARS = 400;
const SUBJECT_GAP_TOKENS = 6;
/** Mentions of a person read, and characters after each, when learning their gender from pronouns. */
const PRONOUN_GENDER_MENTIONS = 12;
const PRONOUN_GENDER_CHARS = 80;
/** How far after an ambiguous cue («وبين») its reported clause («أن») may start: the subject's words. */
const CLAUSE_LOOKAHEAD_TOKENS = 6;
/** Words a subject may take between such a cue and a quote opening right after it. */
const DIRECT_SUBJECT_TOKENS = 3;

// ---------------------------------------------------------------------------------------------------
// 1. Marks

type Family = 'double' | 'single';
interface MarkInfo {
  family: Family;
  glyph: 'open' | 'close' | 'either';
}
const MARKS: Record<string, MarkInfo> = {
  '\u00AB': { family: 'double', glyph: 'open' }, // «
  '\u00BB': { family: 'double', glyph: 'close' }, // »
  '\u201C': { family: 'double', glyph: 'open' }, // “
  '\u201D': { family: 'double', glyph: 'close' }, // ”
  '\u201E': { family: 'double', glyph: 'open' }, // „
  '\u201F': { family: 'double', glyph: 'open' }, // ‟
  '"': { family: 'double', glyph: 'either' },
  '\u2018': { family: 'single', glyph: 'open' }, // ‘
  '\u2019': { family: 'single', glyph: 'close' }, // ’
  '\u201A': { family: 'single', glyph: 'open' }, // ‚
  "'": { family: 'single', glyph: 'either' },
  '\u2039': { family: 'single', glyph: 'open' }, // ‹
  '\u203A': { family: 'single', glyph: 'close' }, // ›
};

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
/** Punctuation after which a mark still counts as "after a space" (it can open). */
const OPENING_CONTEXT = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', ':', '\u0640']);
/** Punctuation before which a mark still counts as "before a space" (it can close). */
const CLOSING_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', '\u060C', '\u061B', '\u061F', ')', ']', '}', '\u2026', '\u2014', '\u2013', '-']);

interface OpenMark {
  pos: number;
  family: Family;
  /** 2 for a doubled apostrophe standing for a double mark (''like this''). */
  width: number;
}

const DOUBLED_APOSTROPHE: MarkInfo = { family: 'double', glyph: 'either' };
/**
 * Two grave accents open a double quotation in tokenised (Penn Treebank style) text: `` like this '' (a single one is
 * no mark: code, transliteration).
 */
const BACKTICK = '`';
const DOUBLED_BACKTICK: MarkInfo = { family: 'double', glyph: 'open' };
/** In such text a single grave accent opens a single quotation (` like this '), and an apostrophe never opens one. */
const SINGLE_BACKTICK: MarkInfo = { family: 'single', glyph: 'open' };

/** A pair of marks (or a capped/stray stretch) in the text. `start`/`end` bound the words inside. */
export interface MarkedStretch {
  open: number;
  close: number;
  start: number;
  end: number;
  how: 'paired' | 'continued' | 'capped' | 'stray-close';
  /** Positions of continuation marks opening later paragraphs inside the stretch (left out of the text). */
  skips: number[];
}

/** Any quotation mark of MARKS (sticky-free global search, used with lastIndex). */
const ANY_MARK = new RegExp(`[${(Object.keys(MARKS).join('') + BACKTICK).replace(/[\\\]^-]/gu, '\\$&')}]`, 'gu');

function isMark(ch: string): boolean {
  return ch in MARKS;
}

/** Pair the quotation marks of the text, paragraph by paragraph. Linear in the text length. */
export function pairMarks(text: string, paragraphs: readonly Segment[]): MarkedStretch[] {
  const out: MarkedStretch[] = [];
  // (Text written with `` … '' spaces its marks: a '' with nothing open is then no opener, «13.3 '' display».)
  const backticks = text.includes(BACKTICK + BACKTICK);
  let carried: { pos: number; width: number; skips: number[] } | null = null;
  let nextMark = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const stack: OpenMark[] = [];
    const open = { double: 0, single: 0 }; // openers of each family on the stack, so no scan is needed
    const pairs: MarkedStretch[] = [];
    let lastStop = para.start; // the latest place a stray closing mark may reach back to
    let from = para.start;
    if (carried) {
      // The continuation mark that opens this paragraph is not an opener of its own.
      stack.push({ pos: carried.pos, family: 'double', width: carried.width });
      open.double++;
      carried.skips.push(para.start);
      from = para.start + 1;
    }
    const skips: number[] = carried ? carried.skips : [];
    carried = null;
    for (let i = from; i < para.end; i++) {
      // Jump to the next mark natively rather than visiting every character; the position found is kept, so
      // paragraphs without marks do not search ahead again (linear overall).
      if (nextMark < i) {
        ANY_MARK.lastIndex = i;
        nextMark = ANY_MARK.test(text) ? ANY_MARK.lastIndex - 1 : Infinity;
      }
      if (nextMark >= para.end) break;
      i = nextMark;
      const ch = text[i];
      let info = MARKS[ch];
      if (ch === BACKTICK && backticks) info = text[i + 1] === BACKTICK ? DOUBLED_BACKTICK : SINGLE_BACKTICK;
      if (!info) continue;
      const prev = i > para.start ? text[i - 1] : ' ';
      if (prev === '=') {
        // A markup attribute value (id="…"): skip to its closing mark.
        const end = text.indexOf(ch, i + 1);
        if (end > i && end < para.end && end - i < 300) i = end;
        continue;
      }
      // Two apostrophes in a row stand for a double mark in some archives (''I love it,'' he said).
      const width = (ch === "'" || ch === '\u2019' || ch === '\u2018' || ch === BACKTICK) && text[i + 1] === ch ? 2 : 1;
      if (width === 2 && ch !== BACKTICK) info = DOUBLED_APOSTROPHE;
      const next = i + width < para.end ? text[i + width] : ' ';
      const spaceBefore = SPACE.test(prev) || OPENING_CONTEXT.has(prev) || isMark(prev) || isProcliticBefore(text, i, para.start);
      const spaceAfter = SPACE.test(next) || CLOSING_CONTEXT.has(next) || isMark(next);
      if (info.family === 'single' && LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) continue; // apostrophe
      const canOpenOnly = spaceBefore && !spaceAfter;
      const canCloseOnly = !spaceBefore && spaceAfter;
      // «آفيون «: the opening glyph again, spaced on both sides, a few characters after an opener of its own: a misused closer.
      const top = stack[stack.length - 1];
      const reusedGlyph = !canOpenOnly && spaceAfter && top !== undefined && text[top.pos] === ch && i - top.pos < 30;
      let role = reusedGlyph ? 'close' : markRole(info, canOpenOnly, canCloseOnly, open[info.family] > 0);
      // (Tokenised text: «EADS 's», «13.3 '' display»: apostrophes there open nothing.)
      if (role === 'open' && backticks && (info === DOUBLED_APOSTROPHE || ch === "'")) role = 'skip';
      if (role === 'open') {
        // «said: "Murder is … sentence. "Where an offender …"»: a double mark opening a sentence while the quote before
        // is still open is the convention of a quote continued in a new paragraph, the paragraphs run together: the
        // earlier quote ends with its sentence (guillemets, which nest names, excepted).
        const under = stack[stack.length - 1];
        // (A quote carried from the paragraph before ends there the same way, as a continued quote.)
        if (info.family === 'double' && under && under.family === 'double' && ch !== '\u00AB' && text[under.pos] !== '\u00AB' && opensNewSentence(text, i, Math.max(under.pos, para.start))) {
          const carriedIn = under.pos < para.start;
          pairs.push({ open: under.pos, close: i - 1, start: under.pos + under.width, end: i - 1, how: carriedIn ? 'continued' : 'capped', skips: carriedIn ? skips : [] });
          stack.pop();
          open.double--;
        }
        stack.push({ pos: i, family: info.family, width });
        open[info.family]++;
        i += width - 1;
        continue;
      }
      if (role === 'skip') continue;
      // Closing: find the nearest opener of the same family; single openers above a double closer were apostrophes.
      let k = open[info.family] > 0 ? stack.length - 1 : -1;
      while (k >= 0 && stack[k].family !== info.family) k--;
      if (k < 0) {
        if (info.family === 'double' && stack.length === 0) {
          for (const s of strayStretch(text, lastStop, i, para.start)) out.push(s);
          lastStop = i + width;
        }
        i += width - 1;
        continue;
      }
      const opener = stack[k];
      for (let d = k; d < stack.length; d++) open[stack[d].family]--;
      stack.length = k;
      const isCarried = skips.length > 0 && opener.pos < para.start;
      pairs.push({ open: opener.pos, close: i + width - 1, start: opener.pos + opener.width, end: i, how: isCarried ? 'continued' : 'paired', skips: isCarried ? skips : [] });
      i += width - 1;
      if (stack.length === 0) lastStop = i + 1;
    }
    const top = topLevel(pairs);
    const bottom = stack.find((m) => m.family === 'double');
    if (bottom && !top.some((s) => s.open > bottom.pos)) {
      const next = paragraphs[p + 1];
      if (next && startsWithOpeningMark(text, next) && !top.some((s) => s.open > bottom.pos)) {
        carried = { pos: bottom.pos, width: bottom.width, skips: bottom.pos < para.start ? skips : [] };
      } else {
        out.push({ open: bottom.pos, close: para.end, start: bottom.pos + bottom.width, end: para.end, how: 'capped', skips: bottom.pos < para.start ? skips : [] });
      }
    } else if (bottom && bottom.family === 'double') {
      // «"… was not promoted. He added: "The whole world …"»: a quote never closed before a later quote of its
      // paragraph (the writer's attribution between them) ends with the last sentence before that quote. (One carried
      // from an earlier paragraph ends there too, as a continued quote.)
      const later = top.find((s) => s.open > bottom.pos)!;
      const end = lastSentenceEnd(text, Math.max(bottom.pos + bottom.width, para.start + 1), later.open);
      const carriedIn = bottom.pos < para.start;
      if (end > 0) out.push({ open: bottom.pos, close: end - 1, start: bottom.pos + bottom.width, end, how: carriedIn ? 'continued' : 'capped', skips: carriedIn ? skips : [] });
    }
    for (const s of top) out.push(s);
  }
  out.sort((a, b) => a.open - b.open);
  return out;
}

/** Position just after the last sentence-ending full stop, question or exclamation mark (then a space) in [from, to), else -1. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let k = to - 2; k > from; k--) {
    const c = text[k];
    if ((c === '.' || c === '!' || c === '?') && SPACE.test(text[k + 1])) return k + 1;
  }
  return -1;
}

/** A mark at `i` right after a sentence's end (full stop, question or exclamation mark, and a space) well after `from`. */
function opensNewSentence(text: string, i: number, from: number): boolean {
  const end = text[i - 2];
  return i - 2 > from + 1 && text[i - 1] === ' ' && (end === '.' || end === '?' || end === '!');
}

/**
 * Arabic one-letter proclitics (و ف ب ل ك) written against an opening mark: «و"الاتحاد"», «ب"المشروع"». The letter
 * stands alone as a word (space or line start before it), so the mark opens. With a tatweel («لـ"الوطن"») the
 * mark follows ـ, which OPENING_CONTEXT holds.
 */
const PROCLITIC_LETTERS = new Set(['\u0648', '\u0641', '\u0628', '\u0644', '\u0643']);
function isProcliticBefore(text: string, i: number, paraStart: number): boolean {
  if (i - 1 < paraStart || !PROCLITIC_LETTERS.has(text[i - 1])) return false;
  return i - 2 < paraStart || SPACE.test(text[i - 2]) || OPENING_CONTEXT.has(text[i - 2]);
}

function markRole(info: MarkInfo, canOpenOnly: boolean, canCloseOnly: boolean, hasOpen: boolean): 'open' | 'close' | 'skip' {
  if (canOpenOnly) return 'open';
  if (canCloseOnly) return hasOpen || info.family === 'double' ? 'close' : 'skip';
  // Context is silent (letters or spaces on both sides): the glyph decides, but a closing glyph with
  // nothing open between two letters (مؤتمر»مكافحة) is a reversed opener.
  if (info.glyph === 'open') return 'open';
  if (info.glyph === 'close') return hasOpen ? 'close' : info.family === 'double' ? 'open' : 'skip';
  return hasOpen ? 'close' : 'open';
}

function startsWithOpeningMark(text: string, para: Segment): boolean {
  const ch = text[para.start];
  const info = MARKS[ch];
  return !!info && info.family === 'double' && info.glyph !== 'close' && para.end > para.start + 1 && !SPACE.test(text[para.start + 1]);
}

/** Pairs not enclosed by another pair (pairs arrive in closing order). */
function topLevel(pairs: MarkedStretch[]): MarkedStretch[] {
  const sorted = [...pairs].sort((a, b) => a.open - b.open);
  const out: MarkedStretch[] = [];
  let coverEnd = -1;
  for (const s of sorted) {
    if (s.close < coverEnd) continue;
    out.push(s);
    coverEnd = s.close;
  }
  return out;
}

/** A closing mark with nothing open: the quote ran from the last stop (a previous quote's end, or the sentence start). */
function strayStretch(text: string, lastStop: number, close: number, paraStart: number): MarkedStretch[] {
  // Without a sentence start to reach back to, where the quote began is unknowable.
  let start = lastStop === paraStart ? lastStop : -1;
  // Reach back only to the start of the closing mark's sentence.
  for (let k = close - 1; k >= lastStop; k--) {
    const c = text[k];
    if ((c === '.' || c === '!' || c === '?' || c === '\u061F') && k + 1 < close && SPACE.test(text[k + 1])) {
      start = k + 1;
      break;
    }
  }
  if (start < 0) return [];
  while (start < close && !LETTER_OR_DIGIT.test(text[start])) start++;
  if (start >= close) return [];
  return [{ open: start, close, start, end: close, how: 'stray-close', skips: [] }];
}

// ---------------------------------------------------------------------------------------------------
// 2. Embedded posts

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** «— Name (@handle) June 10, 2020» at the end of a line; bounded quantifiers only. */
const SIGNATURE = new RegExp(`(?:^|\\s)[\\u2014\\u2013-]{1,2}\\s?([^\\n()]{1,80}?)\\s?\\(@(\\w{1,30})\\)\\s{0,3}(?:${MONTHS})\\s{1,3}\\d{1,2},\\s{0,3}\\d{4}(?:<\\/\\w{1,10}>)?[.\\s]*$`, 'u');
const OPENING_TAG = /^<\w{1,20}(?:\s[^<>]{0,300})?>\s*/u;
/** Short links a post ends with (the network's own link shortener and picture links). */
const POST_LINK_PREFIXES = ['https://t.co/', 'http://t.co/', 'pic.twitter.com/'];
const MAX_POST_LINK_PATH = 40;

/**
 * Where a post's text ends once the short links at its end are left out. A scan back over whitespace-separated
 * words, not a regex: a regex for "(space link)+ space* at the end" retries from every space of a long blank run
 * and takes quadratic time on it.
 */
function withoutTrailingLinks(text: string, start: number, end: number): number {
  let textEnd = end;
  for (;;) {
    let wordEnd = textEnd;
    while (wordEnd > start && SPACE.test(text[wordEnd - 1])) wordEnd--;
    let wordStart = wordEnd;
    while (wordStart > start && !SPACE.test(text[wordStart - 1])) wordStart--;
    // a link is a whole word after a space (never the post's first word)
    if (wordStart === start || wordStart === wordEnd || !isPostLink(text.slice(wordStart, wordEnd))) return textEnd;
    textEnd = wordStart;
  }
}

function isPostLink(word: string): boolean {
  return POST_LINK_PREFIXES.some((prefix) => word.startsWith(prefix) && word.length > prefix.length && word.length - prefix.length <= MAX_POST_LINK_PATH);
}

interface TweetBlock {
  span: Span;
  author: string;
  handle: string;
  /** Where the signature's "Name (@handle)" stands. */
  signatureSpan: Span;
}

/** Embedded posts: a signature line and the post text before it (same line, or the line above). */
function findTweets(text: string): TweetBlock[] {
  const out: TweetBlock[] = [];
  // Lines, not paragraphs: a hard-wrapped paragraph may join the post, its signature and the next line.
  const all = lines(text).filter((l) => text.slice(l.start, l.end).trim() !== '');
  for (let p = 0; p < all.length; p++) {
    const line = all[p];
    if (line.end - line.start > 2000) continue;
    const lineText = text.slice(line.start, line.end);
    if (!lineText.includes('(@')) continue;
    const m = SIGNATURE.exec(lineText);
    if (!m) continue;
    const dashAt = line.start + m.index + (m[0].length - m[0].trimStart().length);
    const nameStart = line.start + m.index + m[0].indexOf(m[1]);
    const sigEnd = text.indexOf(')', nameStart + m[1].length) + 1;
    let bodyStart: number;
    let bodyEnd: number;
    if (text.slice(line.start, dashAt).trim().length > 0) {
      bodyStart = line.start;
      bodyEnd = dashAt;
    } else if (p > 0) {
      bodyStart = all[p - 1].start;
      bodyEnd = all[p - 1].end;
    } else continue;
    while (bodyStart < bodyEnd && SPACE.test(text[bodyStart])) bodyStart++;
    const tag = OPENING_TAG.exec(text.slice(bodyStart, Math.min(bodyEnd, bodyStart + 400)));
    if (tag) bodyStart += tag[0].length; // <tweet id="…" author="…">
    bodyEnd = withoutTrailingLinks(text, bodyStart, bodyEnd);
    while (bodyEnd > bodyStart && SPACE.test(text[bodyEnd - 1])) bodyEnd--;
    if (bodyEnd <= bodyStart) continue;
    out.push({ span: [bodyStart, bodyEnd], author: m[1].trim(), handle: m[2], signatureSpan: [nameStart, sigEnd] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// 3. Actors: lookups by span and by name

interface ActorIndex {
  /** Mentions sorted by start, each with its actor. */
  mentions: { start: number; end: number; actor: Actor }[];
  byForm: Map<string, Actor>;
  /** Folded last word of each person's name, when only one person has it. */
  bySurname: Map<string, Actor>;
}

/** The scoring forms of a name: folded, punctuation as spaces, and without a leading clitic or "the". */
export function nameForms(name: string, article: Pick<Article, 'pack'>): string[] {
  const words = name
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => article.pack.fold(w));
  if (words.length === 0) return [];
  const out = new Set<string>([words.join(' ')]);
  for (const first of article.pack.stems(words[0])) out.add([first, ...words.slice(1)].join(' '));
  if (words[0] === 'the' && words.length > 1) out.add(words.slice(1).join(' '));
  return [...out];
}

function indexActors(actors: readonly Actor[], article: Article): ActorIndex {
  const mentions: ActorIndex['mentions'] = [];
  const byForm = new Map<string, Actor>();
  for (const actor of actors) {
    for (const m of actor.mentions) mentions.push({ start: m.span[0], end: m.span[1], actor });
    for (const n of [actor.name, ...actor.aliases]) {
      for (const f of nameForms(n, article)) if (!byForm.has(f)) byForm.set(f, actor);
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const bySurname = new Map<string, Actor>();
  const shared = new Set<string>();
  for (const actor of actors) {
    if (actor.type !== 'person') continue;
    const words = actor.name.split(/\s+/u);
    if (words.length < 2) continue;
    const last = article.pack.fold(words[words.length - 1]);
    if (bySurname.has(last) && bySurname.get(last) !== actor) shared.add(last);
    else bySurname.set(last, actor);
  }
  for (const s of shared) bySurname.delete(s);
  return { mentions, byForm, bySurname };
}

/** Index of the first mention starting at or after `pos`. */
function firstMentionFrom(index: ActorIndex, pos: number): number {
  return partitionPoint(index.mentions, (m) => m.start < pos);
}

/** Mentions that start inside [from, to). */
function mentionsStartingIn(index: ActorIndex, from: number, to: number): ActorIndex['mentions'] {
  const out: ActorIndex['mentions'] = [];
  for (let k = firstMentionFrom(index, from); k < index.mentions.length && index.mentions[k].start < to; k++) out.push(index.mentions[k]);
  return out;
}

/** Mentions overlapping [from, to) (mentions are short, so looking back a little is enough). */
function mentionsOverlapping(index: ActorIndex, from: number, to: number): ActorIndex['mentions'] {
  const out: ActorIndex['mentions'] = [];
  for (let k = firstMentionFrom(index, from - 200); k < index.mentions.length && index.mentions[k].start < to; k++) {
    const m = index.mentions[k];
    if (m.end > from) out.push(m);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// 4. Speakers

interface SpeakerFinding {
  actor: Actor | null;
  text: string | null;
  span: Span | null;
  rule: (typeof SPEAKER_RULES)[number];
  /** The quote stands in the verb's complement (it is "governed" by speech). */
  governed: boolean;
  /** Direct: after a colon, a bare verb, or standing alone; partial: inside a reported clause. */
  kind: QuoteKind;
  /** The cue that introduced the speech (its gender tells the speaker's). */
  cue?: SpeechCue;
  /** Tokens between the cue and the quote (a short quoted term far from the verb is not governed by it). */
  distance?: number;
  /** A complementiser or colon stands between the cue and the quote: the quote is in the reported clause. */
  inClause?: boolean;
  /** Tokens between the start of the reported clause (أن, colon) and the quote. */
  clauseDistance?: number;
  /** Found through a source marker («بحسب», "according to") rather than a verb or a saying noun. */
  byMarker?: boolean;
  /** The speaker is several people no actor holds («strangers», «the fans»): no antecedent of a singular pronoun. */
  several?: boolean;
}

interface SpeechRecord {
  actor: Actor | null;
  /** The speaker's gender when recorded; an actor's may be learnt later, unless `fixedGender` (a document noun's). */
  gender: Gender;
  fixedGender?: boolean;
  number: GNumber;
  at: number;
  /** Several unnamed people spoke («strangers told him»): a singular pronoun later does not refer to them. */
  several?: boolean;
}

/** A pack's word lists as Sets and Maps, built once per pack (not once per article). */
function compileRules(rules: QuoteRules) {
  return {
    cues: new Map(rules.speechCues.map((c) => [c.form, c] as const)),
    complementisers: new Set(rules.complementisers),
    stops: new Set(rules.subjectStops),
    documents: new Set(rules.documentNouns),
    anonymous: new Set(rules.anonymousNouns),
    pronouns: new Map(rules.pronouns.map((p) => [p.form, p] as const)),
    conjunctions: new Set(rules.conjunctions),
    titleCues: new Set(rules.titleCues),
    transparent: new Set(rules.transparent),
    relatives: new Set(rules.relatives),
    notSpeech: new Set(rules.notSpeech),
    termBefore: new Set(rules.termBefore ?? []),
    addressee: new Set(rules.addresseeCues),
    addresseePrepositions: new Set(rules.addresseeAfterSpeech?.prepositions ?? []),
    addresseeNouns: new Set(rules.addresseeAfterSpeech?.nouns ?? []),
    nameHeads: new Set(rules.nameHeads ?? []),
    nameOpeners: new Set(rules.nameOpeners ?? []),
    exampleMarkers: new Set(rules.exampleMarkers ?? []),
    trailingHeads: new Set(rules.trailingNameHeads ?? []),
    nameTitles: new Set(rules.nameTitles ?? []),
    sayingNouns: new Set(rules.sayingNouns ?? []),
    honorifics: new Set(rules.honorifics),
    nounMarkers: new Set(rules.nonFiniteBefore),
    factive: new Set(rules.factiveBefore ?? []),
    speechNouns: new Set(rules.speechNouns ?? []),
    notNames: rules.unknownNames ? new Set(rules.unknownNames.notNames) : null,
    givenNames: new Set(rules.unknownNames?.givenNames ?? []),
    origins: new Set(rules.originPrepositions ?? []),
  };
}
const COMPILED = new WeakMap<QuoteRules, ReturnType<typeof compileRules>>();
function compiled(rules: QuoteRules): ReturnType<typeof compileRules> {
  let c = COMPILED.get(rules);
  if (!c) {
    c = compileRules(rules);
    COMPILED.set(rules, c);
  }
  return c;
}

class Context {
  readonly cues: ReadonlyMap<string, SpeechCue>;
  readonly complementisers: Set<string>;
  readonly stops: Set<string>;
  readonly documents: Set<string>;
  readonly anonymous: Set<string>;
  readonly pronouns: ReadonlyMap<string, PronounEntry>;
  readonly conjunctions: Set<string>;
  readonly titleCues: Set<string>;
  readonly transparent: Set<string>;
  readonly relatives: Set<string>;
  readonly notSpeech: Set<string>;
  readonly termBefore: Set<string>;
  readonly addressee: Set<string>;
  readonly addresseePrepositions: Set<string>;
  readonly addresseeNouns: Set<string>;
  readonly nameHeads: Set<string>;
  readonly nameOpeners: Set<string>;
  readonly exampleMarkers: Set<string>;
  readonly trailingHeads: Set<string>;
  readonly nameTitles: Set<string>;
  readonly sayingNouns: Set<string>;
  readonly honorifics: Set<string>;
  readonly nounMarkers: Set<string>;
  readonly factive: Set<string>;
  readonly speechNouns: Set<string>;
  readonly notNames: Set<string> | null;
  readonly givenNames: Set<string>;
  /** Persons named in a speaker phrase that no actor holds (`QuoteRules.unknownNames`), by folded name and surname. */
  readonly unknownPersons = new Map<string, Actor>();
  /** Actors' names made longer by a surname the actors did not take (`surnameAfter`): old name → new name. */
  readonly renamed = new Map<string, string>();
  /** The title words (folded, without the article) that introduced each such person («ناشط», «مدرب»), newest last. */
  readonly unknownTitles: { actor: Actor; heads: Set<string> }[] = [];
  readonly origins: Set<string>;
  readonly history: SpeechRecord[] = [];
  readonly genders = new Map<Actor, Gender>();
  /** Issuer of the last quoted document of each kind («بيان» → the ministry), null when no actor holds it. */
  readonly documentIssuers = new Map<string, Actor | null>();
  /** The previous quote when it stands in the sentence of the quote being read (its end and speaker), else null. */
  priorInSentence: { end: number; actor: Actor | null; text: string | null; span: Span | null } | null = null;
  /** Quote spans accepted so far: mentions inside them are not antecedents. */
  readonly quoteSpans: Span[] = [];
  /** Offsets of the closing marks of stretches dropped as names or titles (a list «…» و«…» goes on naming). */
  readonly namedStretchEnds = new Set<number>();
  /** The folded texts of those stretches (a headline fragment the body writes as such a name is one too). */
  readonly namedStretchTexts = new Set<string>();

  constructor(
    readonly article: Article,
    readonly rules: QuoteRules,
    readonly index: ActorIndex,
  ) {
    const c = compiled(rules);
    this.cues = c.cues;
    this.complementisers = c.complementisers;
    this.stops = c.stops;
    this.documents = c.documents;
    this.anonymous = c.anonymous;
    this.pronouns = c.pronouns;
    this.conjunctions = c.conjunctions;
    this.titleCues = c.titleCues;
    this.transparent = c.transparent;
    this.relatives = c.relatives;
    this.notSpeech = c.notSpeech;
    this.termBefore = c.termBefore;
    this.addressee = c.addressee;
    this.addresseePrepositions = c.addresseePrepositions;
    this.addresseeNouns = c.addresseeNouns;
    this.nameHeads = c.nameHeads;
    this.nameOpeners = c.nameOpeners;
    this.exampleMarkers = c.exampleMarkers;
    this.trailingHeads = c.trailingHeads;
    this.nameTitles = c.nameTitles;
    this.sayingNouns = c.sayingNouns;
    this.honorifics = c.honorifics;
    this.nounMarkers = c.nounMarkers;
    this.factive = c.factive;
    this.speechNouns = c.speechNouns;
    this.notNames = c.notNames;
    this.givenNames = c.givenNames;
    this.origins = c.origins;
  }

  /** Folding is the costly part of tokenising; words repeat, so folds are remembered (bounded). */
  private readonly folds = new Map<string, string>();
  readonly fold = (w: string): string => {
    let f = this.folds.get(w);
    if (f === undefined) {
      f = this.article.pack.fold(w);
      if (this.folds.size < 50_000) this.folds.set(w, f);
    }
    return f;
  };

  /**
   * The article's tokens, made once (windows overlap: re-tokenising each one folded the same words again and again),
   * without the blessings written after names: «قال النبي صلى الله عليه وسلم: …» has its subject right before the colon.
   */
  private all: readonly Token[] | null = null;

  /** Tokens lying wholly in [from, to). */
  tokens(from: number, to: number): Token[] {
    const all = (this.all ??= withoutFormulas(articleTokens(this.article), this.article.pack));
    const lo = firstTokenFrom(all, from);
    let hi = lo;
    while (hi < all.length && all[hi].end <= to) hi++;
    return all.slice(lo, hi);
  }

  /** The speech cue a token is: its folded form, or without a leading conjunction (وقال, فأضاف). */
  cue(t: Token): SpeechCue | undefined {
    if (t.kind !== 'word') return undefined;
    const direct = this.cues.get(t.fold);
    if (direct) return direct;
    if (this.rules.verbFirst && (t.fold[0] === '\u0648' || t.fold[0] === '\u0641') && t.fold.length > 3) return this.cues.get(t.fold.slice(1));
    return undefined;
  }

  /** Whether the window ends at an opening quotation mark whose quote has at most two words («"safe zones"»). */
  private shortQuoteAfter(toks: readonly Token[]): boolean {
    const last = toks[toks.length - 1];
    if (!last) return false;
    let after = this.article.text.slice(last.end, last.end + 64);
    if (!isMarkToken(last)) {
      const open = /^\s*["\u201C\u2018\u00AB]/u.exec(after);
      if (!open) return false;
      after = after.slice(open[0].length);
    }
    const close = after.search(/["\u201D\u2019\u00BB]/u);
    if (close < 0) return false;
    return after.slice(0, close).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= 2;
  }

  /** The cue at toks[k], unless a determiner makes it a noun ("the report", "a call"). */
  cueAt(toks: readonly Token[], k: number): SpeechCue | undefined {
    const cue = this.cue(toks[k]);
    if (!cue) return cue;
    const next = toks[k + 1];
    if (next && this.notSpeech.has(`${toks[k].fold} ${next.fold}`)) return undefined; // "called on", "thanks to"
    // «an overmighty state is», «the claims were»: a present or bare form before a form of "be" is a noun.
    if (next && next.kind === 'word' && !isPastForm(toks[k].fold) && cue.role === 'verb' && (this.rules.passiveAuxiliaries?.includes(next.fold) || this.rules.modals?.includes(next.fold))) return undefined;
    // «called for … "safe zones"»: a demand for a short named thing is a term; «called for X to "…"» reports words.
    if (next && this.termBefore.has(`${toks[k].fold} ${next.fold}`) && this.shortQuoteAfter(toks)) return undefined;
    if (k === 0) return cue.needsClause && !this.clauseFollows(toks, k) ? undefined : cue;
    const prev = toks[k - 1];
    // («one said», «several told reporters»: a quantifier before a past form is its subject.)
    if (DETERMINERS.has(prev.fold) && !(QUANTIFIERS.has(prev.fold) && isPastForm(toks[k].fold))) return undefined;
    // "Trump's comments", "declined to comment": a noun or an infinitive, not a report of speech.
    if ((this.nounMarkers.has(prev.fold) && !this.infinitiveIntroduces(toks, k)) || /['\u2019]s$/u.test(prev.text)) return undefined;
    if (cue.present && this.factive.has(prev.fold)) return undefined;
    if (cue.needsClause && !this.clauseFollows(toks, k)) return undefined;
    if (cue.bare && nounCompoundBefore(toks, k)) return undefined;
    // A capitalised cue inside a sentence is part of a name ("the United States").
    if (/^\p{Lu}/u.test(toks[k].text) && prev.kind === 'word') return undefined;
    return cue;
  }

  /**
   * «He went on to say, "…"»: an infinitive speech verb with nothing after it but a comma or colon (and the quote) still
   * reports its subject's words; «declined to comment on …» does not.
   */
  infinitiveIntroduces(toks: readonly Token[], k: number): boolean {
    if (!this.rules.infinitive || toks[k - 1]?.fold !== this.rules.infinitive || k + 1 >= toks.length) return false;
    for (let j = k + 1; j < toks.length; j++) if (!(toks[j].text === ',' || toks[j].text === ':' || isMarkToken(toks[j]))) return false;
    return true;
  }

  /** A complementiser (أن, that), a colon or a quotation mark within a few words after toks[k], before other punctuation. */
  clauseFollows(toks: readonly Token[], k: number): boolean {
    for (let j = k + 1; j < toks.length && j <= k + CLAUSE_LOOKAHEAD_TOKENS; j++) {
      if (toks[j].kind === 'punct') return toks[j].text === ':' || isMarkToken(toks[j]);
      if (this.has(this.complementisers, toks[j])) return true;
    }
    // The words ran out right after a short subject (the window ends at the quote's opening mark): «وتابع الوزير «…»».
    return toks.length - k - 1 <= DIRECT_SUBJECT_TOKENS;
  }

  has(set: ReadonlySet<string>, t: Token): boolean {
    if (set.has(t.fold)) return true;
    return this.article.pack.stems(t.fold).some((s) => set.has(s));
  }

  /** The actor a phrase names: a name or alias, the same without an honorific («Mr. Rove»), or a person's surname. */
  private readonly names = new Map<string, Actor | null>();
  byName(words: string): Actor | null {
    let a = this.names.get(words);
    if (a === undefined) {
      a = this.lookUpName(words);
      this.names.set(words, a);
    }
    return a;
  }

  private lookUpName(words: string): Actor | null {
    for (const f of nameForms(words, this.article)) {
      const a = this.index.byForm.get(f);
      if (a) return a;
    }
    const parts = words.split(/[^\p{L}\p{M}\p{N}'\u2019-]+/u).filter(Boolean);
    let first = 0;
    while (first < parts.length - 1 && this.honorifics.has(this.article.pack.fold(parts[first]))) first++;
    if (first === 0) return null;
    const rest = parts.slice(first).join(' ');
    for (const f of nameForms(rest, this.article)) {
      const a = this.index.byForm.get(f) ?? (parts.length - first === 1 ? this.index.bySurname.get(f) : undefined);
      if (a) return a;
    }
    return null;
  }

  /**
   * «the chancellor», «the Tory leader»: the one person the article gives that title («Chancellor Gordon Hale», title
   * "Tory leader"), else null. The description is read without its article.
   */
  byTitle(description: string): Actor | null {
    const words = description.split(/\s+/u).filter(Boolean);
    if (words.length < 2 || !this.article.pack.articles.has(this.fold(words[0]))) return null;
    const title = words.slice(1).map(this.fold).join(' ');
    let found: Actor | null = null;
    for (const a of new Set(this.index.mentions.map((m) => m.actor))) {
      if (a.type !== 'person') continue;
      const forms = [a.title ?? '', ...a.aliases, a.name].map((f) => f.split(/\s+/u).map(this.fold).join(' '));
      if (!forms.some((f) => f === title || f.startsWith(`${title} `))) continue;
      if (found && found !== a) return null;
      found = a;
    }
    return found;
  }

  genderOf(actor: Actor): Gender {
    let g = this.genders.get(actor);
    if (g === undefined) {
      g = this.rules.defaultGender(actor);
      // Languages that drop their subjects (verb-first Arabic) use the free pronoun mostly as a copula («هو الحل»).
      if (g === 'any' && actor.type === 'person' && !this.rules.verbFirst) g = this.pronounGender(actor);
      this.genders.set(actor, g);
    }
    return g;
  }

  /**
   * A person's gender from the gendered subject pronouns that follow their mentions in the same sentence
   * («Dana Reyes said she would …»): only a clear majority counts. Reads a few tokens per mention.
   */
  private pronounGender(actor: Actor): Gender {
    let m = 0;
    let f = 0;
    // (Not in the headline: its clipped grammar puts the pronoun of one clause after the name of another, «Woman Who
    // Accused Tom Hale When She Was 13 …».)
    const headline = this.article.headline?.span;
    for (const mention of actor.mentions.filter((x) => !headline || x.span[0] >= headline[1] || x.span[1] <= headline[0]).slice(0, PRONOUN_GENDER_MENTIONS)) {
      let prev: Token | undefined;
      for (const t of this.tokens(mention.span[1], mention.span[1] + PRONOUN_GENDER_CHARS)) {
        if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?')) break;
        const p = t.kind === 'word' ? this.pronouns.get(t.fold) : undefined;
        // («Tom Harlow (who she calls "my mentor")»: a pronoun right after a relative word is the relative clause's own
        // subject, someone else (subject-first languages).)
        if (p && prev?.kind === 'word' && this.relatives.has(prev.fold) && !this.rules.verbFirst) break;
        prev = t;
        if (!p || !p.kinds.includes('person') || p.number !== 'sg') continue;
        if (p.gender === 'm') m++;
        else if (p.gender === 'f') f++;
        break; // the first pronoun after the name is the one most likely to be its
      }
    }
    return m >= 2 * f + 1 ? 'm' : f >= 2 * m + 1 ? 'f' : 'any';
  }

  /** Remember who spoke at `at`; null for a speaker the article names but the actors do not hold (or an unnamed source). */
  record(actor: Actor | null, cue: SpeechCue | undefined, at: number, gender?: Gender, several = false): void {
    if (gender === undefined && actor && cue && cue.gender !== 'any' && cue.number === 'sg' && this.genderOf(actor) === 'any') this.genders.set(actor, cue.gender);
    this.history.push({ actor, gender: gender ?? cue?.gender ?? (actor ? this.genderOf(actor) : 'any'), number: cue?.number ?? 'any', at, fixedGender: gender !== undefined, ...(several ? { several } : {}) });
  }

  /**
   * The last speaker before `at` (and not before `since`) agreeing with the cue's gender and number: an actor,
   * null when that speaker is one the actors do not hold (better no speaker than an earlier, wrong one), or
   * undefined when there is none.
   */
  lastSpeaker(at: number, gender: Gender, number: GNumber, kinds?: readonly ActorType[], since = 0): Actor | null | undefined {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k];
      if (h.at > at) continue;
      if (h.at < since) return undefined;
      const g = h.actor && !h.fixedGender ? this.genderOf(h.actor) : h.gender;
      if (gender !== 'any' && g !== 'any' && g !== gender) continue;
      if (!h.actor) {
        if (kinds && !kinds.includes('person')) continue;
        // («The fans said "…". "…," he added»: several unnamed people are no «he».)
        if (h.several && number === 'sg') continue;
        return null;
      }
      if (kinds && !kinds.includes(h.actor.type)) continue;
      if (number === 'pl' && h.number === 'sg' && h.actor.type === 'person') continue;
      return h.actor;
    }
    return undefined;
  }

  /** The last speaker, else the last actor mentioned of the kinds. */
  speakerOrMention(at: number, gender: Gender, number: GNumber, kinds: readonly ActorType[]): Actor | null {
    const speaker = this.lastSpeaker(at, gender, number);
    return speaker !== undefined ? speaker : this.lastMentioned(at, kinds, gender);
  }

  /** Start of the paragraph before the one holding `pos` (or of that one, when it is the first). */
  previousParagraphStart(pos: number): number {
    const paras = this.article.paragraphs;
    const lo = partitionPoint(paras, (para) => para.end < pos);
    return paras[Math.max(0, lo - 1)]?.start ?? 0;
  }

  /** Whether `pos` is the first non-space character of a paragraph. */
  startsParagraph(pos: number): boolean {
    const paras = this.article.paragraphs;
    const lo = partitionPoint(paras, (para) => para.end <= pos);
    const p = paras[lo];
    return !!p && p.start <= pos && this.article.text.slice(p.start, pos).trim() === '';
  }

  insideQuote(pos: number): boolean {
    for (let k = this.quoteSpans.length - 1; k >= 0 && k >= this.quoteSpans.length - 50; k--) {
      const [s, e] = this.quoteSpans[k];
      if (pos >= s && pos < e) return true;
    }
    return false;
  }

  /** Whether the word before `pos` is a preposition (or another word that cannot precede a subject). */
  afterPreposition(pos: number): boolean {
    const before = this.tokens(Math.max(0, pos - 24), pos);
    const t = before[before.length - 1];
    return !!t && t.kind === 'word' && this.stops.has(t.fold);
  }

  /**
   * The person subject of the sentence holding `pos` (named before it), or with `previous` of the sentence before it
   * (the last one not inside a quote): its first person named outside quotes and not after a preposition, when the
   * gender agrees. null when there is none.
   */
  /** Set while `clauseSubjectBefore` resolves a pronoun opening the sentence before (no deeper recursion). */
  private resolvingOpener = false;

  clauseSubjectBefore(pos: number, gender: Gender, previous: boolean): Actor | null {
    const sentences = this.article.sentences;
    const lo = partitionPoint(sentences, (s) => s.end <= pos);
    let s = lo;
    let end = pos;
    if (previous) {
      s--;
      while (s >= 0 && this.insideQuote(sentences[s].start) && this.insideQuote(Math.max(sentences[s].start, sentences[s].end - 2))) s--;
      if (s < 0) return null;
      end = sentences[s].end;
    }
    const sentence = sentences[s];
    if (!sentence || sentence.start >= end) return null;
    // (Bounded: the subject opens the sentence; a long one is read from its start only.)
    const toks = this.tokens(sentence.start, Math.min(end, sentence.start + EVENT_SCAN_CHARS));
    if (toks.length < 2) return null;
    // «He also said that Speaker Jo Roe should … . "…," he said»: a sentence opened by a pronoun has it as subject,
    // not a name later in it: the person that pronoun refers to (subject-first languages).
    // (One level only: the pronoun is resolved without reading back through further pronoun-led sentences, which
    // would make a run of them quadratic.)
    const opener = previous && opensWithPronoun(this, toks) ? (this.conjunctions.has(toks[0].fold) ? 1 : 0) : -1;
    if (opener >= 0 && this.resolvingOpener) return null;
    let subject: Actor | null;
    if (opener >= 0) {
      this.resolvingOpener = true;
      try {
        subject = resolvePhrase(this, toks, opener, opener + 1, undefined, toks[opener].start).actor;
      } finally {
        this.resolvingOpener = false;
      }
    } else subject = sentenceSubject(this, toks, toks.length - 1, true);
    if (!subject || subject.type !== 'person') return null;
    const g = this.genderOf(subject);
    return gender === 'any' || g === 'any' || g === gender ? subject : null;
  }

  /**
   * Index of the sentence holding `pos`, taken back over a sentence that is one whole quote: «"How can it be right?" he
   * asked.» is split after the question mark, but the quote and its attribution are one sentence (subject-first
   * languages).
   */
  ownSentenceIndex(pos: number): number {
    const sentences = this.article.sentences;
    let lo = partitionPoint(sentences, (s) => s.end <= pos);
    if (this.rules.verbFirst) return lo;
    const recent = this.quoteSpans.slice(-50);
    // (Only a quote that is that one sentence: a longer quote split at its own full stops keeps the old reading.)
    while (lo > 0 && recent.some(([qs, qe]) => qs <= sentences[lo - 1].start + 2 && Math.abs(qe - sentences[lo - 1].end) <= 2 && qs < pos)) lo--;
    return lo;
  }

  /**
   * The person the sentence before `pos` introduces as its subject or as the agent of its passive («… was welcomed by
   * Y.»), when no speech was recorded since that sentence began and that sentence holds no quote: null otherwise.
   */
  freshPersonBefore(pos: number, gender: Gender): Actor | null {
    const sentences = this.article.sentences;
    const lo = this.ownSentenceIndex(pos);
    const prev = sentences[lo - 1];
    if (!prev) return null;
    const recentQuotes = this.quoteSpans.slice(-50);
    // «X said he was "fed up" … but Y rejected his comments. "…," he said»: in a sentence with a quote, a clause
    // joined after its last quote by a conjunction brings in its own subject (subject-first languages: `clauseStart`).
    const clauseStart = this.clauseAfterQuotes(prev, recentQuotes);
    if (clauseStart < 0) return null;
    for (let k = this.history.length - 1; k >= 0 && k >= this.history.length - 50; k--) {
      const at = this.history[k].at;
      if (at >= clauseStart && at <= pos) return null;
    }
    // Only when the pronoun's own sentence holds nothing but a quote before it («"…," he said»).
    const own = sentences[lo];
    if (!own) return null;
    let from = own.start;
    for (const [s, e] of recentQuotes) {
      if (s > pos || e < from) continue;
      if (/\p{L}/u.test(this.article.text.slice(from, Math.max(from, s)))) return null;
      from = Math.max(from, e);
    }
    // (Or an adjunct opening the sentence: «In a statement, he said», «Speaking in Leeds, she said».)
    if (/\p{L}/u.test(this.article.text.slice(from, pos)) && !this.leadingAdjunct(from, pos)) return null;
    const toks = this.tokens(clauseStart, Math.min(prev.end, clauseStart + EVENT_SCAN_CHARS));
    if (toks.length < 2) return null;
    // «He said getting Y to leave …»: a sentence opened by a pronoun keeps its subject; Y is no new subject.
    const opener = toks[0].kind === 'word' && this.conjunctions.has(toks[0].fold) ? toks[1] : toks[0];
    if (opener.kind === 'word' && this.pronouns.has(opener.fold)) return null;
    let found = sentenceSubject(this, toks, toks.length - 1, true);
    if (!found || found.type !== 'person') found = this.passiveAgentIn(toks);
    if (!found || found.type !== 'person') return null;
    const g = this.genderOf(found);
    return gender === 'any' || g === 'any' || g === gender ? found : null;
  }

  /**
   * Where the clause of `sentence` that can bring in a fresh subject starts: the sentence's start when no quote is in
   * it; else, after its last quote, the word after a conjunction («… "fed up" with it but Y rejected …»), in
   * subject-first languages only; -1 when there is none.
   */
  clauseAfterQuotes(sentence: Segment, quotes: readonly Span[]): number {
    const inside = quotes.filter(([s, e]) => s < sentence.end && e > sentence.start);
    if (inside.length === 0) return sentence.start;
    if (this.rules.verbFirst) return -1;
    const lastEnd = Math.max(...inside.map(([, e]) => e));
    const tail = this.tokens(lastEnd, sentence.end);
    const c = tail.findIndex((t) => t.kind === 'word' && this.conjunctions.has(t.fold));
    return c < 0 || c + 1 >= tail.length ? -1 : tail[c + 1].start;
  }

  /**
   * «Mr Roe's spokesman would not confirm …. He said: "…"»: the unnamed source (a source noun with its
   * article, possessor or modifiers) opening the sentence right before `pos`, as written; null when that sentence
   * opens otherwise, holds a quote, or the pronoun cannot be that source (a plural noun, the other sex's noun).
   * Subject-first languages.
   */
  unnamedSubjectBefore(pos: number, gender: Gender): { text: string; span: Span } | null {
    if (this.rules.verbFirst) return null;
    const sentences = this.article.sentences;
    const prev = sentences[this.ownSentenceIndex(pos) - 1];
    if (!prev || this.quoteSpans.slice(-50).some(([s, e]) => s < prev.end && e > prev.start)) return null;
    const toks = this.tokens(prev.start, Math.min(prev.end, prev.start + EVENT_SCAN_CHARS));
    let i = toks[0]?.kind === 'word' && this.conjunctions.has(toks[0].fold) ? 1 : 0;
    // (An adjunct may open the sentence: «On Monday, a spokesman …».)
    const comma = toks.findIndex((t, k) => k >= i && k <= i + ADJUNCT_MAX_TOKENS && t.text === ',');
    if (comma > i && this.leadingAdjunct(toks[i].start, toks[comma].end)) i = comma + 1;
    for (let h = i; h < toks.length && h <= i + SOURCE_MODIFIER_TOKENS + 2; h++) {
      const t = toks[h];
      if (t.kind === 'punct' ? t.text !== "'" && t.text !== '\u2019' : this.cue(t) || (this.stops.has(t.fold) && !this.article.pack.articles.has(t.fold))) return null;
      if (t.kind !== 'word' || !this.has(this.anonymous, t)) continue;
      // («official spokesman»: the last of the source nouns is the head.)
      if (toks[h + 1]?.kind === 'word' && this.has(this.anonymous, toks[h + 1])) continue;
      // A singular source noun of the pronoun's sex, then the sentence's verb.
      if (t.fold.endsWith('s') || t.fold === 'people' || (gender === 'm' && t.fold.endsWith('woman')) || (gender === 'f' && t.fold.endsWith('sman'))) return null;
      if (h + 1 >= toks.length || toks[h + 1].kind !== 'word') return null;
      return { text: this.article.text.slice(toks[i].start, t.end), span: [toks[i].start, t.end] };
    }
    return null;
  }

  /**
   * Whether [from, pos) is an adjunct opening a subject-first sentence, closed by a comma: a preposition or a participle,
   * then up to ten words with no speech verb and no quote («In an interview with the BBC,», «Speaking in Leeds,»).
   */
  private leadingAdjunct(from: number, pos: number): boolean {
    if (this.rules.verbFirst) return false;
    const toks = this.tokens(from, pos);
    const first = toks[0];
    const last = toks[toks.length - 1];
    if (!first || first.kind !== 'word' || !last || last.text !== ',' || toks.length > ADJUNCT_MAX_TOKENS) return false;
    if (!(this.stops.has(first.fold) && !this.conjunctions.has(first.fold)) && !/\p{L}ing$/u.test(first.fold)) return false;
    return toks.every((t, k) => (t.kind === 'punct' ? (t.text === ',' ? k === toks.length - 1 : !isMark(t.text)) : !this.cue(t) || k === 0));
  }

  /** The person named (within a few words) after the passive agent word that follows a participle («welcomed by …»). */
  private passiveAgentIn(toks: Token[]): Actor | null {
    const by = this.rules.passiveAgent?.by;
    if (!by) return null;
    for (let k = 1; k < toks.length - 1; k++) {
      if (toks[k].fold !== by || toks[k - 1].kind !== 'word' || !this.rules.isParticiple?.(toks[k - 1].fold)) continue;
      let end = k + 1;
      while (end < toks.length && end - k <= 6 && toks[end].kind === 'word') end++;
      for (const m of mentionsStartingIn(this.index, toks[k].end, toks[end - 1].end)) {
        if (!this.insideQuote(m.start) && m.actor.type === 'person') return m.actor;
      }
      return null;
    }
    return null;
  }

  /**
   * The last person mentioned before `at` (outside quotes) whose title, or the few words right before the mention
   * («صاحب السمو الملكي الأمير فلان», «معالي وزير الصحة فلان»), hold one of `titles` (folded, article and clitics off).
   */
  lastTitled(at: number, titles: readonly string[], gender: Gender): Actor | null {
    const wanted = new Set(titles);
    const fold = this.article.pack.fold;
    // (A feminine pronoun, «معاليها», wants a feminine title, «وزيرة», unless the person is known to be a woman.)
    const feminine = (st: string) => st.endsWith('\u0647');
    const holds = (text: string, actor: Actor) => text.split(/[^\p{L}\p{M}]+/u).some((w) => w && this.article.pack.stems(fold(w)).some((st) => wanted.has(st) && (gender !== 'f' || this.genderOf(actor) === 'f' || feminine(st))));
    let k = firstMentionFrom(this.index, at) - 1;
    for (let seen = 0; k >= 0 && seen < 400; k--, seen++) {
      const m = this.index.mentions[k];
      if (m.end > at || m.actor.type !== 'person' || this.insideQuote(m.start)) continue;
      const g = this.genderOf(m.actor);
      if (gender !== 'any' && g !== 'any' && g !== gender) continue;
      // (Only the words after the mention before it: «فلان أمير المنطقة، ووزير الزراعة علان» gives علان no «أمير».)
      const from = Math.max(0, m.start - TITLE_LOOKBACK_CHARS, k > 0 ? this.index.mentions[k - 1].end : 0);
      if ((m.actor.title && holds(m.actor.title, m.actor)) || holds(this.article.text.slice(Math.min(from, m.start), m.start), m.actor)) return m.actor;
    }
    return null;
  }

  /** The last actor mentioned before `at` (outside quotes) of one of the kinds and a compatible gender. */
  lastMentioned(at: number, kinds: readonly ActorType[], gender: Gender, notAfterPreposition = false): Actor | null {
    let k = firstMentionFrom(this.index, at) - 1;
    for (let seen = 0; k >= 0 && seen < 400; k--, seen++) {
      const m = this.index.mentions[k];
      if (m.end > at || this.insideQuote(m.start)) continue;
      if (!kinds.includes(m.actor.type)) continue;
      const g = this.genderOf(m.actor);
      if (gender !== 'any' && g !== 'any' && g !== gender) continue;
      // A place named after a preposition («في دبي», "in Ohio") is a setting, not a government that speaks.
      if ((m.actor.type === 'location' || notAfterPreposition) && this.afterPreposition(m.start)) continue;
      return m.actor;
    }
    return null;
  }
}

/**
 * The plural unnamed source (`anonymousNouns`: «police», «officials», «organisers») that speaks in the sentence right
 * before `pos` («…, police said.», «Officials said …»), when that sentence holds no quote: its span, else null.
 */
function pluralSourceBefore(ctx: Context, pos: number): Span | null {
  const sentences = ctx.article.sentences;
  const prev = sentences[partitionPoint(sentences, (s) => s.end <= pos) - 1];
  if (!prev || ctx.quoteSpans.slice(-50).some(([s, e]) => s < prev.end && e > prev.start)) return null;
  const toks = ctx.tokens(prev.start, Math.min(prev.end, prev.start + EVENT_SCAN_CHARS));
  for (let k = 1; k < toks.length; k++) {
    const cue = ctx.cueAt(toks, k);
    if (!cue || cue.role !== 'verb') continue;
    const h = toks[k - 1];
    if (h.kind !== 'word' || !ctx.has(ctx.anonymous, h) || !ctx.rules.pluralSource?.(h.fold)) return null;
    // (Lower-case modifiers before the noun belong to it: «local police», «senior officials».)
    let b = k - 1;
    while (b > 0 && toks[b - 1].kind === 'word' && /^\p{Ll}/u.test(toks[b - 1].text) && !ctx.stops.has(toks[b - 1].fold) && !ctx.article.pack.articles.has(toks[b - 1].fold) && k - b < SOURCE_MODIFIER_TOKENS) b--;
    return [toks[b].start, h.end];
  }
  return null;
}

/** Index of the first token starting at or after `pos` (binary search). */
function firstTokenFrom(toks: readonly Token[], pos: number): number {
  return partitionPoint(toks, (t) => t.start < pos);
}

/** Resolve the words of a speaker phrase starting at token `i` (and ending before `limit`). */
function resolvePhrase(ctx: Context, toks: Token[], i: number, limit: number, cue: SpeechCue | undefined, at: number): Omit<SpeakerFinding, 'rule' | 'governed' | 'kind'> & { rule: SpeakerFinding['rule'] | null; end: number } {
  let j = i;
  // A cue after a determiner is a noun ("the report"), not a verb ending the phrase.
  while (j < limit && j - i < SUBJECT_MAX_TOKENS && (!isPhraseBreak(ctx, toks[j]) || (j > i && isDeterminer(toks[j - 1]) && toks[j].kind === 'word' && !!ctx.cue(toks[j])))) j++;
  // A full stop closing the phrase ends the sentence, not an abbreviation inside the name.
  while (j > i && toks[j - 1].text === '.' && !isAbbreviationBefore(ctx, toks, j - 1)) j--;
  // A name written on an addressee cue («لقناة X») is who was spoken to: it ends the speaker phrase.
  for (let k = i + 1; k < j; k++) if (isAddresseeClitic(ctx, toks[k])) { j = k; break; }
  if (j === i) return { actor: null, text: null, span: null, rule: null, end: i };
  const first = toks[i];
  const span: Span = [first.start, toks[j - 1].end];
  const phrase = ctx.article.text.slice(span[0], span[1]);
  const pronoun = ctx.pronouns.get(first.fold);
  if (pronoun && j - i === 1) {
    const gender = pronoun.gender !== 'any' ? pronoun.gender : cue?.gender ?? 'any';
    // A pronoun after speech refers to the recent speaker (the paragraph before or this one); else to the last actor named.
    const since = ctx.previousParagraphStart(first.start);
    // Subject-first languages: a person named as the subject earlier in the pronoun's own sentence is its antecedent
    // («Clinton drew cheers when she told them "…"»), before any earlier speaker.
    // («Mr Roe has failed, he claimed, …»: a pronoun in a parenthetical attribution after a fronted reported clause is not
    // the clause's subject; it refers back to the speaker.)
    // (The person antecedents below are for a pronoun that can be a person: «it» never is one.)
    const personal = pronoun.kinds.includes('person');
    const own = ctx.rules.verbFirst || pronoun.number !== 'sg' || !personal || parentheticalPronoun(ctx, toks, i) ? null : ctx.clauseSubjectBefore(first.start, gender, false);
    // An unnamed source opening the sentence right before («A spokesman for the port declined to comment. He said:»)
    // is who the pronoun picks up; the sources stage names it as written.
    // («A man was arrested, police said. "…," they said»: a plural unnamed source speaking in the sentence before is
    // who «they» picks up, not a person who spoke earlier. Subject-first languages.)
    const plural = pronoun.number === 'pl' && !ctx.rules.verbFirst ? pluralSourceBefore(ctx, first.start) : null;
    if (plural) return { actor: null, text: ctx.article.text.slice(plural[0], plural[1]), span: plural, rule: 'speaker:anonymous', end: j };
    const unnamed = own || pronoun.number !== 'sg' || !pronoun.kinds.includes('person') ? null : ctx.unnamedSubjectBefore(first.start, gender);
    if (unnamed) return { actor: null, text: unnamed.text, span: unnamed.span, rule: 'speaker:anonymous', end: j };
    // A person brought in by the sentence right before, after the last speech («The plan was welcomed by Y. "…," he
    // said»), is who the pronoun picks up, not a speaker from before Y was introduced.
    const fresh = own ?? (ctx.rules.verbFirst || pronoun.number !== 'sg' || !personal ? null : ctx.freshPersonBefore(first.start, gender));
    const recent = own ?? fresh ?? ctx.lastSpeaker(first.start, gender, pronoun.number, pronoun.kinds, since);
    // With no recent speaker, the subject of the sentence before («Trump questioned …, blamed Obama for …, Duterte. "…,"
    // he said») rather than the last name mentioned.
    const previous = recent !== undefined || ctx.rules.verbFirst || pronoun.number !== 'sg' || !personal ? null : ctx.clauseSubjectBefore(first.start, gender, true);
    // «وقال سموه»: a pronoun of honour stands for the last person the story gave a matching title.
    const titled = pronoun.titles ? ctx.lastTitled(first.start, pronoun.titles, gender) : null;
    const actor = titled ?? (recent !== undefined ? recent : previous ?? ctx.lastMentioned(first.start, pronoun.kinds, gender) ?? ctx.lastSpeaker(first.start, gender, pronoun.number, pronoun.kinds) ?? null);
    return { actor, text: first.text, span: [first.start, first.end], rule: 'speaker:pronoun', end: j };
  }
  if (ctx.has(ctx.documents, first) || (j - i > 1 && ctx.has(ctx.documents, toks[i + 1]) && isDeterminer(first))) {
    const docTok = ctx.has(ctx.documents, first) ? first : toks[i + 1];
    // «بيان الوزارة», «بيان رئيس الإقليم فلان»: the issuer named right after the document.
    const d = toks.indexOf(docTok, i);
    const issuer = documentIssuer(ctx, toks, d, j) ?? linkedDocumentIssuer(ctx, toks, d, limit);
    if (issuer) return { ...issuer, end: j };
    // «بيان الداخلية التونسية»: a body named without its head noun («وزارة الداخلية التونسية»).
    const headless = d + 1 < j ? headlessBody(ctx, toks, d + 1, j) : null;
    if (headless) return { actor: headless.actor, text: phrase, span, rule: 'speaker:document', end: j };
    // «بيان رئاسة الإقليم»: an issuer named in construct that no actor holds; not the last body mentioned.
    if (namesUnknownIssuer(ctx, toks, d, j)) return { actor: null, text: phrase, span, rule: 'speaker:document', end: j };
    // «a statement on her website», "in a letter to his fans": the owner the possessive pronoun refers to.
    const owner = possessiveOwner(ctx, toks, d + 1, Math.min(limit, d + 1 + DOCUMENT_COMPLEMENT_TOKENS), docTok.start);
    if (owner) return { actor: owner, text: phrase, span, rule: 'speaker:document', end: j };
    // «البيان» again: the issuer of the statement quoted before.
    const prior = ctx.documentIssuers.get(documentKey(ctx, docTok));
    if (prior !== undefined) return { actor: prior, text: ctx.article.text.slice(first.start, docTok.end), span: [first.start, docTok.end], rule: 'speaker:document', end: j };
    // «وفقا لتقرير نشرته الشبكة …» earlier, «ويضيف التقرير أن «…»» now: the body named with the same document before.
    const earlier = ctx.rules.constructState && ctx.rules.constructState.isDefinite(docTok.fold) ? earlierDocumentIssuer(ctx, docTok) : null;
    if (earlier) return { actor: earlier, text: ctx.article.text.slice(first.start, docTok.end), span: [first.start, docTok.end], rule: 'speaker:document', end: j };
    // The issuer was named before the document: a name between it and the quote is its object («طالب البيان X بـ»).
    // (Subject-first languages: the last body a recent sentence made its subject, «Firm X has filed a lawsuit …. The
    // lawsuit, filed before the Y conference, …. The complaint said "…"», not a body named in passing.)
    // (Verb-first languages: not a body named after a preposition, «أحيلت القضية إلى المحكمة»: it received the
    // document, it did not issue it.)
    const actor = ctx.lastSpeaker(docTok.start, 'any', 'any', ['organization', 'group']) ?? (ctx.rules.verbFirst ? null : bodySubjectBefore(ctx, docTok.start)) ?? ctx.lastMentioned(docTok.start, ['organization', 'group'], 'any', ctx.rules.verbFirst);
    // (an unresolved speaker is never the issuer of a document: kinds exclude it)
    return { actor, text: ctx.article.text.slice(first.start, docTok.end), span: [first.start, docTok.end], rule: 'speaker:document', end: j };
  }
  // Named actors in the phrase. A phrase opening with a name is that actor («حزب X اتهم اردوغان»: the
  // object follows); a phrase opening with a title names the person in apposition («رئيس حزب «X» الدكتور Y»).
  const inPhrase = mentionsStartingIn(ctx.index, span[0], span[1]);
  const startsAnonymous = ctx.has(ctx.anonymous, first) || (j - i > 1 && isDeterminer(first) && ctx.has(ctx.anonymous, toks[i + 1]));
  // «المتحدث باسم الوزارة فلان», "spokesman John Reyes": a role noun with the person named at the end of the phrase.
  const lastPerson = inPhrase.length > 0 && inPhrase[inPhrase.length - 1].actor.type === 'person' ? inPhrase[inPhrase.length - 1] : null;
  if (startsAnonymous && lastPerson && lastPerson.end >= span[1] - 1 && lastPerson.start > first.end && !isIndefiniteSource(ctx, first)) {
    return { actor: lastPerson.actor, text: ctx.article.text.slice(lastPerson.start, lastPerson.end), span: [lastPerson.start, lastPerson.end], rule: null, end: j };
  }
  // «said EEF chief economist, Sam Roe.», «said the firm's chief executive, Jo Ode»: a title closing the phrase, then
  // a person's name as its apposition (subject-first languages).
  const apposed = !ctx.rules.verbFirst && !inPhrase.some((m) => m.actor.type === 'person') ? personApposedToTitle(ctx, toks, i, j) : null;
  if (apposed) return { actor: apposed.actor, text: ctx.article.text.slice(apposed.start, apposed.end), span: [apposed.start, apposed.end], rule: null, end: j };
  const markedName = startsAnonymous || i + 1 >= j ? null : markedNameClosing(ctx, toks, i, j, at);
  if (markedName) return { actor: markedName.actor, text: ctx.article.text.slice(markedName.span[0], markedName.span[1]), span: markedName.span, rule: null, end: j };
  const described = startsAnonymous ? undefined : describedPersonAfter(ctx, toks, i, j, phrase, first.start) ?? describedBodyAfter(ctx, toks, i, j, first.start);
  if (described !== undefined) return { actor: described, text: phrase, span, rule: null, end: j };
  if (inPhrase.length > 0 && !startsAnonymous) {
    const persons = inPhrase.filter((m) => m.actor.type === 'person');
    const opening = inPhrase[0].start <= first.start + 1 || (isDeterminer(first) && j - i > 1 && inPhrase[0].start <= toks[i + 1].start);
    // «said WTO spokesman Jan Novak», "Harbor Union leader Jane Kettle": a body opening the phrase qualifies the title
    // of the person who closes it (subject-first languages, where such a modifier precedes its head).
    // The same with a person opening it («said Obama adviser Dan Roe», "Roe's lawyer Jan Ode"): a lower-case title
    // word between the two names makes the first a modifier of the title, not the speaker.
    if (opening && !ctx.rules.verbFirst && lastPerson && lastPerson.actor !== inPhrase[0].actor && lastPerson.end >= span[1] - 1 && titleBetween(ctx, toks, inPhrase[0].end, lastPerson.start) && (inPhrase[0].actor.type !== 'person' || titleWordBetween(ctx, toks, inPhrase[0].end, lastPerson.start))) {
      return { actor: lastPerson.actor, text: ctx.article.text.slice(lastPerson.start, lastPerson.end), span: [lastPerson.start, lastPerson.end], rule: null, end: j };
    }
    // «وقالت والدة الطفل فلان»: a relation noun in construct opening the phrase has the person named after it as its
    // genitive; the speaker is the relative, named in apposition after a comma («محامي المتهم فلان، علان، إن») or not at
    // all. (With its article it is a title before the speaker's own name: «المحامي فلان»; only a conjunction may be
    // written on the noun.)
    if (!opening && persons.length > 0 && ctx.rules.verbFirst && ctx.rules.relationNouns && first.kind === 'word' && ctx.article.pack.stems(first.fold).some((st) => ctx.rules.relationNouns!.includes(st) && first.fold.length - st.length <= 1)) {
      const apposed = unknownInApposition(ctx, toks, j, limit, cue);
      if (apposed) return { actor: apposed.actor, text: ctx.article.text.slice(apposed.span[0], apposed.span[1]), span: apposed.span, rule: null, end: j };
      return { actor: null, text: phrase, span, rule: 'speaker:anonymous', end: j };
    }
    // («وأشاد المدرب فلان بالمهاجم علان الذي وصفه بـ«…»»: a person after a word with a preposition written on it is
    // the verb's object; the person named before it is the subject. Verb-first languages.)
    const objectAfter = ctx.rules.verbFirst && persons.length > 1 ? prepositionalBetween(ctx, toks, persons[0].end, persons[persons.length - 1].start) : false;
    const pick = opening ? inPhrase[0] : persons.length > 0 ? persons[objectAfter ? 0 : persons.length - 1] : inPhrase[0];
    // A title whose body is held («رئيس مجلس الإدارة في «X» فلان»): in a verb-first language the person named after
    // the title's complement is the speaker, not the body inside the title.
    const after = !opening && persons.length === 0 && ctx.rules.verbFirst ? nameAfterTitle(ctx, toks, j, limit) : null;
    if (after) return { actor: after.actor, text: ctx.article.text.slice(after.start, after.end), span: [after.start, after.end], rule: null, end: j };
    const unnamed = !opening && persons.length === 0 && ctx.rules.verbFirst ? personAfterMarkedPlace(ctx, toks, j, limit, cue) ?? personOfTitle(ctx, toks, i, j, limit, inPhrase[0].start, cue) : null;
    if (unnamed) return { actor: unnamed.actor, text: ctx.article.text.slice(unnamed.span[0], unnamed.span[1]), span: unnamed.span, rule: null, end: j };
    // «وقال أمين عام غرفة X:»: a title word opening the phrase, with only a body in its complement, is the office of the
    // one person the story names with that title beside that body («أمينها العام الدكتور فلان»), not the body.
    const officeHolder = !opening && persons.length === 0 && ctx.rules.verbFirst && pick.actor.type !== 'person' ? bodyTitleHolder(ctx, first, pick.actor) : null;
    if (officeHolder) return { actor: officeHolder, text: phrase, span, rule: null, end: j };
    // «ونفى رئيس اللجنة الانتخابية …، معتبرا أن «…»», «وأضاف قائد النادي ومنتخب بلاده السابق "…"»: the head of a body
    // the story does not name speaks, unnamed, as written; not the body.
    const heads = ctx.rules.personTitleHeads;
    if (!opening && persons.length === 0 && ctx.rules.verbFirst && heads && pick.actor.type !== 'person' && pick.actor.type !== 'location' && first.kind === 'word' && ctx.article.pack.stems(first.fold).some((st) => heads.includes(st))) {
      // («رئيسة مفوضية الاتحاد نكوسازانا فلانة»: a person the actors miss, named after the body, speaks.)
      const after = toks.findIndex((x) => x.start >= pick.end);
      const named = after > i && after < j ? unknownPerson(ctx, toks, after, j, cue) : null;
      if (named) return { actor: named.actor, text: ctx.article.text.slice(named.span[0], named.span[1]), span: named.span, rule: null, end: j };
      // («مدير عام مكتب التربية بالمحافظة "فلان فلاني" …»: or named in quotation marks a few words after it.)
      for (let o = after; o > i && o < j && o - after <= TITLE_COMPLEMENT_WORDS_AFTER_BODY && toks[o].start < at; o++) {
        if (!isMarkToken(toks[o])) {
          if (toks[o].kind !== 'word') break;
          continue;
        }
        const close = closingMarkWithin(toks, o, Math.min(j, o + UNKNOWN_NAME_WORDS.max + 2));
        const ws = close > o ? toks.slice(o + 1, close) : [];
        if (ws.length > 0 && nameSlotAfter(ctx, toks[o - 1]) && personNameWords(ctx, ws)) {
          const person = personOfMarkedName(ctx, ws);
          return { actor: person.actor, text: ctx.article.text.slice(person.span[0], person.span[1]), span: person.span, rule: null, end: j };
        }
        break;
      }
      // (The words up to the body's name: an object may follow, «ونفى رئيس اللجنة هذا التراجع».)
      const own: Span = [first.start, Math.max(pick.end, first.end)];
      return { actor: null, text: ctx.article.text.slice(own[0], own[1]), span: own, rule: 'speaker:anonymous', end: j };
    }
    // A place closing a longer phrase qualifies its head («رئاسة إقليم كردستان العراق», «وزير خارجية فرنسا»): the
    // head, which the actors do not hold, is the speaker, not the place.
    if (!opening && pick.actor.type === 'location') return { actor: null, text: phrase, span, rule: null, end: j };
    const longer = pick.actor.type === 'person' ? surnameAfter(ctx, toks, pick, j) : null;
    if (longer) return { actor: pick.actor, text: ctx.article.text.slice(pick.start, longer), span: [pick.start, longer], rule: null, end: j };
    return { actor: pick.actor, text: ctx.article.text.slice(pick.start, pick.end), span: [pick.start, pick.end], rule: null, end: j };
  }
  const overlapping = startsAnonymous ? [] : mentionsOverlapping(ctx.index, span[0], span[0] + 1);
  if (overlapping.length > 0) {
    const m = overlapping[0];
    return { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end], rule: null, end: j };
  }
  // No mention: the longest prefix of the phrase that is an actor's name or alias.
  // («وقال مندوب خليجي في أوبك» where the actors hold a bare «مندوب»: an unnamed source keeps its words, so only the
  // whole phrase may be a name.)
  for (let e = j; e > (startsAnonymous ? j - 1 : i); e--) {
    const words = ctx.article.text.slice(first.start, toks[e - 1].end);
    const actor = ctx.byName(words);
    if (actor) return { actor, text: words, span: [first.start, toks[e - 1].end], rule: null, end: j };
  }
  // «وقالت الداخلية التونسية»: a body named without its head noun.
  const headless = startsAnonymous ? null : headlessBody(ctx, toks, i, j);
  if (headless) return { actor: headless.actor, text: ctx.article.text.slice(first.start, headless.end), span: [first.start, headless.end], rule: null, end: j };
  const body = !startsAnonymous && j - i <= 2 ? bodyByHeadNoun(ctx, first) : null;
  if (body) return { actor: body, text: first.text, span: [first.start, first.end], rule: null, end: j };
  if (startsAnonymous) {
    // «مصدر في الوزارة», «مسؤول من الحكومة»: the source's affiliation belongs to its name; after a describing clause
    // («امرأة طعنها الإرهاب في …»: a verb with an object pronoun) the preposition is the clause's, not the source's.
    let e = describedByClause(ctx, toks, i, j) ? j : sourceComplementEnd(ctx, toks, j, limit);
    // («a spokesman for Ofcom.»: the sentence's full stop is not part of the name.)
    while (e > j && toks[e - 1].text === '.') e--;
    const full: Span = [span[0], toks[e - 1].end];
    return { actor: null, text: ctx.article.text.slice(full[0], full[1]), span: full, rule: 'speaker:anonymous', end: j };
  }
  // A title is a construct («خبير الشؤون») or a definite noun («الباحث»); one bare word is more likely a name.
  const titleLike = j - i >= 2 || !!ctx.rules.constructState?.isDefinite(first.fold);
  const named = titleLike ? nameAfterTitle(ctx, toks, j, limit) ?? namedInApposition(ctx, toks, j, limit) : null;
  if (named) return { actor: named.actor, text: ctx.article.text.slice(named.start, named.end), span: [named.start, named.end], rule: null, end: j };
  // «وقال مدير الإدارة، فلان فلاني، إن …»: a title, then a person no actor holds, named between commas.
  const apposedUnknown = titleLike && ctx.rules.verbFirst ? unknownInApposition(ctx, toks, j, limit, cue) : null;
  if (apposedUnknown) return { actor: apposedUnknown.actor, text: ctx.article.text.slice(apposedUnknown.span[0], apposedUnknown.span[1]), span: apposedUnknown.span, rule: null, end: j };
  const unknown = unknownPerson(ctx, toks, i, j, cue);
  if (unknown) return { actor: unknown.actor, text: ctx.article.text.slice(unknown.span[0], unknown.span[1]), span: unknown.span, rule: null, end: j };
  // «وقال ليون إن …», «ويؤكد المشنوق أن …»: a lone surname the actors missed, written in full earlier after a title
  // («المبعوث الأممي برناردينو ليون», «لوزير الداخلية، نهاد المشنوق،»): that person.
  const earlier = j - i === 1 && !cue?.takesObject ? surnameWrittenBefore(ctx, first) : null;
  if (earlier) return { actor: earlier, text: first.text, span: [first.start, first.end], rule: null, end: j };
  // «وقال المدرب», «وأضاف اللاعب»: a lone definite title is the one person the story gives that title beside his name.
  const holder = j - i === 1 && ctx.rules.verbFirst ? titleHolder(ctx, first) : null;
  if (holder) return { actor: holder, text: phrase, span, rule: null, end: j };
  return { actor: null, text: phrase, span, rule: null, end: j };
}

/**
 * «said the Old Trafford boss», «said the 23-year-old», «said the former England captain»: a definite description
 * (the article, modifiers — a name among them qualifies the head — and a head noun of a person, `personHead`) refers back to a person the article named. The actor holding that title, else
 * the person named most often among those named in this paragraph and the one before, else the last speaker, else the
 * last person named. Subject-first languages only; undefined when the phrase is no such description.
 */
function describedPersonAfter(ctx: Context, toks: Token[], i: number, j: number, phrase: string, at: number): Actor | null | undefined {
  const isPerson = ctx.rules.personHead;
  if (!isPerson || ctx.rules.verbFirst || j - i < 2 || toks[i].fold !== 'the') return undefined;
  const head = toks[j - 1];
  if (head.kind !== 'word' || !isPerson(head.fold) || ctx.cue(head)) return undefined;
  if (mentionsOverlapping(ctx.index, head.start, head.end).length > 0) return undefined;
  return (
    ctx.byName(phrase) ??
    ctx.byTitle(phrase) ??
    mostNamedPersonBefore(ctx, ctx.previousParagraphStart(at), at, phrase) ??
    ctx.lastSpeaker(at, 'any', 'sg', ['person']) ??
    ctx.lastMentioned(at, ['person'], 'any')
  );
}

const DESCRIPTION_HEAD_TOKENS = 5;
/**
 * «But the Tory leader argued …», «The 30-year-old, who …, said»: a clause (from `clauseStart`, else the sentence's
 * start after a conjunction) opening with the definite article, up to four modifiers and a head noun of a person
 * (`personHead`), then a lower-case word or punctuation: the person it describes (as after a verb: the actor holding
 * that title, else the person named most often in this and the paragraph before), null when none is found;
 * undefined when the clause opens otherwise. Subject-first languages only.
 */
function describedOpening(ctx: Context, toks: Token[], clauseStart: number, k: number): Actor | null | undefined {
  const isPerson = ctx.rules.personHead;
  if (!isPerson || ctx.rules.verbFirst) return undefined;
  let s = 0;
  if (clauseStart >= 0) {
    while (s < k && toks[s].start < clauseStart) s++;
  } else if (toks[0].kind === 'word' && ctx.conjunctions.has(toks[0].fold)) s = 1;
  if (s >= k || toks[s].fold !== 'the' || ctx.insideQuote(toks[s].start)) return undefined;
  for (let t = s + 1; t < k && t - s <= DESCRIPTION_HEAD_TOKENS; t++) {
    const w = toks[t];
    if (w.kind !== 'word' || ctx.stops.has(w.fold) || ctx.cue(w)) return undefined;
    if (!isPerson(w.fold)) continue;
    const next = toks[t + 1];
    if (next && next.kind === 'word' && !/^\p{Ll}/u.test(next.text)) return undefined;
    if (mentionsOverlapping(ctx.index, w.start, w.end).length > 0) return undefined;
    const phrase = ctx.article.text.slice(toks[s].start, w.end);
    return ctx.byName(phrase) ?? ctx.byTitle(phrase) ?? mostNamedPersonBefore(ctx, ctx.previousParagraphStart(toks[s].start), toks[s].start, phrase);
  }
  return undefined;
}

const BODY_DESCRIPTION_TOKENS = 3;
/**
 * «said the company», «said the club's board»: the definite article and a body noun (`bodyNouns`), at most one
 * modifier between, refer to the last organisation or group named (as «the company said» does before the verb).
 * Subject-first languages only; undefined when the phrase is no such description.
 */
function describedBodyAfter(ctx: Context, toks: Token[], i: number, j: number, at: number): Actor | null | undefined {
  if (ctx.rules.verbFirst || !ctx.rules.bodyNouns || j - i < 2 || j - i > BODY_DESCRIPTION_TOKENS || toks[i].fold !== 'the') return undefined;
  const head = toks[j - 1];
  if (head.kind !== 'word' || !ctx.rules.bodyNouns.includes(head.fold) || mentionsStartingIn(ctx.index, toks[i].start, head.end).length > 0) return undefined;
  return ctx.lastMentioned(at, BODY_KINDS, 'any') ?? ctx.lastSpeaker(at, 'any', 'any', BODY_KINDS) ?? null;
}

const COUNTED_MENTIONS = 400;
/**
 * Of the persons named (outside quotes) in [from, at), the one the article has named most often before `at` (the
 * first named on a tie): who the story is about, not a name in passing («… well short of Y's record. "…," said the
 * world champion»). null when none is named there.
 */
function mostNamedPersonBefore(ctx: Context, from: number, at: number, description?: string): Actor | null {
  const other = description === undefined ? null : otherOfficeHolders(ctx, description);
  const counts = new Map<Actor, number>();
  const firstAt = new Map<Actor, number>();
  // (Bounded: the last mentions before `at` only, so that many descriptions in a long text stay linear.)
  const upTo = firstMentionFrom(ctx.index, at);
  for (let k = Math.max(0, upTo - COUNTED_MENTIONS); k < upTo; k++) {
    const m = ctx.index.mentions[k];
    if (m.start >= at) break;
    if (m.actor.type !== 'person' || ctx.insideQuote(m.start)) continue;
    counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    if (!firstAt.has(m.actor)) firstAt.set(m.actor, m.start);
  }
  let best: Actor | null = null;
  for (let k = upTo - 1; k >= Math.max(0, upTo - COUNTED_MENTIONS) && ctx.index.mentions[k].start >= from; k--) {
    const m = ctx.index.mentions[k];
    if (m.actor.type !== 'person' || ctx.insideQuote(m.start) || m.actor === best || other?.has(m.actor)) continue;
    const c = counts.get(m.actor) ?? 0;
    const b = best ? counts.get(best) ?? 0 : -1;
    // (On a tie, the one the article named first: the story's subject rather than a name in passing.)
    if (c > b || (c === b && (firstAt.get(m.actor) ?? at) < (firstAt.get(best!) ?? at))) best = m.actor;
  }
  return best;
}

/**
 * The persons the article names with the description's title made another office by a qualifier before it (pack
 * `otherOfficeQualifiers`: «Shadow home secretary Carl Rees», «former minister …»): «the Home Secretary» is not them.
 * The description opens with its article («the home secretary»); its other words are the title.
 */
function otherOfficeHolders(ctx: Context, description: string): Set<Actor> | null {
  const qualifiers = ctx.rules.otherOfficeQualifiers;
  const words = description.split(/\s+/u).filter(Boolean).map(ctx.fold);
  if (!qualifiers || words.length < 2) return null;
  const title = ` ${words.slice(1).join(' ')} `;
  let found: Set<Actor> | null = null;
  for (const a of new Set(ctx.index.mentions.map((m) => m.actor))) {
    if (a.type !== 'person') continue;
    for (const form of [a.title ?? '', ...a.aliases]) {
      const f = ` ${form.split(/\s+/u).filter(Boolean).map(ctx.fold).join(' ')} `;
      const at = f.indexOf(title);
      if (at <= 0) continue;
      const before = f.slice(0, at).trim().split(' ');
      if (qualifiers.includes(before[before.length - 1])) (found ??= new Set()).add(a);
    }
  }
  return found;
}

/**
 * Whether the pronoun at toks[i] stands in a parenthetical attribution: right after a comma, right before a speech
 * verb («…, he claimed, …», «The Tories, he said, can …»). Reads the article's text when the tokens start at it.
 */
function parentheticalPronoun(ctx: Context, toks: Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1] ?? ctx.tokens(t.end, Math.min(ctx.article.text.length, t.end + 24))[0];
  if (!next || next.kind !== 'word' || ctx.cue(next)?.role !== 'verb') return false;
  const before = i > 0 ? toks[i - 1] : ctx.tokens(Math.max(0, t.start - 8), t.start).pop();
  return !!before && before.text === ',';
}

const UNKNOWN_SPEAKER_RULE = 'quote:unknown-speaker';
/**
 * A sound plural or a nisba plural («مواطنون», «مراقبين», «اقتصاديون», «تصريحات»): a group, not a name. (Foreign
 * names in «-سون», «-تون» end the same way, so «ون»/«ين» counts only on a participle in «م…», and not in «-سون»/«-تون»:
 * «موريسون».)
 */
function looksPlural(word: string): boolean {
  return /(?:\u064A\u0648\u0646|\u064A\u064A\u0646|\u0627\u062A)$/u.test(word) || (/^\u0645[^\s]*(?:\u0648\u0646|\u064A\u0646)$/u.test(word) && !/[\u0633\u062A]\u0648\u0646$/u.test(word));
}
/** Whether a speaker was named by one word no actor held («وقال فلانوفيتش»): weaker evidence than a name the actors found. */
function isLoneUnknown(phrase: { actor: Actor | null; text: string | null }): boolean {
  return !!phrase.actor && phrase.actor.rule === UNKNOWN_SPEAKER_RULE && !!phrase.text && !/\s/u.test(phrase.text.trim());
}

/** Name words a person's name may run on by after the actors stopped it («عبد الكريم» + «فلاني»). */
const SURNAME_WORDS = 2;

/**
 * «ويقول عبد الكريم فلاني، رئيس الشبكة»: a person the actors hold by a name that is all given name(s), followed in
 * the speaker phrase by one or two name words the actors did not take (a foreign surname) and then a comma, a title,
 * a definite word or the phrase's end. The person's name is then the longer one, written so in the actor (the short
 * one becomes an alias) and in the quotes already given to it. Returns the end offset of the longer name, or null.
 * (`QuoteRules.unknownNames` only.)
 */
function surnameAfter(ctx: Context, toks: Token[], m: ActorIndex['mentions'][number], j: number): number | null {
  const notNames = ctx.notNames;
  const cs = ctx.rules.constructState;
  if (!notNames || !cs || ctx.article.text.slice(m.start, m.end) !== m.actor.name || !onlyGivenNames(ctx, m.actor.name)) return null;
  let k = firstTokenFrom(toks, m.end);
  const words: Token[] = [];
  while (k < j && words.length <= SURNAME_WORDS && toks[k].kind === 'word') {
    const t = toks[k];
    const nameLike = !cs.isDefinite(t.fold) && !ctx.has(notNames, t) && !ctx.stops.has(t.fold) && !ctx.complementisers.has(t.fold) && !ctx.cue(t) &&
      !/[\p{N}\u064B\u0629]/u.test(t.text) && !looksPlural(t.text) && !ctx.has(ctx.honorifics, t) && !ctx.has(ctx.documents, t) && !ctx.has(ctx.anonymous, t);
    if (!nameLike || mentionsOverlapping(ctx.index, t.start, t.end).length > 0) break;
    words.push(t);
    k++;
  }
  if (words.length === 0 || words.length > SURNAME_WORDS) return null;
  // What follows closes the name: the phrase's end, a comma, a title or a definite word in apposition.
  const next = toks[k];
  const closes = k >= j || (next.kind === 'punct' && (isComma(next) || next.text === ':')) || (next.kind === 'word' && (cs.isDefinite(next.fold) || notNames.has(next.fold)));
  if (!closes) return null;
  const end = words[words.length - 1].end;
  const longer = ctx.article.text.slice(m.start, end);
  ctx.renamed.set(m.actor.name, longer);
  if (!m.actor.aliases.includes(m.actor.name)) m.actor.aliases.push(m.actor.name);
  m.actor.name = longer;
  return end;
}

/** Whether a name is given names only («خالد», «عبد الكريم», «محمد علي»): the actors may have stopped before the surname. */
function onlyGivenNames(ctx: Context, name: string): boolean {
  const prefix = ctx.rules.unknownNames?.compoundPrefix;
  const words = name.split(/\s+/u).map((w) => ctx.fold(w));
  for (let k = 0; k < words.length; k++) {
    if (ctx.givenNames.has(words[k])) continue;
    if (prefix && words[k].startsWith(prefix) && words[k].length > prefix.length + 2) continue; // «عبدالكريم»
    if (prefix && words[k] === prefix && k + 1 < words.length) { k++; continue; } // «عبد الكريم»
    return false;
  }
  return words.length > 0;
}

/** Characters before a lone surname searched for its full name. */
const SURNAME_LOOKBACK_CHARS = 3000;

/**
 * A lone word after a speech verb that the story wrote before as the surname of a person the actors missed: a given
 * name (one word, no title, no article, no «ة») before it, and a title, a definite word or a comma before that
 * («المبعوث الأممي برناردينو ليون», «وزير الداخلية، نهاد المشنوق»). The person is named «given surname», as a
 * speaker the actors did not hold (`unknownPersons`). Verb-first languages with `unknownNames`.
 */
function surnameWrittenBefore(ctx: Context, t: Token): Actor | null {
  const notNames = ctx.notNames;
  const cs = ctx.rules.constructState;
  if (!ctx.rules.verbFirst || !notNames || !cs || t.kind !== 'word' || t.fold.length < 3) return null;
  if (ctx.has(notNames, t) || ctx.stops.has(t.fold) || ctx.cue(t) || ctx.has(ctx.anonymous, t) || ctx.has(ctx.documents, t) || ctx.pronouns.has(t.fold) || t.text.endsWith('\u0629')) return null;
  const known = ctx.unknownPersons.get(t.fold);
  if (known) return known;
  const toks = ctx.tokens(Math.max(0, t.start - SURNAME_LOOKBACK_CHARS), t.start);
  const nameLike = (w: Token | undefined) =>
    !!w && w.kind === 'word' && w.fold.length >= 3 && !cs.isDefinite(w.fold) && !ctx.has(notNames, w) && !ctx.stops.has(w.fold) && !ctx.cue(w) &&
    !ctx.complementisers.has(w.fold) && !ctx.conjunctions.has(w.fold) && !w.text.endsWith('\u0629') && !/[\p{N}\u064B]/u.test(w.text) && mentionsOverlapping(ctx.index, w.start, w.end).length === 0;
  for (let k = 2; k < toks.length; k++) {
    if (toks[k].kind !== 'word' || toks[k].text !== t.text) continue;
    // (The surname itself is no other actor's word: «… في القاهرة» then «وقال القاهرة» is nothing.)
    if (mentionsOverlapping(ctx.index, toks[k].start, toks[k].end).length > 0) return null;
    const given = toks[k - 1];
    const lead = toks[k - 2];
    // (A place or body closing the title, «المبعوث الأممي إلى ليبيا برناردينو ليون», counts as the title's.)
    // (Not a relative, a particle or a verb: «التي اصدرها الانتربول» has no given name.)
    const particle = lead.kind === 'word' && (ctx.stops.has(lead.fold) || ctx.relatives.has(lead.fold) || ctx.complementisers.has(lead.fold) || !!ctx.cue(lead));
    const titled = lead.kind === 'punct' ? isComma(lead) : !particle && (cs.isDefinite(lead.fold) || ctx.has(notNames, lead) || mentionsOverlapping(ctx.index, lead.start, lead.end).some((m) => m.actor.type !== 'person'));
    if (!nameLike(given) || !titled || given.end + 1 < toks[k].start - 1) continue;
    const span: Span = [given.start, toks[k].end];
    const name = ctx.article.text.slice(span[0], span[1]);
    if (/\s{2,}|\n/u.test(name)) continue;
    const actor: Actor = { name, type: 'person', aliases: [], title: null, mentions: [], salience: 0, rule: UNKNOWN_SPEAKER_RULE };
    ctx.unknownPersons.set(`${given.fold} ${toks[k].fold}`, actor);
    ctx.unknownPersons.set(toks[k].fold, actor);
    return actor;
  }
  return null;
}

/** Words of a name the actors missed: two or three after a title, or one standing alone as the subject. */
const UNKNOWN_NAME_WORDS = { min: 2, max: 3 };
/** Words of a speaker phrase that may hold such a name (a longer one runs on into the verb's object). */
const UNKNOWN_PHRASE_WORDS = 7;

/**
 * A person the phrase toks[i..j) names but no actor holds (`QuoteRules.unknownNames`): «الناشط الحقوقي رحمان فلاني»,
 * «البارونة ماري فلانة رئيسة المجلس» (two or three name words after a title or a definite word, closing the phrase or
 * followed by a title), or a bare word standing alone as the subject («وقال فلانوفيتش إن»). A name word is neither
 * definite nor a title, head, source, document or function word. The person is remembered by name and surname, so a
 * later bare surname is the same speaker.
 */
function unknownPerson(ctx: Context, toks: Token[], i: number, j: number, cue: SpeechCue | undefined): { actor: Actor; span: Span } | null {
  const notNames = ctx.notNames;
  const cs = ctx.rules.constructState;
  if (!notNames || !cs) return null;
  const words: Token[] = [];
  // Words in quotation marks inside the phrase name a body or a work («مدير «…»»), never the person.
  let marked = false;
  const quotedWords = new Set<Token>();
  for (let k = i; k < j; k++) {
    const t = toks[k];
    // («فلان فلاني الذي أسس الفرقة»: a relative clause describing the person ends the name's phrase.)
    if (t.kind === 'word' && words.length > 0 && ctx.relatives.has(t.fold)) break;
    if (t.kind === 'word') {
      words.push(t);
      if (marked) quotedWords.add(t);
    } else if (isMarkToken(t)) marked = !marked;
    else return null; // digits, dots, dashes: not a plain name
  }
  if (words.length === 0) return null;
  const isTitle = (t: Token) => ctx.has(notNames, t) || ctx.has(ctx.honorifics, t) || ctx.has(ctx.titleCues, t) || ctx.has(ctx.anonymous, t) || ctx.has(ctx.documents, t);
  // (A word in «ة» is a noun in construct, «وزير خارجية …», rather than the foreign names the actors miss.)
  // (Nor a word with tanween, «مسبقًا»: an adverb; names carry none.)
  const adverbial = ctx.rules.unknownNames?.adverbial;
  const nameWord = (t: Token) => !quotedWords.has(t) && !t.text.endsWith('\u0629') && !t.text.includes('\u064B') && !(adverbial?.(t.fold) ?? false) && !cs.isDefinite(t.fold) && !isTitle(t) && !ctx.stops.has(t.fold) && !ctx.complementisers.has(t.fold) && !/\p{N}/u.test(t.text) && t.fold.length >= 2;
  // One word as a whole name: not a plural («مواطنون») nor a noun in «ة» («رغبة», «جولة»), which names are rarely.
  // (Nor a noun in «ة» with a pronoun, «استقالته», «كلمتها».)
  const loneName = (t: Token) => nameWord(t) && t.fold.length >= 3 && !looksPlural(t.text) && !/(?:\u062A\u0647|\u062A\u0647\u0627|\u062A\u0647\u0645)$/u.test(t.text);
  // A foreign name opening like a preposition with the article («بالمر», «كالفن»: ب/ك + ال) before a title in
  // apposition («وقال بالمر مدير «…»»): a name, since a prepositional phrase does not stand between a verb and the
  // subject's title.
  const prepositionLike = (t: Token) => /^[\u0628\u0643]\u0627\u0644/u.test(t.fold) && !quotedWords.has(t) && !isTitle(t) && !ctx.stops.has(t.fold) && !t.text.endsWith('\u0629') && !/\p{N}/u.test(t.text) && !looksPlural(t.text);
  for (const w of words) {
    const known = ctx.unknownPersons.get(w.fold);
    if (known && (nameWord(w) || prepositionLike(w))) return { actor: known, span: [w.start, w.end] };
  }
  // «وأضاف الناشط الحقوقي»: a definite title phrase naming nobody is the person it introduced before («ناشط … فلان»).
  const head = cs.isDefinite(words[0].fold) ? withoutArticle(ctx, words[0]) : null;
  const described = head ? [...ctx.unknownTitles].reverse().find((u) => u.heads.has(head)) : undefined;
  if (described && !words.some((w) => nameWord(w))) return { actor: described.actor, span: [words[0].start, words[words.length - 1].end] };
  let run: Token[];
  // («وقال فلان متهكما»: an adverb of manner after one word closes the phrase as a title would.)
  // («الحاكم السابق لولاية X فلان»: a title opening the phrase, with its adjective, is no lone name; the name is further.)
  if (words.length === 1 || (words.length > 1 && (notNames.has(words[1].fold) || (adverbial?.(words[1].fold) ?? false)) && !(isTitle(words[0]) || (cs.isDefinite(words[0].fold) && !prepositionLike(words[0]))))) {
    // One word alone after the verb, or before a title in apposition («فلانوفيتش مدير الشركة»): a surname, unless the
    // verb takes an object («وانتقد فلان»).
    const w = words[0];
    if (cue?.takesObject || !(loneName(w) || (words.length > 1 && prepositionLike(w) && w.fold.length >= 5))) return null;
    run = [w];
  } else {
    let e = words.length - 1;
    while (e >= 0 && !nameWord(words[e])) e--;
    let b = e;
    while (b > 0 && nameWord(words[b - 1])) b--;
    // A family name of origin right after the name words closes the name («هدى العلي»), not a title in apposition.
    const family = ctx.rules.unknownNames?.familyName;
    const next = words[e + 1];
    if (family && e >= 0 && next && !quotedWords.has(next) && family(next.fold) && !notNames.has(next.fold) && !ctx.honorifics.has(next.fold)) e++;
    // «الحاكم السابق لولاية نيويورك جورج فلان»: a place or body the actors hold, opening the run, closes the title's
    // complement; the name follows it.
    while (e >= 0 && b < e && mentionsOverlapping(ctx.index, words[b].start, words[b].end).some((m) => m.actor.type !== 'person')) b++;
    // («… لولاية تكساس جورج فلان», «مدير عام شالكه هورست فلان»: after a noun in construct, «ة» or a naming noun, the
    // first of three name words closing the phrase is its genitive, the place or body; the last two are the name.)
    if (e === words.length - 1 && e - b + 1 === UNKNOWN_NAME_WORDS.max && b > 0 && (words[b - 1].text.endsWith('\u0629') || ctx.has(ctx.nameHeads, words[b - 1]) || notNames.has(words[b - 1].fold))) b++;
    const length = e - b + 1;
    if (e < 0 || length < UNKNOWN_NAME_WORDS.min || length > UNKNOWN_NAME_WORDS.max || words.length > UNKNOWN_PHRASE_WORDS) return null;
    run = words.slice(b, e + 1);
    if (b > 0) {
      // The word before is a definite word or a bare title (with a preposition, «كمدرب لـ…», it opens an object), or
      // a place or body the actors hold (the title's complement).
      const before = words[b - 1];
      const held = mentionsOverlapping(ctx.index, before.start, before.end).some((m) => m.actor.type !== 'person');
      const genitive = b >= 2 && (words[b - 2].text.endsWith('\u0629') || ctx.has(ctx.nameHeads, words[b - 2]) || notNames.has(words[b - 2].fold)) && e === words.length - 1;
      if (!cs.isDefinite(before.fold) && !notNames.has(before.fold) && !ctx.honorifics.has(before.fold) && !held && !genitive) return null;
      // The name closes the phrase, or a title follows it in apposition («ماري فلانة رئيسة المجلس»).
      if (e < words.length - 1 && !isTitle(words[e + 1])) return null;
    } else {
      // Opening the phrase («وقال مايكل فلان الوكيل العقاري»): the name closes it or a definite title follows; plurals
      // («خبراء اقتصاديون») describe a group, not a person.
      if (e < words.length - 1 && !isTitle(words[e + 1]) && !cs.isDefinite(words[e + 1].fold)) return null;
      if (run.some((w) => looksPlural(w.text))) return null;
    }
  }
  const span: Span = [run[0].start, run[run.length - 1].end];
  const name = ctx.article.text.slice(span[0], span[1]);
  const actor: Actor = { name, type: 'person', aliases: [], title: null, mentions: [], salience: 0, rule: UNKNOWN_SPEAKER_RULE };
  ctx.unknownPersons.set(run.map((t) => t.fold).join(' '), actor);
  ctx.unknownPersons.set(run[run.length - 1].fold, actor);
  const titleWords = words.slice(0, words.indexOf(run[0])).filter((w) => !nameWord(w));
  if (titleWords.length > 0) ctx.unknownTitles.push({ actor, heads: new Set(titleWords.map((w) => withoutArticle(ctx, w))) });
  return { actor, span };
}

/**
 * «وكان المالكي قال»: a family name of origin alone (`unknownNames.familyName`: the article, the stem, «ـي») where a
 * subject stands, toks[b] with b === g, that is no title or other never-a-name word: the person, remembered by it.
 */
function familyNameAlone(ctx: Context, toks: Token[], b: number, g: number): { actor: Actor; span: Span } | null {
  const family = ctx.rules.unknownNames?.familyName;
  const t = toks[g];
  if (b !== g || !family || !family(t.fold) || ctx.has(ctx.notNames ?? new Set<string>(), t) || ctx.has(ctx.honorifics, t) || ctx.has(ctx.anonymous, t) || ctx.stops.has(t.fold)) return null;
  const known = ctx.unknownPersons.get(t.fold);
  if (known) return { actor: known, span: [t.start, t.end] };
  const actor: Actor = { name: t.text, type: 'person', aliases: [], title: null, mentions: [], salience: 0, rule: UNKNOWN_SPEAKER_RULE };
  ctx.unknownPersons.set(t.fold, actor);
  return { actor, span: [t.start, t.end] };
}

/**
 * «مدير عام مكتب الصحة "فلان فلاني"», «رئيس البعثة «فلان»»: whether the words of a short stretch in quotation marks are
 * a person's name: two or three plain name words (the first may carry the article, «الخضر»), or one family name of
 * origin; none a title, head, source, document or function word, a noun in «ة», a figure. Verb-first languages with
 * `unknownNames`.
 */
function personNameWords(ctx: Context, ws: readonly Token[]): boolean {
  const notNames = ctx.notNames;
  const cs = ctx.rules.constructState;
  if (!notNames || !cs || ws.length === 0 || ws.length > UNKNOWN_NAME_WORDS.max || ws.some((t) => t.kind !== 'word')) return false;
  const plain = (t: Token, k: number) =>
    t.fold.length >= 2 && !t.text.endsWith('\u0629') && !/\p{N}/u.test(t.text) && (k === 0 || !cs.isDefinite(t.fold) || !!ctx.rules.unknownNames?.familyName?.(t.fold)) &&
    !ctx.has(notNames, t) && !ctx.has(ctx.honorifics, t) && !ctx.has(ctx.titleCues, t) && !ctx.has(ctx.anonymous, t) && !ctx.has(ctx.documents, t) && !ctx.has(ctx.nameHeads, t) &&
    !ctx.stops.has(t.fold) && !ctx.complementisers.has(t.fold) && !ctx.conjunctions.has(t.fold) && !ctx.cue(t) && !looksPlural(t.text) && !(ctx.rules.unknownNames?.adverbial?.(t.fold) ?? false);
  const family = ctx.rules.unknownNames?.familyName;
  if (ws.length === 1) return !!family?.(ws[0].fold) && plain(ws[0], 0);
  if (!ws.every(plain) || ws.some((t) => t.fold.length < 3)) return false;
  // A name shows itself: a given name opening it, a family name of origin in it, or a by-name with the article and one
  // name word («الخضر فلان»); plain words otherwise are as likely somebody's words («نعمل ليلا ونهارا»).
  const prefix = ctx.rules.unknownNames?.compoundPrefix;
  const given = ctx.givenNames.has(ws[0].fold) || (!!prefix && ws[0].fold.startsWith(prefix) && ws[0].fold.length > prefix.length + 2);
  return given || ws.some((t) => !!family?.(t.fold)) || (ws.length === 2 && cs.isDefinite(ws[0].fold));
}

/**
 * Whether the word before a stretch in quotation marks lets it be a person's name in apposition: a definite word (the
 * title or its complement: «الناطق "فلان"», «بالمحافظة "فلان"»), not a naming noun or a document («الشركة «…»»).
 * After an indefinite noun the stretch is its genitive, a name of a body or an operation («مدير «X»», «عمليات «X»»).
 */
function nameSlotAfter(ctx: Context, t: Token | undefined): boolean {
  const cs = ctx.rules.constructState;
  return !!t && !!cs && t.kind === 'word' && cs.isDefinite(t.fold) && !ctx.stops.has(t.fold) && !ctx.has(ctx.titleCues, t) && !ctx.has(ctx.documents, t);
}

/** The person a short name in quotation marks names: the actor holding those words, else one remembered as unknown. */
function personOfMarkedName(ctx: Context, ws: readonly Token[]): { actor: Actor; span: Span } {
  const span: Span = [ws[0].start, ws[ws.length - 1].end];
  const held = mentionsOverlapping(ctx.index, span[0], span[1]).find((m) => m.actor.type === 'person');
  if (held) return { actor: held.actor, span };
  const key = ws.map((t) => t.fold).join(' ');
  const known = ctx.unknownPersons.get(key);
  if (known) return { actor: known, span };
  const actor: Actor = { name: ctx.article.text.slice(span[0], span[1]), type: 'person', aliases: [], title: null, mentions: [], salience: 0, rule: UNKNOWN_SPEAKER_RULE };
  ctx.unknownPersons.set(key, actor);
  if (ws.length > 1) ctx.unknownPersons.set(ws[ws.length - 1].fold, actor);
  return { actor, span };
}

/**
 * «وقال مدير عام مكتب الصحة بالمحافظة "فلان فلاني" إن …»: a title phrase closing with a person's name in quotation
 * marks names that person (the outlet's house style), not the body inside the title. toks[i..j) is the phrase.
 */
function markedNameClosing(ctx: Context, toks: Token[], i: number, j: number, at: number): { actor: Actor; span: Span } | null {
  // (Marks before the quote only: the quote's own opening mark may close the phrase.)
  if (!ctx.rules.verbFirst || j - i < 3 || !isMarkToken(toks[j - 1]) || toks[j - 1].end > at) return null;
  let o = j - 2;
  while (o > i && !isMarkToken(toks[o]) && j - 1 - o <= UNKNOWN_NAME_WORDS.max + 1) o--;
  if (o <= i || !isMarkToken(toks[o])) return null;
  const ws = toks.slice(o + 1, j - 1);
  return nameSlotAfter(ctx, toks[o - 1]) && !personEndsAt(ctx, toks[o - 1]) && personNameWords(ctx, ws) ? personOfMarkedName(ctx, ws) : null;
}

/** Words around a person's mention that may hold the title the story gives him («المدرب فلان», «فلان … كمدرب»). */
const TITLE_NEAR_TOKENS = 3;
/** How far back a title phrase before a name may reach when no punctuation, preposition or verb ends it first. */
const TITLE_WIDE_TOKENS = 6;

/**
 * A lone definite title word naming no actor («المدرب», «اللاعب», «الوزير»; a title word of the pack): the only person
 * whose mention stands within a few words of the same title (with or without article or a clitic: «كمدرب», «مدرب
 * الفريق فلان»). Null when no person or more than one person has it. (Verb-first languages with `constructState`.)
 */
function titleHolder(ctx: Context, t: Token): Actor | null {
  const cs = ctx.rules.constructState;
  if (!cs || t.kind !== 'word' || !cs.isDefinite(t.fold) || !ctx.has(ctx.notNames ?? new Set<string>(), t) || ctx.has(ctx.anonymous, t) || ctx.has(ctx.documents, t)) return null;
  const head = withoutArticle(ctx, t);
  if (head.length < 3) return null;
  let found: Actor | null = null;
  for (const m of ctx.index.mentions) {
    if (m.actor.type !== 'person' || m.actor === found) continue;
    const near = ctx.tokens(Math.max(0, m.start - 60), Math.min(ctx.article.text.length, m.end + 60));
    const at = near.findIndex((x) => x.start >= m.start);
    const after = near.findIndex((x) => x.start >= m.end);
    // Before the name, the title in construct («مدرب الفريق فلان»), up to punctuation; after it, only «كـ» + the title
    // («استقالته كمدرب»): a title right after a name usually opens the next person's.
    // («مستشارة الرئيس لشؤون الأمن فلانة»: a longer title reaches further back, up to a preposition, a complementiser
    // or a speech verb, which end it.)
    let from = at;
    while (from > 0 && at - from < TITLE_WIDE_TOKENS && near[from - 1].kind === 'word' && !ctx.stops.has(near[from - 1].fold) && !ctx.complementisers.has(near[from - 1].fold) && !ctx.cue(near[from - 1])) from--;
    const before = near.slice(Math.min(from, Math.max(0, at - TITLE_NEAR_TOKENS)), at);
    const cut = from < at - TITLE_NEAR_TOKENS ? -1 : before.map((x) => x.kind).lastIndexOf('punct');
    // «مستشارة الرئيس فلان لشؤون الأمن فلانة»: a person named inside the title of the next one is its possessor, not
    // the holder of the title.
    const next = near.slice(after < 0 ? near.length : after, (after < 0 ? near.length : after) + TITLE_NEAR_TOKENS + 1);
    const stop = next.findIndex((x) => x.kind !== 'word' || ctx.stops.has(x.fold) || ctx.complementisers.has(x.fold) || !!ctx.cue(x));
    const inTitle = (stop < 0 ? next : next.slice(0, stop)).some((x) => mentionsOverlapping(ctx.index, x.start, x.end).some((o) => o.actor !== m.actor && o.actor.type === 'person'));
    if (inTitle) continue;
    const asPrefix = ctx.rules.roleAsPrefix;
    const hasTitle = (x: Token, as: boolean) => x.kind === 'word' && (as ? !!asPrefix && x.fold.startsWith(asPrefix) : true) && ctx.article.pack.stems(x.fold).includes(head);
    const afterToks = after < 0 ? [] : near.slice(after, after + TITLE_NEAR_TOKENS);
    if (!before.slice(cut + 1).some((x) => hasTitle(x, false)) && !afterToks.some((x) => hasTitle(x, true))) continue;
    if (found) return null;
    found = m.actor;
  }
  return found;
}

/**
 * A title word (of the pack's never-a-name words, no source or document noun) opening a phrase whose complement is the
 * body `body` («أمين عام غرفة X»): the only person whose mention has the same title word a few words before it (also
 * with a possessive ending, «أمينها العام الدكتور فلان») and a mention of that body within the same window. Null when
 * no person or more than one has. (Verb-first languages with `constructState`.)
 */
function bodyTitleHolder(ctx: Context, t: Token, body: Actor): Actor | null {
  if (!ctx.rules.constructState || t.kind !== 'word' || !ctx.notNames || ctx.has(ctx.anonymous, t) || ctx.has(ctx.documents, t)) return null;
  const head = withoutArticle(ctx, t);
  if (head.length < 3 || !ctx.notNames.has(head)) return null;
  const pack = ctx.article.pack;
  const hasTitle = (x: Token) => x.kind === 'word' && pack.stems(x.fold).some((stem) => stem === head || (pack.possessedBases?.(stem) ?? []).includes(head));
  let found: Actor | null = null;
  for (const m of ctx.index.mentions) {
    if (m.actor.type !== 'person' || m.actor === found || m.start >= t.start) continue;
    const near = ctx.tokens(Math.max(0, m.start - 60), m.start);
    const before = near.slice(Math.max(0, near.length - TITLE_NEAR_TOKENS));
    const cut = before.map((x) => x.kind).lastIndexOf('punct');
    if (!before.slice(cut + 1).some(hasTitle)) continue;
    if (!mentionsOverlapping(ctx.index, Math.max(0, m.start - 60), m.start).some((b) => b.actor === body && b.end <= m.start)) continue;
    if (found) return null;
    found = m.actor;
  }
  return found;
}

/** Words a body named without its head noun may have («الداخلية التونسية»). */
const HEADLESS_WORDS = 3;

/**
 * The longest run of words from toks[i] (definite, before `limit`) that is an organisation's name without its one-word
 * head noun (a naming noun of the pack: «الداخلية التونسية» for «وزارة الداخلية التونسية», «الخارجية» for «وزارة
 * الخارجية»), when one organisation only has it. (Verb-first languages with `constructState` and `nameHeads`.)
 */
function headlessBody(ctx: Context, toks: Token[], i: number, limit: number): { actor: Actor; end: number } | null {
  const cs = ctx.rules.constructState;
  if (!cs || !ctx.rules.verbFirst || ctx.nameHeads.size === 0 || toks[i]?.kind !== 'word' || !cs.isDefinite(toks[i].fold)) return null;
  let e = i;
  while (e < limit && e - i < HEADLESS_WORDS && toks[e].kind === 'word' && !ctx.stops.has(toks[e].fold) && !ctx.cue(toks[e])) e++;
  for (; e > i; e--) {
    const key = nameForms(ctx.article.text.slice(toks[i].start, toks[e - 1].end), ctx.article)[0];
    if (!key) continue;
    let found: Actor | null = null;
    let several = false;
    for (const [form, actor] of ctx.index.byForm) {
      if (actor.type !== 'organization' || actor === found || !form.endsWith(' ' + key)) continue;
      const head = form.slice(0, form.length - key.length - 1);
      if (/\s/u.test(head) || !ctx.nameHeads.has(head)) continue;
      if (found) several = true;
      found = actor;
    }
    if (found && !several) return { actor: found, end: toks[e - 1].end };
  }
  return null;
}

/** A folded word without its article and the clitics before it («والناشط» → «ناشط»): its shortest stem. */
function withoutArticle(ctx: Context, t: Token): string {
  const stems = ctx.article.pack.stems(t.fold);
  return stems[stems.length - 1] ?? t.fold;
}

const TITLE_BETWEEN_TOKENS = 4;

/** One to four words between `from` and `to` that can be a title (no punctuation but a possessive, no stop word or cue). */
function titleBetween(ctx: Context, toks: Token[], from: number, to: number): boolean {
  let words = 0;
  let prev: Token | null = null;
  for (const t of toks) {
    if (t.end <= from) {
      prev = t;
      continue;
    }
    if (t.start >= to) break;
    const before = prev;
    prev = t;
    if (t.kind !== 'word') {
      if (t.text === "'" || t.text === '\u2019') continue;
      // («said Harbour Inc. CEO Tom Roe»: the full stop of an abbreviation closing the body's name.)
      if (t.text === '.' && before?.kind === 'word' && before.end === t.start && ctx.article.pack.abbreviations.has(before.fold)) continue;
      return false;
    }
    if (/^['\u2019]s?$/u.test(t.text)) continue;
    if (ctx.stops.has(t.fold) || ctx.conjunctions.has(t.fold) || ctx.cue(t) || ++words > TITLE_BETWEEN_TOKENS) return false;
  }
  return words > 0;
}

/**
 * Between `from` and `to`, a word written in lower case (a title noun such as "adviser", not a part of a name) and no
 * preposition of origin («Jan Roe of IT firm Acme»: the first person is the head, the rest says where she works).
 */
function titleWordBetween(ctx: Context, toks: readonly Token[], from: number, to: number): boolean {
  const between = toks.filter((t) => t.start >= from && t.end <= to && t.kind === 'word');
  return between.some((t) => /^\p{Ll}/u.test(t.text)) && !between.some((t) => ctx.origins.has(t.fold));
}

/** «مصدر», «مسؤول», "a source": an indefinite source noun names nobody, whatever names its phrase holds («مصدر مقرب من فلان»). */
function isIndefiniteSource(ctx: Context, first: Token): boolean {
  const definite = ctx.rules.constructState ? ctx.rules.constructState.isDefinite(first.fold) : !(first.fold === 'a' || first.fold === 'an');
  return !definite;
}

const SOURCE_COMPLEMENT_WORDS = 2;

/**
 * Whether the source phrase toks[i..j) runs on into a describing clause: a word after the source noun carrying an object
 * pronoun («طعنها», «فقدته»), not definite (verb-first languages with `constructState`; the object pronouns are the
 * pack's possessive suffixes, which `possessedBases` takes off).
 */
function describedByClause(ctx: Context, toks: Token[], i: number, j: number): boolean {
  const cs = ctx.rules.constructState;
  const bases = ctx.article.pack.possessedBases;
  if (!cs || !ctx.rules.verbFirst || !bases) return false;
  for (let k = i + 1; k < j; k++) {
    const t = toks[k];
    if (t.kind === 'word' && !cs.isDefinite(t.fold) && bases(t.fold).length > 0 && !ctx.has(ctx.anonymous, t)) return true;
  }
  return false;
}

/** End (exclusive token index) of an unnamed source's affiliation after toks[j] («في الوزارة»), else j. */
function sourceComplementEnd(ctx: Context, toks: Token[], j: number, limit: number): number {
  const preps = ctx.rules.sourceComplements;
  if (!preps || j >= limit || toks[j].kind !== 'word' || !preps.includes(toks[j].fold)) return j;
  // «متحدث في بيان»: where the words were said, not whom the source speaks for.
  if (j + 1 < limit && ctx.has(ctx.documents, toks[j + 1])) return j;
  let e = j + 1;
  while (e < limit && e - j <= SOURCE_COMPLEMENT_WORDS && !isPhraseBreak(ctx, toks[e]) && !isMarkToken(toks[e])) e++;
  return e > j + 1 ? e : j;
}

const TITLE_COMPLEMENT_TOKENS = 7;
/** Characters before a person's mention read for a title a pronoun of honour matches («صاحب السمو الملكي الأمير »). */
const TITLE_LOOKBACK_CHARS = 40;
const CLAUSE_PUNCT = new Set([',', '\u060C', ':', ';', '\u061B', '.', '!', '?', '\u061F']);

/**
 * A title phrase that names nobody, stopped by a preposition of its own complement, is in apposition with the
 * person named a few words on: «خبير الشؤون العسكرية في الشرق الأوسط فلان». Only a person, only before any
 * punctuation, complementiser or speech verb, so an object or a later clause is never taken for the speaker.
 */
const APPOSITION_TOKENS = 6;

/**
 * «وأشار المدير التنفيذي للشركة، فلان الفلاني، إلى أن …»: a title, then the person's name between commas (or before
 * the reported clause). Verb-first languages: the name must fill the commas, nothing else.
 */
function namedInApposition(ctx: Context, toks: Token[], j: number, limit: number): ActorIndex['mentions'][number] | null {
  if (!ctx.rules.verbFirst || !isComma(toks[j])) return null;
  let e = j + 1;
  while (e < limit && e - j <= APPOSITION_TOKENS && toks[e].kind === 'word' && !ctx.stops.has(toks[e].fold) && !ctx.complementisers.has(toks[e].fold)) e++;
  if (e === j + 1 || (e < limit && !isComma(toks[e]) && !ctx.complementisers.has(toks[e].fold) && !ctx.stops.has(toks[e].fold))) return null;
  const m = mentionsStartingIn(ctx.index, toks[j + 1].start, toks[e - 1].end).find((x) => x.actor.type === 'person');
  // The name is the whole apposition («، فلان الفلاني،»), not a word inside a longer clause.
  return m && m.start <= toks[j + 1].start + 1 && m.end >= toks[e - 1].end - 1 ? m : null;
}

/**
 * A person's name standing alone between a comma after the phrase [i, j) — closed by a lower-case title word — and the
 * end of the attribution (a full stop, a comma, the end): «said EEF chief economist, Sam Roe.». null otherwise.
 */
function personApposedToTitle(ctx: Context, toks: Token[], i: number, j: number): ActorIndex['mentions'][number] | null {
  const last = toks[j - 1];
  if (j - i < 2 || j + 1 >= toks.length || toks[j].text !== ',' || last.kind !== 'word' || !/^\p{Ll}/u.test(last.text) || ctx.cue(last)) return null;
  const m = mentionsStartingIn(ctx.index, toks[j + 1].start, toks[j + 1].end + 1)[0];
  if (!m || m.actor.type !== 'person' || m.start !== toks[j + 1].start) return null;
  let e = j + 1;
  while (e < toks.length && toks[e].end <= m.end) e++;
  const next = toks[e];
  return !next || (next.kind === 'punct' && (next.text === '.' || next.text === ',')) ? m : null;
}

function nameAfterTitle(ctx: Context, toks: Token[], j: number, limit: number): ActorIndex['mentions'][number] | null {
  if (j >= limit || toks[j].kind !== 'word' || !ctx.stops.has(toks[j].fold)) return null;
  const end = Math.min(limit, j + TITLE_COMPLEMENT_TOKENS);
  let e = j;
  // The complement is one prepositional phrase: a second preposition («في مؤتمر مع نظيره فلان») or a document
  // («في بيان نشرته وكالة …») starts something else, whose names are not the speaker's.
  const breaks = (t: Token) => (t.kind === 'punct' && CLAUSE_PUNCT.has(t.text)) || isMarkToken(t) || ctx.complementisers.has(t.fold) || !!ctx.cue(t) || ctx.has(ctx.documents, t);
  while (e < end) {
    // A name in quotation marks right after the preposition is the place of the title («رئيس مجلس الإدارة في «X» فلان»).
    const close = e === j + 1 && ctx.rules.verbFirst && isMarkToken(toks[e]) ? closingMarkWithin(toks, e, Math.min(end, e + 6)) : -1;
    if (close > 0) { e = close + 1; continue; }
    if (breaks(toks[e]) || (e !== j && ctx.stops.has(toks[e].fold))) break;
    e++;
  }
  if (e === j) return null;
  const m = mentionsStartingIn(ctx.index, toks[j].end, toks[e - 1].end).find((x) => x.actor.type === 'person');
  if (m || !ctx.rules.verbFirst) return m ?? null;
  // The person's name the actors did not mark here («… «X» تيم ميلر», held only by the surname elsewhere): the
  // longest run of one or two words that names a person actor.
  for (let k = j + 1; k < e; k++) {
    for (let b = Math.min(e, k + 2); b > k; b--) {
      if (toks[b - 1].kind !== 'word') continue;
      const actor = ctx.byName(ctx.article.text.slice(toks[k].start, toks[b - 1].end));
      if (actor?.type === 'person') return { start: toks[k].start, end: toks[b - 1].end, actor };
    }
  }
  return null;
}

/**
 * «رئيس مجلس الإدارة في «X» تيم ميلر»: a person the actors do not hold yet, named right after the title's body
 * written in quotation marks («في «X»»), up to three plain words before a stop, a cue or punctuation.
 */
function personAfterMarkedPlace(ctx: Context, toks: Token[], j: number, limit: number, cue: SpeechCue | undefined): { actor: Actor; span: Span } | null {
  if (j + 1 >= limit || toks[j].kind !== 'word' || !ctx.stops.has(toks[j].fold) || !isMarkToken(toks[j + 1])) return null;
  const close = closingMarkWithin(toks, j + 1, Math.min(limit, j + 7));
  if (close < 0) return null;
  let r = close + 1;
  while (r < limit && r < close + 4 && toks[r].kind === 'word' && !isPhraseBreak(ctx, toks[r])) r++;
  return r > close + 1 ? unknownPerson(ctx, toks, close + 1, r, cue) : null;
}

/** Words a title's complement may run over before the comma of an apposition («في مستشفى «X»،»). */
const APPOSED_COMPLEMENT_TOKENS = 8;
/** Words of a name in apposition, with its honorific («، البروفيسور فلان فلاني،»). */
const APPOSED_NAME_TOKENS = 5;

/**
 * A title phrase whose only actor is the body in its complement («ممثل غرفة X», «مدير قسم X في مستشفى «Y»»,
 * «البارونة فلانة فلانية رئيسة مجلس X») names a person, not the body: the person the actors do not hold, written before
 * the title (toks[i..from)) or in apposition after it («…، فلان فلاني، إن»). Null when neither names one; the body
 * is then the speaker as before. (Verb-first languages.)
 */
function personOfTitle(ctx: Context, toks: Token[], i: number, j: number, limit: number, from: number, cue: SpeechCue | undefined): { actor: Actor; span: Span } | null {
  let b = i;
  while (b < j && toks[b].end <= from) b++;
  // The name before the title: the words up to the body, which are no mention themselves.
  if (b > i + 1 && mentionsOverlapping(ctx.index, toks[i].start, toks[b - 1].end).length === 0) {
    const before = unknownPerson(ctx, toks, i, b, cue);
    if (before) return before;
  }
  return unknownInApposition(ctx, toks, j, limit, cue);
}

/**
 * From toks[j] (the end of a title phrase), over the title's complement (no verb, complementiser or document; names in
 * quotation marks allowed) to a comma, then a person's name that closes the apposition (a comma, a colon, a
 * complementiser or the quote follows): a person actor named there, else a person no actor holds («…، البروفيسور
 * فلان فلاني إن»).
 */
function unknownInApposition(ctx: Context, toks: Token[], j: number, limit: number, cue: SpeechCue | undefined): { actor: Actor; span: Span } | null {
  let c = j;
  while (c < limit && c - j <= APPOSED_COMPLEMENT_TOKENS && !isComma(toks[c])) {
    const t = toks[c];
    if (t.kind === 'punct' ? !isMarkToken(t) : ctx.complementisers.has(t.fold) || !!ctx.cue(t) || ctx.has(ctx.documents, t)) return null;
    c++;
  }
  if (!isComma(toks[c])) return null;
  let e = c + 1;
  while (e < limit && e - c <= APPOSED_NAME_TOKENS && toks[e].kind === 'word' && !ctx.stops.has(toks[e].fold) && !ctx.complementisers.has(toks[e].fold) && !ctx.cue(toks[e])) e++;
  if (e === c + 1 || e - c > APPOSED_NAME_TOKENS) return null;
  const next = toks[e];
  const closes = e >= limit || isComma(next) || (next.kind === 'punct' && next.text === ':') || (next.kind === 'word' && ctx.complementisers.has(next.fold));
  if (!closes) return null;
  const m = mentionsStartingIn(ctx.index, toks[c + 1].start, toks[e - 1].end);
  if (m.length > 0) return m[0].actor.type === 'person' && m[0].end >= toks[e - 1].end - 1 ? { actor: m[0].actor, span: [m[0].start, m[0].end] } : null;
  return unknownPerson(ctx, toks, c + 1, e, cue);
}

/**
 * An addressee cue written as one word with the name it opens («لقناة فوكس»: to the channel; the pack lists such
 * words), with an actor mention starting inside it.
 */
function isAddresseeClitic(ctx: Context, t: Token): boolean {
  if (t.kind !== 'word' || !ctx.addressee.has(t.fold)) return false;
  const m = mentionsStartingIn(ctx.index, t.start + 1, t.end)[0];
  return !!m && m.start < t.end;
}

/** How far back (characters) a body named by its head noun («الصحيفة») is looked for. */
const HEAD_NOUN_CHARS = 3000;

/**
 * «وأضافت الصحيفة أن», «وبحسب الوكالة»: a definite head noun (constructState languages) that opens the name of an
 * organisation or group named before — «صحيفة «نيويورك تايمز»», «وكالة الأنباء» — is the latest such body.
 */
function bodyByHeadNoun(ctx: Context, t: Token): Actor | null {
  const cs = ctx.rules.constructState;
  if (!cs || t.kind !== 'word' || !cs.isDefinite(t.fold)) return null;
  const head = withoutArticle(ctx, t);
  if (head.length < 3) return null;
  const headOf = (name: string) => ctx.fold(name.replace(/[«»"“”]/gu, ' ').trim().split(/\s+/u)[0] ?? '');
  for (let k = firstMentionFrom(ctx.index, t.start) - 1; k >= 0 && ctx.index.mentions[k].start >= t.start - HEAD_NOUN_CHARS; k--) {
    const a = ctx.index.mentions[k].actor;
    if (a.type !== 'organization' && a.type !== 'group') continue;
    if ([a.name, ...a.aliases].some((n) => headOf(n) === head)) return a;
  }
  return null;
}

/** Words of a document's complement after its noun («a statement on her official website»). */
const DOCUMENT_COMPLEMENT_TOKENS = 5;

/** The actor a possessive pronoun in toks[from, to) refers to (the last one named of its kind and sex), else null. */
function possessiveOwner(ctx: Context, toks: Token[], from: number, to: number, at: number): Actor | null {
  const possessives = ctx.rules.possessivePronouns;
  if (!possessives || ctx.rules.verbFirst) return null;
  for (let k = from; k < to; k++) {
    if (toks[k].kind !== 'word' || ctx.cue(toks[k])) return null;
    const form = possessives[toks[k].fold];
    const pronoun = form ? ctx.pronouns.get(form) : undefined;
    if (pronoun) return ctx.lastMentioned(at, pronoun.kinds, pronoun.gender);
  }
  return null;
}

/** The index of the next quotation-mark token after toks[open], before `end`, or -1. */
function closingMarkWithin(toks: Token[], open: number, end: number): number {
  for (let k = open + 1; k < end; k++) if (isMarkToken(toks[k])) return k;
  return -1;
}

/** How far back (characters) and after the earlier document noun (tokens) its issuer is looked for. */
const EARLIER_DOCUMENT_CHARS = 2000;
const EARLIER_ISSUER_TOKENS = 6;

/**
 * The body that issued a document mentioned before under the same noun without the article: «تقرير نشرته/أصدرته
 * المنظمة», «بيان الوزارة», the first organisation or group named within a few words after it, before any clause
 * punctuation. (Read for a definite document noun, «التقرير», whose issuer no quote gave.)
 */
function earlierDocumentIssuer(ctx: Context, docTok: Token): Actor | null {
  const key = documentKey(ctx, docTok);
  const toks = ctx.tokens(Math.max(0, docTok.start - EARLIER_DOCUMENT_CHARS), docTok.start);
  for (let d = toks.length - 1; d >= 0; d--) {
    const t = toks[d];
    if (t.kind !== 'word' || !ctx.has(ctx.documents, t) || documentKey(ctx, t) !== key) continue;
    if (ctx.rules.constructState!.isDefinite(t.fold)) return null; // «البيان» again: no new issuer named there
    let e = d + 1;
    while (e < toks.length && e <= d + EARLIER_ISSUER_TOKENS && !(toks[e].kind === 'punct' && CLAUSE_PUNCT.has(toks[e].text))) e++;
    if (e === d + 1) return null;
    const body = (a: Actor | null | undefined) => !!a && (a.type === 'organization' || a.type === 'group');
    const m = mentionsStartingIn(ctx.index, t.end, toks[e - 1].end).find((x) => body(x.actor));
    if (m) return m.actor;
    // A name the actors hold written where they did not mark it: the longest stretch after the noun that is one.
    for (let a = d + 1; a < e; a++) {
      for (let b = e; b > a; b--) {
        const named = ctx.byName(ctx.article.text.slice(toks[a].start, toks[b - 1].end));
        if (body(named)) return named;
      }
    }
    return bodyByOpeningWords(ctx, toks, d + 1, e);
  }
  return null;
}

/** Words of a body's name that must agree for a shorter or longer spelling of it to count as the same body. */
const BODY_OPENING_WORDS = 2;

/**
 * «تقرير نشره موقع المرصد العربي للبيئة» when the actors hold «المرصد العربي المستقل للبيئة»:
 * two words in toks[from, to), a definite head and the word after it, that open the name of an organisation or group
 * (another spelling of it, an adjective more or less), else null.
 */
function bodyByOpeningWords(ctx: Context, toks: Token[], from: number, to: number): Actor | null {
  const cs = ctx.rules.constructState;
  if (!cs) return null;
  const key = (words: string[]) => words.map((w) => ctx.fold(w)).join(' ');
  for (let a = from; a + BODY_OPENING_WORDS <= to; a++) {
    const pair = toks.slice(a, a + BODY_OPENING_WORDS);
    if (pair.some((t) => t.kind !== 'word') || !cs.isDefinite(pair[0].fold)) continue;
    const k = key(pair.map((t) => t.text));
    for (const m of ctx.index.mentions) {
      const actor = m.actor;
      if (actor.type !== 'organization' && actor.type !== 'group') continue;
      const names = [actor.name, ...actor.aliases].map((n) => n.replace(/[«»"“”]/gu, ' ').trim().split(/\s+/u));
      if (names.some((w) => w.length > BODY_OPENING_WORDS && key(w.slice(0, BODY_OPENING_WORDS)) === k)) return actor;
    }
  }
  return null;
}

/** The document noun without clitics and article («البيان», «ببيان» → «بيان»): the key of `Context.documentIssuers`. */
function documentKey(ctx: Context, t: Token): string {
  // The shortest form that is a document noun: «بيان» must not lose its first letter as if it were the clitic ب.
  const stems = ctx.article.pack.stems(t.fold);
  for (let k = stems.length - 1; k >= 0; k--) if (ctx.documents.has(stems[k])) return stems[k];
  return t.fold;
}

/** A document in construct with a definite noun phrase after it («بيان رئاسة الإقليم», «تقرير الأمم المتحدة»). */
function namesUnknownIssuer(ctx: Context, toks: Token[], d: number, limit: number): boolean {
  const cs = ctx.rules.constructState;
  if (!cs || d < 0 || cs.isDefinite(toks[d].fold)) return false;
  for (let k = d + 1; k < limit && k <= d + 2; k++) if (toks[k].kind === 'word' && cs.isDefinite(toks[k].fold)) return true;
  return false;
}

/** The issuer named right after a document noun at toks[d] («بيان الوزارة», «بيان رئيس الإقليم فلان»), within the phrase. */
function documentIssuer(ctx: Context, toks: Token[], d: number, limit: number): { actor: Actor; text: string; span: Span; rule: SpeakerFinding['rule'] } | null {
  // Only a document in construct state names its issuer next: «بيان الوزارة», not «البيان الحكومة» (its object).
  if (d < 0 || d + 1 >= limit || !ctx.rules.constructState || ctx.rules.constructState.isDefinite(toks[d].fold)) return null;
  const ms = mentionsStartingIn(ctx.index, toks[d + 1].start, toks[limit - 1].end);
  if (ms.length === 0) return null;
  // The name right after the document, else a person in apposition with the issuer's title.
  const pick = ms[0].start <= toks[d + 1].start + 1 ? ms[0] : ms.find((m) => m.actor.type === 'person');
  if (!pick) return null;
  return { actor: pick.actor, text: ctx.article.text.slice(pick.start, pick.end), span: [pick.start, pick.end], rule: 'speaker:document' };
}

/**
 * The issuer linked to a document noun at toks[d] by a pack word, within two words after it and before `limit`
 * («تقرير إحصائي من معهد «X» أن», «بيان صادر عن الوزارة»): the name starting within two words after the link.
 */
function linkedDocumentIssuer(ctx: Context, toks: Token[], d: number, limit: number): { actor: Actor; text: string; span: Span; rule: SpeakerFinding['rule'] } | null {
  const links = ctx.rules.documentIssuerLinks;
  if (!links || d < 0) return null;
  for (let k = d + 1; k < limit && k <= d + 3; k++) {
    if (toks[k].kind !== 'word') return null;
    if (!links.includes(toks[k].fold)) continue;
    if (k + 1 >= limit) return null;
    // (Subject-first languages describe the issuer before its name: «a study released by Leeds-based
    // analysts Telsight».)
    const to = Math.min(limit, k + (ctx.rules.verbFirst ? 4 : LINKED_ISSUER_TOKENS)) - 1;
    const ms = mentionsStartingIn(ctx.index, toks[k + 1].start, toks[to].end).filter((m) => m.actor.type === 'organization' || m.actor.type === 'group');
    if (ms.length === 0) return null;
    return { actor: ms[0].actor, text: ctx.article.text.slice(ms[0].start, ms[0].end), span: [ms[0].start, ms[0].end], rule: 'speaker:document' };
  }
  return null;
}

/** Tokens after a document's link word («by») within which a subject-first language names the issuer. */
const LINKED_ISSUER_TOKENS = 8;
const QUANTIFIERS = new Set(['one', 'two', 'three', 'several', 'some', 'many', 'others', 'another']);
/** Past forms are verbs after a quantifier («one said»); base and -s forms may be nouns («two reports»). */
function isPastForm(fold: string): boolean {
  return fold.endsWith('ed') || fold === 'said' || fold === 'told' || fold === 'wrote';
}
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'senior', 'his', 'her', 'their', 'its']);
function isDeterminer(t: Token): boolean {
  return DETERMINERS.has(t.fold);
}

function isPhraseBreak(ctx: Context, t: Token): boolean {
  // Quotation marks inside a speaker phrase surround a name in it (رئيس حزب «القوات اللبنانية» الدكتور …).
  if (t.kind === 'punct') return !(t.text === '.' || t.text === '-' || t.text === '\u2019' || t.text === "'" || t.text === '&' || (ctx.rules.verbFirst && isMark(t.text)));
  // («علي» is the folded «على» (on) and the name Ali: a person's name the actors found opening there is no break.)
  if (ctx.stops.has(t.fold)) return !mentionsStartingIn(ctx.index, t.start, t.start + 1).some((m) => m.actor.type === 'person');
  return ctx.complementisers.has(t.fold) || !!ctx.cue(t);
}

/** The full stop at toks[k] ends an abbreviation or an initial ("Mr.", "J."), not the sentence. */
function isAbbreviationBefore(ctx: Context, toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  if (!prev || prev.kind !== 'word') return false;
  return ctx.article.pack.abbreviations.has(prev.fold) || ctx.honorifics.has(prev.fold) || /^\p{Lu}$/u.test(prev.text);
}

function isMarkToken(t: Token): boolean {
  return t.kind === 'punct' && isMark(t.text);
}

/** The speech verb governing a quote, looking back from the quote within its sentence. */
function speakerBefore(ctx: Context, toks: Token[], quoteStart: number): SpeakerFinding | null {
  // toks: tokens from the window start up to the quote's opening mark.
  const n = toks.length;
  const agent = passiveAgent(ctx, toks) ?? possessor(ctx, toks) ?? documentBefore(ctx, toks) ?? reportedSaying(ctx, toks, quoteStart) ?? namedSayingOwner(ctx, toks, n > 0 && toks[n - 1].text === ':' ? n - 1 : n);
  if (agent) return agent;
  const rebutted = rebuttedClaim(ctx, toks);
  if (rebutted) return rebutted;
  for (let k = n - 1; k >= 0; k--) {
    // Source markers: "according to X, …", «بحسب X»
    const marker = sourceMarkerAt(ctx, toks, k);
    if (marker > 0) {
      // «بحسب خطة …» (according to a plan) names no speaker: only an actor or an unnamed source counts.
      const phrase = resolvePhrase(ctx, toks, k + marker, n, undefined, quoteStart);
      if (phrase.actor || phrase.rule === 'speaker:anonymous' || phrase.rule === 'speaker:document') {
        // «وأفاد مصدر أمني - بحسب الوكالة الرسمية: «…»»: a speech verb with its subject right before the marker reports
        // the words; the marker names who passed them on (verb-first languages).
        const reporting = ctx.rules.verbFirst ? verbBeforeMarker(ctx, toks, k, quoteStart) : null;
        if (reporting) return { ...reporting, distance: n - 1 - k };
        return { ...finish(phrase, 'speaker:source-marker', undefined, 'partial'), distance: n - 1 - k, byMarker: true };
      }
    }
    const cue = ctx.cueAt(toks, k);
    if (!cue) continue;
    // «وأضاف المصدر الذي طلب عدم ذكر اسمه: «…»»: a verb in a relative clause describing the subject of an earlier
    // speech verb is not the one that reports the quote (verb-first languages).
    // «وقال مسؤول في الوزارة طلب عدم الكشف عن هويته إن …»: the same for a bare verb inside that subject phrase.
    // («… هدى العلي التي قالت إن «…»»: a relative verb with its own reported clause right after it does report it.)
    const opensClause = k + 1 >= n || toks[k + 1].text === ':' || isMarkToken(toks[k + 1]) || ctx.complementisers.has(toks[k + 1].fold);
    if (ctx.rules.verbFirst && k > 0 && !opensClause && (ctx.relatives.has(toks[k - 1].fold) || ctx.cues.has(toks[k].fold)) && insideEarlierSubject(ctx, toks, k)) continue;
    const found = speakerForCue(ctx, toks, k, cue, quoteStart);
    // A short quote is governed when close to its verb, or close to the start of the verb's reported clause
    // («وأكد متحدث باسم … في بيان نشرته وكالة …، أن التحرير «بات قريبا»»).
    // The first complementiser opens the verb's own clause; a later one («حيث إنها») starts a clause of its own.
    let clauseAt = -1;
    for (let b = k + 1; b < n && clauseAt < 0; b++) if (ctx.complementisers.has(toks[b].fold) || toks[b].text === ':') clauseAt = b;
    const inClause = clauseAt >= 0;
    return found ? { ...found, distance: n - 1 - k, clauseDistance: inClause ? n - 1 - clauseAt : undefined, inClause } : null;
  }
  return speakerLabel(ctx, toks) ?? colonSubject(ctx, toks) ?? sayingOwner(ctx, toks);
}

/**
 * «وعبرت فلانة عن سعادتها بقولها: «…»», «واستهل فلان حديثه بقوله «…»»: a saying noun with a preposition and the owner's
 * pronoun written on it right before the quote (no speech verb in the sentence): the sentence's subject, agreeing with
 * the pronoun, said it (verb-first languages with `reportedSaying`).
 */
function sayingOwner(ctx: Context, toks: Token[]): SpeakerFinding | null {
  const saying = ctx.rules.reportedSaying;
  if (!ctx.rules.verbFirst || !saying) return null;
  let k = toks.length - 1;
  if (k >= 0 && toks[k].text === ':') k--;
  const t = toks[k];
  if (!t || t.kind !== 'word' || k === 0) return null;
  const noun = ctx.article.pack.stems(t.fold).find((st) => st !== t.fold && saying.nouns.includes(st));
  if (!noun) return null;
  const s0 = sentenceStartBefore(ctx, toks, k);
  const actor = sentenceSubject(ctx, toks.slice(s0), k - s0);
  if (!actor) return null;
  // The owner's pronoun: feminine («قولها»), plural («قولهم»), else masculine.
  const gender: Gender = saying.feminineOwner?.includes(noun) ? 'f' : saying.pluralOwner?.includes(noun) ? 'any' : 'm';
  const g = ctx.genderOf(actor);
  if (gender !== 'any' && g !== 'any' && g !== gender) return null;
  return { actor, text: t.text, span: [t.start, t.end], rule: 'speaker:dropped-subject', governed: true, kind: 'direct', distance: 0, inClause: true };
}

/** Words a saying noun's owner may take before the quote («بقول وزير الخارجية الأسبق فلان الفلاني:»). */
const SAYING_OWNER_TOKENS = 7;

/**
 * «مستشهدا بقول الشاعر فلان: «…»», «واستشهد بقول رسول الله: «…»»: a saying noun with a preposition, then its owner
 * named right up to the quote: the owner said the words, not the one who cites them. `end` is where the owner's words end.
 */
function namedSayingOwner(ctx: Context, toks: Token[], end: number): SpeakerFinding | null {
  const nouns = ctx.rules.reportedSaying?.ownedBy;
  if (!nouns?.length) return null;
  for (let i = end - 2; i >= 0 && i >= end - 1 - SAYING_OWNER_TOKENS; i--) {
    const t = toks[i];
    if (t.kind !== 'word') return null;
    if (!ctx.article.pack.stems(t.fold).some((st) => st !== t.fold && nouns.includes(st))) continue;
    const phrase = resolvePhrase(ctx, toks, i + 1, end, undefined, toks[end - 1].end);
    if (!phrase.actor) return null;
    return { ...finish(phrase, 'speaker:possessive', undefined, 'direct'), distance: 0, inClause: true };
  }
  return null;
}

/** Words between a speech verb and a source marker that follows its subject. */
const MARKER_SUBJECT_TOKENS = 8;
const PARENTHETICAL_PUNCT = new Set(['-', '\u2013', '\u2014', ',', '\u060C']);

/**
 * The speech verb right before a source marker at toks[k] whose subject fills the words between them («وأفاد مصدر أمني
 * - بحسب …»), with that subject as the speaker; null when a verb has no subject there or other punctuation intervenes.
 */
function verbBeforeMarker(ctx: Context, toks: Token[], k: number, quoteStart: number): SpeakerFinding | null {
  let end = k;
  while (end > 0 && toks[end - 1].kind === 'punct' && PARENTHETICAL_PUNCT.has(toks[end - 1].text)) end--;
  for (let b = end - 1; b >= 0 && end - b <= MARKER_SUBJECT_TOKENS; b--) {
    const t = toks[b];
    if (t.kind !== 'word') return null;
    const cue = ctx.cueAt(toks, b);
    if (!cue) continue;
    if (cue.role !== 'verb' || b + 1 >= end) return null;
    const found = speakerForCue(ctx, toks.slice(0, end), b, cue, quoteStart);
    return found && (found.actor || found.text) && found.rule !== 'speaker:dropped-subject' && found.rule !== 'speaker:pronoun' ? found : null;
  }
  return null;
}

/**
 * «The mayor hit back at the council in two long posts: "…"»: in a subject-first language, a clause with no speech verb ending in
 * a colon right before the quote introduces its subject's words: the person or body (or person pronoun) opening it.
 */
const COLON_TITLE_WORDS = 2;
function colonSubject(ctx: Context, toks: Token[]): SpeakerFinding | null {
  const n = toks.length;
  if (ctx.rules.verbFirst || n < 3 || toks[n - 1].text !== ':') return null;
  let s0 = sentenceStartBefore(ctx, toks, n - 1);
  if (ctx.conjunctions.has(toks[s0].fold)) s0++;
  const first = toks[s0];
  if (!first || first.kind !== 'word' || s0 >= n - 2) return null;
  if (toks.slice(s0, n - 1).some((t) => isMarkToken(t))) return null;
  let found: { actor: Actor | null; text: string | null; span: Span | null } | null = null;
  if (ctx.pronouns.get(first.fold)?.kinds.includes('person')) {
    const p = resolvePhrase(ctx, toks, s0, s0 + 1, undefined, first.start);
    if (p.actor) found = p;
  } else {
    let m = mentionsOverlapping(ctx.index, first.start, first.end).find((x) => x.start <= first.start && x.actor.type !== 'location' && !ctx.insideQuote(x.start));
    // «Briton Tim Henman was more upbeat:», «Coach Jo Roe was blunt:»: a title or nationality word or two before the
    // person's name.
    if (!m) {
      const q = Math.min(s0 + COLON_TITLE_WORDS, n - 2);
      const p = mentionsStartingIn(ctx.index, toks[s0 + 1].start, toks[q].end).find((x) => x.actor.type === 'person' && !ctx.insideQuote(x.start));
      if (p && toks.slice(s0, n - 1).filter((t) => t.end <= p.start).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !ctx.pronouns.has(t.fold) && !ctx.stops.has(t.fold))) m = p;
    }
    // «CNN's Jake Tapper on …:»: a possessor qualifies the person named next.
    const after = m ? toks.find((t) => t.start >= m!.end) : undefined;
    if (m && after && (/^['\u2019]s?$/u.test(after.text) || /['\u2019]s$/u.test(ctx.article.text.slice(m.start, m.end + 2)))) {
      m = mentionsStartingIn(ctx.index, m.end, toks[n - 1].start).find((x) => x.actor.type === 'person' && !ctx.insideQuote(x.start));
    }
    if (m) found = { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end] };
  }
  if (!found) return null;
  return { ...found, rule: 'speaker:colon-subject', governed: true, kind: 'direct', distance: n - 1 - s0, inClause: true };
}

/**
 * «Jane Roe said the vote was close. "We will win it."»: a quote opening its sentence with no attribution of its own
 * continues the speech reported in the sentence just before it (its paragraph's, or the previous paragraph's last when
 * the quote opens a paragraph), when no quote stands in that sentence (unless `marksBefore`: a quote further inside its
 * own sentence, after words naming nobody): the subject of its speech verb.
 */
function reportedBefore(ctx: Context, pos: number, after: number, marksBefore = false): SpeakerFinding | null {
  const sentences = ctx.article.sentences;
  const lo = partitionPoint(sentences, (s) => s.end <= pos);
  const prev = sentences[lo - 1];
  if (!prev || prev.start < after || pos - prev.end > 4) return null;
  if (prev.end - prev.start > EVENT_SCAN_CHARS) return null;
  const toks = ctx.tokens(prev.start, prev.end);
  if (!marksBefore && toks.some((t) => isMarkToken(t))) return null;
  // (With `marksBefore`, the attribution closing that sentence after its last comma, «…, Ms Roe says.», is read first.)
  let from = 0;
  if (marksBefore) {
    for (let k = toks.length - 1; k > 0; k--) if (toks[k].text === ',') {
      if (toks.slice(k + 1).some((t, x) => ctx.cueAt(toks, k + 1 + x)?.role === 'verb')) from = k + 1;
      break;
    }
  }
  for (let k = from; k < toks.length; k++) {
    const cue = ctx.cueAt(toks, k);
    if (!cue) continue;
    if (cue.role !== 'verb') {
      // «Minister Jan Roe played the figures down, saying growth was strong. "…"»: a participle after the comma that
      // closes a person's clause reports that person's words; the quote after it goes on with them, not with the
      // quote before (subject-first languages).
      if (ctx.rules.verbFirst || k < 2 || toks[k - 1].text !== ',') continue;
      const subject = sentenceSubject(ctx, toks, k - 1);
      const m = subject?.type === 'person' ? mentionsStartingIn(ctx.index, prev.start, toks[k].start).find((x) => x.actor === subject) : undefined;
      if (m) return { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end], rule: 'speaker:reported-before', governed: true, kind: 'direct', cue };
      continue;
    }
    const before = subjectBefore(ctx, toks, k);
    if (before && before.actor) return { ...finish(before, 'speaker:reported-before', cue, 'direct'), rule: 'speaker:reported-before' };
    // A speaker named but not held by the actors, or an unnamed source («officials said»): nobody known, rather than
    // an earlier speaker.
    if (before && before.text && (before.rule === 'speaker:anonymous' || before.rule === 'speaker:subject-before-verb')) return finish(before, 'speaker:reported-before', cue, 'direct');
    // «Jan Roe wants … but conceded this was ambitious.»: a verb joined to its clause shares the clause's subject.
    if (!before && k > 0 && !ctx.rules.verbFirst && ctx.conjunctions.has(toks[k - 1].fold)) {
      const subject = sentenceSubject(ctx, toks, k - 1);
      const m = subject?.type === 'person' ? mentionsStartingIn(ctx.index, prev.start, toks[k].start).find((x) => x.actor === subject) : undefined;
      if (m) return { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end], rule: 'speaker:reported-before', governed: true, kind: 'direct', cue };
    }
    // «…, said Bart Naylor, a policy advocate.»
    if (!before && k + 1 < toks.length && !isPhraseBreak(ctx, toks[k + 1]) && !cue.takesObject) {
      const phrase = resolvePhrase(ctx, toks, k + 1, toks.length, cue, toks[k].start);
      const closes = phrase.end >= toks.length || CLAUSE_PUNCT.has(toks[phrase.end].text);
      if (phrase.actor && phrase.rule === null && closes) return finish(phrase, 'speaker:reported-before', cue, 'direct');
    }
    return null;
  }
  return null;
}

/**
 * Whether the words from `from` to the quote at `open` name no actor and hold no speech word, pronoun or quote, and do
 * not end with a determiner.
 */
function bareLeadIn(ctx: Context, from: number, open: number): boolean {
  if (open - from > EVENT_SCAN_CHARS || mentionsStartingIn(ctx.index, from, open).length > 0) return false;
  const toks = ctx.tokens(from, open);
  // (A quote right after a determiner names a thing: «A "Fed-Ex refund processor" was on sale».)
  if (toks.length > 0 && isDeterminer(toks[toks.length - 1])) return false;
  return toks.every((t, k) => (t.kind === 'word' ? !ctx.cueAt(toks, k) && !ctx.pronouns.has(t.fold) && !ctx.speechNouns.has(t.fold) && !ctx.has(ctx.documents, t) && !ctx.has(ctx.anonymous, t) : !isMarkToken(t)));
}

/** A possessive ending right after a name, then a lower-case word («'s government»). */
const POSSESSOR_OF_NOUN = /^['\u2019]s? \p{Ll}/u;
const POSSESSOR_LOOK_CHARS = 5;

/** The person subject of the sentence right before `pos` (after `after`, holding no quote), as the speaker of a quote opening at `pos`. */
function narratedSubjectBefore(ctx: Context, pos: number, after: number): SpeakerFinding | null {
  const sentences = ctx.article.sentences;
  const lo = partitionPoint(sentences, (s) => s.end <= pos);
  const prev = sentences[lo - 1];
  if (!prev || prev.start < after || pos - prev.end > 4 || prev.end - prev.start > EVENT_SCAN_CHARS) return null;
  const toks = ctx.tokens(prev.start, prev.end);
  // (A sentence ends with its full stop: a heading line above the quote narrates nothing.)
  if (toks.length < 3 || toks.some((t) => isMarkToken(t)) || toks[toks.length - 1].text !== '.') return null;
  const subject = sentenceSubject(ctx, toks, toks.length - 1);
  if (subject?.type !== 'person') return narratingPronoun(ctx, toks);
  const m = mentionsStartingIn(ctx.index, prev.start, prev.end).find((x) => x.actor === subject);
  if (!m) return null;
  // The name must open the sentence («Striker Tom Hale scored …», «However, Mr Roe has …»): a sentence about
  // something else («The technology grew out of research by Dr Roe.») is no narration of that person.
  for (const t of toks) {
    if (t.start >= m.start) break;
    // (A title before the name is part of it: «Harbour manager Sam Ortega disagreed.»)
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !ctx.article.pack.articles.has(t.fold) && !ctx.conjunctions.has(t.fold) && !ctx.rules.personHead?.(t.fold)) return null;
  }
  return { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end], rule: 'speaker:narrated-subject', governed: true, kind: 'direct' };
}

/**
 * «Still, he stood by his choice to meet them. "Well, …"»: a singular person pronoun opening the sentence
 * before the quote (after a conjunction, or one adverb and its comma) is the narrated subject: the person it refers to.
 * Subject-first languages.
 */
function narratingPronoun(ctx: Context, toks: Token[]): SpeakerFinding | null {
  if (ctx.rules.verbFirst) return null;
  let i = 0;
  if (toks[i]?.kind === 'word' && ctx.conjunctions.has(toks[i].fold)) i++;
  else if (toks[i]?.kind === 'word' && toks[i + 1]?.text === ',' && !ctx.pronouns.has(toks[i].fold)) i += 2;
  const t = toks[i];
  const pronoun = t && t.kind === 'word' ? ctx.pronouns.get(t.fold) : undefined;
  if (!pronoun || pronoun.number !== 'sg' || !pronoun.kinds.includes('person')) return null;
  const phrase = resolvePhrase(ctx, toks, i, i + 1, undefined, t.start);
  if (!phrase.actor || phrase.actor.type !== 'person') return null;
  return { actor: phrase.actor, text: t.text, span: [t.start, t.end], rule: 'speaker:narrated-subject', governed: true, kind: 'direct' };
}

/** Whether the quoted words hold a first-person word of the pack («I», «we», «my»), not counting a nested quote. */
function speaksInFirstPerson(ctx: Context, cand: Candidate): boolean {
  const first = ctx.rules.firstPerson;
  if (!first) return false;
  // («I've», «we're»: the pronoun before a contracted verb.)
  return ctx.tokens(cand.start, cand.end).some((t) => t.kind === 'word' && first.includes(t.fold.split(/['\u2019]/u)[0]));
}

/** Whether a quote opens with a third-person singular pronoun («He is a tough opponent …»): words about someone. */
function thirdPersonOpening(ctx: Context, text: string): boolean {
  const first = /^[\s'"\u2018\u201C]*(\p{L}+)/u.exec(text)?.[1];
  if (!first) return false;
  const f = ctx.fold(first);
  const p = ctx.pronouns.get(f) ?? (ctx.rules.possessivePronouns && f in ctx.rules.possessivePronouns ? ctx.pronouns.get(ctx.rules.possessivePronouns[f]) : undefined);
  return !!p && p.number === 'sg' && p.kinds.includes('person');
}

/**
 * Whether toks[k] stands in the subject phrase of an earlier speech verb: words only between them (no punctuation,
 * complementiser, relative «ما» or stop word but a source's complement), at most a subject's length.
 */
function insideEarlierSubject(ctx: Context, toks: Token[], k: number): boolean {
  for (let b = k - 1; b >= 0 && k - b <= SUBJECT_MAX_TOKENS; b--) {
    const t = toks[b];
    if (t.kind !== 'word' || ctx.complementisers.has(t.fold) || ctx.factive.has(t.fold)) return false;
    // («ما وصفته»: a relative «ما» makes the verb its own clause; «مسؤول في الوزارة»: a source's complement is allowed.)
    if (ctx.stops.has(t.fold) && !ctx.rules.sourceComplements?.includes(t.fold)) return false;
    if (ctx.cueAt(toks, b)?.role === 'verb') return b < k - 1;
  }
  return false;
}

const LABEL_MAX_TOKENS = 12;

/**
 * «Jane Roe, The Daily Courier: "…"», «الوزير فلان: «…»»: a paragraph opening with a name (and its outlet or
 * title) and a colon right before the quote, with no verb: the name is the speaker. The label must name an actor,
 * or, in scripts with capitals, open with a capitalised name («Editor's note:» or «The message:» do not).
 */
function speakerLabel(ctx: Context, toks: Token[]): SpeakerFinding | null {
  const n = toks.length;
  if (n < 2 || n > LABEL_MAX_TOKENS || toks[n - 1].text !== ':') return null;
  if (!ctx.startsParagraph(toks[0].start)) return null;
  for (let k = 0; k < n - 1; k++) {
    const t = toks[k];
    if (t.kind === 'punct' ? !(isComma(t) || t.text === '.') : ctx.cueAt(toks, k) || ctx.stops.has(t.fold)) return null;
  }
  const named = mentionsStartingIn(ctx.index, toks[0].start, toks[n - 1].start);
  const m = named.find((x) => x.actor.type === 'person') ?? named.find((x) => x.actor.type !== 'location');
  if (m) return { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end], rule: 'speaker:label', governed: true, kind: 'direct', distance: 0, inClause: true };
  if (!ctx.rules.titleCaseIsTitle) return null;
  // The name as written: the capitalised words up to the first comma.
  let e = 0;
  while (e < n - 1 && toks[e].kind === 'word' && /^\p{Lu}/u.test(toks[e].text)) e++;
  if (e < 2 || (e < n - 1 && toks[e].text !== ',' && toks[e].text !== '.')) return null;
  if (toks[e].text === '.') while (e < n - 1 && toks[e].text !== ',') e++; // initials: «Gerald F. Seib»
  const span: Span = [toks[0].start, toks[e - 1].end];
  return { actor: null, text: ctx.article.text.slice(span[0], span[1]), span, rule: 'speaker:label', governed: true, kind: 'direct', distance: 0, inClause: true };
}

const SAYING_LOOKBACK_TOKENS = 4;
const SAYING_SOURCE_TOKENS = 8;

/** «ونقل عن الوزير قوله «…»», «نقلت الوكالة عن مصدر قوله إن «…»»: the source after «عن», before the saying noun. */
function reportedSaying(ctx: Context, toks: Token[], quoteStart: number): SpeakerFinding | null {
  const saying = ctx.rules.reportedSaying;
  if (!saying) return null;
  const n = toks.length;
  for (let k = n - 1; k >= 0 && k >= n - SAYING_LOOKBACK_TOKENS; k--) {
    if (toks[k].kind !== 'word') continue;
    const clause = !saying.nouns.includes(toks[k].fold);
    if (clause && !(saying.transmitters && ctx.complementisers.has(toks[k].fold))) continue;
    for (let b = k - 1; b >= 0 && b >= k - SAYING_SOURCE_TOKENS; b--) {
      if (toks[b].kind === 'punct' && CLAUSE_PUNCT.has(toks[b].text)) return null;
      if (clause && toks[b].kind === 'word' && ctx.cue(toks[b])) return null;
      if (toks[b].fold !== saying.from) continue;
      // «نقلت الصحيفة عن مصادر مطلعة أن «…»»: a verb of passing on a few words before «عن», and a source it names.
      // («عن الوزير أنه قال: «…»»: or the clause's own verb of saying right after the complementiser: «X said».)
      const saidAfter = toks[k + 1]?.kind === 'word' && !!ctx.cue(toks[k + 1]);
      if (clause && !saidAfter && !toks.slice(Math.max(0, b - SAYING_SOURCE_TOKENS), b).some((x) => x.kind === 'word' && saying.transmitters!.some((v) => ctx.article.pack.stems(x.fold).includes(v)))) return null;
      const phrase = resolvePhrase(ctx, toks, b + 1, k, undefined, quoteStart);
      if (!phrase.text || (clause && !phrase.actor && phrase.rule !== 'speaker:anonymous')) return null;
      const inClause = toks.slice(k + 1).some((x) => ctx.complementisers.has(x.fold));
      return { ...finish(phrase, phrase.rule ?? 'speaker:source-marker', undefined, inClause ? 'partial' : 'direct'), distance: n - 1 - k, inClause };
    }
    return null;
  }
  return null;
}

const DOCUMENT_LOOKBACK_TOKENS = 12;

/** «وجاء في بيان الوزارة «…»»: a document naming its issuer just before the quote, with no speech verb in between. */
/** Words between a document subject and the complementiser of its clause («التقرير إلى أن»). */
const DOCUMENT_CLAUSE_TOKENS = 2;

function documentBefore(ctx: Context, toks: Token[]): SpeakerFinding | null {
  const n = toks.length;
  // «وجاء في البيان: «…»»: a colon may close the phrase (verb-first languages).
  const last = ctx.rules.verbFirst && n > 0 && toks[n - 1].text === ':' ? n - 2 : n - 1;
  // «وجد التقرير أن «…»», «وخلصت الدراسة إلى أن «…»»: a document subject of a verb that is no speech cue, its clause
  // opened by the complementiser right before the quote (verb-first languages).
  let clause = -1;
  for (let k = last; k >= 0 && k >= n - DOCUMENT_LOOKBACK_TOKENS; k--) {
    const t = toks[k];
    // «رسالة بعثها فلان، الرئيس التنفيذي للشركة «…»»: a comma after a person's name opens their title in apposition,
    // not another clause (verb-first languages).
    if (t.kind === 'punct' && CLAUSE_PUNCT.has(t.text) && !(ctx.rules.verbFirst && isComma(t) && k > 0 && personEndsAt(ctx, toks[k - 1]))) return null;
    if (t.kind !== 'word') continue;
    if (ctx.rules.verbFirst && clause < 0 && k === last && ctx.complementisers.has(t.fold)) {
      clause = k;
      continue;
    }
    if (clause >= 0 && k < clause - DOCUMENT_CLAUSE_TOKENS) return null;
    if (ctx.cue(t) || ctx.complementisers.has(t.fold)) return null;
    if (!ctx.has(ctx.documents, t)) continue;
    // A speech verb just before the document («قال في بيان») keeps the verb's subject as the speaker.
    for (let b = k - 1; b >= 0 && b >= k - 6; b--) if (ctx.cue(toks[b])) return null;
    const issuer = documentIssuer(ctx, toks, k, n);
    if (issuer) return { ...issuer, governed: true, kind: 'direct', distance: n - 1 - k, inClause: false };
    // «وجاء في البيان: «…»» (verb-first, the document definite and last before the colon): the statement issued
    // before, as for «وأضاف البيان».
    // (With no issuer found, the words are still the document's: kept, with no speaker.)
    const unissued = (kind: QuoteKind, inClause: boolean): SpeakerFinding => ({ actor: null, text: t.text, span: [t.start, t.end], rule: 'speaker:document', governed: true, kind, distance: n - 1 - k, inClause });
    if (k === last && last < n - 1 && ctx.rules.constructState?.isDefinite(t.fold)) {
      const phrase = resolvePhrase(ctx, toks, k, k + 1, undefined, t.start);
      if (phrase.actor) return { ...finish(phrase, 'speaker:document', undefined, 'direct'), distance: 0, inClause: false };
      if (k >= 1 && toks[k - 1].kind === 'word' && ctx.stops.has(toks[k - 1].fold)) return unissued('direct', false);
    }
    // «وجد التقرير أن «…»»: the definite document right before the clause (at most a preposition between) is the
    // subject; its issuer named before speaks. («وجاء في البيان أن «…»»: in the document, the same.)
    const inDocument = k >= 2 && toks[k - 1].kind === 'word' && ctx.stops.has(toks[k - 1].fold) && toks[k - 2].kind === 'word' && !ctx.stops.has(toks[k - 2].fold);
    if (clause >= 0 && ctx.rules.constructState?.isDefinite(t.fold) && k >= 1 && toks[k - 1].kind === 'word' && (!ctx.stops.has(toks[k - 1].fold) || inDocument)) {
      const phrase = resolvePhrase(ctx, toks, k, k + 1, undefined, t.start);
      if (phrase.actor) return { ...finish(phrase, 'speaker:document', undefined, 'partial'), distance: n - 1 - k, inClause: true };
      if (inDocument) return unissued('partial', true);
    }
    if (clause >= 0) return null;
    // «وجاء في بيان نقابة الأطباء «…»»: an issuer no actor holds, kept as written.
    if (!namesUnknownIssuer(ctx, toks, k, n)) return null;
    let e = k + 1;
    while (e < n && toks[e].kind === 'word' && !ctx.has(ctx.complementisers, toks[e]) && !ctx.stops.has(toks[e].fold)) e++;
    const span: Span = [t.start, toks[e - 1].end];
    return { actor: null, text: ctx.article.text.slice(span[0], span[1]), span, rule: 'speaker:document', governed: true, kind: 'direct', distance: n - 1 - k, inClause: false };
  }
  return null;
}

/**
 * Where the subject after the verb at toks[k] starts: right after it, or after a preposition with an object pronoun
 * («فيما دعا له أحد المشجعين», «وقال لهم المدرب إن»; the pack's `pronounObjects`, verb-first languages).
 */
function subjectStart(ctx: Context, toks: Token[], k: number, n: number): number {
  const objects = ctx.rules.pronounObjects;
  const t = toks[k + 1];
  let s = ctx.rules.verbFirst && objects && k + 2 < n && t && t.kind === 'word' && objects.includes(t.fold) && toks[k + 2].kind === 'word' ? k + 2 : k + 1;
  // «وأضاف مدافعا: «…»», «ويضيف فورا أن …»: an adverb of manner right after the verb is no subject; the subject, if
  // any, follows it (else it was dropped).
  const adverbial = ctx.rules.unknownNames?.adverbial;
  while (adverbial && s < n && toks[s].kind === 'word' && adverbial(toks[s].fold)) s++;
  return s;
}

/** Whether a word between `from` and `to` is a preposition, alone or written on a definite noun («بالمهاجم», «للاعب»). */
function prepositionalBetween(ctx: Context, toks: Token[], from: number, to: number): boolean {
  const cs = ctx.rules.constructState;
  return toks.some((t) => t.start >= from && t.end <= to && t.kind === 'word' && (ctx.stops.has(t.fold) || (!!cs && cs.isDefinite(t.fold) && /^[\u0628\u0644\u0643]/u.test(t.fold))));
}

/** Whether a person's mention ends with the token `t`. */
function personEndsAt(ctx: Context, t: Token): boolean {
  return mentionsOverlapping(ctx.index, t.start, t.end).some((m) => m.actor.type === 'person' && m.end === t.end);
}

/** The speaker of the speech cue at toks[k], which governs a quote right after the tokens. */
/** «was praised by Jobs as "…"»: the agent of a passive right before the quote. */
function passiveAgent(ctx: Context, toks: Token[]): SpeakerFinding | null {
  const pattern = ctx.rules.passiveAgent;
  const n = toks.length;
  if (!pattern || n < 3 || toks[n - 1].fold !== pattern.as) return null;
  for (let b = n - 2; b >= 0 && b >= n - 8; b--) {
    if (toks[b].fold !== pattern.by) continue;
    // «by referring to X as "…"»: a gerund after "by" is the subject's own speech, not a passive agent.
    if (b + 1 < n && ctx.cue(toks[b + 1])) return null;
    const ms = mentionsStartingIn(ctx.index, toks[b].end, toks[n - 1].start);
    if (ms.length === 0) return null;
    const m = ms[0];
    return { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end], rule: 'speaker:passive-agent', governed: true, kind: 'partial', distance: 1, inClause: true };
  }
  return null;
}

/**
 * «The plans were branded "deeply irresponsible" by the Greens»: a passive speech verb right before the quote (an
 * auxiliary, the participle, perhaps "as") and its agent right after it: the agent speaks (subject-first languages).
 */
function passiveAgentAfter(ctx: Context, before: Token[], after: Token[]): SpeakerFinding | null {
  const pattern = ctx.rules.passiveAgent;
  if (!pattern || ctx.rules.verbFirst || after.length < 2 || after[0].fold !== pattern.by) return null;
  let v = before.length - 1;
  while (v >= 0 && isMarkToken(before[v])) v--;
  if (v >= 0 && before[v].fold === pattern.as) v--;
  if (v < 1 || before[v].kind !== 'word' || !isPastForm(before[v].fold) || !ctx.cue(before[v]) || !ctx.rules.passiveAuxiliaries?.includes(before[v - 1].fold)) return null;
  const ms = mentionsStartingIn(ctx.index, after[1].start, after[Math.min(after.length - 1, 3)].end);
  if (ms.length === 0 || ms[0].start > after[isDeterminer(after[1]) ? 2 : 1].start) return null;
  const m = ms[0];
  return { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end], rule: 'speaker:passive-agent', governed: true, kind: 'partial', distance: 1, inClause: true };
}

/** «Clinton's "vast right-wing conspiracy"»: a named possessor right before the quote owns the words. */
function possessor(ctx: Context, toks: Token[]): SpeakerFinding | null {
  const last = toks[toks.length - 1];
  if (!last || last.kind !== 'word') return null;
  if (/\p{L}['\u2019]s$/u.test(last.text)) {
    // «… who said Labour's "…"», «said that the party's "…"»: the possessive opens what a speech verb reports; the
    // verb's subject, not the possessor, owns the words.
    const owner = mentionsOverlapping(ctx.index, last.start, last.end).pop();
    let k = toks.length - 2;
    while (k >= 0 && owner && toks[k].start >= owner.start) k--;
    const stop = k - 3;
    while (k > stop && k >= 0 && toks[k].kind === 'word' && (isDeterminer(toks[k]) || ctx.complementisers.has(toks[k].fold))) k--;
    const verb = k >= 0 && toks[k].kind === 'word' ? ctx.cueAt(toks, k) : undefined;
    // («Critics mocked X's "…"»: a verb taking X's phrase as its object leaves the words X's.)
    if (verb && !verb.takesObject) return null;
    // «Osei says the levy is one more sign of the council's "…" approach»: a reporting verb earlier in the clause
    // reports the words, whatever stands between.
    for (let j = 0; j < k; j++) {
      const cue = ctx.cueAt(toks, j);
      if (cue && cue.role === 'verb' && !cue.takesObject) return null;
    }
    return namedPossessor(ctx, last);
  }
  return speechNounOwner(ctx, toks);
}

function namedPossessor(ctx: Context, t: Token): SpeakerFinding | null {
  const ms = mentionsOverlapping(ctx.index, t.start, t.end);
  if (ms.length === 0) return null;
  const m = ms[ms.length - 1];
  return { actor: m.actor, text: t.text, span: [t.start, t.end], rule: 'speaker:possessive', governed: true, kind: 'partial', distance: 0, inClause: true };
}

const SPEECH_NOUN_GAP_TOKENS = 3;

/**
 * «Clinton's allegations of a "…"», «his warnings that the election is "…"»: the owner of a speech noun a few words
 * before the quote owns the words: a named possessor, or a possessive pronoun resolved like its subject form.
 */
function speechNounOwner(ctx: Context, toks: Token[]): SpeakerFinding | null {
  const nouns = ctx.speechNouns;
  if (nouns.size === 0) return null;
  const n = toks.length;
  for (let k = n - 1; k >= 1 && k >= n - 1 - SPEECH_NOUN_GAP_TOKENS - 3; k--) {
    const t = toks[k];
    if (t.kind !== 'word') return null;
    if (!nouns.has(t.fold)) {
      if (ctx.cueAt(toks, k)) return null; // a speech verb of its own governs the quote
      continue;
    }
    // Between the noun and the quote only short function words («that the», «of a»): the quote is its content.
    if (n - 1 - k > SPEECH_NOUN_GAP_TOKENS + 2) return null;
    // («Voters say Roe's comments on the tape are "…"»: a copula before any complementiser predicates the quote of the
    // noun; the words judge the comments and are not their content (subject-first languages).)
    if (!ctx.rules.verbFirst && predicatedOf(ctx, toks, k)) return null;
    const owner = toks[k - 1];
    if (/\p{L}['\u2019]s$/u.test(owner.text)) return namedPossessor(ctx, owner);
    const subject = ctx.rules.possessivePronouns?.[owner.fold];
    if (!subject) return null;
    // «The candidate has continued his warnings»: the possessive is the clause's subject's: its first actor, its
    // opening pronoun, or nobody known when it opens with a description.
    const s0 = sentenceStartBefore(ctx, toks, k - 1);
    const pronoun = ctx.pronouns.get(subject);
    // «He repeated his assertion that the "…"»: the clause's own pronoun names the owner.
    if (!ctx.rules.verbFirst && s0 < k - 1 && toks[s0].fold === subject) {
      const own = resolvePhrase(ctx, toks, s0, s0 + 1, undefined, toks[s0].start);
      if (own.actor) return { ...finish(own, 'speaker:possessive', undefined, 'partial'), distance: 0, inClause: true };
    }
    let actor = sentenceSubject(ctx, toks.slice(s0), k - 1 - s0);
    if (actor && pronoun && !pronoun.kinds.includes(actor.type)) actor = null;
    if (!actor && s0 < k - 1 && ctx.article.pack.articles.has(toks[s0].fold)) return null;
    actor ??= resolvePhrase(ctx, [{ ...owner, fold: subject }], 0, 1, undefined, owner.start).actor;
    if (!actor) return null;
    return { actor, text: owner.text, span: [owner.start, owner.end], rule: 'speaker:possessive', governed: true, kind: 'partial', distance: 0, inClause: true };
  }
  return null;
}

const REBUTTAL_CLAUSE_TOKENS = 24;
/**
 * «Tom Roe has dismissed claims that his policy was "…"», «denied allegations of "…"»: a speech noun (pack
 * `speechNouns`) with no owner written before it, the object of a rejecting verb (pack `rebuttals`, a determiner
 * between them at most), then its complementiser or «of», and no speech verb of its own before the quote: the words
 * are the claim's, whose author the sentence does not name (no speaker, still quoted speech). Subject-first languages.
 */
function rebuttedClaim(ctx: Context, toks: Token[]): SpeakerFinding | null {
  const verbs = ctx.rules.rebuttals;
  if (!verbs || ctx.rules.verbFirst) return null;
  const n = toks.length;
  for (let k = n - 2; k >= 1 && n - k <= REBUTTAL_CLAUSE_TOKENS; k--) {
    const t = toks[k];
    if (t.kind === 'punct' && (CLAUSE_PUNCT.has(t.text) || isMarkToken(t))) return null;
    if (t.kind !== 'word' || !ctx.speechNouns.has(t.fold)) {
      if (t.kind === 'word' && ctx.cueAt(toks, k) && !ctx.speechNouns.has(t.fold)) return null;
      continue;
    }
    const next = toks[k + 1];
    if (!next || next.kind !== 'word' || !(ctx.complementisers.has(next.fold) || (ctx.rules.originPrepositions ?? []).includes(next.fold))) continue;
    let v = k - 1;
    if (v > 0 && isDeterminer(toks[v])) v--;
    if (toks[v].kind !== 'word' || !verbs.includes(toks[v].fold)) return null;
    return { actor: null, text: null, span: null, rule: 'speaker:none', governed: true, kind: 'partial', distance: n - 1 - k, inClause: true };
  }
  return null;
}

/** Whether a copula or modal (pack `passiveAuxiliaries`, `modals`) follows toks[k] before a complementiser does. */
function predicatedOf(ctx: Context, toks: Token[], k: number): boolean {
  const copulas = ctx.rules.passiveAuxiliaries ?? [];
  const modals = ctx.rules.modals ?? [];
  for (let j = k + 1; j < toks.length; j++) {
    const t = toks[j];
    if (t.kind !== 'word') continue;
    if (ctx.complementisers.has(t.fold)) return false;
    if (copulas.includes(t.fold) || modals.includes(t.fold)) return true;
  }
  return false;
}

/** Words of an adjunct right after a speech verb («بالنص الصريح», «بالحرف الواحد»). */
const ADJUNCT_WORDS = 3;

function speakerForCue(ctx: Context, toks: Token[], k: number, cue: SpeechCue, quoteStart: number): SpeakerFinding | null {
  const n = toks.length;
  const t = toks[k];
  const between = toks.slice(k + 1, n);
  // A complementiser makes the quote part of reported speech (partial); a colon or a bare verb, direct.
  const kind: QuoteKind = between.some((b) => ctx.complementisers.has(b.fold)) ? 'partial' : directOrPartial(ctx, between);
  // «When told the hall was "in the round," …»: the words were said to the clause's subject, by someone unnamed.
  // («A critic once said of her: "…"»: an opener after a word of the clause is an adverb, the clause has its subject.)
  if (cue.role === 'verb' && k > 0 && isPastForm(t.fold) && ctx.rules.participleOpeners?.includes(toks[k - 1].fold) && (k < 2 || toks[k - 2].kind !== 'word' || ctx.conjunctions.has(toks[k - 2].fold))) {
    return { actor: null, text: null, span: null, rule: 'speaker:none', governed: true, kind, cue };
  }
  // «Mr Roe was accused of "…"», «the plan was described as "…"»: a passive speech verb; its subject is spoken about.
  if (cue.role === 'verb' && k > 0 && isPastForm(t.fold) && ctx.rules.passiveAuxiliaries?.includes(toks[k - 1].fold)) {
    // («Ms Vance said she had been told a steward "…"»: a speech verb earlier in the sentence reports it all.)
    const s0 = sentenceStartBefore(ctx, toks, k);
    const earlier = k - 1 > s0 ? speakerBefore(ctx, toks.slice(s0, k - 1), quoteStart) : null;
    if (earlier && earlier.cue && (earlier.actor || earlier.text)) return { ...earlier, kind };
    return { actor: null, text: null, span: null, rule: 'speaker:none', governed: true, kind, cue };
  }
  // «ردد المحتجون هتافات تقول «…»», «وتحمل اللافتات عبارات تقول «…»»: a present speech verb right after a saying noun
  // describes the words (its subject is the noun), not a person speaking: the speech verb before the noun, in the same
  // sentence, says who chanted or wrote them; none, no speaker (verb-first languages).
  if (ctx.rules.verbFirst && cue.present && k > 0 && toks[k - 1].kind === 'word' && ctx.has(ctx.sayingNouns, toks[k - 1])) {
    const s0 = sentenceStartBefore(ctx, toks, k);
    const earlier = k - 1 > s0 ? speakerBefore(ctx, toks.slice(s0, k - 1), quoteStart) : null;
    if (earlier && earlier.cue && (earlier.actor || earlier.text)) return { ...earlier, kind };
    return { actor: null, text: null, span: null, rule: 'speaker:none', governed: true, kind, cue };
  }
  if (cue.role === 'lead-in') {
    const quoted = quotedAsSpeaker(ctx, toks, k, cue, quoteStart);
    if (quoted) return { ...quoted, kind };
    // A participle continues its clause: the subject of an earlier verb, the sentence's first actor, the last speaker.
    // Only within the participle's own sentence: a verb in an earlier sentence had its own quote.
    const s0 = sentenceStartBefore(ctx, toks, k);
    // Subject-first languages: a participle right after a noun phrase has it as subject («with spokesman X saying»,
    // «Teneo issued a statement saying»), and one after a comma the clause's opening pronoun («He …, saying»).
    if (!ctx.rules.verbFirst) {
      let own = k > s0 && toks[k - 1].kind === 'word' ? subjectBefore(ctx, toks, k) : openingPronoun(ctx, toks, s0, k, cue);
      // «Teneo issued a statement saying»: the statement's issuer is the clause's subject.
      if (own?.rule === 'speaker:document') {
        const subject = sentenceSubject(ctx, toks.slice(s0), k - s0);
        own = subject ? { ...own, actor: subject } : null;
      }
      // The speaker words are the subject's («He», «spokesman Glen Caplin»), as for a finite verb.
      if (own && (own.actor || own.text)) return finish(own, 'speaker:lead-in', cue, kind);
    }
    const earlier = speakerBefore(ctx, toks.slice(s0, k), quoteStart);
    // A verb whose subject is named but not an actor («وأكد متحدث باسم القوات …، مشيرا»): no speaker, rather than a
    // name elsewhere in the sentence.
    // (Subject-first languages keep the words naming the speaker: «He said …, adding "…"» is his, written «He».)
    if (earlier?.actor) return { ...earlier, ...(ctx.rules.verbFirst || !earlier.text || earlier.rule === 'speaker:dropped-subject' ? { text: t.text, span: [t.start, t.end] as Span } : {}), rule: 'speaker:lead-in', kind, cue };
    // Unresolved, the speaker is best given as the verb's subject was written (an unnamed source stays one).
    if (earlier && earlier.text && earlier.rule !== 'speaker:dropped-subject') return { ...earlier, kind, cue };
    // «She sought to cheer the volunteers by asking aloud "…"»: the pronoun opening the clause is the subject.
    const opening = ctx.rules.verbFirst ? null : openingPersonPronoun(ctx, toks, s0, k, cue);
    if (opening) return finish(opening, 'speaker:lead-in', cue, kind);
    // «أعرب الاتحاد عن «…» حيال …، داعيا …»: the window starts after an earlier quote of the sentence, whose verb the
    // participle continues: that quote's speaker (verb-first languages).
    const prior = ctx.rules.verbFirst ? ctx.priorInSentence : null;
    if (prior?.actor && prior.end <= t.start && prior.end >= (toks[0]?.start ?? 0) - 1) return { actor: prior.actor, text: t.text, span: [t.start, t.end], rule: 'speaker:lead-in', governed: true, kind, cue };
    // «Church ministers are trying to stop the show, saying …»: a body's people opening the clause speak, unnamed (as
    // «officials said»), not the body nor the last name (subject-first languages).
    const members = ctx.rules.verbFirst ? null : membersOpening(ctx, toks, s0, k);
    if (members) return { actor: null, text: ctx.article.text.slice(members[0], members[1]), span: members, rule: 'speaker:anonymous', governed: true, kind, cue };
    // (Verb-first languages: a plural participle, «واصفين», with no subject of its own goes on with a group that spoke,
    // never with one person or a body the last quote was credited to: those take the singular.)
    const plural = ctx.rules.verbFirst && cue.number === 'pl';
    const fallback = plural ? ctx.lastSpeaker(t.start, cue.gender, cue.number, ['group']) ?? null : ctx.speakerOrMention(t.start, cue.gender, cue.number, ['person', 'organization', 'group']);
    const actor = (s0 < k ? sentenceSubject(ctx, toks.slice(s0), k - s0) : null) ?? fallback;
    return { actor, text: t.text, span: [t.start, t.end], rule: 'speaker:lead-in', governed: true, kind, cue };
  }
  // «وقال لـ«الوطن» المحلل فلان إن …», «ويقول لـ"الاقتصادية"، فلان، "…"»: the outlet spoken to, in quotation marks right
  // after the verb, comes before the subject (verb-first languages): the subject follows its closing mark.
  if (ctx.rules.verbFirst && k + 2 < n && toks[k + 1].kind === 'word' && ctx.addressee.has(toks[k + 1].fold) && isMarkToken(toks[k + 2])) {
    const close = quotedSubjectEnd(toks, k + 2);
    let s = close + 1;
    if (close > 0 && s < n && isComma(toks[s])) s++;
    if (close > 0 && s < n && !isPhraseBreak(ctx, toks[s]) && !isMarkToken(toks[s])) {
      const phrase = resolvePhrase(ctx, toks, s, n, cue, quoteStart);
      if (phrase.text && (phrase.actor || phrase.rule === 'speaker:anonymous')) return finish(phrase, phrase.rule ?? 'speaker:verb-before', cue, kind);
    }
  }
  // Subject after the verb: VSO («وقال القاضي إن»), or an inverted subject right before the quote ("said Smith: …").
  const s1 = subjectStart(ctx, toks, k, n);
  if (s1 < n && !isPhraseBreak(ctx, toks[s1]) && !isMarkToken(toks[s1]) && (ctx.rules.verbFirst || !subjectBefore(ctx, toks, k))) {
    const phrase = resolvePhrase(ctx, toks, s1, n, cue, quoteStart);
    const inverted = phrase.end >= n || toks[phrase.end].text === ':' || toks[phrase.end].text === ',';
    // (One unknown word after the verb is its object when a subject stands before it: «علي فلان أعلن مقتل «…»».)
    const resolved = (!!phrase.actor && !(isLoneUnknown(phrase) && subjectBefore(ctx, toks, k))) || !!phrase.rule;
    // («وقال بالنص الصريح: «…»»: a few words opening with a preposition and its article are an adjunct, not the subject.
    // A longer phrase may be a foreign name written like one: «وقال باليير مدير «…» في سيدني».)
    const adjunct = ctx.rules.verbFirst && !resolved && isPrepositional(ctx, toks[k + 1]) && phrase.end - (k + 1) <= ADJUNCT_WORDS;
    const usable = adjunct ? false : ctx.rules.verbFirst ? resolved || !subjectBefore(ctx, toks, k) : inverted && phrase.rule !== 'speaker:pronoun' && resolved && !cue.takesObject;
    // «ووصف الاتفاق بأنه «…»»: one unknown word after a verb that takes an object, then «بـ»/«على» or the quote, is
    // the object; the subject was dropped (verb-first languages).
    if (phrase.text && usable && !isObjectAfter(ctx, toks, k, cue, phrase)) return finish(phrase, phrase.rule ?? 'speaker:verb-before', cue, kind);
  }
  // «وقالت «فلانة» خلال مقابلة إن «…»»: a short name in quotation marks right after the verb, with more of the clause
  // after it, is the verb's subject (verb-first languages).
  const quoted = ctx.rules.verbFirst && k + 1 < n && isMarkToken(toks[k + 1]) ? quotedSubjectEnd(toks, k + 1) : -1;
  if (quoted > 0 && quoted + 1 < n) {
    const phrase = resolvePhrase(ctx, toks, k + 2, quoted, cue, quoteStart);
    if (phrase.actor && !phrase.rule) return finish(phrase, 'speaker:verb-before', cue, kind);
    // («وقال "فلاني" الليلة في حديث …»: a person's name the actors do not hold, in the outlet's marks.)
    const ws = toks.slice(k + 2, quoted);
    if (personNameWords(ctx, ws)) {
      const person = personOfMarkedName(ctx, ws);
      return finish({ actor: person.actor, text: ctx.article.text.slice(person.span[0], person.span[1]), span: person.span, rule: null, end: quoted }, 'speaker:verb-before', cue, kind);
    }
  }
  // Subject before the verb (SVO): "X said", «فلتشر أكد».
  const before = subjectBefore(ctx, toks, k);
  if (before) return finish(before, before.rule ?? 'speaker:subject-before-verb', cue, kind);
  // "… and argued": the subject of an earlier speech verb in the sentence.
  if (k > 0 && ctx.conjunctions.has(toks[k - 1].fold)) {
    const earlier = speakerBefore(ctx, toks.slice(0, k - 1), quoteStart);
    if (earlier) return { ...earlier, kind };
    // «He called Ryan a "…" and boasted about how "…"»: the earlier verb stands before the previous quote of the
    // sentence, so the window does not hold it: that quote's speaker.
    const prior = ctx.priorInSentence;
    if (!ctx.rules.verbFirst && prior && prior.end <= toks[0].start + 1 && (prior.actor || prior.text)) {
      return { actor: prior.actor, text: prior.text, span: prior.span, rule: 'speaker:continuation', governed: true, kind, cue };
    }
  }
  // Dropped subject (وأضاف, وقالت): the subject of the sentence so far («ورغم أن X …، إلا أنه قال»), else the
  // last speaker agreeing with the verb.
  // «أبدت الفنانة فلانة إعجابها … وقالت: «…»»: a verb joined by its conjunction clitic shares the subject of the
  // earlier speech verb of its sentence, named or not (an unknown name gives no speaker rather than another one).
  const joined = joinedSubject(ctx, toks, k, cue);
  if (joined) return { ...finish(joined, 'speaker:dropped-subject', cue, kind), text: t.text, span: [t.start, t.end] };
  // «He did not answer, and instead argued that …»: a subject-first clause opening with a pronoun has it as subject.
  const opening = ctx.rules.verbFirst ? null : openingPersonPronoun(ctx, toks, sentenceStartBefore(ctx, toks, k), k, cue);
  if (opening) return finish(opening, 'speaker:dropped-subject', cue, kind);
  const subject = sentenceSubject(ctx, toks, k);
  const agrees = subject && (cue.gender === 'any' || ctx.genderOf(subject) === 'any' || ctx.genderOf(subject) === cue.gender) && (subject.type === 'person' || cue.gender !== 'm' || !ctx.rules.verbFirst);
  const kinds: ActorType[] = cue.gender === 'f' ? ['organization', 'group', 'person', 'location'] : ['person'];
  const last = ctx.lastSpeaker(t.start, cue.gender, cue.number);
  // «وأوضح فلان الذي أسس الفرقة أنه …. وقال: «…»»: a person brought in by a speech verb opening the sentence before,
  // which quoted nothing, speaks on, rather than whoever was quoted before him (verb-first languages).
  // (Not after a quote earlier in the same sentence: its speaker goes on.)
  const opener = ctx.rules.verbFirst && !(agrees && subject) && cue.number !== 'pl' && !ctx.priorInSentence ? speechOpenerBefore(ctx, t.start, cue.gender) : null;
  const actor =
    (agrees ? subject : null) ??
    opener ??
    (last !== undefined ? last : (ctx.rules.verbFirst ? previousSubject(ctx, t.start, cue.gender, kinds) : null) ?? ctx.lastMentioned(t.start, kinds, cue.gender));
  return { actor, text: t.text, span: [t.start, t.end], rule: 'speaker:dropped-subject', governed: true, kind, cue };
}

const BODY_SUBJECT_SENTENCES = 4;
/**
 * The organisation that the sentence holding `pos` (up to `pos`), or one of the few sentences before it, has as its
 * subject, the nearest first: the issuer of a document named with no issuer of its own (a group such as «Britons» issues
 * none). null when none has.
 */
function bodySubjectBefore(ctx: Context, pos: number): Actor | null {
  const sentences = ctx.article.sentences;
  const lo = partitionPoint(sentences, (s) => s.end <= pos);
  for (let s = lo; s >= 0 && s > lo - BODY_SUBJECT_SENTENCES; s--) {
    const sentence = sentences[s];
    if (!sentence || sentence.start >= pos) continue;
    const toks = ctx.tokens(sentence.start, Math.min(pos, sentence.end, sentence.start + EVENT_SCAN_CHARS));
    if (toks.length < 2) continue;
    const subject = sentenceSubject(ctx, toks, toks.length - 1);
    if (subject?.type === 'organization') return subject;
  }
  return null;
}

/**
 * Index of the token right after `end` when it is a lower-case plural noun of a body's people (`memberNouns`): the body
 * named before `end` only qualifies it («Church ministers»). -1 otherwise.
 */
function qualifiesMembers(ctx: Context, toks: Token[], end: number, k: number): number {
  const nouns = ctx.rules.memberNouns;
  if (!nouns || ctx.rules.verbFirst) return -1;
  const q = partitionPoint(toks, (x) => x.start < end);
  const w = toks[q];
  return q < k && w && w.kind === 'word' && /^\p{Ll}/u.test(w.text) && nouns.includes(w.fold) ? q : -1;
}

/** The span of «Body members» opening the clause at toks[s0] (after a conjunction), as `qualifiesMembers`; null otherwise. */
function membersOpening(ctx: Context, toks: Token[], s0: number, k: number): Span | null {
  let s = s0;
  if (s < k && toks[s].kind === 'word' && ctx.conjunctions.has(toks[s].fold)) s++;
  if (s >= k) return null;
  const m = mentionsStartingIn(ctx.index, toks[s].start, toks[s].end).find((x) => x.actor.type !== 'person' && !ctx.insideQuote(x.start));
  if (!m) return null;
  const q = qualifiesMembers(ctx, toks, m.end, k);
  return q < 0 ? null : [m.start, toks[q].end];
}

/** Tokens between a verb of passing words on and its «as saying» («AP quoted prosecutor Jan Roe as saying»). */
const QUOTED_AS_TOKENS = 10;

/** «AP quoted prosecutor Jan Roe as saying»: the person between the verb and «as» before the lead-in at k speaks. */
function quotedAsSpeaker(ctx: Context, toks: Token[], k: number, cue: SpeechCue, quoteStart: number): SpeakerFinding | null {
  const rule = ctx.rules.quotedAs;
  if (!rule || k < 3 || toks[k - 1].fold !== rule.as) return null;
  for (let b = k - 2; b >= 0 && k - b <= QUOTED_AS_TOKENS; b--) {
    if (toks[b].kind !== 'word') return null;
    if (!rule.verbs.includes(toks[b].fold)) continue;
    if (b + 1 >= k - 1) return null;
    const phrase = resolvePhrase(ctx, toks, b + 1, k - 1, cue, quoteStart);
    return phrase.actor || phrase.rule === 'speaker:anonymous' ? finish(phrase, phrase.rule ?? 'speaker:lead-in', cue, 'partial') : null;
  }
  return null;
}

/** Index of the mark closing a short quoted stretch (a name: at most `MAX_SHORT_WORDS` words) opened at toks[o], else -1. */
function quotedSubjectEnd(toks: readonly Token[], o: number): number {
  for (let c = o + 1; c < toks.length && c <= o + MAX_SHORT_WORDS + 1; c++) {
    if (isMarkToken(toks[c])) return c > o + 1 ? c : -1;
    if (toks[c].kind !== 'word') return -1;
  }
  return -1;
}

/**
 * «ووصف الاتفاق بأنه «…»»: one unknown word after a verb that takes an object, then «بـ»/a preposition or the quote
 * (the end of the tokens), is that object; the subject was dropped. Verb-first languages.
 */
function isObjectAfter(ctx: Context, toks: Token[], k: number, cue: SpeechCue, phrase: ReturnType<typeof resolvePhrase>): boolean {
  if (!ctx.rules.verbFirst || !cue.takesObject || phrase.actor || phrase.rule || phrase.end < k + 2 || toks[k + 1].kind !== 'word') return false;
  const next = toks[k + 2];
  return !next || isMarkToken(next) || (next.kind === 'word' && (/^\u0628/u.test(next.fold) || ctx.stops.has(next.fold)));
}

/**
 * The subject of an earlier speech verb in the sentence of toks[k], when toks[k] carries a conjunction clitic (وقالت)
 * and the earlier verb agrees with it in gender: «أبدت الوزيرة … وقالت». Verb-first languages only.
 */
function joinedSubject(ctx: Context, toks: Token[], k: number, cue: SpeechCue): ReturnType<typeof resolvePhrase> | null {
  const t = toks[k];
  if (!ctx.rules.verbFirst || ctx.cues.has(t.fold)) return null; // a bare verb, no clitic
  for (let b = sentenceStartBefore(ctx, toks, k); b < k; b++) {
    const earlier = ctx.cueAt(toks, b);
    if (!earlier || earlier.role !== 'verb') continue;
    if (earlier.gender !== 'any' && cue.gender !== 'any' && earlier.gender !== cue.gender) return null;
    if (b + 1 >= k || isPhraseBreak(ctx, toks[b + 1]) || isPrepositional(ctx, toks[b + 1])) return null;
    const phrase = resolvePhrase(ctx, toks, b + 1, k, earlier, toks[b].start);
    return phrase.text && phrase.rule !== 'speaker:pronoun' ? phrase : null;
  }
  return null;
}

/** A word opening with a preposition and the article («بالقرار», «للصحفيين»): an object, never a subject. */
function isPrepositional(ctx: Context, t: Token): boolean {
  return t.kind === 'word' && !!ctx.rules.constructState && PREPOSITIONAL_ARTICLE.test(t.fold);
}
const PREPOSITIONAL_ARTICLE = /^[وف]?(?:[بك]ال|لل)/u;

/** The pronoun opening the clause of toks[k] («He often breaks for Democrats, saying …»), resolved. */
function openingPronoun(ctx: Context, toks: Token[], s0: number, k: number, cue: SpeechCue): ReturnType<typeof resolvePhrase> | null {
  const first = toks[s0];
  if (!first || s0 >= k || first.kind !== 'word' || !ctx.pronouns.has(first.fold)) return null;
  return resolvePhrase(ctx, toks, s0, s0 + 1, cue, first.start);
}

/** The opening pronoun of the clause (as `openingPronoun`) when it can stand for a person («he», «she», «they»), resolved. */
function openingPersonPronoun(ctx: Context, toks: Token[], s0: number, k: number, cue: SpeechCue): ReturnType<typeof resolvePhrase> | null {
  const first = toks[s0];
  if (!first || !ctx.pronouns.get(first.fold)?.kinds.includes('person')) return null;
  const found = openingPronoun(ctx, toks, s0, k, cue);
  return found && (found.actor || found.text) ? found : null;
}

/** Index of the first token of the sentence holding toks[k]: after the last full stop (not an abbreviation's) before it. */
function sentenceStartBefore(ctx: Context, toks: Token[], k: number): number {
  for (let b = k - 1; b >= 0; b--) {
    const t = toks[b];
    if (t.kind === 'punct' && (t.text === '!' || t.text === '?' || t.text === '\u061F' || (t.text === '.' && !isAbbreviationBefore(ctx, toks, b)))) return b + 1;
  }
  return 0;
}

/**
 * «واستقبل فلان السفير علانا. وأكد أن …»: with no speaker before, a dropped subject continues the subject of the
 * sentence just before (its first actor, outside prepositions), not the object named last. Same or previous paragraph.
 */
function previousSubject(ctx: Context, at: number, gender: Gender, kinds: readonly ActorType[]): Actor | null {
  const sents = ctx.article.sentences;
  const lo = partitionPoint(sents, (s) => s.end <= at);
  const prev = sents[lo - 1];
  if (!prev || prev.start < ctx.previousParagraphStart(at)) return null;
  const toks = ctx.tokens(prev.start, Math.min(prev.end, prev.start + WINDOW_BEFORE));
  const actor = toks.length > 1 ? sentenceSubject(ctx, toks, toks.length - 1) : null;
  if (!actor || !kinds.includes(actor.type)) return null;
  const g = ctx.genderOf(actor);
  return gender === 'any' || g === 'any' || g === gender ? actor : null;
}

/**
 * The person subject of a speech verb opening the sentence right before `at` (same or previous paragraph): «وأوضح فلان
 * الذي أسس الفرقة أنه …», «وقال مدير المكتب "فلان فلاني" …». The subject may be a person the actors do
 * not hold (read as `resolvePhrase` reads one). Null otherwise, or when the gender disagrees.
 */
const FRONTED_ADVERBIAL_TOKENS = 5;
function speechOpenerBefore(ctx: Context, at: number, gender: Gender): Actor | null {
  const sents = ctx.article.sentences;
  const lo = partitionPoint(sents, (x) => x.end <= at);
  const prev = sents[lo - 1];
  if (!prev || prev.start < ctx.previousParagraphStart(at)) return null;
  const toks = ctx.tokens(prev.start, Math.min(prev.end, prev.start + WINDOW_BEFORE));
  if (toks.length < 3) return null;
  // The verb opens the sentence, or follows a fronted adverbial set off by a comma («وفي الأسبوع الماضي، كرر فلان أنه …»).
  let v = 0;
  const comma = toks.findIndex(isComma);
  if (comma > 0 && comma <= FRONTED_ADVERBIAL_TOKENS && toks[0].kind === 'word' && ctx.stops.has(toks[0].fold.replace(/^[\u0648\u0641]/u, '')) && !mentionsOverlapping(ctx.index, toks[0].start, toks[comma].start).some((m) => m.actor.type === 'person')) v = comma + 1;
  if (v >= toks.length || toks[v].kind !== 'word') return null;
  const cue = ctx.cue(toks[v]);
  if (!cue || cue.role !== 'verb' || cue.number === 'pl' || (cue.gender !== 'any' && gender !== 'any' && cue.gender !== gender)) return null;
  const s1 = subjectStart(ctx, toks, v, toks.length);
  if (s1 >= toks.length || isPhraseBreak(ctx, toks[s1])) return null;
  const phrase = resolvePhrase(ctx, toks, s1, toks.length, cue, at);
  if (!phrase.actor || phrase.actor.type !== 'person' || phrase.rule || !phrase.span) return null;
  // (The word right before the name is no plain word that may be the rest of it: «وأوضح فلان علان» read as «علان» alone
  // may be another person of that family. A definite title, a title word, a body's name or a quotation mark may be.)
  const cs = ctx.rules.constructState;
  const b = toks.findIndex((x) => x.start >= phrase.span![0]) - 1;
  const w = b >= s1 ? toks[b] : null;
  if (w && w.kind === 'word' && !cs?.isDefinite(w.fold) && !ctx.has(ctx.notNames ?? new Set<string>(), w) && !ctx.has(ctx.honorifics, w) && !mentionsOverlapping(ctx.index, w.start, w.end).some((m) => m.actor.type !== 'person')) return null;
  const g = ctx.genderOf(phrase.actor);
  return gender === 'any' || g === 'any' || g === gender ? phrase.actor : null;
}

/**
 * «Ms Kettle believed the workers were right and "we have to stand together"»: a quote inside a sentence with no speech
 * verb, whose subject (a person named first, or a person pronoun) thinks, hopes or argues what it holds: the subject's
 * words. Subject-first languages; only a quote longer than a term (a short one stays a scare-quoted term), and not in a
 * passive clause («Roe was accused of "…"»: the accuser's words).
 */
function sentenceSubjectSpeaker(ctx: Context, sentenceStart: number, open: number): SpeakerFinding | null {
  const toks = ctx.tokens(sentenceStart, open);
  let s0 = 0;
  if (toks[s0]?.kind === 'word' && ctx.conjunctions.has(toks[s0].fold)) s0++;
  const first = toks[s0];
  if (!first || first.kind !== 'word' || toks.length - s0 < 3) return null;
  if (toks.some((t) => isMarkToken(t))) return null;
  const passive = ctx.rules.passiveAuxiliaries;
  if (passive && toks.some((t, k) => k > s0 && passive.includes(t.fold) && toks[k + 1]?.kind === 'word' && !!ctx.rules.isParticiple?.(toks[k + 1].fold))) return null;
  const pronoun = ctx.pronouns.get(first.fold);
  let found: { actor: Actor | null; text: string | null; span: Span | null } | null = null;
  if (pronoun) {
    if (!pronoun.kinds.includes('person') || pronoun.number !== 'sg') return null;
    const p = resolvePhrase(ctx, toks, s0, s0 + 1, undefined, first.start);
    if (p.actor) found = p;
  } else {
    const m = mentionsOverlapping(ctx.index, first.start, first.end).find((x) => x.start <= first.start + 1 && x.actor.type === 'person');
    // The name is the whole subject: a possessive («Roe's plan») or a preposition after it makes it a modifier.
    const next = m ? toks.find((t) => t.start >= m.end) : undefined;
    if (m && next && !(next.kind === 'word' && ctx.stops.has(next.fold)) && !/^['’]/u.test(ctx.article.text.slice(m.end, m.end + 1))) found = { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end] };
  }
  if (!found) return null;
  return { ...found, rule: 'speaker:sentence-subject', governed: true, kind: 'partial' };
}

/** The first actor named in the clause before token `k` (outside quotes): the subject a participle continues. */
function sentenceSubject(ctx: Context, toks: Token[], k: number, possessorIsThing = false): Actor | null {
  if (k === 0) return null;
  // «After Obama lost the Senate, Clinton sent …»: in a subject-first language, a clause opened by a subordinator
  // or preposition ends at its comma; the subject comes after it.
  let clauseStart = -1;
  // (Verb-first languages: a topic fronted with its preposition, the conjunction written on it: «وحول غياب فلان، أوضح أن».)
  const fronted = ctx.rules.verbFirst ? toks[0].kind === 'word' && isPrepositionWord(ctx, toks[0]) : toks[0].kind === 'word' && ctx.stops.has(toks[0].fold) && !ctx.conjunctions.has(toks[0].fold);
  if (fronted) {
    for (let c = 1; c < k; c++) {
      if (toks[c].text === ',' || (ctx.rules.verbFirst && toks[c].text === '\u060C')) {
        clauseStart = toks[c].end;
        break;
      }
    }
  }
  // «But the Tory leader argued …»: a definite description of a person opening the clause is its subject.
  const described = describedOpening(ctx, toks, clauseStart, k);
  if (described !== undefined) return described;
  // A name after a preposition (بعد لقائه مع X، قال) is not the subject.
  let j = 0;
  for (const m of mentionsStartingIn(ctx.index, toks[0].start, toks[k].start)) {
    if (ctx.insideQuote(m.start) || m.actor.type === 'location' || m.start < clauseStart) continue;
    while (j < k && toks[j].end <= m.start) j++;
    // («Church ministers are trying …»: a body's name qualifying a plural noun of its people is not the subject; nor is
    // a person's, «Trump backers looked to …».)
    if (qualifiesMembers(ctx, toks, m.end, k) >= 0) continue;
    // («Mr Roe's government was praised …»: when a pronoun looks back for a person, a possessor before a lower-case
    // noun opening the sentence is no subject: the sentence is about a thing, and names no new speaker.)
    if (possessorIsThing && !ctx.rules.verbFirst && m.end < toks[k].start && POSSESSOR_OF_NOUN.test(ctx.article.text.slice(m.end, m.end + POSSESSOR_LOOK_CHARS))) return null;
    // («writing in the Harbour Gazette, the mayor …»: an article between the preposition and the name.)
    let p = j - 1;
    while (p > 0 && toks[p].kind === 'word' && ctx.article.pack.articles.has(toks[p].fold) && !ctx.rules.verbFirst) p--;
    const prev = p >= 0 ? toks[p] : null;
    // («But Teneo issued …»: a conjunction opening the clause does not make its name an object.)
    const opensClause = !ctx.rules.verbFirst && !!prev && ctx.conjunctions.has(prev.fold) && (p === 0 || isClauseBoundary(toks[p - 1]));
    if (prev && prev.kind === 'word' && (ctx.has(ctx.stops, prev) || (ctx.rules.verbFirst && isPrepositionWord(ctx, prev))) && !opensClause) continue;
    // («One of the so-called Harbour Five, Jo Roe, said …»: a name after "of" — or after a preposition and its
    // lower-case modifiers — is not the subject either. Subject-first languages.)
    if (!ctx.rules.verbFirst && ((prev?.kind === 'word' && !!ctx.rules.originPrepositions?.includes(prev.fold) && !opensClause) || afterModifiedPreposition(ctx, toks, p))) continue;
    // («Harbour Party leader Ann Vale criticised …»: a body before a title and a person's name qualifies
    // the title; the person is the subject. Subject-first languages.)
    // («Clinton press secretary Brian Fallon issued …»: so does a person's name before a title and another person's.)
    if (!ctx.rules.verbFirst) {
      const next = mentionsStartingIn(ctx.index, m.end, Math.min(toks[k].start, m.end + TITLED_PERSON_CHARS)).find((x) => x.actor.type === 'person' && x.actor !== m.actor && !ctx.insideQuote(x.start));
      // (The word before the second name must be a role: «Clinton beat rival Jo Roe» keeps Clinton.)
      const role = next ? toks.filter((t) => t.kind === 'word' && t.end <= next.start).pop() : undefined;
      const isRole = !!role && (!!ctx.rules.personHead?.(role.fold) || ctx.has(ctx.anonymous, role));
      if (next && isRole && titleBetween(ctx, toks, m.end, next.start) && titleWordBetween(ctx, toks, m.end, next.start)) return next.actor;
    }
    if (!ctx.rules.verbFirst && m.actor.type !== 'person') {
      const next = mentionsStartingIn(ctx.index, m.end, Math.min(toks[k].start, m.end + TITLED_PERSON_CHARS)).find((x) => x.actor.type === 'person' && !ctx.insideQuote(x.start));
      // («Harbour Tennis's Peter Vance rejected …»: a body's possessive right before a person's name.)
      if (next && /^['\u2019]s?\s+$/u.test(ctx.article.text.slice(m.end, next.start))) return next.actor;
    }
    return m.actor;
  }
  return null;
}

/** Words a fronted topic may have between its preposition and a name («وعن غياب فلان»). */
const TOPIC_WORDS = 2;

/** A stop word (a preposition, a particle), alone or with a one-letter conjunction written on it («وعن», «وحول»). */
function isPrepositionWord(ctx: Context, t: Token): boolean {
  if (t.kind !== 'word' || ctx.conjunctions.has(t.fold)) return false;
  if (ctx.stops.has(t.fold) || ctx.has(ctx.stops, t)) return true;
  return t.fold.length > 2 && ctx.conjunctions.has(t.fold[0]) && ctx.stops.has(t.fold.slice(1));
}

/** Whether the mention at toks[lead] stands in a phrase opening its clause with a preposition (and at most two nouns). */
function frontedTopic(ctx: Context, toks: Token[], lead: number): boolean {
  for (let q = lead - 1; q >= 0 && lead - 1 - q <= TOPIC_WORDS; q--) {
    const t = toks[q];
    if (t.kind !== 'word' || ctx.cue(t) || ctx.complementisers.has(t.fold)) return false;
    if (isPrepositionWord(ctx, t)) return q === 0 || isClauseBoundary(toks[q - 1]);
  }
  return false;
}

/** Whether the sentence's tokens open with a pronoun (after a conjunction): its subject (subject-first languages). */
function opensWithPronoun(ctx: Context, toks: readonly Token[]): boolean {
  if (ctx.rules.verbFirst) return false;
  const first = toks[0]?.kind === 'word' && ctx.conjunctions.has(toks[0].fold) ? toks[1] : toks[0];
  return !!first && first.kind === 'word' && ctx.pronouns.has(first.fold);
}

/** Characters after a body's name within which a title and a person's name may follow it. */
const TITLED_PERSON_CHARS = 60;
const PREPOSITION_MODIFIER_TOKENS = 2;
/** Whether toks[p] opens a run of at most two lower-case modifiers (and articles) right after a preposition. */
function afterModifiedPreposition(ctx: Context, toks: Token[], p: number): boolean {
  let q = p;
  let mods = 0;
  while (q >= 0 && mods < PREPOSITION_MODIFIER_TOKENS && toks[q].kind === 'word' && /^\p{Ll}/u.test(toks[q].text) && !ctx.stops.has(toks[q].fold) && !ctx.cue(toks[q]) && !ctx.conjunctions.has(toks[q].fold) && !ctx.article.pack.articles.has(toks[q].fold)) {
    q--;
    mods++;
    while (q >= 0 && toks[q].kind === 'word' && ctx.article.pack.articles.has(toks[q].fold)) q--;
  }
  return mods > 0 && q >= 0 && toks[q].kind === 'word' && (ctx.stops.has(toks[q].fold) || !!ctx.rules.originPrepositions?.includes(toks[q].fold)) && !ctx.conjunctions.has(toks[q].fold);
}

/** A full stop, question or exclamation mark or a semicolon: what a new clause may follow. */
function isClauseBoundary(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';');
}

function directOrPartial(ctx: Context, between: Token[]): QuoteKind {
  const last = between[between.length - 1];
  if (!last || last.text === ':' || isComma(last)) return 'direct';
  // Only the subject between verb and quote: «وقال القاضي “…”», "said Smith "…"".
  return between.every((b) => b.kind !== 'punct' || b.text === ':' || b.text === '.') && between.length <= 6 && !between.some((b) => ctx.stops.has(b.fold)) ? 'direct' : 'partial';
}

function sourceMarkerAt(ctx: Context, toks: Token[], k: number): number {
  for (const marker of ctx.rules.sourceMarkers) {
    let ok = k + marker.length <= toks.length;
    for (let w = 0; ok && w < marker.length; w++) {
      const t = toks[k + w];
      ok = t.fold === marker[w] || (w === 0 && ctx.article.pack.stems(t.fold).includes(marker[w]));
    }
    // «بحسب ما تقول الكاتبة»: the speech verb after the marker is skipped, its subject is the source.
    if (ok) return k + marker.length < toks.length && toks[k + marker.length].kind === 'word' && ctx.cue(toks[k + marker.length]) ? marker.length + 1 : marker.length;
  }
  return 0;
}

/** Tokens a later source marker may stand in after a quote: ««…» واضعا بلاده …، بحسب ما تشرح الكاتبة». */
const LATER_MARKER_TOKENS = 30;

/**
 * A source marker further on in the quote's sentence (verb-first languages), when nothing stands right after the
 * quote: it attributes the sentence, and so the quote. Another quote or a speech verb on the way ends the search.
 */
function laterSourceMarker(ctx: Context, toks: Token[], quoteStart: number): SpeakerFinding | null {
  for (let k = 0; k < toks.length && k < LATER_MARKER_TOKENS; k++) {
    const t = toks[k];
    if (isMarkToken(t) || (t.kind === 'word' && ctx.cueAt(toks, k))) return null;
    const marker = t.kind === 'word' ? sourceMarkerAt(ctx, toks, k) : 0;
    if (marker === 0) continue;
    const phrase = resolvePhrase(ctx, toks, k + marker, toks.length, undefined, quoteStart);
    return phrase.actor || phrase.rule === 'speaker:anonymous' ? { ...finish(phrase, 'speaker:source-marker', undefined, 'partial'), distance: k, byMarker: true } : null;
  }
  return null;
}

/**
 * A named subject or pronoun ending just before the verb at `k`. Between them only words the pack lists
 * as transparent (also, has) or an apposition between commas («John Smith, a senator, said») may stand.
 */
function subjectBefore(ctx: Context, toks: Token[], k: number): ReturnType<typeof resolvePhrase> | null {
  const verb = toks[k];
  let g = k - 1;
  for (let steps = 0; g >= 0 && steps < SUBJECT_GAP_TOKENS; steps++) {
    const t = toks[g];
    if (t.kind === 'punct' && t.text === ')') {
      // A parenthesis after the name («Rep. Jane Roe (D-Ohio) said»): skip it.
      let c = g - 1;
      while (c >= 0 && g - c <= 8 && toks[c].text !== '(') c--;
      if (c < 0 || toks[c].text !== '(') return null;
      g = c - 1;
      continue;
    }
    if (t.kind === 'punct' && DASHES.has(t.text) && !ctx.rules.verbFirst) {
      // A relative clause or apposition between dashes («Jo Roe - who was jailed in 1975 - said»): skip it.
      let c = g - 1;
      while (c >= 0 && g - c <= RELATIVE_CLAUSE_TOKENS && !DASHES.has(toks[c].text) && !isMarkToken(toks[c]) && !ctx.cue(toks[c])) c--;
      if (c < 0 || !DASHES.has(toks[c].text) || g - c < 2) return null;
      g = c - 1;
      continue;
    }
    if (t.kind === 'punct' && isComma(t)) {
      // Skip back over an apposition to the comma that opens it.
      let c = g - 1;
      while (c >= 0 && g - c <= RELATIVE_CLAUSE_TOKENS && toks[c].text !== ',' && toks[c].text !== '\u060C' && !isMarkToken(toks[c]) && !ctx.cue(toks[c])) c--;
      if (c < 0 || (toks[c].text !== ',' && toks[c].text !== '\u060C')) return null;
      // (A long stretch in commas is skipped only as a relative clause: «Jan Roe, who sang on … and …, said».)
      if (g - c > APPOSITION_SKIP_TOKENS && !(toks[c + 1]?.kind === 'word' && ctx.relatives.has(toks[c + 1].fold))) return null;
      // «The union's general secretary, Helen Marsh, said»: the name may be the apposition itself.
      // (A place in the apposition qualifies it: «…, a student from Memphis, said».)
      const named = mentionsStartingIn(ctx.index, toks[c].end, t.start).filter((m) => !ctx.insideQuote(m.start) && m.actor.type !== 'location');
      const before = c > 0 ? mentionsOverlapping(ctx.index, toks[c - 1].start, toks[c - 1].end) : [];
      // «the chairman of the Arts Council, Mary Roe, said»: an apposition that is only a person's name names the title
      // before it, even when that title ends with a body (a person before the comma is the speaker instead).
      const wholeName = named.length === 1 && named[0].actor.type === 'person' && named[0].start <= toks[c + 1].start && named[0].end >= toks[g - 1].end - 1;
      // («one of the Harbour Five, Jo Roe, said»: a name after "of" is the title's complement, not the speaker.)
      const ofPhrase = (x: { start: number }) => {
        let q = toks.findIndex((y) => y.start >= x.start) - 1;
        while (q >= 0 && toks[q].kind === 'word' && ctx.article.pack.articles.has(toks[q].fold)) q--;
        return q >= 0 && toks[q].kind === 'word' && !!ctx.rules.originPrepositions?.includes(toks[q].fold) && !ctx.rules.verbFirst;
      };
      if (named.length > 0 && (before.length === 0 || (wholeName && !before.some((x) => x.actor.type === 'person' && !ofPhrase(x))))) {
        const m = named.find((x) => x.actor.type === 'person') ?? named[0];
        return { actor: m.actor, text: ctx.article.text.slice(m.start, m.end), span: [m.start, m.end], rule: 'speaker:subject-before-verb', end: k };
      }
      g = c - 1;
      continue;
    }
    if (t.kind === 'word' && ctx.transparent.has(t.fold)) {
      g--;
      continue;
    }
    // An age in commas after the name: «Jane Roe, 20, a student from Memphis, said».
    if (t.kind === 'number' && g > 1 && isComma(toks[g - 1]) && toks[g - 2].kind === 'word') {
      g -= 2;
      continue;
    }
    // A relative clause: «Mr Blair, who has described …».
    // («فلان الذي وصفه بـ«…»»: a verb carrying its object pronoun makes the antecedent its object, whom it describes;
    // the subject was dropped. Verb-first languages.)
    if (t.kind === 'word' && ctx.relatives.has(t.fold) && ctx.rules.verbFirst && g === k - 1 && ctx.cue(verb)?.objectPronoun) return null;
    if (t.kind === 'word' && ctx.relatives.has(t.fold) && g > 0) {
      g -= isComma(toks[g - 1]) ? 2 : 1;
      continue;
    }
    break;
  }
  if (g < 0) return null;
  const t = toks[g];
  if (t.kind !== 'word') return null;
  const pronoun = ctx.pronouns.get(t.fold);
  if (pronoun) return resolvePhrase(ctx, toks, g, g + 1, ctx.cue(verb), verb.start);
  const ms = mentionsOverlapping(ctx.index, t.start, t.end).filter((m) => m.end <= verb.start && m.end >= t.end - 1);
  if (ms.length > 0) {
    const m = ms[ms.length - 1];
    // «a student group at the university in Lynchburg, Va., derided»: a place after a preposition is no subject.
    const lead = toks.findIndex((x) => x.start >= m.start);
    // «Rep. Jane Roe of Ohio, the panel's senior Democrat, urged», «Lt Col Jan Roe of the PCO told»: a place or body
    // after a person's name says where the person comes from; the person speaks.
    let of = lead - 1;
    if (of > 0 && toks[of].kind === 'word' && ctx.article.pack.articles.has(toks[of].fold) && m.actor.type !== 'location') of--;
    if (m.actor.type !== 'person' && of > 0 && toks[of].kind === 'word' && ctx.origins.has(toks[of].fold)) {
      const person = mentionsOverlapping(ctx.index, toks[of - 1].start, toks[of - 1].end).find((x) => x.actor.type === 'person' && x.end >= toks[of - 1].end - 1);
      if (person) return { actor: person.actor, text: ctx.article.text.slice(person.start, person.end), span: [person.start, person.end], rule: 'speaker:subject-before-verb', end: k };
      if (m.actor.type === 'location') return null;
    }
    if (m.actor.type === 'location' && lead > 0 && toks[lead - 1].kind === 'word' && ctx.stops.has(toks[lead - 1].fold)) return null;
    // «وعن فلان قال:», «وعن غياب فلان قال:»: a name in a topic fronted with its preposition is no subject (verb-first
    // languages: the subject was dropped).
    if (ctx.rules.verbFirst && frontedTopic(ctx, toks, lead)) return null;
    const pick = (m.actor.type !== 'person' ? headBeforeApposition(ctx, toks, lead) : null) ?? firstCoordinated(ctx, toks, lead, m);
    return { actor: pick.actor, text: ctx.article.text.slice(pick.start, pick.end), span: [pick.start, pick.end], rule: 'speaker:subject-before-verb', end: k };
  }
  if (ctx.has(ctx.documents, t)) return resolvePhrase(ctx, toks, g > 0 && isDeterminer(toks[g - 1]) ? g - 1 : g, g + 1, ctx.cue(verb), verb.start);
  // No mention there: the longest run of words ending here that is an actor's name or alias.
  for (let b = Math.max(0, g - 4); b <= g; b++) {
    if (toks.slice(b, g + 1).some((x) => x.kind !== 'word')) continue;
    const words = ctx.article.text.slice(toks[b].start, t.end);
    const actor = ctx.byName(words);
    if (actor) return { actor, text: words, span: [toks[b].start, t.end], rule: 'speaker:subject-before-verb', end: k };
  }
  // «وكان فلان قد قال حين …»: one to three name words between the past auxiliary and the verb are its subject, a person
  // the actors do not hold (verb-first languages), rather than the last speaker of a dropped subject.
  // (Only before a finite past speech verb: «كان يفضل أن يصف نفسه قائلا», «كان توجهه للنقاد طالبا» hold no name.)
  const auxiliaries = ctx.rules.pastAuxiliaries;
  const pastVerb = ctx.cue(verb);
  // (A singular one: «كان توجهه للنقاد طالبا» reads the dual of a verb.)
  if (auxiliaries && ctx.rules.verbFirst && pastVerb?.role === 'verb' && !pastVerb.present && pastVerb.number !== 'pl') {
    for (let b = g; b >= 1 && g - b < UNKNOWN_NAME_WORDS.max; b--) {
      if (toks[b].kind !== 'word') break;
      if (toks[b - 1].kind === 'word' && auxiliaries.includes(toks[b - 1].fold)) {
        const person = unknownPerson(ctx, toks, b, g + 1, ctx.cue(verb)) ?? familyNameAlone(ctx, toks, b, g);
        if (person) return { actor: person.actor, text: ctx.article.text.slice(person.span[0], person.span[1]), span: person.span, rule: 'speaker:subject-before-verb', end: k };
        break;
      }
    }
  }
  // «A spokeswoman at the embassy said»: an unnamed source and its affiliation before the verb.
  let head = g;
  const complements = ctx.rules.sourceComplements;
  if (complements && !ctx.rules.verbFirst && !ctx.has(ctx.anonymous, t)) {
    for (let p = g - 1; p >= 1 && g - p <= SOURCE_COMPLEMENT_WORDS + 1; p--) {
      if (toks[p].kind !== 'word') break;
      if (complements.includes(toks[p].fold)) {
        if (ctx.has(ctx.anonymous, toks[p - 1])) head = p - 1;
        break;
      }
      if (ctx.stops.has(toks[p].fold) || ctx.cue(toks[p])) break;
    }
  }
  if (ctx.has(ctx.anonymous, toks[head])) {
    const end = t.end;
    g = head;
    // «Mr Reyes's spokesman», "a Labour spokesman", "a senior official": the words qualifying the noun belong to the
    // source's name (so that two different sources stay two); an article or any other word class ends them.
    let b = g;
    if (!ctx.rules.verbFirst) {
      while (b > 0 && g - b < SOURCE_MODIFIER_TOKENS) {
        const p = toks[b - 1];
        // (An article or a quantifier opens the phrase: «a Labour spokesman», «another aide», named as written.)
        if (p.kind === 'word' && (ctx.article.pack.articles.has(p.fold) || QUANTIFIERS.has(p.fold))) {
          b--;
          break;
        }
        if (p.kind !== 'word' || p.fold in (ctx.rules.possessivePronouns ?? {}) || ctx.stops.has(p.fold) || ctx.conjunctions.has(p.fold) || ctx.pronouns.has(p.fold) || ctx.cue(p) || ctx.relatives.has(p.fold)) break;
        b--;
      }
      // (A sentence's capitalised opening word is no modifier unless it is a name: «Asked …», «Then …».)
      if (b < g && b === sentenceStartBefore(ctx, toks, g) && !ctx.article.pack.articles.has(toks[b].fold) && !QUANTIFIERS.has(toks[b].fold) && !mentionsOverlapping(ctx.index, toks[b].start, toks[b].end).length && !/['\u2019]s$/u.test(toks[b].text) && !ctx.honorifics.has(toks[b].fold)) b++;
    }
    // («Her critics say …. "…," she added»: several unnamed people, «critics», «officials», are no «she».)
    const several = !ctx.rules.verbFirst && toks[head].end === end && !!ctx.rules.pluralSource?.(toks[head].fold);
    return { actor: null, text: ctx.article.text.slice(toks[b].start, end), span: [toks[b].start, end], rule: 'speaker:anonymous', end: k, ...(several ? { several } : {}) };
  }
  // A noun phrase opening with an article right before the verb ("the influential daily wrote", "a bartender said"):
  // the subject as written, so that neither this quote nor a later "he" goes to someone else.
  // A definite one ("the candidate") usually refers back to someone named: the sentence's subject or the last speaker.
  const reporter = ownReporter(ctx, toks, g);
  if (reporter) return { ...reporter, end: k };
  const described = describedSubject(ctx, toks, g);
  if (described) {
    const cue = ctx.cue(verb);
    // «the company said», «the board has confirmed»: a definite body noun is the latest body named (or that spoke).
    const head = described.text.slice(described.text.lastIndexOf(' ') + 1);
    const body = described.definite && !!ctx.rules.bodyNouns?.includes(ctx.fold(head));
    // «the party leader said»: a definite description of a person is the person the story keeps naming.
    const person = described.definite && !body && !!ctx.rules.personHead?.(ctx.fold(head)) ? mostNamedPersonBefore(ctx, ctx.previousParagraphStart(described.span[0]), described.span[0], described.text) : null;
    // «The fans said the decision was "…"»: a definite plural of people that is no body and no actor's name stands
    // for several people, unnamed; not the one person the story named before.
    const several = described.definite && !body && !person && /^\p{Ll}/u.test(head) && !!ctx.rules.commonSubjectHead?.(ctx.fold(head)) && !ctx.byName(described.text) && !ctx.byTitle(described.text);
    if (several && ctx.cue(verb)?.role === 'verb') return { actor: null, text: described.text, span: described.span, rule: 'speaker:anonymous', end: k, several: true };
    const actor =
      ctx.byName(described.text) ??
      (person && !ctx.byTitle(described.text) ? person : null) ??
      (!described.definite ? null : body ? ctx.lastMentioned(verb.start, BODY_KINDS, 'any') ?? ctx.lastSpeaker(verb.start, 'any', 'any', BODY_KINDS) ?? null : ctx.byTitle(described.text) ?? sentenceSubject(ctx, toks, k) ?? ctx.speakerOrMention(verb.start, cue?.gender ?? 'any', cue?.number ?? 'any', ['person']));
    // «"…," a government minister said», "a bartender said": an indefinite description names an unnamed source.
    return { actor, text: described.text, span: described.span, rule: !actor && !described.definite ? 'speaker:anonymous' : 'speaker:subject-before-verb', end: k };
  }
  // «Jo Roe, president of the networks unit of the company says that: "…"»: an apposition of a person's role whose
  // closing comma is missing; the person before it is the subject, not the body the role names (subject-first
  // languages).
  const unclosed = unclosedApposition(ctx, toks, g, k);
  if (unclosed) return { actor: unclosed.actor, text: ctx.article.text.slice(unclosed.start, unclosed.end), span: [unclosed.start, unclosed.end], rule: 'speaker:subject-before-verb', end: k };
  // «strangers told him that "…"», «Forty percent of voters say the plan is "…"», «the finance ministers of the
  // leading economies admitted that growth has not been "…"»: a common-noun subject for several people, which no actor
  // holds, spoke unnamed: an unnamed source named as written (as «officials said»), rather than a person named
  // earlier (subject-first languages).
  const common = commonNounSubject(ctx, toks, g, k);
  if (common) return { actor: null, text: ctx.article.text.slice(common[0], common[1]), span: common, rule: 'speaker:anonymous', end: k, several: true };
  // A capitalised name the actors do not hold («Tom Reyes, a senator, said») is still the subject: unresolved,
  // so that neither this quote nor a later "he" goes to someone else.
  // («When told …»: a capitalised function word opening the sentence names nobody.)
  if (/^\p{Lu}/u.test(t.text) && !ctx.pronouns.has(t.fold) && !ctx.stops.has(t.fold)) {
    let b = g;
    while (b > 0 && toks[b - 1].kind === 'word' && /^\p{Lu}/u.test(toks[b - 1].text) && g - b < 4) b--;
    return { actor: null, text: ctx.article.text.slice(toks[b].start, t.end), span: [toks[b].start, t.end], rule: 'speaker:subject-before-verb', end: k };
  }
  return null;
}

/**
 * The person named right before a comma that opens, within `UNCLOSED_APPOSITION_TOKENS` of the verb at toks[k], an
 * apposition holding a person's role noun (pack `personHead`: «president», «editor») and running to toks[g] with no
 * closing comma (`personQualifier`). null otherwise.
 */
function unclosedApposition(ctx: Context, toks: Token[], g: number, k: number): ActorIndex['mentions'][number] | null {
  const isPerson = ctx.rules.personHead;
  if (!isPerson || ctx.rules.verbFirst || g !== k - 1) return null;
  let role = false;
  for (let c = g; c > 0 && k - c <= UNCLOSED_APPOSITION_TOKENS; c--) {
    const t = toks[c];
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && isPerson(t.fold)) role = true;
    if (t.text !== ',') continue;
    if (!role || !personQualifier(ctx, toks, c, k)) return null;
    const before = toks[c - 1];
    return mentionsOverlapping(ctx.index, before.start, before.end).find((m) => m.actor.type === 'person' && m.end >= before.end - 1 && !ctx.insideQuote(m.start)) ?? null;
  }
  return null;
}

const COMMON_SUBJECT_TOKENS = 8;
/**
 * The span of a common-noun subject ending at toks[g] right before the finite speech verb at toks[k]: a lower-case
 * head that the pack's `commonSubjectHead` accepts (no function word, pronoun or cue), with its modifiers back to an
 * article or quantifier, across «of» complements («the finance ministers of the leading economies», «Forty-one percent
 * of respondents», «strangers»). null otherwise (verb-first languages, participles, other words).
 */
function commonNounSubject(ctx: Context, toks: Token[], g: number, k: number): Span | null {
  const head = toks[g];
  const isHead = ctx.rules.commonSubjectHead;
  if (!isHead || ctx.rules.verbFirst || head.kind !== 'word' || !/^\p{Ll}/u.test(head.text) || !isHead(head.fold)) return null;
  if (ctx.cue(toks[k])?.role !== 'verb' || ctx.cueAt(toks, g) || isFunctionWord(ctx, head) || ctx.insideQuote(head.start)) return null;
  let b = g;
  while (b > 0 && g - b < COMMON_SUBJECT_TOKENS) {
    const p = toks[b - 1];
    // («Forty-one percent»: a hyphen inside a number written in words.)
    if (p.kind === 'punct' && p.text === '-' && b > 1 && toks[b - 2].kind === 'word' && p.start === toks[b - 2].end) {
      b -= 2;
      continue;
    }
    if (p.kind === 'number') {
      b--;
      continue;
    }
    if (p.kind !== 'word' || ctx.cueAt(toks, b - 1) || ctx.pronouns.has(p.fold) || ctx.conjunctions.has(p.fold) || ctx.relatives.has(p.fold) || ctx.complementisers.has(p.fold) || p.fold in (ctx.rules.possessivePronouns ?? {})) break;
    if (ctx.article.pack.articles.has(p.fold) || QUANTIFIERS.has(p.fold)) {
      b--;
      // («Forty-one»: a number in words goes on across its hyphen.)
      if (b > 1 && toks[b - 1].text === '-' && toks[b - 1].end === toks[b].start) continue;
      // («the finance ministers of the G20»: the article opens an «of» complement; the phrase goes on before it.)
      if (b > 1 && INSIDE_DESCRIPTION.has(toks[b - 1].fold) && toks[b - 2].kind === 'word' && !ctx.stops.has(toks[b - 2].fold)) {
        b--;
        continue;
      }
      break;
    }
    if (ctx.stops.has(p.fold) && !INSIDE_DESCRIPTION.has(p.fold)) break;
    b--;
  }
  // (An «of» left opening the phrase belongs to a word before it that is not part of the subject.)
  while (b < g && INSIDE_DESCRIPTION.has(toks[b].fold)) b++;
  // (A sentence's capitalised opening word stays when it is a number or quantity: «Forty percent», «Most voters».)
  return [toks[b].start, head.end];
}

/** A pronoun, conjunction, relative, complementiser or stop word: no head of a noun phrase. */
function isFunctionWord(ctx: Context, t: Token): boolean {
  return ctx.pronouns.has(t.fold) || ctx.conjunctions.has(t.fold) || ctx.relatives.has(t.fold) || ctx.complementisers.has(t.fold) || ctx.stops.has(t.fold) || ctx.transparent.has(t.fold) || t.fold in (ctx.rules.possessivePronouns ?? {});
}

/** Capitalised words (and one number) a noun compound may hold between its determiner and a bare cue. */
const COMPOUND_NAME_WORDS = 4;
/**
 * «the 2010 Hale comment», «a Reuters report», «The Harbour Post report said»: capitalised words (none a plural in -s,
 * which a bare verb agrees with: «the Democrats claim») after a determiner, right before the bare cue at `k`, with at
 * most one number among them: a noun phrase the cue heads.
 */
function nounCompoundBefore(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  let names = 0;
  let numbers = 0;
  while (j >= 0 && k - j <= COMPOUND_NAME_WORDS + 1) {
    const t = toks[j];
    if (t.kind === 'number' && numbers === 0) numbers++;
    else if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !/s$/u.test(t.text) && !DETERMINERS.has(t.fold)) names++;
    else break;
    j--;
  }
  return names > 0 && j >= 0 && toks[j].kind === 'word' && DETERMINERS.has(toks[j].fold) && toks[j].fold !== 'one';
}

/** Characters before a person's mention searched for the reporter noun that introduces them («BBC correspondent …»). */
const REPORTER_INTRO_CHARS = 30;
/** Words (a modifier such as «political») allowed between the possessive and the reporter noun. */
const REPORTER_MODIFIER_WORDS = 1;
/**
 * «…, our correspondent added», «Our political editor says»: the outlet's reporter (`QuoteRules.ownReporter`) ending at
 * toks[g]: the latest person introduced before it with a reporter noun right before the name, else the words as an
 * unnamed source.
 */
function ownReporter(ctx: Context, toks: Token[], g: number): { actor: Actor | null; text: string; span: Span; rule: SpeakerFinding['rule'] } | null {
  const own = ctx.rules.ownReporter;
  const t = toks[g];
  if (!own || !t || t.kind !== 'word' || !own.heads.includes(t.fold)) return null;
  let p = g - 1;
  while (p >= 0 && g - 1 - p < REPORTER_MODIFIER_WORDS && toks[p].kind === 'word' && toks[p].fold !== own.possessive && /^\p{Ll}/u.test(toks[p].text)) p--;
  if (p < 0 || toks[p].kind !== 'word' || toks[p].fold !== own.possessive) return null;
  const span: Span = [toks[p].start, t.end];
  const text = ctx.article.text.slice(span[0], span[1]);
  const mentions = ctx.index.mentions;
  for (let i = firstMentionFrom(ctx.index, span[0]) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.actor.type !== 'person' || m.end > span[0]) continue;
    const lead = ctx.tokens(Math.max(0, m.start - REPORTER_INTRO_CHARS), m.start).filter((x) => x.kind === 'word');
    if (lead.slice(-2).some((x) => own.heads.includes(x.fold))) return { actor: m.actor, text, span, rule: 'speaker:subject-before-verb' };
  }
  return { actor: null, text, span, rule: 'speaker:anonymous' };
}

/** Dashes that enclose a relative clause or an apposition after a name. */
const DASHES = new Set(['-', '\u2013', '\u2014']);
const APPOSITION_BACK_TOKENS = 10;
/** Tokens of an apposition in commas skipped back over to the subject before a verb; a relative clause may run longer. */
const APPOSITION_SKIP_TOKENS = 9;
const RELATIVE_CLAUSE_TOKENS = 24;

/**
 * «Jane Roe, an economist at Harbor University, [who …,] said», «Acme, a unit of Harbor Holdings, said»: a body closing
 * an apposition opened by an article qualifies the actor named before it, who speaks. `lead` is the body's first token.
 */
function headBeforeApposition(ctx: Context, toks: Token[], lead: number): ActorIndex['mentions'][number] | null {
  if (ctx.rules.verbFirst) return null;
  for (let c = lead - 1; c >= 1 && lead - c <= APPOSITION_BACK_TOKENS; c--) {
    const t = toks[c];
    if (t.kind === 'punct' && t.text !== ',') return null;
    if (t.kind === 'word' && (ctx.cue(t) || ctx.relatives.has(t.fold))) return null;
    if (t.text !== ',') continue;
    if (!toks[c + 1] || !ctx.article.pack.articles.has(toks[c + 1].fold)) return null;
    const head = mentionsOverlapping(ctx.index, toks[c - 1].start, toks[c - 1].end).find((x) => x.actor.type !== 'location' && x.end >= toks[c - 1].end - 1 && !ctx.insideQuote(x.start));
    return head ?? null;
  }
  return null;
}

/**
 * «Tom Reyes and Ann Lowe said», «A, B and C wrote»: one speech by several actors of a kind; the first named stands
 * for them (the gold convention). `lead` is the first token of the last-named actor `m`.
 */
const COORDINATED_TITLE_WORDS = 2;
function firstCoordinated(ctx: Context, toks: Token[], lead: number, m: ActorIndex['mentions'][number]): ActorIndex['mentions'][number] {
  if (ctx.rules.verbFirst) return m;
  let first = m;
  let at = lead;
  let joined = false;
  for (let steps = 0; steps < 6 && at >= 2; steps++) {
    // («singer Tom Reed and drummer Ali Moss said»: a lower-case title word or two before a name.)
    let skipped = 0;
    while (skipped < COORDINATED_TITLE_WORDS && at >= 3 && toks[at - 1].kind === 'word' && /^\p{Ll}/u.test(toks[at - 1].text) && !ctx.stops.has(toks[at - 1].fold) && !ctx.conjunctions.has(toks[at - 1].fold) && !ctx.cue(toks[at - 1]) && !ctx.pronouns.has(toks[at - 1].fold)) {
      at--;
      skipped++;
    }
    const sep = toks[at - 1];
    const isAnd = sep.kind === 'word' && sep.fold === ctx.rules.conjunctions[0];
    const isComma = sep.text === ',';
    if (!isAnd && !(isComma && joined)) break;
    const prev = toks[at - 2];
    const before = mentionsOverlapping(ctx.index, prev.start, prev.end).find((x) => x.actor.type === m.actor.type && x.end >= prev.end - 1 && x.actor !== m.actor && !ctx.insideQuote(x.start));
    if (!before) break;
    first = before;
    joined = joined || isAnd;
    at = toks.findIndex((x) => x.start >= before.start);
    if (at < 0) break;
  }
  return joined ? first : m;
}

const DESCRIBED_MAX_TOKENS = 5;
const BODY_KINDS: readonly ActorType[] = ['organization', 'group'];
/** Tokens of an adjunct opening a sentence before its pronoun subject («In an interview with the BBC,»). */
const ADJUNCT_MAX_TOKENS = 12;
/** Words qualifying an unnamed source's noun before it («Mr Reyes's official spokesman»). */
const SOURCE_MODIFIER_TOKENS = 3;

/** "the influential US daily" ending at toks[g]: an article and up to four words, none a stop word (subject-first languages). */
function describedSubject(ctx: Context, toks: Token[], g: number): { text: string; span: Span; definite: boolean } | null {
  if (ctx.rules.verbFirst) return null;
  for (let b = g; b >= 0 && g - b < DESCRIBED_MAX_TOKENS; b--) {
    const t = toks[b];
    // (A cue after "of" is a noun: «secretary of state».)
    if (t.kind !== 'word' || ctx.cueAt(toks, b)) return null;
    if (ctx.article.pack.articles.has(t.fold)) {
      if (b === g) return null;
      // The phrase opens its clause: an article after a preposition or a verb is an object ("told the court").
      const prev = toks[b - 1];
      // («with the former head of state calling it "…"»: "with" and a participle make the phrase its subject.)
      const absolute = ABSOLUTE_WITH.has(prev?.fold ?? '') && ctx.cue(toks[g + 1] ?? prev)?.role === 'lead-in';
      // («Now the board has confirmed …»: a time adverb opening the sentence leaves the phrase its subject.)
      const openingAdverb = !!prev && ctx.transparent.has(prev.fold) && b - 1 === sentenceStartBefore(ctx, toks, b - 1);
      if (prev && prev.kind === 'word' && !ctx.conjunctions.has(prev.fold) && !absolute && !openingAdverb && !afterOpeningAdjunct(ctx, toks, b)) return null;
      return { text: ctx.article.text.slice(t.start, toks[g].end), span: [t.start, toks[g].end], definite: t.fold === 'the' };
    }
    // «the former secretary of state»: "of" inside the description.
    if (ctx.stops.has(t.fold) && !(INSIDE_DESCRIPTION.has(t.fold) && b < g)) return null;
  }
  return null;
}
const ADJUNCT_OPENING_TOKENS = 6;
/**
 * «In his New Year message the party leader said …», «On Monday the minister said …»: the article at `b` follows a
 * short adjunct opening the sentence with a preposition (no comma, no speech word in it), so it opens the subject.
 * Subject-first languages with a person-head list only.
 */
function afterOpeningAdjunct(ctx: Context, toks: Token[], b: number): boolean {
  if (ctx.rules.verbFirst || !ctx.rules.personHead) return false;
  const s0 = sentenceStartBefore(ctx, toks, b);
  if (b - s0 < 2 || b - s0 > ADJUNCT_OPENING_TOKENS) return false;
  const opener = toks[s0];
  if (opener.kind !== 'word' || !ctx.stops.has(opener.fold) || ctx.conjunctions.has(opener.fold) || ctx.relatives.has(opener.fold)) return false;
  for (let q = s0 + 1; q < b; q++) if (toks[q].kind !== 'word' || ctx.cue(toks[q]) || ctx.pronouns.has(toks[q].fold) || ctx.complementisers.has(toks[q].fold)) return false;
  return !ctx.stops.has(toks[b - 1].fold) || ctx.transparent.has(toks[b - 1].fold);
}
const INSIDE_DESCRIPTION = new Set(['of']);
const ABSOLUTE_WITH = new Set(['with']);

/** A speaker phrase as a finding for a quote the cue governs. */
function finish(phrase: ReturnType<typeof resolvePhrase>, rule: SpeakerFinding['rule'], cue: SpeechCue | undefined, kind: QuoteKind): SpeakerFinding {
  return { actor: phrase.actor, text: phrase.text, span: phrase.span, rule, governed: true, kind, cue, ...(phrase.several ? { several: true } : {}) };
}

const ATTRIBUTION_PUNCT = new Set([',', '.', "'", '\u2019', '(', ')', '-']);

/** "…," he said. / "…," said X. / «…»، قالت البعثة. Tokens start right after the closing mark. */
/** Whether the quote closing right before `next` ends with a question mark (inside or just after its closing mark). */
function quoteAsks(ctx: Context, next: Token | undefined): boolean {
  if (!next) return false;
  const before = ctx.article.text.slice(Math.max(0, next.start - 4), next.start).replace(/\s+$/u, '');
  return /\?\P{L}{0,2}$/u.test(before);
}

function speakerAfter(ctx: Context, toks: Token[], quoteStart: number): SpeakerFinding | null {
  let i = 0;
  while (i < toks.length && toks[i].kind === 'punct' && (isComma(toks[i]) || toks[i].text === '\u2014' || toks[i].text === '-')) i++;
  const limit = Math.min(toks.length, i + SUBJECT_MAX_TOKENS + 2);
  // «"…" and said …» continues the clause of a subject before the quote, not an attribution after it.
  // («"…" and enact her agenda, Mr. X said» goes on to its attribution.)
  if (i < toks.length && ctx.conjunctions.has(toks[i].fold) && (i + 1 >= toks.length || ctx.cueAt(toks, i + 1))) return null;
  const marker = sourceMarkerAt(ctx, toks, i);
  if (marker > 0) {
    const phrase = resolvePhrase(ctx, toks, i + marker, limit, undefined, quoteStart);
    if (phrase.actor || phrase.rule === 'speaker:anonymous' || phrase.rule === 'speaker:document') return finish(phrase, 'speaker:source-marker', undefined, 'direct');
  }
  let inParens = false;
  for (let k = i; k < limit; k++) {
    const t = toks[k];
    // Parentheses may stand in the subject («Rep. Jane Roe (D-Ohio) said»), full stops in them too; other
    // punctuation ends the attribution.
    if (t.kind === 'punct' && (t.text === '(' || t.text === ')')) inParens = t.text === '(';
    if (t.kind === 'punct' && !ATTRIBUTION_PUNCT.has(t.text)) return null;
    // (A full stop inside a word, «Harbour.com», ends nothing.)
    if (t.kind === 'punct' && t.text === '.' && k > i && !inParens && !isAbbreviationBefore(ctx, toks, k) && !LETTER_OR_DIGIT.test(ctx.article.text[t.end] ?? ' ')) return null;
    const cue = ctx.cueAt(toks, k);
    if (!cue) continue;
    if (cue.role === 'lead-in') return quotedAsSpeaker(ctx, toks, k, cue, quoteStart);
    // «"…?" Mr X replied that …»: an answer to the quoted words, whose speaker is someone else.
    if (cue.answers && (quoteAsks(ctx, toks[0]) || (k + 1 < toks.length && ctx.complementisers.has(toks[k + 1].fold)))) return null;
    // «"…" الجديدين وقالت:»: a verb joined by its conjunction clitic opens a new clause after the words
    // following the quote; they are not its subject, and the verb speaks what comes after it.
    if (ctx.rules.verbFirst && k > i && /^[\u0648\u0641]/u.test(t.fold) && !ctx.cues.has(t.fold)) return null;
    // Verb first («said X», «قالت البعثة»), or subject first («he said», «Mr Duncan said»), as the language prefers.
    // English keeps "said X" to a verb right after the quote, and "X said" to a subject filling the gap.
    // («It is a "real step up" for rural lines, said Jo Roe.»: an inverted attribution after a comma closing the
    // sentence reports all of it, the quoted words inside included.)
    const closingInversion = !ctx.rules.verbFirst && k > i && toks[k - 1].text === ',' && cue.role === 'verb' && !cue.takesObject;
    const s1 = subjectStart(ctx, toks, k, toks.length);
    let afterVerb = (ctx.rules.verbFirst || k === i || closingInversion) && s1 < toks.length && !isPhraseBreak(ctx, toks[s1]) ? resolvePhrase(ctx, toks, s1, toks.length, cue, t.start) : null;
    // (Only a speaker the actors hold, and only with the sentence ending there.)
    if (afterVerb && closingInversion && k !== i && (!afterVerb.actor || !(afterVerb.end >= toks.length || CLAUSE_PUNCT.has(toks[afterVerb.end].text)))) afterVerb = null;
    // A verb taking an object inverts only with its subject closing the attribution («"…," asked Jane Roe.»), not
    // before more words («"…" called Roe a liar»).
    if (afterVerb && !ctx.rules.verbFirst && cue.takesObject && !(afterVerb.end >= toks.length || CLAUSE_PUNCT.has(toks[afterVerb.end].text))) afterVerb = null;
    // («"…" ahead of an election predicted for May»: a lower-case content word opens no subject in a subject-first
    // language; a subject opens with a capital, a determiner or a pronoun.)
    const opener = toks[i];
    const canOpen = ctx.rules.verbFirst || !opener || opener.kind !== 'word' || /^\p{Lu}/u.test(opener.text) || isDeterminer(opener) || QUANTIFIERS.has(opener.fold) || ctx.pronouns.has(opener.fold) || ctx.has(ctx.anonymous, opener) || ctx.has(ctx.documents, opener) || ctx.transparent.has(opener.fold);
    const subjectPhrase = k > i && canOpen ? resolvePhrase(ctx, toks, i, k, cue, t.start) : null;
    // The subject fills the gap to the verb, but for transparent words or an apposition between commas
    // («"…," Chris Weston, chief strategist at IG, said»).
    const fillsGap =
      ctx.rules.verbFirst ||
      (subjectPhrase !== null &&
        (toks.slice(subjectPhrase.end, k).every((x) => ctx.transparent.has(x.fold)) ||
          // «"…," a spokesman for the ministry said»: an unnamed source with its affiliation.
          (subjectPhrase.rule === 'speaker:anonymous' && !!subjectPhrase.span && toks.slice(subjectPhrase.end, k).every((x) => x.end <= subjectPhrase.span![1] || ctx.transparent.has(x.fold))) ||
          (toks[subjectPhrase.end]?.text === ',' && toks.slice(subjectPhrase.end + 1, k).some((x) => x.text === ',') && k - subjectPhrase.end <= 16) ||
          // «"…," a statement on her website said»: a document and its complement.
          (subjectPhrase.rule === 'speaker:document' && k - subjectPhrase.end <= DOCUMENT_COMPLEMENT_TOKENS && toks.slice(subjectPhrase.end, k).every((x) => x.kind === 'word' && !ctx.cue(x))) ||
          // «"…," Jan Roe, editor of Harbour.com told the BBC», «Jan Roe from the Harbour Board, told»: a person's
          // apposition or origin with one of its commas missing.
          (subjectPhrase.actor?.type === 'person' && personQualifier(ctx, toks, subjectPhrase.end, k))));
    let own = k > i ? subjectBefore(ctx, toks, k) : null;
    // («"…," while 30 percent call them "…"»: a subject no actor holds after a word that cannot open one, such as a
    // subordinator, opens a clause of its own; it is no attribution of the quote before.)
    if (own?.several && !canOpen && own.span && own.span[0] > toks[i].start) own = null;
    const beforeVerb = k > i ? (own ?? (fillsGap ? subjectPhrase : null)) : null;
    const resolved = (ph: typeof afterVerb) => !!ph && (!!ph.actor || !!ph.rule);
    const order = ctx.rules.verbFirst ? [afterVerb, beforeVerb] : [beforeVerb, afterVerb];
    // «"…," said the narrator»: a verb right after the quote takes the words after it as written, unresolved.
    const pick = order.find(resolved) ?? (k === i ? (afterVerb?.text ? afterVerb : null) : order.find((ph) => ph?.text));
    if (pick) return finish(pick, pick.rule && pick.rule !== 'speaker:subject-before-verb' ? pick.rule : 'speaker:verb-after', cue, 'direct');
    if (k > i) return null;
    const actor = ctx.speakerOrMention(t.start, cue.gender, cue.number, ['person']);
    return { actor, text: t.text, span: [t.start, t.end], rule: 'speaker:dropped-subject', governed: true, kind: 'direct', cue };
  }
  return null;
}

const SET_APART_WORDS = 3;
/**
 * Whether the attribution starting at `speakerStart` is set apart from the quote by a clause: more than three words
 * (besides the attribution's own) between the closing mark and it, after a comma; or words and a comma before an
 * inverted attribution («"…" in favour of the owner, said Mr Roe»).
 */
function attributionSetApart(ctx: Context, after: Token[], speakerStart: number): boolean {
  let words = 0;
  let last = -1;
  for (let q = 0; q < after.length && after[q].start < speakerStart; q++) {
    last = q;
    if (after[q].kind === 'word' && !ctx.cue(after[q])) words++;
  }
  // («… "weighted overwhelmingly" in favour of the owner, said Mr Roe»: words, a comma, then an inverted attribution.)
  const v = last >= 0 && after[last].kind === 'word' && ctx.cue(after[last]) ? last : last + 1;
  const inverted = words > 0 && v > 0 && after[v - 1]?.text === ',';
  return (words > SET_APART_WORDS && after[0]?.text === ',') || inverted;
}

/** Tokens of an apposition after a speaker's name, its closing comma missing, before the verb. */
const UNCLOSED_APPOSITION_TOKENS = 10;

/**
 * Tokens [from, k) after a person's name qualify it up to the verb at k: a comma or an origin preposition, then words
 * (no pronoun, no speech verb), with a comma only right before the verb.
 */
function personQualifier(ctx: Context, toks: Token[], from: number, k: number): boolean {
  const opener = toks[from];
  if (!opener || k - from > UNCLOSED_APPOSITION_TOKENS || !(opener.text === ',' || (opener.kind === 'word' && ctx.origins.has(opener.fold)))) return false;
  if (opener.text !== ',' && toks[k - 1].text !== ',') return false;
  for (let x = from + 1; x < k; x++) {
    const t = toks[x];
    if (t.kind === 'word' ? ctx.pronouns.has(t.fold) || !!ctx.cue(t) : !(t.text === '.' || t.text === "'" || t.text === '\u2019' || (t.text === ',' && x === k - 1 && opener.text !== ','))) return false;
  }
  return true;
}

/** Speech reported without quotation marks («X said that …», «وقالت البعثة إن …»): later pronouns and dropped subjects refer to it. */
interface SpeechEvent {
  at: number;
  /** null: a named speaker the actors do not hold. */
  actor: Actor | null;
  cue: SpeechCue;
  /** Several unnamed people spoke («strangers told him»). */
  several?: boolean;
}

function findSpeechEvents(ctx: Context): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  if (ctx.index.mentions.length === 0) return out;
  for (const s of ctx.article.sentences) {
    const toks = ctx.tokens(s.start, Math.min(s.end, s.start + EVENT_SCAN_CHARS));
    for (let k = 0; k < toks.length; k++) {
      const cue = ctx.cueAt(toks, k);
      if (!cue || cue.role !== 'verb') continue;
      const before = subjectBefore(ctx, toks, k);
      // (Past an adverb of manner: «وأضاف مدافعا:» names nobody.)
      const s1 = subjectStart(ctx, toks, k, toks.length);
      const after = before?.actor ? null : s1 < toks.length && !isPhraseBreak(ctx, toks[s1]) && !isMarkToken(toks[s1]) ? resolvePhrase(ctx, toks, s1, toks.length, cue, toks[k].start) : null;
      // Only named subjects: documents, pronouns and unnamed sources are resolved when a quote needs them.
      const coordinated = !before?.actor && k > 0 && ctx.conjunctions.has(toks[k - 1].fold) ? sentenceSubject(ctx, toks, k) : null;
      const actor = before?.actor ?? coordinated ?? (after && after.rule === null ? after.actor : null);
      if (actor && !(before?.rule === 'speaker:pronoun')) out.push({ at: toks[k].start, actor, cue });
      else if (before && !before.actor && (before.rule === 'speaker:subject-before-verb' || before.rule === 'speaker:anonymous')) out.push({ at: toks[k].start, actor: null, cue, ...(before.several ? { several: true } : {}) });
      // «وأكد الخبير فلان أن …» with a name no actor holds: a later «وأضاف» is his, so it must not reach back past him.
      // («وأكد عدم وجود خلل في …»: a verbal noun opening the phrase is the verb's object; the subject was dropped. Not
      // after a verb of an unnamed source's describing clause, «مسؤول، طلب عدم ذكر اسمه، قال»: that source speaks next.)
      else if (!before && after && after.rule === null && after.text && !isPrepositional(ctx, toks[k + 1]) && ctx.rules.verbFirst && !isObjectAfter(ctx, toks, k, cue, after) && !(ctx.rules.objectNouns?.includes(toks[s1]?.fold ?? '') && !ctx.rules.sourceClauseVerbs?.includes(toks[k].fold))) out.push({ at: toks[k].start, actor: null, cue });
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// 5. The stage

interface Candidate {
  stretch: MarkedStretch;
  start: number;
  end: number;
  text: string;
  words: number;
  inHeadline: boolean;
}

/**
 * `named`, when given, receives the persons the quotes' speaker phrases named but no actor held
 * (`QuoteRules.unknownNames`), each with the mentions that spoke: the pipeline adds them to the actors.
 */
/** The quotes of an article, with their speakers resolved to the given actors. */
export function extractQuotes(article: Article, actors: Actor[]): Quote[] {
  return quotesAndSpeakers(article, actors).quotes;
}

/**
 * The quotes, and the persons who speak them under a name the actors stage missed (a title and a name in the
 * speaker phrase): the pipeline adds those persons to the actors.
 */
export function quotesAndSpeakers(article: Article, actors: Actor[]): { quotes: Quote[]; speakers: Actor[] } {
  const speakers: Actor[] = [];
  const quotes = collectQuotes(article, actors, speakers);
  return { quotes, speakers };
}

function collectQuotes(article: Article, actors: Actor[], named: Actor[]): Quote[] {
  const rules = article.pack.quotes;
  const { text } = article;
  const tweets = findTweets(text);
  const stretches = pairMarks(text, article.paragraphs);
  // No marks, no quotes: skip the speech-verb scan of every sentence.
  if (stretches.length === 0 && tweets.length === 0) return [];
  const index = indexActors(actors, article);
  const ctx = new Context(article, rules, index);
  const headlineSpan = article.headline?.span ?? null;

  const quotes: Quote[] = [];
  const events = findSpeechEvents(ctx);
  let eventCursor = 0;
  const flushEventsBefore = (pos: number) => {
    for (; eventCursor < events.length && events[eventCursor].at < pos; eventCursor++) {
      const e = events[eventCursor];
      // A verb inside the last quote is the quoted speaker's own words («… واعتبر الكثيرون …»), not a speech event
      // of the story: a later dropped subject («ويتابع:») still goes back to the one quoted.
      if (lastQuote && e.at >= lastQuote.quote.span[0] && e.at < lastQuote.quote.span[1]) continue;
      ctx.record(e.actor, e.cue, e.at, undefined, !!e.several);
    }
  };
  const tweetQueue = [...tweets];
  let lastQuote: { quote: Quote; paragraph: number; actor: Actor | null } | null = null;
  const headlineFragments: Candidate[] = [];
  // Headline quotes a body or group speaks in the headline («Tories attack burglar 'U-turns'»), with their candidates.
  const headlineBodies: { quote: Quote; cand: Candidate }[] = [];
  let sentenceCursor = 0;
  let paraCursor = 0;

  const flushTweetsBefore = (pos: number) => {
    while (tweetQueue.length > 0 && tweetQueue[0].span[0] <= pos) {
      const tw = tweetQueue.shift()!;
      const q = tweetQuote(ctx, tw);
      quotes.push(q);
      if (q.speaker) {
        const a = actors.find((x) => x.name === q.speaker);
        if (a) ctx.record(a, undefined, tw.span[0]);
      }
    }
  };

  for (const stretch of stretches) {
    const found = candidateOf(text, stretch, headlineSpan);
    if (!found) continue;
    const cand = stretch.how === 'capped' && !rules.verbFirst ? endReporting(ctx, found) : found;
    if (tweets.some((tw) => cand.start >= tw.span[0] && cand.end <= tw.signatureSpan[1] + 1)) continue;
    flushTweetsBefore(cand.start);
    flushEventsBefore(stretch.open);
    if (isNameOrTitle(ctx, cand)) {
      ctx.namedStretchEnds.add(stretch.close);
      ctx.namedStretchTexts.add(ctx.article.pack.fold(cand.text.trim()));
      continue;
    }
    while (sentenceCursor + 1 < article.sentences.length && article.sentences[sentenceCursor].end <= stretch.open) sentenceCursor++;
    while (paraCursor + 1 < article.paragraphs.length && article.paragraphs[paraCursor].end < stretch.open) paraCursor++;
    const sentence = article.sentences[sentenceCursor] ?? { start: 0, end: text.length };
    const paragraph = article.paragraphs[paraCursor] ?? { start: 0, end: text.length };
    const prevEnd = lastQuote ? lastQuote.quote.span[1] + 1 : 0;
    const winStart = Math.max(sentence.start, paragraph.start, prevEnd, stretch.open - WINDOW_BEFORE);
    const before = stretch.how === 'stray-close' ? [] : ctx.tokens(winStart, stretch.open);
    const closeEnd = Math.min(text.length, stretch.close + 1);
    const sentenceEnd = Math.max(sentenceEndAfter(text, article.sentences, sentenceCursor, stretch.close), closeEnd);
    let closePara = paraCursor;
    while (closePara + 1 < article.paragraphs.length && article.paragraphs[closePara].end < stretch.close) closePara++;
    const closeParaEnd = article.paragraphs[closePara]?.end ?? text.length;
    const after = ctx.tokens(closeEnd, Math.min(sentenceEnd, closeEnd + WINDOW_AFTER, closeParaEnd));

    const quoteAtSentenceStart = before.every((t) => isMarkToken(t));
    ctx.priorInSentence = lastQuote && lastQuote.quote.span[1] >= sentence.start ? { end: lastQuote.quote.span[1] + 1, actor: lastQuote.actor, text: lastQuote.quote.speakerText, span: lastQuote.quote.speakerSpan } : null;
    ctx.quoteSpans.push([stretch.open, stretch.close + 1]); // names inside the quote are not its speaker
    let finding: SpeakerFinding | null = null;
    if (stretch.how === 'stray-close' && lastQuote && lastQuote.paragraph === paraCursor) {
      finding = continuationOf(lastQuote.quote, lastQuote.actor, 'partial');
    } else if (rules.verbFirst) {
      finding = (quoteAtSentenceStart ? speakerAfter(ctx, after, cand.start) : null) ?? speakerBefore(ctx, before, cand.start) ?? speakerAfter(ctx, after, cand.start) ?? laterSourceMarker(ctx, after, cand.start);
    } else {
      finding = passiveAgentAfter(ctx, before, after) ?? speakerAfter(ctx, after, cand.start) ?? speakerBefore(ctx, before, cand.start);
      // «Prosecutors said he was "…", using …, news agency AP reported»: an attribution set apart from the quote by a
      // clause reports the whole sentence; the speech verb before the quote, in the same sentence, says whose words
      // these are.
      if (finding && finding.span && !quoteAtSentenceStart && finding.span[0] > closeEnd && attributionSetApart(ctx, after, finding.span[0])) {
        const inner = speakerBefore(ctx, before, cand.start);
        if (inner && inner.governed && inner.cue?.role === 'verb' && inner.span && inner.span[0] >= sentence.start) finding = inner;
      }
    }
    if (!finding && quoteAtSentenceStart && paraCursor > 0 && stretch.open <= paragraph.start + 1) {
      // «وقال الوزير:» closing one paragraph, the quote opening the next.
      const prevPara = article.paragraphs[paraCursor - 1];
      if (text[prevPara.end - 1] === ':') finding = speakerBefore(ctx, ctx.tokens(Math.max(prevPara.start, prevPara.end - WINDOW_BEFORE), prevPara.end), cand.start);
    }
    if (!finding && rules.verbFirst && quoteAtSentenceStart && stretch.open <= paragraph.start + 1 && after.length === 0) {
      // A quote standing as its own paragraph, attributed at the start of the next («…»\nقال الوزير في مؤتمر …).
      const nextPara = article.paragraphs[closePara + 1];
      if (nextPara) {
        const lead = ctx.tokens(nextPara.start, Math.min(nextPara.end, nextPara.start + WINDOW_AFTER));
        if (lead.length > 0 && ctx.cueAt(lead, 0)?.role === 'verb') finding = speakerAfter(ctx, lead, cand.start);
      }
    }
    if (!finding && quoteAtSentenceStart && !rules.verbFirst) finding = reportedBefore(ctx, stretch.open, lastQuote ? lastQuote.quote.span[1] : 0);
    // «Ruiz, who had won their last meetings, was downcast. "I did not serve well."»: a quote with no attribution right
    // after a sentence about a person (its subject, no quote in it) is that person's, not the quote before's speaker's
    // (subject-first languages; a quote opening with «he»/«she» speaks about someone, and stays with the speaker).
    if (!finding && quoteAtSentenceStart && !rules.verbFirst && !thirdPersonOpening(ctx, cand.text)) finding = narratedSubjectBefore(ctx, stretch.open, lastQuote ? lastQuote.quote.span[1] : 0);
    if (!finding && !quoteAtSentenceStart && !cand.inHeadline && !ctx.priorInSentence && cand.words > MAX_SHORT_WORDS && !rules.verbFirst) finding = sentenceSubjectSpeaker(ctx, sentence.start, stretch.open);
    if (!finding && quoteAtSentenceStart && lastQuote && paraCursor - lastQuote.paragraph <= 1 && lastQuote.quote.speakerText) {
      // A quote opening its sentence right after another quote continues it («"…," he said. "…"»).
      finding = continuationOf(lastQuote.quote, lastQuote.actor, 'direct');
    } else if (!finding && lastQuote && lastQuote.quote.span[1] >= sentence.start && lastQuote.quote.speakerText && !(rules.verbFirst && cand.words <= MAX_SHORT_WORDS && lastQuote.quote.rule.endsWith('speaker:continuation'))) {
      // (Verb-first languages: a quote that itself only continued an earlier sentence governs no short term after it.)
      // A second quote in the same sentence with no verb of its own: the same speaker («… “far” less loyal and “far more difficult”»).
      finding = continuationOf(lastQuote.quote, lastQuote.actor, 'partial');
    }
    if (!finding && rules.verbFirst && quoteAtSentenceStart && cand.words > MAX_SHORT_WORDS && sentenceCursor > 0) {
      // «وقال الوزير في كلمته إنه … . «…»»: a quote opening its sentence with no attribution of its own goes on with
      // the speech reported in the sentence just before (same or previous paragraph).
      const prev = article.sentences[sentenceCursor - 1];
      if (prev.end <= stretch.open && prev.start >= ctx.previousParagraphStart(stretch.open) && !(lastQuote && lastQuote.quote.span[1] > prev.start)) {
        const earlier = speakerBefore(ctx, ctx.tokens(prev.start, Math.min(prev.end, prev.start + WINDOW_BEFORE)), cand.start);
        if (earlier && earlier.cue && (earlier.actor || earlier.text)) finding = { ...earlier, rule: 'speaker:continuation', kind: 'direct', distance: undefined, clauseDistance: undefined };
      }
    }
    // «The rate … is "the cheapest I can remember."»: words in the first person that nothing attributes are the last
    // speaker's, when that speaker spoke in this paragraph or the one before (subject-first languages).
    if (!finding && !rules.verbFirst && !cand.inHeadline && speaksInFirstPerson(ctx, cand)) {
      const last = ctx.lastSpeaker(cand.start, 'any', 'any', undefined, ctx.previousParagraphStart(stretch.open));
      if (last) finding = { actor: last, text: null, span: null, rule: 'speaker:continuation', governed: true, kind: 'partial' };
    }
    // «Suggestions that … are wrong, Ms Roe says.\n\nThere are "no big differences in …" between …»: a longer quote in a
    // sentence that names no actor and has no speech word before it goes on with the reported speech of the sentence
    // right before (subject-first languages).
    if (!finding && !quoteAtSentenceStart && !cand.inHeadline && !ctx.priorInSentence && cand.words > MAX_SHORT_WORDS && !rules.verbFirst && bareLeadIn(ctx, sentence.start, stretch.open)) finding = reportedBefore(ctx, sentence.start, 0, true);
    const short = cand.words <= MAX_SHORT_WORDS;
    // A source marker attributes a clause; a short quoted term inside it («طبقا للائحة – التي حصلت «الصحيفة» على …») is a name.
    // («نقل عن فلان قوله «…»» names the saying itself, and stays.)
    if (short && finding?.byMarker && rules.verbFirst) finding = null;
    if (short && finding && Math.min(finding.distance ?? 0, finding.clauseDistance ?? Infinity) > (rules.shortGovernTokens ?? SHORT_GOVERN_TOKENS)) finding = null;
    // (Verb-first languages: so does a list or name of a few words far from a verb whose subject names nobody: «… الذي
    // أخذ شرح مواقع الحارة … والمطاعم المجاورة «…»».)
    else if (rules.verbFirst && !short && cand.words <= LISTED_NAME_WORDS && finding && !finding.actor && finding.distance !== undefined && Math.min(finding.distance, finding.clauseDistance ?? Infinity) > (rules.shortGovernTokens ?? SHORT_GOVERN_TOKENS)) finding = null;
    // A short quote with an unknown speaker must stand in the reported clause (after أن/that or a colon), follow a
    // participle lead-in, or precede its verb; otherwise it is a term inside the verb's object («أعلن مقتل “والي …”»).
    // (A person only the quotes stage named counts as unknown here: the actors did not confirm the name.)
    const unconfirmed = !finding?.actor || finding.actor.rule === UNKNOWN_SPEAKER_RULE;
    // («Most voters say her plan is "…"»: several people no actor holds, with a verb of saying that takes no object,
    // report a clause: their words, not a term in an object.)
    const severalSaying = !!finding?.several && finding.cue?.role === 'verb' && !finding.cue.takesObject;
    if (short && finding && unconfirmed && finding.distance !== undefined && !finding.inClause && finding.cue?.role !== 'lead-in' && !severalSaying) finding = null;
    // «وأبدى "المقبل" دهشته»: a short quote right after a finite verb that puts the subject first is its subject's name.
    if (short && finding && rules.verbFirst && finding.cue?.role === 'verb' && finding.distance === 0 && finding.rule !== 'speaker:verb-after') continue;
    // Verb-first languages: a stretch of a few words inside its sentence that no speech verb, source or earlier quote
    // governs is a name, a list or a term («الحلويات الشعبية «…، …، …»», «ونزل مؤشر «…»»), not somebody's words.
    // (Words said with no verb stay: «ضمن قوله تعالى «…»», «بعبارة «…»».)
    if (!finding && rules.verbFirst && !quoteAtSentenceStart && !cand.inHeadline && stretch.how === 'paired' && cand.words <= LISTED_NAME_WORDS && !afterSayingNoun(ctx, before)) {
      ctx.quoteSpans.pop();
      ctx.namedStretchEnds.add(stretch.close);
      ctx.namedStretchTexts.add(ctx.article.pack.fold(cand.text.trim()));
      continue;
    }
    const keep = !(cand.inHeadline && !finding?.governed) && !(short && !finding?.governed) && !(!finding && stretch.how === 'capped');
    if (!keep) {
      ctx.quoteSpans.pop();
      // A quoted fragment in a headline quotes the story's speaker; a short one elsewhere is a scare-quoted term.
      if (cand.inHeadline && !finding?.governed) headlineFragments.push(cand);
      continue;
    }
    const kind: QuoteKind = finding?.kind ?? (quoteAtSentenceStart ? 'direct' : 'partial');
    const quote: Quote = {
      text: cand.text,
      span: [cand.start, cand.end],
      speaker: finding?.actor?.name ?? null,
      speakerText: finding?.text ?? null,
      speakerSpan: finding?.span ?? null,
      kind: cand.words <= MAX_SHORT_WORDS ? 'partial' : kind,
      rule: `quote:${stretch.how}; ${finding?.rule ?? 'speaker:none'}`,
    };
    // A quote run on over paragraphs is one entry per paragraph, each text as written (FORMAT: each opening mark
    // starts an entry, as for quotes run together within a paragraph), all the same speaker's.
    if (stretch.skips.length > 0) for (const part of paragraphParts(text, cand)) quotes.push({ ...quote, text: part.text, span: part.span, kind: countWords(part.text) <= MAX_SHORT_WORDS ? 'partial' : quote.kind });
    else quotes.push(quote);
    if (cand.inHeadline && finding && finding.actor?.type !== 'person' && !rules.verbFirst) headlineBodies.push({ quote: quotes[quotes.length - 1], cand });
    // Named-but-unknown speakers and unnamed sources are remembered too, so a later «وأضاف» is not given to someone else.
    // A document (بيان, تقرير) takes the verbs of its noun's gender, not its issuer's: «وأوضح» after «وأضاف التقرير».
    if (finding?.actor || (finding && finding.text && finding.rule !== 'speaker:continuation')) ctx.record(finding.actor, finding.cue, cand.start, finding.rule === 'speaker:document' ? 'any' : undefined, !!finding.several);
    if (finding?.span && (finding.rule === 'speaker:document' || finding.rule === 'speaker:source-marker')) rememberDocument(ctx, finding.span, finding.actor, finding.rule === 'speaker:document');
    lastQuote = { quote: quotes[quotes.length - 1], paragraph: paraCursor, actor: finding?.actor ?? null };
  }
  flushTweetsBefore(text.length);
  if (headlineFragments.length > 0 || headlineBodies.length > 0) flushEventsBefore(text.length);
  // «Tories attack burglar 'U-turns'»: a headline gives the party or body; the person the body shows using the words
  // («Tory leader Michael Howard has accused … of performing U-turns») is the speaker, when there is one
  // (subject-first languages).
  for (const { quote, cand } of headlineBodies) {
    const body = headlineQuote(ctx, cand, quotes.filter((q) => q !== quote));
    // (Over a speaker the headline names but no actor holds («Parties warned over 'grey vote'»), whoever the body gives.)
    const person = body.speaker ? actors.find((a) => a.name === body.speaker && (a.type === 'person' || quote.speaker === null)) : undefined;
    if (person) Object.assign(quote, { speaker: person.name, speakerText: null, speakerSpan: null, rule: body.rule });
  }
  // A headline fragment is a quote only when the body says who used the words; otherwise it is a term.
  for (const frag of headlineFragments) {
    const q = headlineQuote(ctx, frag, quotes);
    if (q.speaker) quotes.push(q);
  }
  // A stretch of the headline that the body sets in marks as a name («مؤسسة … «موهبة»») is that name in the headline
  // too (the headline is read first, before the body told what it is). Verb-first languages.
  if (rules.verbFirst && headlineSpan && ctx.namedStretchTexts.size > 0) {
    for (let k = quotes.length - 1; k >= 0; k--) {
      const q = quotes[k];
      if (q.span[0] >= headlineSpan[0] && q.span[1] <= headlineSpan[1] && ctx.namedStretchTexts.has(ctx.article.pack.fold(q.text.trim()))) quotes.splice(k, 1);
    }
  }
  quotes.sort((a, b) => a.span[0] - b.span[0]);
  if (ctx.unknownPersons.size > 0) collectUnknownSpeakers(ctx, quotes, named);
  if (ctx.renamed.size > 0) for (const q of quotes) if (q.speaker !== null && ctx.renamed.has(q.speaker)) q.speaker = ctx.renamed.get(q.speaker)!;
  return quotes;
}

/** The persons no actor held that speak a quote, with their mentions as speakers (see `unknownPerson`). */
function collectUnknownSpeakers(ctx: Context, quotes: readonly Quote[], named: Actor[]): void {
  const byName = new Map<string, Actor>();
  for (const a of ctx.unknownPersons.values()) byName.set(a.name, a);
  for (const q of quotes) {
    const actor = q.speaker === null ? undefined : byName.get(q.speaker);
    if (!actor) continue;
    if (!named.includes(actor)) named.push(actor);
    if (!q.speakerSpan || !q.speakerText || q.speakerText === actor.name || actor.mentions.some((m) => m.span[0] === q.speakerSpan![0])) continue;
    // Only the speaker words that hold the name or its surname («فلانوفيتش»), not a verb of a dropped subject.
    if (ctx.unknownPersons.get(ctx.fold(q.speakerText)) === actor && !actor.aliases.includes(q.speakerText)) actor.aliases.push(q.speakerText);
  }
  for (const a of named) {
    for (const q of quotes) {
      if (q.speaker !== a.name || !q.speakerSpan || !q.speakerText) continue;
      const f = ctx.fold(q.speakerText);
      if (q.speakerText === a.name || ctx.unknownPersons.get(f) === a) a.mentions.push({ span: q.speakerSpan, text: q.speakerText, rule: a.rule });
    }
  }
}

const LOWER_AFTER_SPACE = /^\s{1,2}\p{Ll}/u;

/**
 * End of the sentence the attribution after a quote belongs to. A quote ending in «?"» or «!"» closes its
 * sentence for the segmenter, but «"…?" Mr. Clyburn said.» goes on: then the next sentence is read too.
 */
function sentenceEndAfter(text: string, sentences: readonly Segment[], cursor: number, pos: number): number {
  // «"….” said Jewell Young»: a full stop inside the quote, then a lower-case word, goes on the same way.
  const asks = pos > 0 && (text[pos - 1] === '?' || text[pos - 1] === '!' || text[pos - 1] === '\u061F' || (text[pos - 1] === '.' && LOWER_AFTER_SPACE.test(text.slice(pos + 1, pos + 4))));
  for (let k = cursor; k < sentences.length && k < cursor + 50; k++) {
    if (sentences[k].end > pos + 1) return k + 1 < sentences.length && continuesAfter(text, pos, sentences[k].end) ? sentences[k + 1].end : sentences[k].end;
    if (sentences[k].end > pos) return asks && k + 1 < sentences.length ? sentences[k + 1].end : sentences[k].end;
  }
  return pos + 1;
}

/**
 * «"…," Rep. Jane Roe (D-Mo.) said»: a full stop inside or closing parentheses that the segmenter took for the
 * sentence's end: the parenthesis is still open, or the next "sentence" opens in lower case.
 */
function continuesAfter(text: string, from: number, to: number): boolean {
  if (LOWER_AFTER_SPACE.test(text.slice(to, to + 3)) && text[to - 1] !== '\n') return true;
  let depth = 0;
  for (let i = from; i < to && i < from + 200; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Remember who issued the document a quote came from, under the document noun the speaker words hold. */
function rememberDocument(ctx: Context, span: Span, actor: Actor | null, lookBack: boolean): void {
  // A document's issuer («بيان الوزارة») has the document noun just before it; a source marker's phrase holds it.
  for (const t of ctx.tokens(lookBack ? Math.max(0, span[0] - 40) : span[0], span[1])) if (t.kind === 'word' && ctx.has(ctx.documents, t)) ctx.documentIssuers.set(documentKey(ctx, t), actor);
}

/** The rest of a quote split by an attribution or a stray mark: the same speaker. */
function continuationOf(prev: Quote, actor: Actor | null, kind: QuoteKind): SpeakerFinding {
  return { actor, text: prev.speakerText, span: prev.speakerSpan, rule: 'speaker:continuation', governed: true, kind };
}

function candidateOf(text: string, s: MarkedStretch, headlineSpan: Span | null): Candidate | null {
  let start = s.start;
  let end = s.end;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  if (end <= start) return null;
  let body = text.slice(start, end);
  if (s.skips.length > 0) {
    // Leave out the continuation marks that open later paragraphs.
    let out = '';
    let from = start;
    for (const k of s.skips) {
      if (k < start || k >= end) continue;
      out += text.slice(from, k);
      from = k + 1;
    }
    body = out + text.slice(from, end);
  }
  const words = countWords(body);
  if (words === 0) return null;
  const inHeadline = !!headlineSpan && start >= headlineSpan[0] && end <= headlineSpan[1];
  return { stretch: s, start, end, text: body, words, inHeadline };
}

/** The paragraphs of a continued quote: the text between its continuation marks, trimmed, with their spans. */
function paragraphParts(text: string, cand: Candidate): { text: string; span: Span }[] {
  const parts: { text: string; span: Span }[] = [];
  const cuts = [...cand.stretch.skips.filter((k) => k > cand.start && k < cand.end), cand.end];
  let from = cand.start;
  for (const cut of cuts) {
    let start = from;
    let end = cut;
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    if (end > start && countWords(text.slice(start, end)) > 0) parts.push({ text: text.slice(start, end), span: [start, end] });
    from = cut + 1;
  }
  return parts;
}

/**
 * A quotation mark never closed runs to its paragraph's end; a later sentence of that stretch opening with a reporting
 * frame («He said that …», «Mr Roe added …») is the writer's again: the quote ends before it (subject-first languages).
 */
function endReporting(ctx: Context, cand: Candidate): Candidate {
  if (cand.stretch.skips.length > 0) return cand;
  const sentences = ctx.article.sentences;
  for (let k = partitionPoint(sentences, (x) => x.start <= cand.start); k < sentences.length && sentences[k].start < cand.end; k++) {
    const toks = ctx.tokens(sentences[k].start, Math.min(cand.end, sentences[k].start + 80));
    const first = toks[0];
    if (!first || first.kind !== 'word') continue;
    let verbAt = -1;
    const pronoun = ctx.pronouns.get(first.fold);
    if (pronoun?.kinds.includes('person') && pronoun.number === 'sg') verbAt = 1;
    else {
      const m = mentionsOverlapping(ctx.index, first.start, first.end).find((x) => x.start <= first.start);
      if (m) verbAt = toks.findIndex((t) => t.start >= m.end);
    }
    if (verbAt < 1 || verbAt >= toks.length || ctx.cueAt(toks, verbAt)?.role !== 'verb') continue;
    // («He said we would win»: a speaker's own sentence speaks in the first or second person; the writer's does not.)
    const rest = ctx.tokens(sentences[k].start, Math.min(cand.end, sentences[k].end));
    if (rest.some((t) => t.kind === 'word' && (ctx.rules.firstPerson?.includes(t.fold) || ctx.rules.secondPerson?.includes(t.fold)))) continue;
    let end = sentences[k].start;
    while (end > cand.start && SPACE.test(ctx.article.text[end - 1])) end--;
    if (end <= cand.start) return cand;
    const text = ctx.article.text.slice(cand.start, end);
    return { ...cand, end, text, words: countWords(text) };
  }
  return cand;
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < 1000; i++) {
    const w = LETTER_OR_DIGIT.test(s[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/**
 * A closing mark with nothing open whose stretch is no one's words: the close of a name whose opening mark was lost,
 * coordinated with the next quoted name («… هاتفي X" و"Y"»), or the reporter's own sentence, opening with a speech
 * verb and its subject («وأوضحت وسائل الإعلام أن …"»: a quote does not open with the verb that reports it).
 */
function strayNotQuote(ctx: Context, cand: Candidate): boolean {
  const text = ctx.article.text;
  let k = cand.stretch.close + 1;
  while (k < text.length && (text[k] === ' ' || text[k] === '\u00A0')) k++;
  const conj = ctx.conjunctions;
  const next = ctx.tokens(k, Math.min(text.length, k + 4));
  if (next.length >= 2 && next[0].kind === 'word' && conj.has(next[0].fold) && isMarkToken(next[1])) return true;
  if (!ctx.rules.verbFirst) return false;
  const inside = ctx.tokens(cand.start, Math.min(cand.end, cand.start + 40));
  const cue = inside.length > 1 ? ctx.cueAt(inside, 0) : undefined;
  return !!cue && cue.role === 'verb' && !cue.present && !cue.needsClause && inside[1].kind === 'word' && !ctx.complementisers.has(inside[1].fold);
}

/** Definite words a naming noun may have between it and the quoted name («موقع التواصل الاجتماعي «…»», «وكالة الأنباء السعودية الرسمية «…»»). */
const NAMING_NOUN_MODIFIERS = 3;

/** Tokens before a naming noun in which a speech cue makes the noun phrase the cue's subject or object («وقال مدير هيئة الرقابة «…»»). */
const NAMING_NOUN_CUE_TOKENS = 3;

/** A figure opening a stretch: «26 عاما», «18 إلى 20». */
const FIGURE_OPENING = /^[\s\u00A0]*[0-9\u0660-\u0669\u06F0-\u06F9]/u;

/**
 * Whether the stretch is an indefinite noun (no cue, particle or verb of the present) in construct with a definite word
 * or a place named by a location actor, the noun a naming head or a place-name opener (`QuoteRules.nameOpeners`) or,
 * before a place, any noun: «سد النهضة», «وادي الظهران», «صحة حائل».
 */
function constructName(ctx: Context, cand: Candidate, inside: readonly Token[]): boolean {
  const cs = ctx.rules.constructState;
  const [head, next] = inside;
  if (!cs || !head || !next || head.kind !== 'word' || next.kind !== 'word' || inside.some((t) => t.kind !== 'word')) return false;
  if ((cs.isDefinite(head.fold) && !ctx.nameHeads.has(head.fold)) || ctx.cue(head) || ctx.stops.has(head.fold) || ctx.complementisers.has(head.fold) || ctx.conjunctions.has(head.fold)) return false;
  const place = mentionsOverlapping(ctx.index, next.start, next.end).some((m) => m.actor.type === 'location' && m.start <= next.start && m.end >= next.end);
  const opener = ctx.nameHeads.has(head.fold) || ctx.nameOpeners.has(head.fold);
  if (opener && (cs.isDefinite(next.fold) || place)) return true;
  // (Before a place, not a verb of the present or the first person: «نحب الرياض», «يزور جدة».)
  return place && !/^[\u064A\u0646\u0623]/u.test(head.fold);
}

/**
 * Whether the stretch opens a list of at least three quoted names joined by a conjunction («مثل «…» و«…» و«…»»): the
 * later ones follow a named stretch (`coordinatedTitle`); the first is seen from the chain after it.
 */
function opensQuotedList(ctx: Context, cand: Candidate): boolean {
  const text = ctx.article.text;
  const after = ctx.tokens(cand.stretch.close + 1, Math.min(text.length, cand.stretch.close + 160));
  let links = 0;
  let j = 0;
  while (links < 2) {
    // a conjunction, an opening mark, a few words, a closing mark
    if (after[j]?.kind !== 'word' || !ctx.conjunctions.has(after[j].fold) || !after[j + 1] || !isMarkToken(after[j + 1])) return false;
    let c = j + 2;
    while (c < after.length && after[c].kind === 'word' && c - (j + 2) <= LISTED_NAME_WORDS) c++;
    if (c === j + 2 || !after[c] || !isMarkToken(after[c])) return false;
    links++;
    j = c + 1;
  }
  return true;
}

/** Whether the stretch opens with a given name (`unknownNames.givenNames`, or a compound «عبد…») and goes on with name-like words only. */
function opensWithGivenName(ctx: Context, cand: Candidate): boolean {
  if (ctx.givenNames.size === 0) return false;
  const ws = ctx.tokens(cand.start, cand.end);
  if (ws.length === 0 || ws.some((t) => t.kind !== 'word')) return false;
  const prefix = ctx.rules.unknownNames?.compoundPrefix;
  const first = ws[0].fold;
  // («على علم بالوضع»: a preposition folded like a given name, «علي», opens a phrase.)
  const given = !ctx.stops.has(first) && (ctx.givenNames.has(first) || (!!prefix && first.startsWith(prefix) && first.length > prefix.length + 2));
  if (!given) return false;
  // («محمد رسول الله», «عبدالله بخير», «سلطان يعود»: a title word, a cue, a particle, a word on a clitic or a verb of the
  // present after it makes a clause or a description. A name goes on with given names, «بن», a family name.)
  const cs = ctx.rules.constructState;
  const nameWord = (t: Token) =>
    ctx.givenNames.has(t.fold) || (!!cs && cs.isDefinite(t.fold)) || (ctx.article.pack.stems(t.fold).length === 1 && !/^[\u064A\u062A]/u.test(t.fold));
  return ws.slice(1).every((t) => nameWord(t) && !ctx.cue(t) && !ctx.stops.has(t.fold) && !ctx.complementisers.has(t.fold) && !ctx.conjunctions.has(t.fold) && !(ctx.notNames?.has(t.fold) ?? false));
}

/** Whether `before` (tokens up to the opening mark) ends in an indefinite naming noun and one or two definite words. */
function namingNounBefore(ctx: Context, before: readonly Token[], cs: NonNullable<QuoteRules['constructState']>): boolean {
  let k = before.length - 1;
  let modifiers = 0;
  // (A naming noun that only looks definite, its first letters those of the article on a clitic — «وكالة» — is the noun.)
  const definite = (t: Token) => cs.isDefinite(t.fold) && !ctx.nameHeads.has(t.fold);
  while (k >= 0 && modifiers < NAMING_NOUN_MODIFIERS && before[k].kind === 'word' && definite(before[k]) && !ctx.stops.has(before[k].fold)) {
    k--;
    modifiers++;
  }
  if (modifiers === 0 || k < 0 || before[k].kind !== 'word' || definite(before[k])) return false;
  // The noun is a preposition's object, written on it («بموقع») or after it («على منصة»), not a verb's subject with a
  // one-word quote after its name («وانتقدت هيئة الرقابة «تقاعس» الجهات»).
  const noun = before[k];
  const onPreposition = /^[\u0628\u0644\u0643]/u.test(noun.fold) && !ctx.nameHeads.has(noun.fold) && ctx.article.pack.stems(noun.fold).some((x) => x !== noun.fold && x.length < noun.fold.length && ctx.nameHeads.has(x));
  const afterPreposition = k > 0 && before[k - 1].kind === 'word' && ctx.stops.has(before[k - 1].fold) && ctx.has(ctx.nameHeads, noun);
  // («في تصريح نشرته وكالة الأنباء الرسمية «…»»: the object or subject of a verb that reports no speech, with no title
  // word before it («وقال رئيس هيئة الرقابة «…»» is a speaker phrase) and no speech cue a few words before.)
  let plain = k > 0 && before[k - 1].kind === 'word' && ctx.has(ctx.nameHeads, noun) && !(ctx.notNames?.has(before[k - 1].fold) ?? true) && !ctx.complementisers.has(before[k - 1].fold);
  for (let c = k - 1; plain && c >= 0 && c >= k - NAMING_NOUN_CUE_TOKENS; c--) if (before[c].kind === 'word' && ctx.cue(before[c])) plain = false;
  return onPreposition || afterPreposition || plain;
}

/** Quotation marks around a name, a title or a term: not a quote. */
function isNameOrTitle(ctx: Context, cand: Candidate): boolean {
  if (cand.stretch.how === 'stray-close') return strayNotQuote(ctx, cand);
  // One word of the pack's never-a-name list on its own (an adverb, a title, a head noun: «مثلا», «الوزير», «حكومة»)
  // stands out a word of the writer's, not someone's words (verb-first languages with `unknownNames`).
  if (cand.words === 1 && ctx.rules.verbFirst && ctx.notNames) {
    const only = ctx.tokens(cand.start, cand.end).filter((t) => t.kind === 'word');
    if (only.length === 1 && only[0].fold.length >= 3 && ctx.notNames.has(only[0].fold)) return true;
  }
  // Verb-first languages: the same words the article already set in marks as a name or a title («مبادرة «X»» … «أن «X»
  // تعد»; «باسم «X»» … «أن «X» تعتزم»): the same name again, not someone's words.
  if (ctx.rules.verbFirst && cand.words <= LISTED_NAME_WORDS && ctx.namedStretchTexts.has(ctx.article.pack.fold(cand.text.trim()))) return true;
  // One letter or digit on its own is a label («الليج «آ»», «الخطة «ب»», «المجموعة "C"»), never someone's words.
  if (cand.words === 1 && cand.text.trim().replace(/[\p{M}\u0640]/gu, '').length === 1) return true;
  // The whole stretch is an actor's name (a mention covering it, or equal to a name or alias).
  if (cand.words <= 8 && ctx.byName(cand.text)) return true;
  // A person named earlier by a speaker phrase the actors missed («وذكرت الصحيفة أن «فلانة» واحدة من …»).
  if (cand.words <= MAX_SHORT_WORDS && ctx.unknownPersons.has(ctx.fold(cand.text.trim()))) return true;
  if (mentionsOverlapping(ctx.index, cand.start, cand.end).some((m) => m.start <= cand.start && m.end >= cand.end)) return true;
  // Title Case in a script with capitals: a show, book or slogan («Meet the Press», "Make America Great Again").
  if (ctx.rules.titleCaseIsTitle && cand.words >= 2 && cand.words <= 6 && isTitleCase(cand.text, ctx)) return true;
  // A short stretch opening with a naming noun is a title: «نظام إصدار الوثائق», "Operation Desert Storm".
  const inside = ctx.tokens(cand.start, Math.min(cand.end, cand.start + 40));
  // («الشركة المنفذة تتحمل المسؤولية»: a definite noun opening four words or more starts a sentence, not a title.)
  const definiteOpening = cand.words > MAX_SHORT_WORDS && !!inside[0] && !!ctx.rules.constructState?.isDefinite(inside[0].fold);
  if (cand.words <= 5 && inside[0] && inside[0].kind === 'word' && ctx.has(ctx.titleCues, inside[0]) && !definiteOpening) return true;
  // Verb-first languages: «سد النهضة», «وادي الظهران», «صحة حائل», «جوازات الرياض»: two words, an indefinite
  // noun in construct with a definite word or a place, opening with a naming noun or a place-name opener (or, with a
  // place, any noun: a local branch named after its city), are a proper name.
  // (Two words only: a third after a definite one is mostly an adjective of a phrase, «منصة اليسارية التقليدية».)
  if (ctx.rules.verbFirst && cand.words === 2 && constructName(ctx, cand, inside)) return true;
  // A title cue right before the mark: حزب «…», مؤتمر «…», so-called "…", the film "…".
  const before = ctx.tokens(Math.max(0, cand.stretch.open - 40), cand.stretch.open);
  // A short quote right after «لـ» or «سؤال» names the outlet spoken to: «وقال لـ«الوطن»».
  const lastTok = before[before.length - 1];
  if (cand.words <= MAX_SHORT_WORDS && lastTok && lastTok.kind === 'word' && ctx.addressee.has(lastTok.fold)) return true;
  // «أكد في تصريحاته إلى «الوطن» أن …», «تحدث إلى «عكاظ»»: a preposition after a speech noun names the outlet spoken
  // to. (Not after any speech verb: «وأشار إلى «…»» introduces what was said.)
  const speechBefore = before[before.length - 2];
  if (cand.words <= MAX_SHORT_WORDS && lastTok && lastTok.kind === 'word' && ctx.addresseePrepositions.has(lastTok.fold) && speechBefore?.kind === 'word' && ctx.has(ctx.addresseeNouns, speechBefore)) return true;
  // «سهم «…»», «ملعب «…»», «عقار «…»»: an indefinite naming noun right before a short stretch heads it as its name.
  const cs0 = ctx.rules.constructState;
  // «بشبهة «الإرهاب»», «مواجهة «التستر التجاري»»: a short stretch of definite words only, right after an indefinite noun
  // (no cue, particle or name), is that noun's genitive in construct: a term; and «أن «العالمي» يستحق»: one
  // definite word right after a complementiser that the clause goes on after is its subject, a name or a term (two
  // words may be the speaker's own expression: «قال إن «القوى السوداء» تنشر …»).
  if (cs0 && ctx.rules.verbFirst && cand.words <= MAX_SHORT_WORDS && lastTok?.kind === 'word' && definiteOnly(ctx, cand, cs0)) {
    const construct = !cs0.isDefinite(lastTok.fold) && lastTok.fold.length >= 3 && !ctx.cue(lastTok) && !ctx.stops.has(lastTok.fold) && !ctx.complementisers.has(lastTok.fold) && !ctx.conjunctions.has(lastTok.fold) && !ctx.transparent.has(lastTok.fold) && !ctx.has(ctx.anonymous, lastTok) && !ctx.has(ctx.documents, lastTok) && mentionsOverlapping(ctx.index, lastTok.start, lastTok.end).length === 0;
    const next = ctx.tokens(cand.stretch.close + 1, Math.min(ctx.article.text.length, cand.stretch.close + 20))[0];
    const clauseSubject = cand.words === 1 && ctx.complementisers.has(lastTok.fold) && next?.kind === 'word' && !ctx.conjunctions.has(next.fold);
    if (construct || clauseSubject) return true;
  }
  // «في سرد تفاصيل تلك «الشنة»»: a demonstrative before a short definite stretch points at the writer's term.
  if (cs0 && cand.words <= MAX_SHORT_WORDS && lastTok?.kind === 'word' && inside[0]?.kind === 'word' && ctx.rules.demonstratives?.includes(lastTok.fold) && cs0.isDefinite(inside[0].fold)) return true;
  if (cs0 && cand.words <= LISTED_NAME_WORDS && lastTok && lastTok.kind === 'word' && !cs0.isDefinite(lastTok.fold) && (ctx.has(ctx.nameHeads, lastTok) || possessedHead(ctx, lastTok))) return true;
  // «بموقع التواصل الاجتماعي «…»», «على منصة التواصل «…»»: the same naming noun with one or two definite words of its
  // own after it, before one indefinite word (a body's subject with its short quote, «وزارة الصحة «…»», has more).
  // (So do a few words, the short name or initials of what the noun and its words name: «وكالة الأنباء الرسمية «واس»»,
  // «لهيئة الإذاعة البريطانية «بي بي سي»».)
  if (cs0 && cand.words <= MAX_SHORT_WORDS && inside[0]?.kind === 'word' && !cs0.isDefinite(inside[0].fold) && namingNounBefore(ctx, before, cs0)) return true;
  // «تلقى عرضا من أحمد حسن «ميدو»»: one or two words right after a person's name that no speech verb opens are a
  // nickname (verb-first languages: «وأضاف فلان «…»» has the verb right before the name).
  if (ctx.rules.verbFirst && cand.words <= NICKNAME_WORDS && nicknameAfterName(ctx, cand)) return true;
  // «أكثر من «90%»», «مبلغ «25» ألف ريال»: a stretch without a letter is a figure, not somebody's words.
  if (!/\p{L}/u.test(cand.text)) return true;
  // Verb-first languages: «المتهم «26 عاما» سافر», «السور «18 إلى 20»»: a short stretch opening with a figure is a
  // quantity (an age, a range, an amount with its unit), not somebody's words.
  if (ctx.rules.verbFirst && cand.words <= MAX_SHORT_WORDS && FIGURE_OPENING.test(cand.text)) return true;
  // «علاج طفلها «منصور»», «اعتقلت الشابة «نورة الحربي»», «باستشهاد «فهد»»: a short stretch opening with a given name,
  // the rest name-like words, is a person's name (verb-first languages with `unknownNames`).
  if (ctx.rules.verbFirst && cand.words <= MAX_SHORT_WORDS && opensWithGivenName(ctx, cand)) return true;
  // «بمصاحبة «…» الذي …»: a short stretch a relative clause describes is a noun, the name of what it describes.
  if (cand.words <= MAX_SHORT_WORDS && ctx.rules.verbFirst) {
    const next = ctx.tokens(cand.stretch.close + 1, Math.min(ctx.article.text.length, cand.stretch.close + 20))[0];
    if (next && next.kind === 'word' && ctx.relatives.has(next.fold)) return true;
  }
  // A nickname between a given name and a surname: David "Fathead" Newman, Earvin "Magic" Johnson.
  if (ctx.rules.titleCaseIsTitle && cand.words <= 2 && isNicknameSlot(ctx, cand, lastTok)) return true;
  // The cue may stand one word (a determiner or preposition) before the mark: «dubbed a "…"», «ما يعرف بـ«…»».
  for (let k = before.length - 1; k >= 0 && k >= before.length - 2; k--) {
    const t = before[k];
    // «نشرته الوكالة إن «…»»: a complementiser opens reported speech; a title noun before it names nothing quoted.
    if (t.kind !== 'word' || ctx.complementisers.has(t.fold)) break;
    // («وأبلغ فلان الصحيفة «…»», «وقالت الشركة «…»»: a definite title noun before a stretch longer than a name is the
    // verb's subject or object, and the stretch what was said.)
    if (ctx.has(ctx.titleCues, t) && !(ctx.rules.verbFirst && cand.words > LISTED_NAME_WORDS && !!ctx.rules.constructState?.isDefinite(t.fold)) && !judgedTitleNoun(ctx, cand, before, k)) return true;
    // («وتأخر المشروع سنوات «…»»: in a verb-first language only a preposition may stand between the cue and a
    // quote longer than a term.)
    if (ctx.rules.verbFirst && cand.words > MAX_SHORT_WORDS && !ctx.stops.has(t.fold)) break;
  }
  // «المواطن 51 «عاماً»»: one word right after a figure is its unit (verb-first languages).
  if (ctx.rules.verbFirst && cand.words === 1 && lastTok && lastTok.end >= cand.stretch.open - 1 && FIGURE_OPENING.test(lastTok.text) && !/\p{L}/u.test(lastTok.text)) return true;
  // «أوشان كوميرشال بنك», «نيويورك تايمز»: a few words closing with a head written last in transliterated names (a
  // bank, a group, a corporation, a newspaper) are a name (`QuoteRules.trailingNameHeads`).
  if (cand.words >= 2 && cand.words <= MAX_SHORT_WORDS + 1 && ctx.trailingHeads.size > 0) {
    const ws = ctx.tokens(cand.start, cand.end).filter((t) => t.kind === 'word');
    if (ws.length >= 2 && ctx.trailingHeads.has(ws[ws.length - 1].fold)) return true;
  }
  // «وقال «المرصد السوري لحقوق الإنسان»: إنه …», «وأكدت «الهيئة الوطنية» أن …»: a few words right after a speech verb and
  // right before the colon or complementiser that opens what was said are the verb's subject, a name (verb-first
  // languages).
  if (ctx.rules.verbFirst && cand.words <= LISTED_NAME_WORDS && lastTok?.kind === 'word' && ctx.cue(lastTok)?.role === 'verb') {
    const next = ctx.tokens(cand.stretch.close + 1, Math.min(ctx.article.text.length, cand.stretch.close + 20))[0];
    if (next && (next.text === ':' || (next.kind === 'word' && ctx.complementisers.has(next.fold)))) return true;
  }
  // «أجهزة مثل «…»», «من قبيل «…»», «أبرزها «…»»: a few words right after a word introducing an example or an item are a
  // name or a term (verb-first languages).
  if (ctx.rules.verbFirst && cand.words <= LISTED_NAME_WORDS && lastTok?.kind === 'word' && ctx.has(ctx.exampleMarkers, lastTok)) return true;
  // «الإمام «البخاري»», «اللاعب «الساحر»»: one or two definite words right after a title that no speech cue opens are
  // the person's name or by-name (verb-first languages; «وقال الفنان «…»» has the cue before the title).
  if (cs0 && ctx.rules.verbFirst && cand.words <= 2 && lastTok?.kind === 'word' && ctx.nameTitles.has(lastTok.fold) && definiteOnly(ctx, cand, cs0)) {
    const prev = before[before.length - 2];
    if (!prev || prev.kind !== 'word' || (!ctx.cue(prev) && !ctx.transparent.has(prev.fold))) return true;
  }
  // «أسماء عالمية مثل «…» و«…» و«…»»: the first of three or more short quoted stretches joined by «و» is a list's first
  // name (verb-first languages; two quoted words joined, «بأنه «تاريخي» و«شجاع»», may be someone's words).
  if (ctx.rules.verbFirst && cand.words <= MAX_SHORT_WORDS && opensQuotedList(ctx, cand)) return true;
  // «منظمات «…» و«…» و«…»»: a stretch joined by «و» to a quoted name or title right before it is one too.
  const prevClose = before[before.length - 2];
  if (cand.words <= LISTED_NAME_WORDS && lastTok && lastTok.kind === 'word' && ctx.conjunctions.has(lastTok.fold) && prevClose && isMarkToken(prevClose) && ctx.namedStretchEnds.has(prevClose.start)) return true;
  // «والمتعلق ببيان «…»», «تقرير «…»»: a short stretch right after a document noun in construct state is the
  // document's title. (Languages without it: «found the letter "troubling"» is a predicate, someone's word.)
  const cs = ctx.rules.constructState;
  if (cs && cand.words <= MAX_SHORT_WORDS && lastTok && lastTok.kind === 'word' && !cs.isDefinite(lastTok.fold) && ctx.has(ctx.documents, lastTok)) return true;
  if (cand.words <= LISTED_NAME_WORDS && inSpeakerPhrase(ctx, cand, before)) return true;
  return cand.words <= MAX_SHORT_WORDS && coordinatedTitle(ctx, before);
}

/** Whether every word of the stretch is definite («التستر التجاري», «الإرهاب»). */
function definiteOnly(ctx: Context, cand: Candidate, cs: NonNullable<QuoteRules['constructState']>): boolean {
  const ws = ctx.tokens(cand.start, cand.end).filter((t) => t.kind === 'word');
  return ws.length > 0 && ws.every((t) => cs.isDefinite(t.fold));
}

/**
 * «He called the film "crude and cynical"», «described the show as "a mess"»: a title noun that is the object of a verb
 * of calling or judging (a speech cue taking an object, one determiner between) before a stretch opening in lower case
 * is what the stretch is said of, not its name: the stretch is the subject's words. (Scripts with capitals only: «the
 * film "Sins"», «called the song "Yellow"» keep their capital and stay titles.)
 */
function judgedTitleNoun(ctx: Context, cand: Candidate, before: readonly Token[], k: number): boolean {
  if (!ctx.rules.titleCaseIsTitle || !/^\P{L}*\p{Ll}/u.test(cand.text)) return false;
  let v = k - 1;
  if (v >= 0 && isDeterminer(before[v])) v--;
  const cue = v >= 0 && before[v].kind === 'word' ? ctx.cue(before[v]) : undefined;
  return !!cue && cue.role === 'verb' && !!cue.takesObject;
}

/** Words of a nickname in quotation marks after a name («أحمد حسن «ميدو»»). */
const NICKNAME_WORDS = 2;

/** Whether a person's mention ends right before the stretch's opening mark, with no speech verb right before the mention. */
function nicknameAfterName(ctx: Context, cand: Candidate): boolean {
  const open = cand.stretch.open;
  // (Also a body's short name or initials right after its full name: «مؤسسة الملك عبدالعزيز للموهبة والإبداع «موهبة»»;
  // not after a document, «بيان لوزارة الصحة «…»», nor a body named as written by an unnamed source.)
  const m = mentionsOverlapping(ctx.index, Math.max(0, open - 3), open).find((x) => (x.actor.type === 'person' || x.actor.type === 'organization') && x.end <= open && !/\S/u.test(ctx.article.text.slice(x.end, open)));
  if (!m) return false;
  const lead = ctx.tokens(Math.max(0, m.start - 40), m.start);
  const prev = lead[lead.length - 1];
  if (m.actor.type === 'organization' && (!prev || prev.kind !== 'word' || ctx.has(ctx.documents, prev) || ctx.has(ctx.anonymous, prev) || ctx.stops.has(prev.fold) || /^[\u0644\u0628]/u.test(ctx.article.text.slice(m.start, m.start + 1)))) return false;
  // A speech verb, a comma or a colon before the name makes it the subject of what follows.
  // («وقال إن الحربي «رجل المرحلة»»: after a complementiser the name is the subject of a reported clause.)
  if (!(!!prev && prev.kind === 'word' && !ctx.cue(prev) && !ctx.transparent.has(prev.fold) && !ctx.conjunctions.has(prev.fold) && !ctx.complementisers.has(prev.fold))) return false;
  // («وقال وزير المالية فلان «…»», «وقال الشيخ فلان «…»»: the title before the name, back to a speech verb, makes the
  // name its subject too (verb-first languages with `unknownNames`: title words are never name words).
  const cs = ctx.rules.constructState;
  for (let k = lead.length - 1; k >= 0 && k >= lead.length - NICKNAME_TITLE_WORDS; k--) {
    const t = lead[k];
    if (t.kind !== 'word') break;
    if (ctx.cue(t)) return false;
    if (!(ctx.notNames?.has(t.fold) || ctx.honorifics.has(t.fold) || (cs && cs.isDefinite(t.fold) && !ctx.stops.has(t.fold)))) break;
  }
  return true;
}

/** Words of a title a speech verb may stand before, ahead of the name a short stretch follows («وقال وزير المالية فلان «…»»). */
const NICKNAME_TITLE_WORDS = 5;

/** «حصانه «…»», «فرعها «…»»: a naming noun with a possessive suffix (the pack takes the suffix off) heads the name too. */
function possessedHead(ctx: Context, t: Token): boolean {
  const bases = ctx.article.pack.possessedBases;
  if (!bases || ctx.nameHeads.size === 0) return false;
  for (const stem of ctx.article.pack.stems(t.fold)) for (const base of bases(stem)) if (ctx.nameHeads.has(base)) return true;
  return false;
}

/** Words a saying noun may stand before a quoted stretch («قوله تعالى في سورة البقرة «…»»). */
const SAYING_NOUN_WORDS = 5;

/** Whether a saying noun (`QuoteRules.sayingNouns`) stands among the last few words before the opening mark. */
function afterSayingNoun(ctx: Context, before: readonly Token[]): boolean {
  // (Tokens, not only words, are counted: a run of marks is looked at a few tokens deep.)
  for (let k = before.length - 1; k >= 0 && k >= before.length - 2 * SAYING_NOUN_WORDS; k--) {
    const t = before[k];
    if (t.kind === 'word' && ctx.has(ctx.sayingNouns, t)) return true;
  }
  return false;
}

/**
 * A capitalised stretch with a capitalised word written right before its opening mark and right after its closing one,
 * in running text: the words around those two are not capitalised too (a Title Case line such as «Mayor Calls Bridge
 * "Unsafe" In Letter» quotes a word).
 */
function isNicknameSlot(ctx: Context, cand: Candidate, lastTok: Token | undefined): boolean {
  const text = ctx.article.text;
  const { open, close } = cand.stretch;
  const capitalWord = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
  if (!lastTok || !capitalWord(lastTok) || lastTok.end !== open - 1 || !/^\p{Lu}/u.test(cand.text)) return false;
  const [next, afterNext] = ctx.tokens(close + 1, Math.min(text.length, close + 60));
  if (!capitalWord(next) || next.start !== close + 2 || capitalWord(afterNext)) return false;
  const before = ctx.tokens(Math.max(0, lastTok.start - 30), lastTok.start);
  return !capitalWord(before[before.length - 1]);
}

/** Words of a speaker phrase on either side of a body named in marks («وقال فلان رئيس «…» في لندن: «…»»). */
const PHRASE_SIDE_WORDS = 5;

/**
 * Verb-first languages: a short stretch inside a speaker phrase, after a speech verb and its subject's words and
 * before a few more words and the colon or complementiser that open what was said («وقال فلان رئيس «X» في لندن:
 * «…»», «ويقول فلان العضو المنتدب في «X» إنه …»), names the speaker's body, not a quote.
 */
function inSpeakerPhrase(ctx: Context, cand: Candidate, before: readonly Token[]): boolean {
  if (!ctx.rules.verbFirst) return false;
  let k = before.length - 1;
  let words = 0;
  // «ويشير فلان، من «X»، إلى أن …»: a preposition right before the mark gives the speaker's body (his affiliation), set
  // off by commas from the name and from what was said.
  const affiliation = k >= 0 && before[k].kind === 'word' && ctx.stops.has(before[k].fold);
  for (; k >= 0 && words <= PHRASE_SIDE_WORDS; k--) {
    const t = before[k];
    if (affiliation && isComma(t)) continue;
    if (t.kind !== 'word') return false;
    if (ctx.complementisers.has(t.fold)) return false;
    if (ctx.cue(t)) break;
    words++;
  }
  // The verb, then at least the subject's word before the mark.
  if (k < 0 || words < 2 || words > PHRASE_SIDE_WORDS) return false;
  const after = ctx.tokens(cand.stretch.close + 1, Math.min(ctx.article.text.length, cand.stretch.close + 80));
  for (let j = 0, n = 0; j < after.length && n <= PHRASE_SIDE_WORDS; j++) {
    const t = after[j];
    if (affiliation && isComma(t)) continue;
    if (t.kind === 'punct') return t.text === ':' && !!after[j + 1] && isMarkToken(after[j + 1]);
    // («وقال مدير الإدارة "فلان فلاني" إن …»: right before the complementiser, only a person's name.)
    if (ctx.complementisers.has(t.fold)) return n > 0 || (nameSlotAfter(ctx, before[before.length - 1]) && !personEndsAt(ctx, before[before.length - 1]) && personNameWords(ctx, ctx.tokens(cand.start, cand.end)));
    if (ctx.cue(t)) return false;
    n++;
  }
  return false;
}
/** Words of a title's complement that may stand between the body it names and the holder's name in marks. */
const TITLE_COMPLEMENT_WORDS_AFTER_BODY = 3;
/** Words a name in a list of quoted names may have («…» و«الشبكة الدولية للدفاع عن حقوق الإنسان»). */
const LISTED_NAME_WORDS = 6;

/**
 * «هاتفي "…" و"…"», «the films "…" and "…"»: a short stretch coordinated with a quoted title right before it is a
 * title too. `before` ends at the opening mark: a conjunction, the earlier stretch's marks, a title cue before it.
 */
function coordinatedTitle(ctx: Context, before: readonly Token[]): boolean {
  let k = before.length - 1;
  if (k < 3 || before[k].kind !== 'word' || !ctx.conjunctions.has(before[k].fold)) return false;
  const close = before[--k];
  if (close.kind !== 'punct' || !QUOTE_MARK.test(close.text)) return false;
  for (let j = k - 1; j >= 1 && j >= k - MAX_SHORT_WORDS - 1; j--) {
    const t = before[j];
    if (t.kind !== 'punct') continue;
    if (!QUOTE_MARK.test(t.text)) return false;
    const cue = before[j - 1];
    return cue.kind === 'word' && ctx.has(ctx.titleCues, cue);
  }
  return false;
}
const QUOTE_MARK = /^["«»\u201C\u201D]$/u;

const SMALL_TITLE_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'or', 'from']);

function isTitleCase(text: string, ctx: Context): boolean {
  const words = text.split(/[^\p{L}\p{N}'\u2019-]+/u).filter((w) => /\p{L}/u.test(w));
  let capitals = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) capitals++;
    else if (!SMALL_TITLE_WORDS.has(ctx.fold(w))) return false;
  }
  return capitals >= 2;
}

function tweetQuote(ctx: Context, tw: TweetBlock): Quote {
  const actor = ctx.byName(tw.handle) ?? ctx.byName(tw.author) ?? mentionsOverlapping(ctx.index, tw.signatureSpan[0], tw.signatureSpan[1])[0]?.actor ?? null;
  return {
    text: ctx.article.text.slice(tw.span[0], tw.span[1]),
    span: tw.span,
    speaker: actor?.name ?? null,
    speakerText: ctx.article.text.slice(tw.signatureSpan[0], tw.signatureSpan[1]),
    speakerSpan: tw.signatureSpan,
    kind: 'block',
    rule: 'quote:tweet-signature; speaker:tweet-signature',
  };
}

/** Words a headline fragment may have to count as a name's tail. */
const NAME_TAIL_WORDS = 3;

/**
 * Whether the folded key occurs in the body (at least once) and each time closes a longer noun phrase: written on a
 * clitic or inside a word («والمقاييس»), after a naming noun («مهرجان …»), or, for a definite key, after a definite word
 * it qualifies («التعليم الموازي»).
 */
function tailOfNameEverywhere(ctx: Context, folded: string, key: string): boolean {
  const cs = ctx.rules.constructState;
  if (!cs || countWords(key) > NAME_TAIL_WORDS) return false;
  const letter = (c: string | undefined) => !!c && LETTER_OR_DIGIT.test(c);
  let seen = 0;
  for (let k = folded.indexOf(key, ctx.article.bodyStart); k >= 0; k = folded.indexOf(key, k + key.length)) {
    if (letter(folded[k + key.length])) continue; // a longer word: not this key
    seen++;
    if (letter(folded[k - 1])) continue; // on a clitic or inside a word
    // The word before, skipping a quotation mark and spaces.
    let e = k - 1;
    while (e >= 0 && !letter(folded[e])) {
      if (folded[e] === '\n' || CLAUSE_PUNCT.has(folded[e])) return false;
      e--;
    }
    let b = e;
    while (b > 0 && letter(folded[b - 1])) b--;
    const prev = folded.slice(b, e + 1);
    if (!prev) return false;
    const stems = ctx.article.pack.stems(prev);
    if (!cs.isDefinite(prev) && stems.some((x) => ctx.nameHeads.has(x) || ctx.titleCues.has(x))) continue;
    if (cs.isDefinite(key) && cs.isDefinite(prev) && !ctx.stops.has(prev) && !ctx.cues.has(prev)) continue;
    return false;
  }
  return seen > 0;
}

/** Times a headline fragment must stand bare in the body to be a name or a term rather than someone's words. */
const UNQUOTED_NAME_REPEATS = 2;

/** A quoted fragment in the headline: the body quote that repeats it, or the speaker of the body sentence using the words. */
function headlineQuote(ctx: Context, frag: Candidate, quotes: readonly Quote[]): Quote {
  const key = ctx.article.pack.fold(frag.text.trim());
  const base: Quote = { text: frag.text, span: [frag.start, frag.end], speaker: null, speakerText: null, speakerSpan: null, kind: 'partial', rule: 'quote:headline; speaker:headline-fragment' };
  // (Words that fold to nothing, «“ـ»: no key to look for; searching the empty string would never move on.)
  if (key === '') return base;
  const folded = ctx.article.pack.fold(ctx.article.text);
  // A name or a term the body writes again and again without quotation marks, outside its quotes («بـ«سوق عكاظ»» in
  // the headline, «سوق عكاظ» in every paragraph), is not the words of a speaker.
  // (One word is left alone: «his toughest budget» repeats an adjective the headline quotes as someone's.)
  let bare = /\s/u.test(key) ? 0 : -Infinity;
  for (let k = folded.indexOf(key, ctx.article.bodyStart); k >= 0 && bare < UNQUOTED_NAME_REPEATS; k = folded.indexOf(key, k + key.length)) {
    if (!isMark(folded[k - 1] ?? '') && !isMark(folded[k - 2] ?? '') && !quotes.some((q) => k >= q.span[0] && k < q.span[1])) bare++;
  }
  // A person the quotes stage named since the headline was read («وقالت «فلانة» إن»): a name, not a quote.
  if (bare >= UNQUOTED_NAME_REPEATS || ctx.unknownPersons.has(key)) return base;
  // The body writes the same words in quotation marks that it uses as a name or a title («هاتفي «X»», «فئة «X»»):
  // a name in the headline too.
  if (ctx.namedStretchTexts.has(key)) return base;
  // Every time the body writes the words, they close a longer name or noun phrase («مهرجان صيف البحرين», «التعليم
  // الموازي», «للمواصفات والمقاييس والجودة»): a name or a term, whoever's quote holds it (verb-first languages).
  if (ctx.rules.verbFirst && tailOfNameEverywhere(ctx, folded, key)) return base;
  const repeat = quotes.find((q) => q.span[0] >= ctx.article.bodyStart && ctx.article.pack.fold(q.text).includes(key));
  if (repeat) return { ...base, speaker: repeat.speaker };
  let at = folded.indexOf(key, Math.max(ctx.article.bodyStart, frag.end));
  for (let tries = 0; at >= 0 && tries < 5; tries++) {
    const sentence = ctx.article.sentences.find((s) => s.start <= at && s.end > at);
    if (sentence) {
      const toks = ctx.tokens(sentence.start, at);
      const finding = speakerBefore(ctx, toks, at);
      if (finding?.actor) return { ...base, speaker: finding.actor.name };
    }
    at = folded.indexOf(key, at + key.length);
  }
  // Words the body never repeats sum up the lead («Millions 'to lose jobs'» over «…, a charity has warned»): the
  // speaker of the first body sentence, when a named actor speaks there (subject-first languages).
  if (at < 0 && !ctx.rules.verbFirst) {
    const lead = ctx.article.sentences.find((s) => s.start >= ctx.article.bodyStart && /\p{L}/u.test(ctx.article.text.slice(s.start, s.end)));
    const spoke = lead ? ctx.history.find((h) => h.at >= lead.start && h.at < lead.end) : undefined;
    if (spoke?.actor) return { ...base, speaker: spoke.actor.name };
  }
  return base;
}
