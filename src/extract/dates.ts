/**
 * Time expressions: find them with the language packs' tables, resolve them against the publication date.
 *
 * How it works (one linear pass over word tokens, produced on demand and forgotten behind the cursor):
 * 1. Tokens are classified into *atoms* by the packs' lexicons (a trie over folded words, tried on the
 *    clitic-free stems of the first word), by the shape of number tokens (10, 3rd, 1990s, 10am, 1436هـ)
 *    and by one bounded regular expression for numeric dates (10/6/2020, 18-9-1436هـ, 2020-06-10).
 * 2. At each token a run of atoms is composed into a Frame by a small set of grammar steps (day, month,
 *    year, weekday, shift, count + unit, ago, part of month, paired month names, «الموافق» equivalence…).
 *    The steps are language-independent: word order differences (Arabic «الأسبوع الماضي», English
 *    "last week") are data, as each shift word says on which side of its noun it stands.
 * 3. The Frame is resolved against the anchor (publication date) with news conventions: a bare weekday
 *    is the latest such day on or before publication unless a future cue is nearer; a month without a
 *    year takes the year the shift implies, or the tense when the date would otherwise lie over three
 *    months on the wrong side of publication; Hijri dates are converted with Intl's Umm al-Qura calendar.
 * 4. Context the scan carries forward: a yearless day or month takes the year its sentence already wrote
 *    out («في 1993 … في 31 يوليو»), and «في اليوم نفسه» / «الثامن من الشهر ذاته» take the last day or
 *    month the text named (they stay out when nothing was named).
 *
 * The article's own pack and the English pack are both active, so Latin-script runs inside an Arabic
 * article (tweet signatures such as "June 10, 2020") are found too.
 */
import type { Article, Segment, TimeExpression } from '../types.js';
import type { LanguagePack } from '../lang/pack.js';
import { isPlainPhrase, type Token } from '../text/tokens.js';
import { asciiDigits, foldAny, foldArabic } from '../text/normalise.js';
import { dates as latinDates } from '../lang/en/dates.js';

// ───────────────────────────── The data a pack provides ─────────────────────────────

/** TimeML-style units: day, week, month, year, decade, century, hour, minute, second, quarter. */
export type TimeUnit = 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE' | 'H' | 'MIN' | 'S' | 'Q';
export type Calendar = 'gregory' | 'islamic';

/** What a word (or a fixed phrase) means to the grammar. */
export type DateAtom =
  | { kind: 'month'; month: number; calendar: Calendar; needsSupport?: boolean }
  | { kind: 'weekday'; weekday: number }
  /** An ordinal word that can be a day of the month (الثالث, third). */
  | { kind: 'ordinal'; n: number }
  /** A number word (three, ثلاثة); n null for "several", «بضعة». */
  | { kind: 'count'; n: number | null; onlyBeforeUnit?: boolean }
  /** A unit noun; n for dual/fixed forms (يومين = 2 days, fortnight = 2 weeks); filler when it can also just introduce a name («يوم الثلاثاء», «عام 2000»). */
  | { kind: 'unit'; unit: TimeUnit; n?: number; plural?: boolean; filler?: boolean; definite?: boolean; counted?: boolean }
  /** A day relative to the anchor (yesterday = -1); weak when the word has other common senses («اليوم» = nowadays). */
  | { kind: 'deictic'; days: number; weak?: boolean }
  /**
   * last / this / next, الماضي / الحالي / المقبل; plural for «الماضيين» (the past two …: a duration); alone for
   * "the past" (PAST_REF); position: where the word stands relative to its noun ("last week", «الأسبوع الماضي»).
   */
  | {
      kind: 'shift'; dir: -1 | 0 | 1; plural?: boolean; alone?: 'past' | 'future'; position?: 'before' | 'after';
      /**
       * Counted from the time the story last named, not from publication: "the following year", "the previous
       * day" (always); "the next day" (withArticle: only after "the", and only for a day). needsArticle: without
       * "the" the word is something else ("following the talks" is a preposition).
       */
      anaphoric?: 'always' | 'withArticle'; needsArticle?: boolean;
      /**
       * A demonstrative that names the current unit only before a definite noun: «هذه السنة», «هذا العام» (this year);
       * before an indefinite one it opens a sentence saying what something is («وهذه سنة حميدة», «هذا عام صعب»).
       */
      needsDefiniteNoun?: boolean;
    }
  /**
   * ago / «قبل» / «منذ» / «بعد»: before = written before the amount (Arabic), after = after it (English);
   * narrative for "a year earlier", "34 years later": counted from a time in the story, not from publication.
   */
  /** since: «منذ» + several years reads as "for N years" (a span up to now), not as a past date. */
  | { kind: 'ago'; dir: -1 | 1; position: 'before' | 'after'; narrative?: boolean; since?: boolean; futureOnly?: boolean }
  | { kind: 'part'; part: 'start' | 'mid' | 'end' }
  /** «في اليوم نفسه», «من الشهر ذاته»: the day or month the text last named. */
  | { kind: 'same'; unit: 'D' | 'M' }
  | { kind: 'daypart'; code: 'MO' | 'AF' | 'EV' | 'NI' }
  /** every / each / «كل». */
  | { kind: 'every' }
  /** daily, weekly, «سنويا». */
  | { kind: 'frequency'; unit: TimeUnit }
  /** now, recently, «مؤخرا»: no calendar value (TimeML PRESENT_REF / PAST_REF / FUTURE_REF). */
  | { kind: 'ref'; ref: 'past' | 'present' | 'future' }
  /** about, «نحو»: keeps the value. */
  | { kind: 'approx' }
  /** more than, «أكثر من»: the value is no longer a point. */
  | { kind: 'vague' }
  | { kind: 'era'; calendar: Calendar }
  /** «الموافق»: two writings of one date (Hijri = Gregorian). */
  | { kind: 'equals' }
  /** of, «من», the: glue inside an expression, never at its end. */
  | { kind: 'glue'; initial?: boolean }
  /** «الساعة»: introduces a clock time. */
  | { kind: 'clock' }
  /** A named day: a holiday («عيد الفطر» = 1 Shawwal, Christmas = 25 December) or a date name (9/11). */
  | { kind: 'holiday'; month: number; day: number; calendar: Calendar; year?: number }
  /** The n-th day of the holiday that follows («ثاني أيام عيد الفطر», «اليوم الثاني من عيد الأضحى»). */
  | { kind: 'dayOf'; n: number };

export interface DateExample {
  text: string;
  published: string | null;
  /** The expressions expected, in order: [text, value] (value null = unresolved). Only date/time types are compared unless type is given. */
  expect: Array<[text: string, value: string | null, type?: TimeExpression['type']]>;
}

/** The date data a language pack provides. */
/** What letters written on a number make of it (DateRules.numberSuffixes). */
export type NumberSuffix = { era: Calendar } | { decade: true } | { meridiem: 'am' | 'pm' };

export interface DateRules {
  /** Phrases (space-separated words, written naturally; folded on load) and their meanings. Built lazily. */
  lexicon: () => ReadonlyArray<readonly [phrase: string, atom: DateAtom]>;
  /** Order of day and month in numeric dates 6/10/2020. */
  numericOrder: 'DMY' | 'MDY';
  /** Month and weekday names only count when capitalised (English "May" vs "may"). */
  capitalisedNames: boolean;
  /** Suffixes that make a number an ordinal (3rd). */
  ordinalSuffixes: string[];
  /**
   * Other letters written on a number and what they make of it (folded): an era on a year («2015م», «1436هـ», also
   * after a numeric date «8/9/1436 هـ»), a decade ("1990s"), a clock time ("9am"). Absent: none.
   */
  numberSuffixes?: Readonly<Record<string, NumberSuffix>>;
  /** Words (folded) that join a list of days or weekdays: "and", "or", «و» (also written on the next word), «أو». */
  conjunctions: readonly string[];
  /** Words before a name that make a weak month/year a date (in, since, «في», «منذ»). */
  leads: string[];
  /**
   * Leads that before a weak deictic standing alone mean "up to now", not a day: «لا تزال إلى اليوم», «لم تنشر
   * حتى اليوم» (with a weekday or part of day it is a day again: «حتى اليوم الخميس»).
   */
  untilNowLeads?: string[];
  /** Words before a weekday that make it part of a name, not a day (Black Friday, Mr Monday). */
  nameWords: string[];
  /** Words before a bare year that make it a date as a modifier ("the 1987 crash", "its 1996 campaign"). */
  yearDeterminers: string[];
  /**
   * Determiners that make a bare year a modifier with one adjective between them and a noun after it ("a
   * marvellous 2005 season", "the classic 1982 film"). Only where numbers of thousands are written with a
   * separator ("a further 2,000 jobs"), so a bare four-digit number there is a year.
   */
  yearModifierDeterminers?: string[];
  /**
   * Verbs after which a year opening a sentence is its subject and so a date: "2004 was a record year", "“1983 was
   * when I was elected”", "2005 will be harder". Only with four-digit years of 1800–2099 right after a sentence break
   * or an opening quotation mark.
   */
  yearSubjectVerbs?: string[];
  /**
   * Determiners that make "the 2000 deal" point back to a happening a sentence or two before dated with the same
   * year ("an alliance agreed in 2000. The 2000 deal …"): told again, not another event.
   */
  anaphoricYearDeterminers?: string[];
  /**
   * Verbs whose object may be a year as a period entered or left ("dealers will enter 2006 with full order books",
   * "ended 2005 on a high"): the year is a date when nothing but punctuation or one of yearObjectFollowers comes after it
   * ("closed 2000 branches" is a count).
   */
  yearObjectVerbs?: string[];
  yearObjectFollowers?: string[];
  /** Nouns that make a month name right before them part of a fixed name, not a date ("October surprise", "March Madness"). */
  monthCompoundNouns?: string[];
  /**
   * A range whose end year is written with its last two digits ("from 1962-79", "the league of 1921-24", "1966-67"):
   * the end is a year of its own, in the century of the start. Not after a slash ("2009/10" names one fiscal year).
   */
  abbreviatedRangeEnds?: boolean;
  /** Adjectives that make the number after them a quantity instead ("a further 2000 jobs", "a total 1900 votes"). */
  quantityAdjectives?: string[];
  /**
   * Whether a year right after a plain word is a name's part rather than a date («كأس آسيا 2019»,
   * «رؤية 2030», «معرض ألوان 2015م»): Arabic dates a bare year with a lead («في 2019», «عام 2019»), so
   * a year glued to a noun names an edition; English "the recession of 2001." keeps it a date.
   */
  yearAfterNounIsName?: boolean;
  /** Relative pronouns: «اليوم ذاته الذي …» is the day the clause defines, not the day last named. */
  relativeWords?: string[];
  /**
   * The article glued to nouns (Arabic «ال»), if any: a definite word right after a weak deictic makes it a noun
   * phrase («اليوم الثاني», «اليوم العالمي»), and a definite noun right before a word of adjectivalAfterDefinite
   * makes that word an adjective («الأمين العام» = secretary-general, not "the year").
   */
  definitePrefix?: string;
  /**
   * Whether a day number may follow its month name ("June 10"). Arabic writes the day first («10 يونيو»); a number
   * after a month name counts something else («زادت المبيعات في رمضان 7 في المائة», «وزعت الجمعية خلال شهر شعبان 12 سلة»). Default true.
   */
  dayAfterMonth?: boolean;
  /**
   * Endings of a definite word after a weak deictic that cannot make it an adjective of the (masculine singular)
   * day noun: a feminine or plural word is the object of the clause («دعا المجلس اليوم المواطنين إلى …»).
   */
  notAdjectiveEndings?: string[];
  adjectivalAfterDefinite: string[];
  /**
   * Shift words after which such a word is the time noun again, definite noun or not: «عثرت عليها الشرطة العام
   * الماضي» (last year). Not a shift that also means "former" («الأمين العام السابق»).
   */
  timeAfterAdjectival?: string[];
  /** Words after a weak deictic that make it anaphoric («اليوم ذاته» = the same day). */
  sameWords: string[];
  /** Words right after an ago-expression that count it from another event («قبل أسبوع من الافتتاح», «بعد يومين على فوزه»). */
  eventAnchors: string[];
  futureCues: string[];
  pastCues: string[];
  /**
   * Words that open a subordinate clause after the expression ("said in an interview Monday that he plans to
   * stay"): the tense search to the right stops there, the clause's verbs being the report's content.
   */
  clauseOpeners?: string[];
  /** Word endings that mark a past-tense verb (English -ed); checked on words of 5+ letters. */
  pastSuffixes: string[];
  /**
   * Nouns before a bare weekday that make it the name of a rite or a market, not a day: «خطبة الجمعة», «صلاة
   * الجمعة» (the Friday sermon and prayer, said of any Friday).
   */
  weekdayNameHeads?: string[];
  /** Endings of a counted noun after a number («1920 عينة», «2000 حالات»): after "to" such a number is an amount. */
  countNounEndings?: string[];
  /** Plural "days" before weekdays that make them recurring («أيام الخميس والجمعة»), unless day numbers follow. */
  weekdaySetHeads?: string[];
  /** Nouns right before a day and month without a year that make them a name: «ملعب 22 مايو», «ثورة 25 يناير». */
  dateNameHeads?: string[];
  /**
   * The tense a word's own form shows (a verb's prefixes and endings), for a folded word and the folded word
   * before it; null when the form says nothing. Read only for a bare weekday («يلتقي الفريقان الخميس»: the coming
   * Thursday; «قصفت الطائرات الخميس»: the last one), after the listed cue words of each position.
   */
  verbTense?: (word: string, previous: string | undefined) => 'past' | 'future' | null;
  /**
   * Copulas («أصبحت», «باتت», «صارت»): a perfect that says what something has become, so a weak deictic after it
   * («وأصبحت المدن اليوم أكبر …») is "nowadays", not the day of a report.
   */
  copulas?: string[];
  /** Verbs of a scheduled happening that, before a weak «today», make it the day itself («تنطلق اليوم», «ويلتقي الفريقان اليوم»). */
  todayVerbs?: string[];
  /** Whether a word is a verb marked for the future («سيلقي», «ستشهد»): before a weak «today» it makes it later today. */
  futureMarked?: (word: string) => boolean;
  /** Auxiliaries after which such a word is a participle, so the auxiliary's own cue decides ("must be filed", "had been filed"). */
  participleAuxiliaries?: string[];
  /**
   * Dates that are only the reference point of a comparison, not something that happened then (read by the
   * events stage; the time expression itself is still found). All optional, words folded on use.
   */
  reference?: {
    /** A comparison word a few words before the date: "rose faster than in 2004", "than he was three years ago". */
    comparison: string[];
    /** "Than" words that mark a comparison only after an elative or a quantity word («أقل مما», «أكثر مما»). */
    comparisonAfterElative?: string[];
    /**
     * "Than" written apart before a relative pronoun (DateRules.relativeWords): after an elative, the relative clause
     * up to the date is the thing compared with («أدنى من التي بلغتها الأسعار نهاية العام الماضي»).
     */
    thanBeforeRelative?: string[];
    /** Demonstratives that may stand between that "than" and the relative pronoun («أعلى من تلك التي تحققت في 2013»). */
    thanDemonstratives?: string[];
    /** Words right before the comparison word that make it a deadline instead ("no later than June 30"). */
    deadline: string[];
    /** "since" right before the date, after a record word in its clause: "the highest level since 2002". */
    since: string[];
    /** How many words may stand between that "since" and the date ("the highest since records began in 1971"); 0 if absent. */
    sinceReach?: number;
    /**
     * Negators before "since" in its clause: nothing happened since the date, so nothing happened then either
     * («ولم تسجل أي إصابة في المدينة منذ 2012», "has not won since 2009").
     */
    sinceNegators?: string[];
    record: string[];
    /**
     * Participles of setting a record («المسجل», «مسجل»): a date after one, with a record word before it («يفوق الرقم
     * القياسي المسجل في الحي عام 2010», «يفوق أفضل سعر مسجل في العاصمة في 2012»), is when the beaten record was set, a baseline.
     */
    recordSet?: string[];
    /**
     * Words earlier in the clause that make a date counted from the story's time a baseline: "profit rose
     * from $3m a year earlier", "against $66m a year earlier" (checked only on such dates).
     */
    baseline: string[];
    /** Baseline words that make a date right after them (one word between at most) a comparison point with no amount: "compared to 2004's". */
    baselineLead?: string[];
    /**
     * Words that are a baseline only with one amount between them and the date, and not after a quantity word:
     * Arabic «من» is "from" in «ارتفعت من 11.1% بداية العام» but "of" or "than" elsewhere («أكثر من 5% العام الماضي»).
     */
    baselineWithAmount?: string[];
    /** Words right before such a baseline word that make it part of a quantity («أكثر من», «ما يزيد من»). */
    quantityBefore?: string[];
    /**
     * Prepositions that, right before the date and right after an amount, make it the baseline the amount is
     * measured against: «تراجعت بنسبة 2.3 في المائة عن مايو الماضي» (fell 2.3% from May).
     */
    amountBaseline?: string[];
    /**
     * Words that open the amount of a change right after the date («بنسبة», «بمقدار»): with one of the amountBaseline
     * prepositions right before the date, the date is the baseline then too («زادت الرسوم عن العام الماضي بنسبة 8 في المائة»).
     */
    amountAfterLeads?: string[];
    /**
     * Words that with the preposition before the date («الفترة نفسها من العام الماضي», «نفس الشهر من …») name the
     * same period of another year: a comparison's baseline, not a happening.
     */
    samePeriod?: string[];
    /** The preposition between such words and the date («من»). */
    samePeriodOf?: string[];
    /**
     * Period nouns that must follow the samePeriod word right before that preposition, where the word alone is too
     * common ("the same period in 2003", "the corresponding quarter of 2002", but not "the same thing happened in 2003").
     */
    samePeriodNouns?: string[];
    /** Leads that make the date an open-ended bound: "commitments beyond 2009". */
    openBound: string[];
    /** Leads that make a bare year such a bound: "will die before 2015", "slowed after 2009" (a named day after them is itself a happening: "after 9/11"). */
    openBoundYear: string[];
    /** Nouns right after a bare year that make it a comparison's baseline: "half their 1960 levels". */
    measureNouns: string[];
    /** Nouns right after a bare year that make the year a label of a thing, not a happening: "the 2004 model year". */
    labelNouns?: string[];
    /** Magnitude and currency words after a numeral that make it an amount («296 مليار», «15 ريالا»), for the baselines above. */
    amountWords?: string[];
    /**
     * Words or phrases after a numeral that make it a percentage («5 في المائة», "5 per cent"): an amount after any
     * baseline word (unlike amountWords after «من», which may count a share), and one unit when the reach is counted.
     */
    percentWords?: string[];
    /** Era letters glued to a year («2014م», «1436هـ»): such a year is not an amount. */
    yearSuffixes?: string[];
    /** Words right before a date (or before its unit word) that make it a label of a person: «مواليد عام 1989م» (born in). */
    labelLeads?: string[];
    /**
     * Feasts whose bare name (no day of the feast, no shift, no year) after an occasion word or a glued preposition
     * names the occasion, not the day something happened: «حلوى بمناسبة عيد الفطر», «احتفالات البلدية بعيد الفطر».
     */
    occasionNames?: string[];
    /** Words right before such a name that make it the occasion: «بمناسبة», «إجازة», «تهنئة». */
    occasionLeads?: string[];
    /** Prepositions glued to the name that do the same («بعيد الفطر»: celebrating the feast). */
    occasionClitics?: string[];
    /** Label nouns that may stand one capitalised word after the year ("the 1964 Disney movie"); products, not happenings. */
    productNouns?: string[];
    /** Words before the year after which such a noun is read as a verb or a new phrase ("which in 2004 hit the coast"). */
    productNotAfter?: string[];
    /** Words right after a date that make it an open-ended bound: "forecasts for 2004 and beyond". */
    openBoundAfter?: string[];
    /**
     * Nouns a month alone (no day, no lead word) names the reporting period of, a few words on: "the release of
     * October jobs data", "the March trade figures".
     */
    periodNouns?: string[];
    /** Words right before a month alone that let it be such a label (a determiner or "of"), never a lead such as "in". */
    periodDeterminers?: string[];
    /**
     * A calendar unit shifted back with a definite article after one of these leads is a span running up to
     * publication, not that calendar unit: "prices rose over the past year", "in the last month".
     */
    spanLeads?: string[];
    /** The articles that make such a shift a span ("the past year"; bare "last year" stays the calendar year). */
    spanArticles?: string[];
    /**
     * Deictic words that, opening a sentence before a comma and a clause with no past or future cue, mean "in
     * our time" rather than the day of publication: "Today, women hold a fifth of the seats".
     */
    nowadays?: string[];
    /** Examples (text, published, the dated words that must not become events, those that must). */
    examples: Array<{ text: string; published: string | null; notEvents: string[]; events: string[] }>;
  };
  /**
   * Words that name a stretch of a year ("quarter", «الربع»): beside a date they say which period, not what
   * happened, so two dates sharing only such a word are not the same happening told again (events stage).
   */
  periodWords?: string[];
  /** The rules' examples: each runs as a test. */
  examples: DateExample[];
  /** Text that must yield no time expression (or none of the listed words). */
  falsePositives: Array<{ text: string; published: string | null }>;
}

// ───────────────────────────── Lexicon (built once per pack) ─────────────────────────────

interface TrieNode {
  next: Map<string, TrieNode>;
  atoms?: DateAtom[];
}

interface CompiledRules {
  rules: DateRules;
  trie: TrieNode;
  leads: Set<string>;
  nameWords: Set<string>;
  yearDeterminers: Set<string>;
  adjectivalAfterDefinite: Set<string>;
  timeAfterAdjectival: Set<string>;
  sameWords: Set<string>;
  eventAnchors: Set<string>;
  futureCues: Set<string>;
  pastCues: Set<string>;
  clauseOpeners: Set<string>;
  participleAuxiliaries: Set<string>;
  untilNowLeads: Set<string>;
  weekdayNameHeads: Set<string>;
  dateNameHeads: Set<string>;
  /** The pack's copulas, verbs of a scheduled happening and not-adjective endings, folded once (read for every weak «today»). */
  copulas: Set<string>;
  todayVerbs: Set<string>;
  notAdjectiveEndings: string[];
  maxPhrase: number;
}

const compiled = new WeakMap<DateRules, CompiledRules>();

/** The folded words that open a phrase of the pack's date lexicon (from the compiled trie, built once per pack). */
const FRAME_WORDS = new WeakMap<DateRules, ReadonlySet<string>>();
/**
 * The folded one-word shift words («الماضي», «المنصرم», «هذا», "last") and unit nouns that only introduce a name
 * («شهر رمضان»): words that change how a period is said, not which period it is (built once per pack, on first use).
 */
export function periodFrameWords(rules: DateRules): ReadonlySet<string> {
  let set = FRAME_WORDS.get(rules);
  if (!set) {
    const words = new Set<string>();
    for (const [phrase, atom] of rules.lexicon()) {
      if (phrase.includes(' ')) continue;
      if (atom.kind === 'shift' || (atom.kind === 'unit' && atom.filler)) words.add(foldWords(phrase)[0]);
    }
    FRAME_WORDS.set(rules, (set = words));
  }
  return set;
}

export function dateLexiconWords(rules: DateRules): ReadonlySet<string> {
  return new Set(compile(rules).trie.next.keys());
}

/** Punctuation that may stand inside "today, (Wednesday), corresponding to …" before a date. */
const APPOSITION_PUNCT = new Set(['(', ')', '[', ']', ',', '،', '-', '\u2013', '\u2014', '/']);
/** How many tokens back from a date the deictic word may stand. */
const DEICTIC_REACH = 8;

/**
 * Which day a full date names relative to the story's today, when the words right before it say so: a deictic
 * day («اليوم», «أمس», «أول أمس», «غدا», "today", "yesterday") followed only by weekday names, «الموافق» words,
 * month names and apposition punctuation («اليوم الأربعاء الموافق 5 …», «أمس (الثلاثاء) 4 …», "today, Tuesday,
 * March 3, …"). `before` is the text before the date's first numeral (the date expression may hold the deictic
 * itself). Returns the deictic's day offset and the weekday named, or null. Reads at most a few tokens back.
 */
export function deicticBeforeDate(rules: DateRules, before: string): { days: number; weekday?: number } | null {
  const { trie, maxPhrase } = compile(rules);
  const tokens = dateTokens(before.slice(-120));
  let weekday: number | undefined;
  let j = tokens.length - 1;
  for (let steps = 0; j >= 0 && steps < DEICTIC_REACH; steps++) {
    const t = tokens[j];
    if (t.kind === 'punct') {
      if (!APPOSITION_PUNCT.has(t.text)) return null;
      j--;
      continue;
    }
    // The longest lexicon phrase ending at token j («أول من أمس» before «أمس»).
    let found: { atoms: DateAtom[]; len: number } | null = null;
    for (let len = Math.min(maxPhrase, j + 1); len >= 1 && !found; len--) {
      let node: TrieNode | undefined = trie;
      for (let k = j - len + 1; k <= j && node; k++) node = tokens[k].kind === 'punct' ? undefined : node.next.get(tokens[k].fold);
      if (node?.atoms) found = { atoms: node.atoms, len };
    }
    if (!found) return null;
    const deictic = found.atoms.find((a) => a.kind === 'deictic');
    if (deictic && deictic.kind === 'deictic') return { days: deictic.days, weekday };
    const named = found.atoms.find((a) => a.kind === 'weekday');
    if (named && named.kind === 'weekday') {
      if (weekday !== undefined && weekday !== named.weekday) return null;
      weekday = named.weekday;
    } else if (!found.atoms.some((a) => a.kind === 'equals' || a.kind === 'month')) return null;
    j -= found.len;
  }
  return null;
}

function compile(rules: DateRules): CompiledRules {
  const hit = compiled.get(rules);
  if (hit) return hit;
  const trie: TrieNode = { next: new Map() };
  let maxPhrase = 1;
  for (const [phrase, atom] of rules.lexicon()) {
    const words = foldWords(phrase);
    maxPhrase = Math.max(maxPhrase, words.length);
    let node = trie;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    (node.atoms ??= []).push(atom);
  }
  const set = (ws: string[]) => new Set(ws.map((w) => foldAny(w)));
  const c: CompiledRules = { rules, trie, leads: set(rules.leads), nameWords: set(rules.nameWords), yearDeterminers: set(rules.yearDeterminers),
    adjectivalAfterDefinite: set(rules.adjectivalAfterDefinite), timeAfterAdjectival: set(rules.timeAfterAdjectival ?? []), sameWords: set(rules.sameWords), eventAnchors: set(rules.eventAnchors), futureCues: set(rules.futureCues), pastCues: set(rules.pastCues), clauseOpeners: set(rules.clauseOpeners ?? []), participleAuxiliaries: set(rules.participleAuxiliaries ?? []), untilNowLeads: set(rules.untilNowLeads ?? []), weekdayNameHeads: set(rules.weekdayNameHeads ?? []), dateNameHeads: set(rules.dateNameHeads ?? []),
    copulas: set(rules.copulas ?? []), todayVerbs: set(rules.todayVerbs ?? []), notAdjectiveEndings: (rules.notAdjectiveEndings ?? []).map((e) => foldAny(e)), maxPhrase };
  compiled.set(rules, c);
  return c;
}


/**
 * A phrase's words as the tokenizer folds them (punctuation such as "." in "a.m." becomes its own word).
 * Most lexicon phrases are plain words: splitting them directly gives the same words without a regex scan
 * per phrase, which matters at start-up (the lexicon is built on the first article).
 */
function foldWords(phrase: string): string[] {
  if (isPlainPhrase(phrase)) return phrase.split(' ').map(foldFast);
  return dateTokens(phrase).map((t) => t.fold);
}

// ───────────────────────────── Tokens and atoms ─────────────────────────────

const ASCII = /^[\x20-\x7e]*$/u;

/** foldAny with a fast path for ASCII words (most tokens of English text and all ASCII numbers). */
const isArabicLetter = (code: number) => code >= 0x0600 && code <= 0x06ff;

function foldFast(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return isArabicLetter(word.charCodeAt(0)) ? foldArabic(word).toLowerCase() : foldAny(word);
}

/**
 * Word tokens for dates, by one linear regex: runs of letters, marks and digits, joined across . , :
 * only before a digit (2,000 · 3.5 · 15:00), and single punctuation characters. Unlike the general
 * tokenizer, hyphens and apostrophes split ("four-week", "Wednesday's", "mid-March"), which is what
 * the date grammar wants; offsets are exact.
 */
// A digit in these patterns is one the project reads as a number ([0-9\u0660-\u0669\u06F0-\u06F9]: ASCII, Arabic-Indic and
// extended Arabic-Indic, what asciiDigits converts), not \p{N}: that also takes superscripts, fractions and the digits of
// scripts no rule reads, and V8 compiles its 146 ranges (79 of them outside the BMP) into every pattern that holds it.
// (Written "letters and digits, each optionally after a joiner that a digit follows, not opening with a joiner"
// rather than "letters (joiner letters)*": the same matches with one copy of the letter class, which the build
// writes out as some 13,000 characters that V8 parses and compiles at every start; a test checks both forms agree.)
export const TOKEN = /(?![.,:])(?:(?:[.,:](?=[0-9\u0660-\u0669\u06F0-\u06F9]))?[\p{L}\p{M}\p{N}])+|\S/gu;
const NUMBER_TOKEN = /^[0-9\u0660-\u0669\u06F0-\u06F9][0-9\u0660-\u0669\u06F0-\u06F9.,:]*$/u;
const WORD_START = /[\p{L}\p{M}\p{N}]/u;

function dateTokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) pushTokens(out, m[0], m.index);
  return out;
}

/** A tatweel between digits: the dash of a range («للفترة 2015ـ2025»). */
const DIGIT_TATWEEL = /(?<=[0-9\u0660-\u0669\u06F0-\u06F9])\u0640(?=[0-9\u0660-\u0669\u06F0-\u06F9])/gu;

/** The tokens of one match: split at a tatweel between digits, which reads as a dash (checked only when the word has one; one pass). */
function pushTokens(out: Token[], word: string, start: number): void {
  if (!word.includes('\u0640')) {
    out.push(makeToken(word, start));
    return;
  }
  let from = 0;
  DIGIT_TATWEEL.lastIndex = 0;
  for (let m = DIGIT_TATWEEL.exec(word); m; m = DIGIT_TATWEEL.exec(word)) {
    out.push(makeToken(word.slice(from, m.index), start + from));
    out.push({ start: start + m.index, end: start + m.index + 1, text: '-', fold: '-', kind: 'punct' });
    from = m.index + 1;
  }
  out.push(makeToken(word.slice(from), start + from));
}

function makeToken(word: string, start: number): Token {
  const kind = !WORD_START.test(word[0]) ? 'punct' : NUMBER_TOKEN.test(word) ? 'number' : 'word';
  return { start, end: start + word.length, text: word, fold: kind === 'punct' ? word : foldFast(word), kind };
}

/**
 * Tokens produced on demand and forgotten behind the cursor: the scan only looks a few tokens back and
 * ahead, so a 5 MB single-line input never holds more than a window of tokens in memory.
 */
class TokenStream {
  private buf: Token[] = [];
  private base = 0;
  private done = false;
  private readonly re = new RegExp(TOKEN.source, TOKEN.flags);

  constructor(private readonly text: string) {}

  /** Token i, or undefined past the end (or long released). */
  at(i: number): Token | undefined {
    if (i < this.base) return undefined;
    while (i - this.base >= this.buf.length && !this.done) this.pull();
    return this.buf[i - this.base];
  }

  /** Forget tokens before index i (in batches, so the buffer is not copied at every step). */
  release(i: number): void {
    if (i - this.base < 4096) return;
    this.buf = this.buf.slice(i - this.base);
    this.base = i;
  }

  private pull(): void {
    const m = this.re.exec(this.text);
    if (!m) {
      this.done = true;
      return;
    }
    pushTokens(this.buf, m[0], m.index);
  }
}

/**
 * Per-token values kept only near the cursor: a small ring indexed by token number (look-behind and
 * look-ahead stay within a few tokens), so nothing grows with the input.
 */
class WindowCache<T> {
  private readonly keys = new Int32Array(WINDOW).fill(-1);
  private readonly values: Array<T | undefined> = new Array(WINDOW);

  get(i: number): T | undefined {
    const k = i & (WINDOW - 1);
    return this.keys[k] === i ? this.values[k] : undefined;
  }

  set(i: number, value: T): void {
    const k = i & (WINDOW - 1);
    this.keys[k] = i;
    this.values[k] = value;
  }
}

/** Tokens a cache remembers around the cursor (a power of two, far above any look-ahead or look-behind). */
const WINDOW = 128;

/** A classified stretch of tokens. */
interface Slot {
  atom: SlotAtom;
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** Character offset where the slot starts (a proclitic «و» before a number is left out). */
  start: number;
  /** The word carried the definite article the stem lost («الدقيقة» matched as «دقيقة»). */
  definite?: boolean;
}

type SlotAtom =
  | DateAtom
  /** A number; era when a calendar letter is glued to it (2015م, 1436هـ). */
  | { kind: 'number'; n: number; digits: number; ordinal?: boolean; era?: Calendar }
  | { kind: 'numericDate'; year: number; month: number; day: number; calendar: Calendar }
  | { kind: 'decade'; decade: string }
  | { kind: 'clockTime'; hour: number; minute: number }
  | { kind: 'punct'; ch: string };

interface Scan {
  text: string;
  /** Token i (undefined past the end). */
  tok: (i: number) => Token | undefined;
  /** Stems (folded, clitic-free forms) of token i, longest first; computed on demand. */
  stems: (i: number) => string[];
  rules: CompiledRules[];
  /** Numeric dates by the character offset where they start. */
  numericDates: Map<number, NumericDate>;
  /** Slots per token index, classified once (look-ahead asks for the same positions again). */
  slotCache: WindowCache<Slot[]>;
  /** Folded words known to start no phrase and to be no number. */
  inert: Set<string>;
  pack: LanguagePack;
  primary: CompiledRules;
  /**
   * The folded words of the outlet or agency that filed the story (its dateline, «الرياض 26 شوال … واس», «سبق -
   * أبها:»), or null when the text opens with none: a filed dispatch reports the day it is filed.
   */
  dispatch: string[] | null;
}

const NUMERIC_DATE =
  /(?<![\p{L}\p{N}/.-])(?:(\d{4})([/.-])(\d{1,2})\2(\d{1,2})|(\d{1,2})[ \t]?([/.-])[ \t]?(\d{1,2})[ \t]?\6[ \t]?(\d{4}|\d{2}))(?![0-9\u0660-\u0669\u06F0-\u06F9/]|[.-][0-9\u0660-\u0669\u06F0-\u06F9])(?:[ \t]?([^\s0-9/.,:;!?()[\]"'\u00AB\u00BB\u060C\u061B\u061F-]{1,2})(?!\p{L}))?/gu;

interface NumericDate {
  end: number;
  atom: SlotAtom;
}

/**
 * Numeric dates found by one bounded regex over the digit-folded text (ASCII digit folding keeps offsets). A short
 * word written after one is its era when the pack says so («8/9/1436 هـ»), else no part of it.
 */
function findNumericDates(text: string, pack: Pick<LanguagePack, 'dates' | 'fold'>): Map<number, NumericDate> {
  const out = new Map<number, NumericDate>();
  const ascii = asciiDigits(text);
  for (const m of ascii.matchAll(NUMERIC_DATE)) {
    const start = m.index!;
    const suffix = m[9] === undefined ? undefined : pack.dates.numberSuffixes?.[pack.fold(m[9])];
    const era = suffix && 'era' in suffix ? suffix.era : undefined;
    let end = start + m[0].length;
    if (m[9] !== undefined && !era) {
      end -= m[9].length;
      if (ascii[end - 1] === ' ' || ascii[end - 1] === '\t') end--;
    }
    let year: number;
    let month: number;
    let day: number;
    if (m[1]) {
      year = +m[1];
      month = +m[3];
      day = +m[4];
    } else {
      const a = +m[5];
      const b = +m[7];
      year = m[8].length === 2 ? 1900 + +m[8] + (+m[8] < 50 ? 100 : 0) : +m[8];
      [day, month] = pack.dates.numericOrder === 'DMY' || a > 12 ? [a, b] : [b, a];
      if (month > 12 && day <= 12) [day, month] = [month, day];
    }
    // (a year of 1300–1499 without an era is a Hijri year: no Gregorian date of a news story falls there)
    const calendar: Calendar = era ?? (year >= 1300 && year < 1500 ? 'islamic' : 'gregory');
    if (month < 1 || month > 12 || day < 1 || day > (calendar === 'islamic' ? 30 : 31)) continue;
    out.set(start, { end, atom: { kind: 'numericDate', year, month, day, calendar } });
  }
  return out;
}

/** The numeric date starting in token i (also after a one-letter proclitic: «و8/9/1436»), as a slot. */
function numericSlot(scan: Scan, i: number, tok: Token): Slot | null {
  const start = scan.numericDates.has(tok.start) ? tok.start : tok.start + 1;
  const nd = scan.numericDates.get(start);
  if (!nd || start >= tok.end) return null;
  let to = i + 1;
  for (let t = scan.tok(to); t && t.start < nd.end; t = scan.tok(++to));
  return { atom: nd.atom, from: i, to, start };
}

function numberAtom(stem: string, rules: DateRules): SlotAtom | null {
  let m = /^(\d{1,4})$/u.exec(stem);
  if (m) return { kind: 'number', n: +m[1], digits: m[1].length };
  m = /^(\d{1,2}):(\d\d)$/u.exec(stem);
  if (m && +m[1] <= 24 && +m[2] < 60) return { kind: 'clockTime', hour: +m[1], minute: +m[2] };
  m = /^(\d{1,4})(\p{L}+)$/u.exec(stem);
  if (m) {
    const [, digits, suffix] = m;
    if (rules.ordinalSuffixes.includes(suffix)) return { kind: 'number', n: +digits, digits: digits.length, ordinal: true };
    const meaning = rules.numberSuffixes?.[suffix];
    if (!meaning) return null;
    if ('decade' in meaning && /^\d{3}0$/u.test(digits)) return { kind: 'decade', decade: digits.slice(0, 3) };
    if ('decade' in meaning && /^\d0$/u.test(digits)) return { kind: 'decade', decade: '19' + digits[0] };
    if ('era' in meaning && digits.length === 4) return { kind: 'number', n: +digits, digits: 4, era: meaning.era };
    if ('meridiem' in meaning && +digits >= 1 && +digits <= 12) return { kind: 'clockTime', hour: (+digits % 12) + (meaning.meridiem === 'pm' ? 12 : 0), minute: 0 };
  }
  return null;
}

/** The slots that may start at token i (longest phrase first; several meanings per phrase are possible). */
function slotsAt(scan: Scan, i: number): Slot[] {
  const tok = scan.tok(i);
  if (i < 0 || !tok) return [];
  let slots = scan.slotCache.get(i);
  if (!slots) scan.slotCache.set(i, (slots = classify(scan, i, tok)));
  return slots;
}

function classify(scan: Scan, i: number, tok: Token): Slot[] {
  const numeric = tok.kind === 'punct' ? null : numericSlot(scan, i, tok);
  if (numeric) return [numeric];
  if (tok.kind === 'punct') return [{ atom: { kind: 'punct', ch: tok.text }, from: i, to: i + 1, start: tok.start }];
  // Most words mean nothing to the grammar: remember those by their folded form (texts repeat words).
  if (scan.inert.has(tok.fold)) return NO_SLOTS;
  const out = lookUp(scan, i, tok);
  if (!out.length && !scan.stems(i).some((stem) => isDigit(stem.charCodeAt(0)) || definiteDay(scan, stem) !== null || scan.rules.some((c) => c.trie.next.has(stem)))) {
    if (scan.inert.size > 100_000) scan.inert.clear();
    scan.inert.add(tok.fold);
  }
  return out;
}

const NO_SLOTS: Slot[] = [];
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

function lookUp(scan: Scan, i: number, tok: Token): Slot[] {
  const out: Slot[] = [];
  for (const stem of scan.stems(i)) {
    for (const c of scan.rules) {
      let node = c.trie.next.get(stem);
      let j = i + 1;
      let best: { atoms: DateAtom[]; to: number } | null = node?.atoms ? { atoms: node.atoms, to: j } : null;
      while (node && scan.tok(j) && j - i < c.maxPhrase) {
        node = node.next.get(scan.tok(j)!.fold);
        j++;
        if (node?.atoms) best = { atoms: node.atoms, to: j };
      }
      const prefix = scan.primary.rules.definitePrefix;
      const definite = prefix !== undefined && stem !== tok.fold && tok.fold.endsWith(prefix + stem);
      if (best) for (const atom of best.atoms) if (nameCaseOk(scan, c, atom, i)) out.push({ atom, from: i, to: best.to, start: stemStart(tok, stem), definite });
    }
    if (out.length) return out;
    // Numbers after phrases, so that a date name written with digits (9/11) wins.
    const num = isDigit(stem.charCodeAt(0)) ? numberAtom(stem, scan.rules[0].rules) : definiteDay(scan, stem);
    if (num) return [{ atom: num, from: i, to: i + 1, start: stemStart(tok, stem) }];
  }
  return out;
}

/** «حتى ال19 من أغسطس»: a day number with the definite article glued to it (the pack's definite prefix). */
function definiteDay(scan: Scan, stem: string): SlotAtom | null {
  const prefix = scan.primary.rules.definitePrefix;
  if (!prefix || !stem.startsWith(prefix)) return null;
  const digits = stem.slice(prefix.length);
  return /^\d{1,2}$/u.test(digits) ? { kind: 'number', n: +digits, digits: digits.length } : null;
}

/** Where a stem starts inside its token, when folding kept the length (proclitics are prefixes). */
function stemStart(tok: Token, stem: string): number {
  return tok.fold.length === tok.text.length && tok.fold.endsWith(stem) ? tok.end - stem.length : tok.start;
}

/** English names of months and weekdays count only when capitalised ("may" is a verb). */
function nameCaseOk(scan: Scan, c: CompiledRules, atom: DateAtom, i: number): boolean {
  if (!c.rules.capitalisedNames || (atom.kind !== 'month' && atom.kind !== 'weekday')) return true;
  const t = scan.tok(i)!.text;
  return t[0] !== t[0].toLowerCase();
}

// ───────────────────────────── Grammar: atoms → Frame ─────────────────────────────

interface Frame {
  year?: number;
  yearCalendar?: Calendar;
  month?: number;
  monthCalendar?: Calendar;
  monthNeedsSupport?: boolean;
  day?: number;
  weekday?: number;
  deictic?: number;
  weakDeictic?: boolean;
  unit?: TimeUnit;
  count?: number | null;
  hasCount?: boolean;
  pluralUnit?: boolean;
  definiteUnit?: boolean;
  shift?: -1 | 0 | 1;
  pluralShift?: boolean;
  shiftAlone?: 'past' | 'future';
  ago?: -1 | 1;
  part?: 'start' | 'mid' | 'end';
  daypart?: string;
  clock?: { hour: number; minute: number };
  every?: boolean;
  frequency?: TimeUnit;
  ref?: 'past' | 'present' | 'future';
  vague?: boolean;
  decade?: string;
  century?: number;
  yearIntroduced?: boolean;
  /** The run began with glue ("the …"). */
  led?: boolean;
  /** "a year earlier": counted from a time in the story, so only a duration. */
  narrative?: boolean;
  /** The narrative word is the pack's ("34 years later", "a year earlier"), not an event anchor («قبل أسبوع من الافتتاح»). */
  fromStory?: boolean;
  /** "the following year", "the next day": a shift counted from the story's time (see the shift atom). */
  storyShift?: 'always' | 'withArticle';
  /** «اليوم نفسه» / «الشهر نفسه»: the day or month comes from the last one the text named. */
  same?: 'D' | 'M';
  /** «العاشر من الشهر المقبل»: the day's month is the publication's month shifted by this. */
  monthShift?: -1 | 0 | 1;
  /** «من العام الجاري / الماضي»: the month lies in the publication's year shifted by this. */
  yearShift?: -1 | 0 | 1;
  /** Led by «منذ» (since). */
  since?: boolean;
  /** «بعد ثلاث سنوات»: counted forward from publication only with a future cue, else the time after something. */
  agoFutureOnly?: boolean;
  /** Days after the named day («ثاني أيام العيد» = +1). */
  dayOffset?: number;
  /** A second writing of the same date after «الموافق». */
  equivalent?: Frame;
  /** Steps taken, for the rule name. */
  steps: string[];
}

interface Parsed {
  frame: Frame;
  from: number;
  to: number;
  start: number;
}

/** Compose the longest run of atoms starting at token i into a Frame, or null. */
function parseRun(scan: Scan, i: number, nested = false): Parsed | null {
  const f: Frame = { steps: [] };
  let j = i;
  let lastContent = -1; // token index after the last content slot
  let start = -1;
  let prevKind = '';
  const content = (s: Slot, step: string) => {
    if (start < 0) start = s.start;
    lastContent = s.to;
    prevKind = s.atom.kind;
    f.steps.push(step);
    j = s.to;
  };
  while (scan.tok(j)) {
    // "now", "recently", "daily" stand alone: nothing composes with them.
    if (f.ref !== undefined || f.frequency !== undefined) break;
    const slots = slotsAt(scan, j);
    if (!slots.length) break;
    const taken = slots.some((s) => step(scan, f, s, prevKind, lastContent >= 0, content));
    if (taken) continue;
    // Glue (of, «من», "the", punctuation) is consumed only when content follows it.
    const glue = slots.find((s) => isGlue(s.atom, lastContent >= 0, prevKind));
    if (!glue) break;
    const next = slotsAt(scan, glue.to);
    if (!next.some((s) => glueTarget(s.atom, glue.atom, f))) break;
    if (start < 0) {
      start = glue.start;
      f.led = true;
    }
    j = glue.to;
    if (glue.atom.kind === 'punct' && glue.atom.ch === '/' || glue.atom.kind === 'punct' && glue.atom.ch === '(') prevKind = 'pair';
  }
  if (lastContent < 0) return null;
  // «قبل أسبوع من موعد الافتتاح»: counted from another event, not from publication.
  if (f.ago !== undefined && !f.narrative && f.steps[0] === 'ago' && anchoredToEvent(scan, lastContent)) f.narrative = true;
  // «الموافق»: the same date written again (Hijri = Gregorian).
  // Either writing may sit in brackets: «يوم الأحد (26/شوال/1437هـ) الموافق (31/7/2016)».
  if (!nested && scan.tok(lastContent)) {
    const closes = scan.tok(lastContent)?.text === ')' ? 1 : 0;
    const eq = slotsAt(scan, lastContent + closes).find((s) => s.atom.kind === 'equals');
    if (eq) {
      const opens = scan.tok(eq.to)?.text === '(' ? 1 : 0;
      const other = parseRun(scan, eq.to + opens, true);
      if (other && resolvable(other.frame)) {
        f.equivalent = other.frame;
        lastContent = other.to + (opens && scan.tok(other.to)?.text === ')' ? 1 : 0);
      }
    }
  }
  return { frame: f, from: i, to: lastContent, start };
}

type Consume = (s: Slot, step: string) => void;

/** One grammar step: does slot s extend frame f? (Mutates f and consumes s when it does.) */
function step(scan: Scan, f: Frame, s: Slot, prevKind: string, started: boolean, take: Consume): boolean {
  const a = s.atom;
  const ahead = () => slotsAt(scan, s.to);
  // What follows once glue («من», of, «شهر») is skipped: at most two pieces.
  const aheadSkippingGlue = () => {
    let nx = ahead();
    const all = [...nx];
    for (let hop = 0; hop < 2; hop++) {
      const g = nx.find((x) => x.atom.kind === 'glue' || (x.atom.kind === 'unit' && x.atom.filler && x.atom.unit === 'M'));
      if (!g) break;
      nx = slotsAt(scan, g.to);
      all.push(...nx);
    }
    return all;
  };
  switch (a.kind) {
    case 'numericDate':
      if (f.day !== undefined || f.month !== undefined || f.year !== undefined) return false;
      Object.assign(f, { year: a.year, yearCalendar: a.calendar, month: a.month, monthCalendar: a.calendar, day: a.day });
      take(s, a.calendar === 'islamic' ? 'numeric-hijri' : 'numeric');
      return true;
    case 'month': {
      if (f.month !== undefined) {
        // Paired names of one month: «يونيو/ حزيران», «سبتمبر أيلول», «حزيران (يونيو)».
        if (f.month === a.month && f.monthCalendar === a.calendar && (prevKind === 'month' || prevKind === 'pair') && !f.steps.includes('paired-month')) {
          take(s, 'paired-month');
          closeParen(scan, s, take);
          return true;
        }
        return false;
      }
      if (f.year !== undefined || f.unit !== undefined || f.deictic !== undefined) return false;
      if (f.day === undefined && scan.tok(s.to)?.kind === 'word' && scan.rules.some((c) => c.rules.monthCompoundNouns?.includes(scan.tok(s.to)!.fold))) return false;
      // "the release Friday of October jobs data": a weekday is not a day of a month joined by glue.
      if (f.weekday !== undefined && f.day === undefined && slotsAt(scan, s.from - 1).some((x) => x.atom.kind === 'glue')) return false;
      f.month = a.month;
      f.monthCalendar = a.calendar;
      f.monthNeedsSupport = a.needsSupport;
      take(s, 'month');
      // Abbreviated month with a dot: "Jun. 10".
      const dot = scan.tok(s.to);
      // Only on one line: «…في 15 أكتوبر.» at a line's end is a full stop before the next line's «1928 - …».
      const afterDot = scan.tok(s.to + 1);
      if (dot?.text === '.' && dot.start === scan.tok(s.to - 1)!.end && afterDot?.kind === 'number' && !/[\n\r]/u.test(scan.text.slice(dot.end, afterDot.start))) take({ ...s, atom: { kind: 'punct', ch: '.' }, from: s.to, to: s.to + 1 }, 'dot');
      return true;
    }
    case 'number':
      return numberStep(scan, f, s, a, prevKind, take, ahead, aheadSkippingGlue);
    case 'holiday':
      if (f.day !== undefined || f.month !== undefined || f.year !== undefined || f.weekday !== undefined || f.deictic !== undefined) return false;
      if (a.year !== undefined && digitNameInTitle(scan, s)) return false;
      Object.assign(f, { month: a.month, day: a.day, monthCalendar: a.calendar });
      if (a.year !== undefined) Object.assign(f, { year: a.year, yearCalendar: a.calendar });
      take(s, 'holiday');
      return true;
    case 'dayOf':
      if (started || !aheadSkippingGlue().some((x) => x.atom.kind === 'holiday')) return false;
      f.dayOffset = a.n - 1;
      take(s, 'day-of');
      return true;
    case 'ordinal':
      if (f.day !== undefined || f.month !== undefined) return false;
      if (!aheadSkippingGlue().some((x) => x.atom.kind === 'month' || (x.atom.kind === 'unit' && x.atom.unit === 'M' && x.atom.definite) || x.atom.kind === 'same' && x.atom.unit === 'M')) return false;
      f.day = a.n;
      take(s, 'ordinal-day');
      return true;
    case 'weekday':
      if (f.weekday !== undefined || f.day !== undefined || f.month !== undefined || f.year !== undefined) return false;
      // "for four hours Friday": a duration and a day are two expressions.
      if (f.hasCount || f.ago !== undefined) return false;
      if (!weekdayIsDay(scan, s)) return false;
      f.weekday = a.weekday;
      take(s, 'weekday');
      return true;
    case 'deictic':
      if (f.deictic !== undefined || f.month !== undefined || f.unit !== undefined || f.weekday !== undefined && a.weak !== true) return false;
      if (!started && deicticInName(scan, s)) return false;
      f.deictic = a.days;
      f.weakDeictic = a.weak;
      take(s, 'deictic');
      return true;
    case 'shift': {
      // "March last year", "October of next year", "June 10 this year": the month lies in the shifted year.
      if (a.position === 'before' && !a.plural && f.month !== undefined && f.year === undefined && f.yearShift === undefined && f.shift === undefined && f.deictic === undefined && (prevKind === 'month' || prevKind === 'number')) {
        const year = ahead().find((x) => x.atom.kind === 'unit' && x.atom.unit === 'Y' && !x.atom.plural && x.atom.n === undefined);
        if (year) {
          f.yearShift = a.dir;
          take(s, 'shift');
          take(year, 'unit-of-year');
          return true;
        }
      }
      if (f.shift !== undefined || f.deictic !== undefined || f.year !== undefined) return false;
      if (a.needsArticle && !f.led) return false;
      const hasNoun = a.position !== 'before' && (f.unit !== undefined || f.month !== undefined || f.weekday !== undefined);
      if (a.position === 'before' && started && prevKind !== 'glue' && prevKind !== 'part' && prevKind !== 'weekday') return false;
      // "next the …" is no English: an article after a word standing before its noun ends the expression.
      const nounAhead = !hasNoun && a.position !== 'after' && ahead().some((x) => ['unit', 'month', 'weekday', 'count', 'number'].includes(x.atom.kind) || x.atom.kind === 'glue' && x.atom.initial && a.position !== 'before');
      // "the past" alone is a reference to the past; "past debates" is not.
      if (!hasNoun && !nounAhead && (!a.alone || !f.led)) return false;
      if (!hasNoun && !nounAhead && started) return false;
      if (a.needsDefiniteNoun && !hasNoun) {
        const noun = ahead().find((x) => x.atom.kind !== 'glue');
        if (noun && noun.atom.kind === 'unit' && !noun.atom.definite && !noun.definite) return false;
      }
      // A plural adjective needs a plural noun: «الأسابيع الأخيرة», but «الدقيقة الأخيرة» is "the final minute".
      if (a.plural && hasNoun && !f.pluralUnit && !(f.hasCount && (f.count ?? 2) > 1)) return false;
      f.shift = a.dir;
      f.pluralShift = a.plural;
      if (a.anaphoric === 'always' || a.anaphoric === 'withArticle' && f.led) f.storyShift = a.anaphoric;
      if (!hasNoun && !nounAhead) f.shiftAlone = a.alone;
      take(s, 'shift');
      return true;
    }
    case 'count': {
      if (f.hasCount || f.unit !== undefined || f.month !== undefined) return false;
      if (!ahead().some((x) => x.atom.kind === 'unit') && !(scan.tok(s.to)?.text === '-' && slotsAt(scan, s.to + 1).some((x) => x.atom.kind === 'unit'))) return false;
      f.count = a.n;
      f.hasCount = true;
      take(s, 'count');
      return true;
    }
    case 'unit': {
      if (f.unit !== undefined) return false;
      const nx = ahead();
      // «يوم الثلاثاء», «عام 2000», «شهر رمضان»: the noun only introduces the name that follows.
      if (a.filler && !f.hasCount && nx.some((x) => ['weekday', 'month', 'number', 'numericDate'].includes(x.atom.kind) || x.atom.kind === 'deictic' && !x.atom.weak)) {
        if (a.unit === 'Y') f.yearIntroduced = true;
        take(s, 'introducer');
        return true;
      }
      // «6 ذو القعدة من العام الجاري», «أكتوبر من العام الماضي»: "of this / last year" gives the month its year.
      if (a.unit === 'Y' && (a.definite || s.definite) && f.month !== undefined && f.year === undefined && f.yearShift === undefined && slotsAt(scan, s.from - 1).some((x) => x.atom.kind === 'glue')) {
        const shift = nx.find((x) => x.atom.kind === 'shift' && x.atom.position === 'after' && !x.atom.plural);
        if (shift && shift.atom.kind === 'shift') {
          f.yearShift = shift.atom.dir;
          take(s, 'unit-of-year');
          take(shift, 'shift');
          return true;
        }
      }
      // «العاشر من الشهر المقبل»: a day of the shifted month.
      // («غرة الشهر المقبل»: an ordinal in construct needs no «من».)
      if (a.unit === 'M' && (a.definite || s.definite) && f.day !== undefined && f.month === undefined && f.year === undefined && (f.steps.at(-1) === 'ordinal-day' || slotsAt(scan, s.from - 1).some((x) => x.atom.kind === 'glue'))) {
        const shift = nx.find((x) => x.atom.kind === 'shift' && x.atom.position === 'after' && !x.atom.plural);
        if (shift && shift.atom.kind === 'shift') {
          f.monthShift = shift.atom.dir;
          take(s, 'unit-of-month');
          take(shift, 'shift');
          return true;
        }
      }
      if (f.day !== undefined || f.month !== undefined || f.year !== undefined && a.unit !== 'CE' || f.weekday !== undefined && a.unit !== 'W' || f.deictic !== undefined) return false;
      f.unit = a.unit;
      if (a.n !== undefined) {
        if (f.hasCount) return false;
        f.count = a.n;
        f.hasCount = true;
      }
      // A form used only after a count of eleven or more («العشرين عاماً الماضية»): several units even when the count
      // is not read, never one calendar unit shifted.
      f.pluralUnit = a.plural || (a.counted === true && !f.hasCount);
      f.definiteUnit = a.definite || s.definite;
      take(s, 'unit');
      return true;
    }
    case 'ago':
      if (a.position === 'before') {
        if (started && prevKind !== 'approx' && prevKind !== 'vague') return false;
        if (started) return false;
        if (!ahead().some((x) => ['count', 'unit', 'number', 'approx', 'vague'].includes(x.atom.kind))) return false;
      } else if (f.unit === undefined || f.shift !== undefined) return false;
      if (f.ago !== undefined) return false;
      f.ago = a.dir;
      f.narrative = a.narrative;
      // "a month earlier than usual", "three days later than planned": a difference, not a time in the story.
      f.fromStory = a.narrative && !scan.rules.some((c) => c.rules.reference?.comparison.some((w) => foldAny(w) === scan.tok(s.to)?.fold));
      f.since = a.since;
      f.agoFutureOnly = a.futureOnly;
      take(s, 'ago');
      return true;
    case 'approx':
    case 'vague':
      if (started && prevKind !== 'ago') return false;
      if (!ahead().some((x) => ['count', 'unit', 'number'].includes(x.atom.kind))) return false;
      if (a.kind === 'vague') f.vague = true;
      take(s, a.kind);
      return true;
    case 'same':
      if (a.unit === 'D' ? started : f.month !== undefined || f.year !== undefined || started && f.day === undefined) return false;
      f.same = a.unit;
      take(s, 'same');
      return true;
    case 'part':
      if (f.part !== undefined || started && prevKind !== 'glue') return false;
      {
        const next = scan.tok(s.to)?.text === '-' ? slotsAt(scan, s.to + 1) : aheadSkippingGlue();
        if (!next.some((x) => ['month', 'unit', 'number', 'shift', 'numericDate', 'deictic', 'decade', 'weekday'].includes(x.atom.kind))) return false;
      }
      f.part = a.part;
      take(s, 'part');
      return true;
    case 'daypart':
      if (f.daypart !== undefined) return false;
      if (!started && !aheadSkippingGlue().some((x) => ['deictic', 'weekday', 'ordinal', 'numericDate', 'month', 'number'].includes(x.atom.kind))) return false;
      f.daypart = a.code;
      take(s, 'daypart');
      return true;
    case 'every':
      if (started) return false;
      if (!ahead().some((x) => ['unit', 'weekday', 'daypart', 'count', 'number'].includes(x.atom.kind))) return false;
      f.every = true;
      take(s, 'every');
      return true;
    case 'frequency':
      if (started) return false;
      f.frequency = a.unit;
      take(s, 'frequency');
      return true;
    case 'ref':
      if (started) return false;
      f.ref = a.ref;
      take(s, 'ref');
      return true;
    case 'era':
      if (f.year === undefined || prevKind !== 'number' && prevKind !== 'numericDate') return false;
      f.yearCalendar = a.calendar;
      take(s, 'era');
      return true;
    case 'decade':
      if (started && prevKind !== 'glue') return false;
      f.decade = a.decade;
      take(s, 'decade');
      return true;
    case 'clockTime':
      if (f.clock) return false;
      f.clock = { hour: a.hour, minute: a.minute };
      take(s, 'clock');
      return true;
    case 'clock': {
      // «الساعة العاشرة», «الساعة 10»: the hour that follows.
      const nx = ahead().find((x) => x.atom.kind === 'number' || x.atom.kind === 'ordinal');
      if (!nx || f.clock) return false;
      const hour = nx.atom.kind === 'number' ? nx.atom.n : (nx.atom as { n: number }).n;
      if (hour > 24) return false;
      f.clock = { hour, minute: 0 };
      take(s, 'clock');
      take(nx, 'hour');
      return true;
    }
    case 'punct':
      return punctStep(scan, f, s, take);
    default:
      return false;
  }
}

/** A four-digit number on its own is read as a year only in this range ("1650 films" is a quantity). */
const STANDALONE_YEAR_MIN = 1800;
const STANDALONE_YEAR_MAX = 2100;

function numberStep(
  scan: Scan,
  f: Frame,
  s: Slot,
  a: { n: number; digits: number; ordinal?: boolean; era?: Calendar },
  prevKind: string,
  take: Consume,
  ahead: () => Slot[],
  aheadSkippingGlue: () => Slot[],
): boolean {
  const nx = ahead();
  // A count before its unit: "three days", «3 أيام»; "20th century".
  if (nx.some((x) => x.atom.kind === 'unit' && !x.atom.filler || x.atom.kind === 'unit' && x.atom.unit !== 'M') && f.unit === undefined && !f.hasCount && f.month === undefined) {
    if (a.ordinal && nx.some((x) => x.atom.kind === 'unit' && x.atom.unit === 'CE')) {
      f.century = a.n;
      take(s, 'century');
      return true;
    }
    if (!a.ordinal && a.digits <= 3) {
      f.count = a.n;
      f.hasCount = true;
      take(s, 'count');
      return true;
    }
  }
  // Clock time "10 a.m." ("15:00" is one token, read by numberAtom).
  const nextWord = scan.tok(s.to)?.fold ?? '';
  if (!a.ordinal && a.digits <= 2 && a.n >= 1 && a.n <= 12 && !f.clock && (nextWord === 'am' || nextWord === 'pm' || (nextWord === 'a' || nextWord === 'p') && scan.tok(s.to + 1)?.text === '.')) {
    f.clock = { hour: a.n % 12, minute: 0 };
    take(s, 'clock');
    meridiem(scan, f, take, s.to);
    return true;
  }
  // A day next to its month: "10 June", «10 يونيو», "June 10", «الثالث من…».
  // Not after a deictic: «اليوم الخميس 27 ربيع الآخر» is today, then a date of its own.
  if (a.digits <= 2 && a.n >= 1 && a.n <= 31 && f.day === undefined && f.year === undefined && f.deictic === undefined) {
    const monthAhead = aheadSkippingGlue().some((x) => x.atom.kind === 'month' || x.atom.kind === 'same' && x.atom.unit === 'M' || x.atom.kind === 'unit' && x.atom.unit === 'M' && x.atom.definite && !x.atom.plural && scan.tok(s.to)?.kind === 'word') || (scan.tok(s.to)?.text === '/' && slotsAt(scan, s.to + 1).some((x) => x.atom.kind === 'month'));
    // (A pack that writes the day first still reads "June 10" in Latin script: the English rules' month in its text.)
    if (f.month === undefined && monthAhead || f.month !== undefined && ((prevKind === 'month' && (scan.primary.rules.dayAfterMonth !== false || /[A-Za-z]/u.test(scan.tok(s.from - 1)?.text ?? ''))) || f.steps.at(-1) === 'dot')) {
      f.day = a.n;
      take(s, 'day');
      return true;
    }
  }
  // A year: after a month or day, after «عام»/"year", after a part ("early 2011"), or on its own.
  // «العام المقبل 2016»: the year in apposition names the shifted year outright.
  const apposition = f.unit === 'Y' && f.shift !== undefined && !f.hasCount && !f.pluralShift && !f.pluralUnit;
  if (a.digits === 4 && !a.ordinal && f.year === undefined && (f.unit === undefined || apposition) && (f.weekday === undefined || f.month !== undefined) && f.deictic === undefined) {
    // A year in 1300-1499 is Hijri in today's news unless marked Gregorian (as numeric dates are read).
    const islamicContext = a.era === 'islamic' || f.monthCalendar === 'islamic' || (a.era === undefined && f.monthCalendar === undefined && a.n >= 1300 && a.n < 1500) || nx.some((x) => x.atom.kind === 'era' && x.atom.calendar === 'islamic');
    const plausible = islamicContext ? a.n >= 1300 && a.n < 1600 : a.n >= 1000 && a.n < 2200;
    if (!plausible) return false;
    // «السنة المالية 2015 - 2016», «موسم 2015/2016»: two consecutive years name one fiscal year or season,
    // a stretch the contract's precisions cannot write; a career stint in brackets «(2007-2008)» stays two years.
    if (f.month === undefined && f.day === undefined && !islamicContext && seasonPair(scan, s, a.n)) return false;
    const afterName = f.month !== undefined || f.day !== undefined || f.yearIntroduced || f.part !== undefined || apposition;
    if (!afterName && (a.era ? yearAfterNoun(scan, s) : !standaloneYearOk(scan, s))) return false;
    if (f.month === undefined && f.monthCalendar === undefined && !islamicContext && !afterName && (a.n < STANDALONE_YEAR_MIN || a.n > STANDALONE_YEAR_MAX)) return false;
    f.year = a.n;
    f.yearCalendar = islamicContext ? 'islamic' : f.monthCalendar ?? 'gregory';
    take(s, 'year');
    return true;
  }
  // Two-digit year after an apostrophe is rare in news; skip.
  return false;
}

const YEAR_PAIR_JOINERS = new Set(['-', '\u2013', '/']);

/** Whether the year in slot s is one half of «Y - Y+1» not set in brackets. */
function seasonPair(scan: Scan, s: Slot, year: number): boolean {
  const yearAt = (k: number) => {
    const t = scan.tok(k);
    return t && /^\d{4}$/u.test(t.fold) ? Number(t.fold) : NaN; // folds carry ASCII digits
  };
  const joined = (k: number) => YEAR_PAIR_JOINERS.has(scan.tok(k)?.text ?? '');
  let first: number;
  // "a deficit of 3% in 2009/10": a slash and the next year's last two digits name one fiscal year too (a hyphen there
  // ends a range, see DateRules.abbreviatedRangeEnds).
  const two = scan.tok(s.to + 1);
  if (scan.tok(s.to)?.text === '/' && two && /^\d\d$/u.test(two.fold) && Number(two.fold) === (year + 1) % 100 && scan.rules.some((c) => c.rules.abbreviatedRangeEnds)) first = s.from;
  else if (joined(s.to) && yearAt(s.to + 1) === year + 1) first = s.from;
  else if (joined(s.from - 1) && yearAt(s.from - 2) === year - 1) first = s.from - 2;
  else return false;
  return scan.tok(first - 1)?.text !== '(';
}

/** "am", "pm", "a.m.", "p.m." after a clock number (tokens from i). */
function meridiem(scan: Scan, f: Frame, take: Consume, i: number): void {
  const t = scan.tok(i);
  if (!t || !f.clock) return;
  let word = t.fold;
  let to = i + 1;
  if ((word === 'a' || word === 'p') && scan.tok(i + 1)?.text === '.' && scan.tok(i + 2)?.fold === 'm') {
    word += 'm';
    to = scan.tok(i + 3)?.text === '.' ? i + 4 : i + 3;
  }
  if (word !== 'am' && word !== 'pm') return;
  if (word === 'pm' && f.clock.hour < 12) f.clock.hour += 12;
  take({ atom: { kind: 'punct', ch: word }, from: i, to, start: t.start }, 'meridiem');
}

/**
 * A year standing alone is a date only after a lead word ("in 2019", «في 2014», «بين 1989»), when a
 * conjunction or range joins it to another year («1989 و2003», 2009-2010), or before the end of a clause
 * ("the recession of 2001."); "2000 workers" is a quantity.
 */
function standaloneYearOk(scan: Scan, s: Slot): boolean {
  const k = s.from - 1;
  const prev = scan.tok(k);
  if (!prev) return chronologyEntry(scan, s);
  if (countAfterUntil(scan, s, k)) return false;
  if (scan.stems(k).some((stem) => scan.rules.some((c) => c.leads.has(stem) || c.yearDeterminers.has(stem)))) return true;
  // "the mayor's 1997 bid", "the club’s 2011 accounts": the tokens split the possessive into an apostrophe and "s".
  if (possessiveBefore(scan, k) && scan.rules.some((c) => c.yearDeterminers.has("'s"))) return true;
  if (yearModifier(scan, s)) return true;
  if (yearObject(scan, s)) return true;
  const tok = scan.tok(s.from)!;
  if (yearSubject(scan, s, prev)) return true;
  const yearLike = (t: Token | undefined) => t !== undefined && /^\d{4}$/u.test(t.fold);
  if (chronologyEntry(scan, s)) return true;
  const next = scan.tok(s.to);
  // «و2003» after «1989», "1989 and 2003", «1989 و 2003»; not a count joined to a count («2015 مستفيدا و1998 طالبة»).
  if ((tok.start < s.start && yearLike(prev)) || (prev.kind === 'word' && yearLike(scan.tok(k - 1)))) return !countedNounAfter(scan, s);
  if ((prev.text === '-' || prev.text === '\u2013' || prev.text === '/') && yearLike(scan.tok(k - 1))) return true;
  // A rising list of recent years: «(1962، 1974، 1992)», "in 2004, 2008 and 2012" («1500، 2000 زائر» is a count).
  const year = recentYear(tok);
  const comma = (t: Token | undefined) => t?.text === ',' || t?.text === '،';
  if (year !== null && comma(prev) && (recentYear(scan.tok(k - 1)) ?? Infinity) < year) return true;
  // A year in brackets with nothing after them dates the words before it («الإحصاء الأخير (2010).»); a bracketed
  // number before a noun is a count, as Saudi press writes them («(2000) وظيفة»).
  if (year !== null && prev.text === '(') {
    if (next?.text === ')' && scan.tok(s.to + 1)?.kind !== 'word' && scan.tok(s.to + 1)?.kind !== 'number') return true;
    if (comma(next) && (recentYear(scan.tok(s.to + 1)) ?? -Infinity) > year) return true;
  }
  if (next && (next.text === '-' || next.text === '\u2013') && yearLike(scan.tok(s.to + 1))) return true; // 2005-2007
  // "output rose 1983-86": a range with an abbreviated end (see DateRules.abbreviatedRangeEnds).
  if (year !== null && next && (next.text === '-' || next.text === '\u2013') && next.start === tok.end && scan.rules.some((c) => c.rules.abbreviatedRangeEnds)) {
    const two = scan.tok(s.to + 1);
    if (two && two.start === next.end && /^\d\d$/u.test(two.fold) && Number(two.fold) > year % 100) return true;
  }
  if (yearAfterNoun(scan, s)) return false;
  return prev.kind === 'word' && (!next || /^[.,;:!?؟،؛)]$/u.test(next.text));
}

/**
 * «سيصل العدد إلى 1920 عينة», «ارتفع إلى 2000 حالة»: after "to" a number followed by a counted noun (a word with
 * the pack's noun endings: ة, ـات) is an amount, not "until 1920".
 */
function countAfterUntil(scan: Scan, s: Slot, k: number): boolean {
  return scan.stems(k).some((stem) => scan.rules.some((c) => c.untilNowLeads.has(stem))) && countedNounAfter(scan, s);
}

/** The word after the number has the pack's counted-noun endings and is no lead or date word. */
function countedNounAfter(scan: Scan, s: Slot): boolean {
  const next = scan.tok(s.to);
  if (!next || next.kind !== 'word') return false;
  if (scan.stems(s.to).some((stem) => scan.rules.some((c) => c.leads.has(stem) || c.trie.next.has(stem)))) return false;
  return scan.rules.some((c) => (c.rules.countNounEndings ?? []).some((e) => next.fold.length > e.length + 1 && next.fold.endsWith(foldAny(e))));
}

/** Whether token k is the "s" of a possessive glued to the word before it ("mayor's", "club’s"). */
function possessiveBefore(scan: Scan, k: number): boolean {
  const s = scan.tok(k);
  const mark = scan.tok(k - 1);
  const owner = scan.tok(k - 2);
  return !!s && !!mark && !!owner && s.fold === 's' && (mark.text === "'" || mark.text === '\u2019') && mark.start === owner.end && s.start === mark.end && owner.kind === 'word';
}

/** "2004 was a record year": a recent year opening a sentence or a quotation, before a verb of the pack's list. */
function yearSubject(scan: Scan, s: Slot, prev: Token): boolean {
  if (!/^[.!?"“‘«]$/u.test(prev.text) || recentYear(scan.tok(s.from)) === null) return false;
  const next = scan.tok(s.to);
  return next?.kind === 'word' && scan.rules.some((c) => c.rules.yearSubjectVerbs?.some((w) => foldAny(w) === next.fold) === true);
}

/** "enter 2006 with", "ended 2005 on a high": a recent year as the object of a verb of the pack's yearObjectVerbs. */
function yearObject(scan: Scan, s: Slot): boolean {
  const prev = scan.tok(s.from - 1);
  if (!prev || prev.kind !== 'word' || recentYear(scan.tok(s.from)) === null) return false;
  if (!scan.rules.some((c) => c.rules.yearObjectVerbs?.includes(prev.fold))) return false;
  const next = scan.tok(s.to);
  return !next || next.kind === 'punct' && next.text !== '-' && next.text !== '\u2013' || next.kind === 'word' && scan.rules.some((c) => c.rules.yearObjectFollowers?.includes(next.fold));
}

/** The year a four-digit token names, when it is a year of the last two centuries or this one (1800–2099). */
function recentYear(t: Token | undefined): number | null {
  if (!t || !/^\d{4}$/u.test(t.fold)) return null;
  const n = Number(t.fold);
  return n >= 1800 && n <= 2099 ? n : null;
}

/** "a marvellous 2005 season": determiner, one lower-case adjective, the year, a word (see yearModifierDeterminers). */
function yearModifier(scan: Scan, s: Slot): boolean {
  const adjective = scan.tok(s.from - 1);
  const determiner = scan.tok(s.from - 2);
  const noun = scan.tok(s.to);
  if (!adjective || !determiner || !noun || adjective.kind !== 'word' || noun.kind !== 'word' || determiner.kind !== 'word') return false;
  if (adjective.text !== adjective.text.toLowerCase() || adjective.text === adjective.text.toUpperCase()) return false;
  // "the mayor's failed 1997 bid": a possessive determines like "her".
  const possessive = possessiveBefore(scan, s.from - 2) && scan.rules.some((c) => c.yearDeterminers.has("'s"));
  return scan.rules.some((c) => (possessive || c.rules.yearModifierDeterminers?.some((w) => foldAny(w) === determiner.fold)) && !c.rules.quantityAdjectives?.some((w) => foldAny(w) === adjective.fold));
}

/** «1994 - إعلان …» opening a line: an entry of a chronology ("on this day in history", a biography's timeline). */
function chronologyEntry(scan: Scan, s: Slot): boolean {
  const tok = scan.tok(s.from)!;
  const next = scan.tok(s.to);
  if (!next || !(next.text === '-' || next.text === '\u2013' || next.text === ':') || scan.tok(s.to + 1)?.kind !== 'word') return false;
  // Only blanks back to the line start (a bounded look-back: one long line must not be rescanned per year).
  for (let k = tok.start - 1, n = 0; k >= 0 && n < 16; k--, n++) {
    const ch = scan.text[k];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0') return false;
  }
  return tok.start === 0 || /^[ \t\u00a0]*$/u.test(scan.text.slice(0, tok.start));
}

/** In a pack where a year glued to a noun names an edition: is the year in slot s such a year? */
function yearAfterNoun(scan: Scan, s: Slot): boolean {
  if (!scan.primary.rules.yearAfterNounIsName) return false;
  const k = s.from - 1;
  const prev = scan.tok(k);
  if (!prev || scan.tok(s.from)!.start < s.start) return false; // «و2015م» joins a list
  // «معرض "ألوان" 2015م»: a quoted name right before the year (the quote closes on a letter).
  if (prev.kind === 'punct' && /^["”»]$/u.test(prev.text)) return WORD_START.test(scan.text[prev.start - 1] ?? ' ');
  if (prev.kind !== 'word') return false;
  if (/^\d{4}$/u.test(scan.tok(k - 1)?.fold ?? '')) return false; // «1989 و 2003»
  return !scan.stems(k).some((stem) => scan.rules.some((c) => c.leads.has(stem) || c.yearDeterminers.has(stem)));
}

/** Punctuation inside an expression: the comma of "June 10, 2020", the parenthesis of «الأحد (26/شوال/1437هـ)». */
function punctStep(scan: Scan, f: Frame, s: Slot, take: Consume): boolean {
  const ch = (s.atom as { ch: string }).ch;
  const nx = slotsAt(scan, s.to);
  // "June 10, 2020", "Tuesday, June 10".
  if (ch === ',') {
    if (f.month !== undefined && f.day !== undefined && f.year === undefined && nx.some((x) => x.atom.kind === 'number' && x.atom.digits === 4)) {
      f.steps.push('comma');
      return (take({ ...s }, 'comma'), true);
    }
    if (f.weekday !== undefined && f.month === undefined && nx.some((x) => x.atom.kind === 'month' || x.atom.kind === 'number' && x.atom.digits <= 2)) return (take(s, 'comma'), true);
  }
  // «يوم الأحد (26/شوال/ 1437هـ)»: the date of the weekday in parentheses.
  if (ch === '(' && f.weekday !== undefined && f.month === undefined && nx.some((x) => x.atom.kind === 'numericDate' || x.atom.kind === 'number' && x.atom.digits <= 2)) {
    take(s, 'paren');
    return true;
  }
  return false;
}

/** After a paired month in parentheses, the closing parenthesis belongs to the expression. */
function closeParen(scan: Scan, s: Slot, take: Consume): void {
  const t = scan.tok(s.to);
  if (t?.text === ')' && (scan.tok(s.from - 1)?.text === '(' || scan.tok(s.from - 2)?.text === '(')) take({ ...s, atom: { kind: 'punct', ch: ')' }, from: s.to, to: s.to + 1 }, 'paren');
}

function isGlue(a: SlotAtom, started: boolean, prevKind: string): boolean {
  if (a.kind === 'glue') return started || a.initial === true;
  if (a.kind === 'punct') return started && (a.ch === '/' || a.ch === '(' || a.ch === '-' && (prevKind === 'part' || prevKind === 'count' || prevKind === 'month'));
  if (a.kind === 'unit' && a.filler && a.unit === 'M') return started && (prevKind === 'glue' || prevKind === 'ordinal' || prevKind === 'day');
  return false;
}

/** What may follow a piece of glue. */
function glueTarget(a: SlotAtom, glue: SlotAtom, f: Frame): boolean {
  // «7 / يوليو / 2015م», «26/شوال/ 1437هـ»: a month name between slashes.
  if (glue.kind === 'punct' && glue.ch === '/' && (a.kind === 'month' && f.month === undefined && f.day !== undefined || a.kind === 'number' && a.digits === 4 && f.month !== undefined && f.year === undefined)) return true;
  // «تشرين الأول - أكتوبر»: after a month name a dash only joins the month's other name.
  if (glue.kind === 'punct' && glue.ch === '-' && f.steps.at(-1) === 'month') return a.kind === 'month' && f.month === a.month;
  if (glue.kind === 'punct') return a.kind === 'month' && f.month === a.month || glue.ch === '-' && (a.kind === 'month' || a.kind === 'number' || a.kind === 'unit' && f.hasCount === true);
  // "the" belongs to "the 1990s", "the past two weeks", "the end of May", but not to "the 1987 crash" or "the two days" (TimeML extents).
  if (glue.kind === 'glue' && glue.initial && f.steps.length === 0) return ['shift', 'ordinal', 'decade', 'part'].includes(a.kind);
  return ['month', 'number', 'unit', 'shift', 'numericDate', 'holiday', 'same'].includes(a.kind) || a.kind === 'glue';
}

/** "USA Today", "Russia Today": in a pack with capitalised names, a capitalised deictic right after a capitalised word ends a name. */
function deicticInName(scan: Scan, s: Slot): boolean {
  const tok = scan.tok(s.from)!;
  if (!scan.rules.some((c) => c.rules.capitalisedNames && c.trie.next.has(tok.fold)) || !/^\p{Lu}/u.test(tok.text)) return false;
  const prev = scan.tok(s.from - 1);
  return !!prev && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && /^[ \t]+$/u.test(scan.text.slice(prev.end, tok.start));
}

/**
 * "the film Fahrenheit 9/11": a date name written with digits right after a capitalised word (not a lead or
 * determiner such as "After", "Since", "The") ends a title, as a weekday ends "Sunday Times".
 */
function digitNameInTitle(scan: Scan, s: Slot): boolean {
  const tok = scan.tok(s.from)!;
  const prev = scan.tok(s.from - 1);
  if (!/^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(tok.text) || !prev || prev.kind !== 'word' || !/^\p{Lu}/u.test(prev.text) || !/^[ \t]+$/u.test(scan.text.slice(prev.end, tok.start))) return false;
  return !scan.stems(s.from - 1).some((stem) => scan.rules.some((c) => c.leads.has(stem) || c.yearDeterminers.has(stem)));
}

/** False when a weekday name is part of a name: "Sunday Times", "Black Friday", "Mr Monday". */
function weekdayIsDay(scan: Scan, s: Slot): boolean {
  const tok = scan.tok(s.from)!;
  const prev = scan.tok(s.from - 1);
  // A name word right before («Black Friday», «سامي الخميس»: a given name, then a family name that is a weekday's),
  // unless a date word follows that only a day takes («عاد خالد الخميس الماضي من الخارج»).
  if (prev && prev.kind === 'word' && scan.rules.some((c) => c.nameWords.has(prev.fold)) && !slotsAt(scan, s.to).some((x) => ['shift', 'daypart', 'number', 'month', 'equals', 'numericDate'].includes(x.atom.kind))) return false;
  if (!/^[A-Z]/u.test(tok.text)) return true;
  const next = scan.tok(s.to);
  if (next && next.kind === 'word' && /^[A-Z]/u.test(next.text) && !slotsAt(scan, s.to).some((x) => x.atom.kind === 'month' || x.atom.kind === 'daypart')) return false;
  return true;
}

// ───────────────────────────── Resolution ─────────────────────────────

interface Resolved {
  value: string | null;
  type: TimeExpression['type'];
  relative: boolean;
  weekday?: number;
  rule: string;
}

type Ymd = [number, number, number];

/** Whether the frame is an expression at all (a lone "this" or ordinal is not). */
function resolvable(f: Frame): boolean {
  return (
    f.month !== undefined ||
    f.monthShift !== undefined ||
    f.same !== undefined ||
    f.year !== undefined ||
    f.weekday !== undefined ||
    f.deictic !== undefined ||
    f.decade !== undefined ||
    f.century !== undefined ||
    f.ref !== undefined ||
    f.frequency !== undefined ||
    f.shiftAlone !== undefined ||
    f.clock !== undefined ||
    (f.every === true && (f.daypart !== undefined || f.weekday !== undefined)) ||
    (f.unit !== undefined && f.pluralUnit === true) ||
    (f.unit !== undefined && (f.shift !== undefined || f.ago !== undefined || f.hasCount || f.every === true || f.definiteUnit === true && f.part !== undefined))
  );
}

function resolve(f: Frame, anchor: Ymd | null, tense: () => Tense): Resolved | null {
  if (f.equivalent) {
    // Prefer the Gregorian writing; both name the same day.
    const a = resolve({ ...f, equivalent: undefined }, anchor, tense);
    const b = resolve(f.equivalent, anchor, tense);
    const greg = f.equivalent.yearCalendar !== 'islamic' && f.equivalent.monthCalendar !== 'islamic' ? b : a;
    const chosen = greg?.value ? greg : a?.value ? a : b;
    return chosen ? { ...chosen, weekday: a?.weekday ?? chosen.weekday, rule: `${chosen.rule}+equivalent` } : null;
  }
  if (f.yearShift !== undefined && anchor && f.year === undefined) {
    const islamic = f.monthCalendar === 'islamic';
    const year = (islamic ? hijriOf(anchor)[0] : anchor[0]) + f.yearShift;
    return resolve({ ...f, yearShift: undefined, year, yearCalendar: islamic ? 'islamic' : 'gregory' }, anchor, tense);
  }
  if (f.monthShift !== undefined) {
    if (!anchor) return { value: null, type: 'date', relative: true, rule: 'day-of-shifted-month' };
    const first = fromTime(Date.UTC(anchor[0], anchor[1] - 1 + f.monthShift, 1));
    const r = resolve({ ...f, monthShift: undefined, month: first[1], year: first[0], monthCalendar: 'gregory', yearCalendar: 'gregory' }, anchor, tense);
    return r && { ...r, relative: true, rule: 'day-of-shifted-month' };
  }
  if (f.every || f.frequency) return setValue(f);
  if (f.ref) return { value: null, type: 'date', relative: true, rule: `ref:${f.ref}` };
  if (f.shiftAlone) return { value: null, type: 'date', relative: true, rule: `ref:${f.shiftAlone}` };
  if (f.decade) return { value: f.decade, type: 'date', relative: false, rule: 'decade' };
  if (f.century !== undefined) return { value: String(f.century - 1).padStart(2, '0'), type: 'date', relative: false, rule: 'century' };
  const day = dayOf(f, anchor, tense);
  if (day) {
    if (f.clock || f.daypart) return { ...day, type: 'time' };
    return day;
  }
  if (f.clock) return { value: null, type: 'time', relative: false, rule: 'clock' };
  if (f.month !== undefined) return monthValue(f, anchor, tense);
  if (f.year !== undefined) return yearValue(f);
  if (f.unit !== undefined) return unitValue(f, anchor, tense);
  return null;
}

/** Day-precision expressions: full dates, day + month, weekdays, deictic days. */
function dayOf(f: Frame, anchor: Ymd | null, tense: () => Tense): Resolved | null {
  const r = dayOfNamed(f, anchor, tense);
  if (!r || !f.dayOffset || !r.value) return r;
  const d = addDays(parseIso(r.value)!, f.dayOffset);
  return { ...r, value: iso(d), weekday: weekdayOf(d), rule: `${r.rule}+offset` };
}

function dayOfNamed(f: Frame, anchor: Ymd | null, tense: () => Tense): Resolved | null {
  if (f.day !== undefined && f.month !== undefined) {
    if (f.monthCalendar === 'islamic' || f.yearCalendar === 'islamic') {
      const hy = f.year ?? (anchor ? hijriYearFor(f.month, f.day, anchor, f.shift ?? 0, tense) : null);
      if (hy === null) return { value: null, type: 'date', relative: true, rule: 'hijri-day-month' };
      const g = hijriToGregorian(hy, f.month, f.day);
      return { value: g ? iso(g) : null, type: 'date', relative: f.year === undefined, weekday: g ? weekdayOf(g) : undefined, rule: f.year === undefined ? 'hijri-day-month' : 'hijri-date' };
    }
    const year = f.year ?? (anchor ? pickYear(f.month, f.day, anchor, f.shift ?? 0, tense) : null);
    if (!validDay(year ?? 2000, f.month, f.day)) return null;
    if (year === null) return { value: null, type: 'date', relative: true, rule: 'day-month' };
    const d: Ymd = [year, f.month, f.day];
    const rule = f.steps.includes('holiday') ? 'named-day' : f.year === undefined ? 'day-month' : 'day-month-year';
    return { value: iso(d), type: 'date', relative: f.year === undefined, weekday: weekdayOf(d), rule };
  }
  // «أمس الثلاثاء»: the day comes from «أمس»; the named weekday stays in weekday (it confirms the publication date).
  if (f.deictic !== undefined) {
    if (!anchor) return { value: null, type: 'date', relative: true, weekday: f.weekday, rule: 'deictic' };
    const d = addDays(anchor, f.deictic);
    // «أمس الخميس» in a paper whose date (a crawl date, a print date) is a day or more off: the named weekday is the
    // more specific word. It gives the day: the such weekday nearest the deictic's day, on the deictic's side of the
    // anchor (yesterday is not after it, tomorrow not before it).
    if (f.weekday !== undefined && weekdayOf(d) !== f.weekday) {
      const back = nearestWeekday(d, f.weekday, 'onOrBefore');
      const fwd = nearestWeekday(d, f.weekday, 'onOrAfter');
      const allowed = [back, fwd].filter((c) => (f.deictic! < 0 ? cmp(c, anchor) <= 0 : f.deictic! > 0 ? cmp(c, anchor) >= 0 : true));
      const named = allowed.sort((a, b) => Math.abs(cmp(a, d)) - Math.abs(cmp(b, d)) || (f.deictic! > 0 ? cmp(b, a) : cmp(a, b)))[0];
      if (named) return { value: iso(named), type: 'date', relative: true, weekday: f.weekday, rule: 'deictic-weekday+named' };
    }
    return { value: iso(d), type: 'date', relative: true, weekday: f.weekday ?? weekdayOf(d), rule: f.weekday === undefined ? 'deictic' : 'deictic-weekday' };
  }
  if (f.weekday !== undefined) {
    if (!anchor) return { value: null, type: 'date', relative: true, weekday: f.weekday, rule: 'weekday' };
    let d: Ymd;
    let rule: string;
    if (f.unit === 'W' && f.shift !== undefined) {
      // "Tuesday of last week": that weekday inside the shifted week.
      const monday = addDays(anchor, -((weekdayOf(anchor) + 6) % 7) + 7 * f.shift);
      d = addDays(monday, (f.weekday + 6) % 7);
      rule = 'weekday-of-week';
    } else {
      const dir = f.shift === -1 ? 'before' : f.shift === 1 ? 'after' : tense() === 'future' ? 'onOrAfter' : 'onOrBefore';
      d = nearestWeekday(anchor, f.weekday, dir);
      rule = f.shift === -1 ? 'weekday-last' : f.shift === 1 ? 'weekday-next' : `weekday-${dir === 'onOrAfter' ? 'future' : 'past'}`;
    }
    return { value: iso(d), type: 'date', relative: true, weekday: f.weekday, rule };
  }
  return null;
}

function monthValue(f: Frame, anchor: Ymd | null, tense: () => Tense): Resolved | null {
  const m = f.month!;
  if (f.monthCalendar === 'islamic') {
    const hy = f.year ?? (anchor ? hijriYearFor(m, 15, anchor, f.shift ?? 0, tense) : null);
    if (hy === null) return { value: null, type: 'date', relative: true, rule: 'hijri-month' };
    return { value: hijriMonthValue(hy, m), type: 'date', relative: f.year === undefined, rule: f.year === undefined ? 'hijri-month' : 'hijri-month-year' };
  }
  if (f.year !== undefined) return { value: `${pad(f.year, 4)}-${pad(m)}`, type: 'date', relative: false, rule: 'month-year' };
  if (!anchor) return { value: null, type: 'date', relative: true, rule: 'month' };
  const year = pickYear(m, null, anchor, f.shift ?? 0, tense);
  return { value: `${pad(year, 4)}-${pad(m)}`, type: 'date', relative: true, rule: f.shift === -1 ? 'month-last' : f.shift === 1 ? 'month-next' : 'month' };
}

function yearValue(f: Frame): Resolved {
  if (f.yearCalendar === 'islamic') {
    const first = hijriToGregorian(f.year!, 1, 1);
    const last = hijriToGregorian(f.year! + 1, 1, 1);
    const value = first && last && first[0] === addDays(last, -1)[0] ? String(first[0]) : null;
    return { value, type: 'date', relative: false, rule: 'hijri-year' };
  }
  return { value: pad(f.year!, 4), type: 'date', relative: false, rule: 'year' };
}

/** From this many years on, «منذ N سنوات» is a span ("for ten years"); «منذ عامين» still dates a start. */
const SINCE_SPAN_MIN_YEARS = 3;

const UNIT_DAYS: Partial<Record<TimeUnit, number>> = { D: 1, W: 7 };

/** Count + unit: "three days ago" (a date), "the past two weeks" (a duration), "last year" (a date), "for three years" (a duration). */
function unitValue(f: Frame, anchor: Ymd | null, tense: () => Tense): Resolved | null {
  const unit = f.unit!;
  // A bare plural ("for months", «منذ شهور») has no count.
  const count = f.hasCount ? f.count ?? null : f.pluralUnit ? null : 1;
  const duration = (): Resolved => ({ value: durationValue(unit, count), type: 'duration', relative: false, rule: 'duration' });
  if (f.ago !== undefined) {
    // Counted from a time in the story, not from publication: only the amount is known.
    if (f.narrative) return { ...duration(), rule: 'ago-narrative' };
    // «تعود السيارة إلى مالكها بعد 22 عاماً»: without a future cue, "after 22 years" is how long, not when.
    if (f.agoFutureOnly && tense() !== 'future') return { ...duration(), rule: 'after-span' };
    // «أعمل هنا منذ عشر سنوات», «للمرة الأولى منذ ستة أعوام»: several years since is a span lasting until now.
    if (f.since && count !== null && count >= SINCE_SPAN_MIN_YEARS && (unit === 'Y' || unit === 'DE' || unit === 'CE')) return { ...duration(), rule: 'since-span' };
    if (f.vague || count === null) return { value: null, type: 'date', relative: true, rule: 'ago-vague' };
    if (!anchor) return { value: null, type: 'date', relative: true, rule: 'ago' };
    return { value: shiftedValue(anchor, unit, f.ago * count), type: 'date', relative: true, rule: 'ago' };
  }
  if (f.shift !== undefined) {
    // A plural shift or a count turns "the past two weeks" into a stretch of time.
    if (f.pluralShift || (f.hasCount && count !== 1) || f.pluralUnit) return duration();
    if (!anchor) return { value: null, type: 'date', relative: true, rule: 'unit-shift' };
    const value = shiftedValue(anchor, unit, f.shift);
    return value ? { value, type: 'date', relative: true, rule: f.part ? 'part-of-unit' : 'unit-shift' } : null;
  }
  if (f.definiteUnit && f.part !== undefined && anchor) {
    // «نهاية الأسبوع», «منتصف الشهر»: part of the current unit. A weekend told in the past early in the week
    // («قتل 14 شخصاً خلال عطلة نهاية الأسبوع», published Monday to Thursday) is the one just gone, last week's.
    // Told on a Monday or Tuesday with no tense cue near it, the weekend is the one just gone too (a long clause
    // between the verb and the date: «وهدم السيل عشرات المنازل في القرى الساحلية خلال عطلة نهاية الأسبوع»).
    const t = unit === 'W' && f.part === 'end' ? tense() : 'none';
    const pastWeekend = unit === 'W' && f.part === 'end' && weekdayOf(anchor) >= 1 && (t === 'past' ? weekdayOf(anchor) <= 4 : t === 'none' && weekdayOf(anchor) <= 2);
    const value = shiftedValue(anchor, unit, pastWeekend ? -1 : 0);
    return value ? { value, type: 'date', relative: true, rule: 'part-of-unit' } : null;
  }
  if (f.hasCount || f.pluralUnit) return duration();
  return null;
}

function shiftedValue(anchor: Ymd, unit: TimeUnit, by: number): string | null {
  switch (unit) {
    case 'D':
      return iso(addDays(anchor, by));
    case 'W':
      return isoWeek(addDays(anchor, 7 * by));
    case 'M': {
      const total = anchor[0] * 12 + anchor[1] - 1 + by;
      return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}`;
    }
    case 'Y':
      return pad(anchor[0] + by, 4);
    case 'DE':
      return String(Math.floor((anchor[0] + 10 * by) / 10));
    case 'CE':
      return String(Math.floor((anchor[0] + 100 * by) / 100));
    default:
      return UNIT_DAYS[unit] ? iso(addDays(anchor, by * UNIT_DAYS[unit]!)) : null;
  }
}

/** TimeML duration: P3Y, P2W, PT5H, PXM for an unspecified count. */
function durationValue(unit: TimeUnit, count: number | null): string {
  const n = count === null ? 'X' : String(count);
  switch (unit) {
    case 'H':
      return `PT${n}H`;
    case 'MIN':
      return `PT${n}M`;
    case 'S':
      return `PT${n}S`;
    case 'DE':
      return count === null ? 'PXDE' : `P${count * 10}Y`;
    case 'CE':
      return count === null ? 'PXCE' : `P${count * 100}Y`;
    case 'Q':
      return count === null ? 'PXQ' : `P${count * 3}M`;
    default:
      return `P${n}${unit}`;
  }
}

function setValue(f: Frame): Resolved {
  const unit = f.frequency ?? f.unit;
  if (unit) return { value: durationValue(unit, f.hasCount ? f.count ?? null : 1), type: 'set', relative: false, rule: 'set' };
  if (f.weekday !== undefined) return { value: `XXXX-WXX-${((f.weekday + 6) % 7) + 1}`, type: 'set', relative: false, rule: 'set-weekday' };
  return { value: null, type: 'set', relative: false, rule: 'set' };
}

// ── Tense: the nearest cue word in the sentence decides past or future. ──

type Tense = 'past' | 'future' | 'none';

const CUE_WINDOW = 10;

function tenseAround(scan: Scan, from: number, to: number, sentence: Segment | null, verbForms = false): Tense {
  const inSentence = (t: Token) => !sentence || (t.start >= sentence.start && t.end <= sentence.end);
  // Search outwards from the expression, each side stopping at the end of its clause.
  const open = [true, true];
  // A fronted adverbial ("On Wednesday, he will …"): its comma does not close the clause it modifies.
  const fronted = frontedBefore(scan, from, sentence);
  // A possessive ("Wednesday's debate would decide …"): the noun it modifies has its own verb after it, which a
  // reporting verb before ("aides said") does not govern; read that side first.
  const apostrophe = scan.tok(to)?.text;
  if ((apostrophe === "'" || apostrophe === '\u2019') && scan.tok(to + 1)?.fold === 's' && scan.tok(to)!.start === scan.tok(to - 1)!.end) {
    for (let k = to + 2; k < to + 2 + CUE_WINDOW; k++) {
      const t = scan.tok(k);
      if (!t || !inSentence(t) || CLAUSE_END.has(t.text)) break;
      const cue = cueOf(scan, k, verbForms);
      if (cue) return cue;
    }
  }
  for (let d = 1; d <= CUE_WINDOW && (open[0] || open[1]); d++) {
    for (const side of [0, 1]) {
      if (!open[side]) continue;
      const k = side === 0 ? from - d : to - 1 + d;
      const t = scan.tok(k);
      if (side === 1 && d === 1 && fronted && t?.text === ',') continue;
      // After the date, a relative pronoun opens a clause of its own too: «استعادة القوات السيطرة الأربعاء على القرى التي
      // يتحصن فيها …» (the verb after «التي» is not the tense of the clause the weekday stands in).
      if (!t || !inSentence(t) || CLAUSE_END.has(t.text) || (side === 1 && scan.rules.some((c) => c.clauseOpeners.has(t.fold) || (c.rules.relativeWords?.some((w) => foldAny(w) === t.fold) ?? false)))) {
        open[side] = false;
        continue;
      }
      const cue = cueOf(scan, k, verbForms);
      if (cue) return cue;
    }
  }
  return 'none';
}

/** Whether the expression opens its sentence (after at most one lead word such as "On"). */
function frontedBefore(scan: Scan, from: number, sentence: Segment | null): boolean {
  if (!sentence) return false;
  const prev = scan.tok(from - 1);
  if (!prev || prev.start < sentence.start) return true;
  if (prev.kind !== 'word' || !scan.stems(from - 1).some((stem) => scan.rules.some((c) => c.leads.has(stem)))) return false;
  const before = scan.tok(from - 2);
  return !before || before.start < sentence.start;
}

const CLAUSE_END = new Set([',', '،', ';', '؛', ':', '(', ')', '"', '«', '»', '“', '”']);

/** «نهاية الأسبوع» with no shift of its own: the weekend just gone or the coming one, as the verb's form says. */
function weekendPart(f: Frame): boolean {
  return f.unit === 'W' && f.part === 'end' && f.shift === undefined && !!f.definiteUnit;
}

/** A weekday with no direction, day, month or year of its own («الخميس», «مساء الخميس»): its clause's tense decides it. */
function bareWeekday(f: Frame): boolean {
  return f.weekday !== undefined && (f.shift === undefined || f.shift === 0) && f.deictic === undefined && f.unit === undefined && f.day === undefined && f.month === undefined && f.year === undefined;
}

function cueOf(scan: Scan, k: number, verbForms = false): Tense | null {
  const t = scan.tok(k);
  if (!t || t.kind !== 'word') return null;
  for (const c of scan.rules) {
    // "will be held", "must be filed": a participle after an auxiliary is no tense; the auxiliary is read next.
    const participle = c.participleAuxiliaries.size > 0 && c.participleAuxiliaries.has(scan.tok(k - 1)?.fold ?? '');
    for (const stem of scan.stems(k)) {
      if (c.futureCues.has(stem)) return 'future';
      if (c.pastCues.has(stem) && !participle) return 'past';
    }
    if (!participle && t.fold.length >= 5 && c.rules.pastSuffixes.some((suf) => t.fold.endsWith(suf))) return 'past';
  }
  if (verbForms) {
    for (const c of scan.rules) {
      const form = c.rules.verbTense?.(t.fold, scan.tok(k - 1)?.fold);
      if (form) return form;
    }
  }
  return null;
}

// ── Calendar arithmetic (UTC dates as [y, m, d]). ──

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = ([y, m, d]: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const toTime = ([y, m, d]: Ymd) => Date.UTC(y, m - 1, d);
const fromTime = (t: number): Ymd => {
  const x = new Date(t);
  return [x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate()];
};
const addDays = (d: Ymd, n: number): Ymd => fromTime(toTime(d) + n * 86_400_000);
const weekdayOf = (d: Ymd) => new Date(toTime(d)).getUTCDay();
const cmp = (a: Ymd, b: Ymd) => toTime(a) - toTime(b);

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO 8601 week: YYYY-Www. */
function isoWeek(d: Ymd): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const jan1: Ymd = [thursday[0], 1, 1];
  const week = 1 + Math.floor((toTime(thursday) - toTime(jan1)) / (7 * 86_400_000));
  return `${pad(thursday[0], 4)}-W${pad(week)}`;
}

function nearestWeekday(anchor: Ymd, weekday: number, dir: 'before' | 'after' | 'onOrBefore' | 'onOrAfter'): Ymd {
  const w = weekdayOf(anchor);
  if (dir === 'onOrBefore' || dir === 'before') {
    let back = (w - weekday + 7) % 7;
    if (back === 0 && dir === 'before') back = 7;
    return addDays(anchor, -back);
  }
  let fwd = (weekday - w + 7) % 7;
  if (fwd === 0 && dir === 'after') fwd = 7;
  return addDays(anchor, fwd);
}

/** How far (days) a yearless date may lie on the wrong side of publication before tense moves it a year (tuned on TBAQ-cleaned). */
const TENSE_SLACK_DAYS = 92;

/** The year of a month (and day) without a year: the shift decides, then tense; otherwise the anchor's year. */
function pickYear(month: number, day: number | null, anchor: Ymd, shift: -1 | 0 | 1, tense: () => Tense): number {
  const y = anchor[0];
  const here: Ymd = [y, month, day ?? 1];
  const anchorKey: Ymd = day === null ? [y, anchor[1], 1] : anchor;
  const c = cmp(here, anchorKey);
  if (shift === -1) return c < 0 ? y : y - 1;
  if (shift === 1) return c > 0 ? y : y + 1;
  const t = tense();
  // The tense cue is a guess (the nearest verb may belong to another clause): it moves a date to the
  // previous or next year only when the date would otherwise lie well on the wrong side of publication.
  const days = (toTime(here) - toTime(anchorKey)) / 86_400_000;
  if (t === 'past' && days > TENSE_SLACK_DAYS) return y - 1;
  if (t === 'future' && days < -TENSE_SLACK_DAYS) return y + 1;
  return y;
}

// ── Hijri (Umm al-Qura) through Intl, no tables. ──

let hijriFormat: Intl.DateTimeFormat | null = null;

function hijriOf(d: Ymd): Ymd {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = hijriFormat.formatToParts(new Date(toTime(d)));
  const get = (type: string) => +(parts.find((p) => p.type === type)?.value ?? NaN);
  return [get('year'), get('month'), get('day')];
}

const HIJRI_EPOCH = Date.UTC(622, 6, 16);
const MEAN_HIJRI_YEAR = 354.36667;
const MEAN_HIJRI_MONTH = 29.530589;

/** Gregorian day of a Hijri date: estimate, then search a few days around it with Intl. */
export function hijriToGregorian(y: number, m: number, d: number): Ymd | null {
  const estimate = HIJRI_EPOCH + Math.round((y - 1) * MEAN_HIJRI_YEAR + (m - 1) * MEAN_HIJRI_MONTH + d - 1) * 86_400_000;
  const guess = fromTime(estimate);
  for (let off = 0; off <= 6; off++) {
    for (const sign of off === 0 ? [0] : [-1, 1]) {
      const g = addDays(guess, sign * off);
      const h = hijriOf(g);
      if (h[0] === y && h[1] === m && h[2] === d) return g;
    }
  }
  return null;
}

/** A Hijri month as the Gregorian precision that covers it: YYYY-MM if inside one month, else YYYY, else null. */
function hijriMonthValue(y: number, m: number): string | null {
  const first = hijriToGregorian(y, m, 1);
  const next = m === 12 ? hijriToGregorian(y + 1, 1, 1) : hijriToGregorian(y, m + 1, 1);
  if (!first || !next) return null;
  const last = addDays(next, -1);
  if (first[0] !== last[0]) return null;
  return first[1] === last[1] ? `${pad(first[0], 4)}-${pad(first[1])}` : pad(first[0], 4);
}

/** The Hijri year of a Hijri month/day without a year, by the same shift and tense rules as Gregorian months. */
function hijriYearFor(m: number, d: number, anchor: Ymd, shift: -1 | 0 | 1, tense: () => Tense): number {
  const h = hijriOf(anchor);
  const c = m * 31 + d - (h[1] * 31 + h[2]);
  if (shift === -1) return c < 0 ? h[0] : h[0] - 1;
  if (shift === 1) return c > 0 ? h[0] : h[0] + 1;
  const t = tense();
  if (t === 'future') return c < 0 ? h[0] + 1 : h[0];
  // News reports mostly the past: a Hijri month after the current one is last year's.
  return c > 0 && t === 'past' ? h[0] - 1 : c > 31 ? h[0] - 1 : h[0];
}

// ───────────────────────────── Entry point ─────────────────────────────


/** How far back any step looks (the tense cue window is the widest). */
const LOOK_BEHIND = CUE_WINDOW + 4;

/**
 * All time expressions in the article, resolved against `article.published` (relative ones get
 * value null when it is null). Ordered by position.
 */
export function findTimeExpressions(article: Article): TimeExpression[] {
  return resolveTimes(article, scanTimes(article));
}

/** One expression the scan found, with everything its resolution needs from the text. */
interface FoundTime {
  parsed: Parsed;
  /** Character offset where its last token ends. */
  end: number;
  sentence: number;
  /** The tense of the words around it (what a relative expression without a direction leans on). */
  tense: Tense;
}

/**
 * The time expressions of an article's text, not yet resolved: finding them does not depend on the
 * publication date, so the pipeline scans once and resolves twice when it infers that date from the
 * dates themselves (see pipeline.ts). The scan belongs to the article's text and pack.
 */
export interface TimeScan {
  readonly text: string;
  readonly found: readonly FoundTime[];
}

/**
 * Whether a word is inert depends on its folded form and the rule set only, so the set lives as long as the
 * rule set, across articles (a batch stops looking up "the" and "said" after the first article); bounded.
 */
const inertWords = new WeakMap<CompiledRules, Set<string>>();
function inertWordsOf(rules: CompiledRules): Set<string> {
  let words = inertWords.get(rules);
  if (!words) inertWords.set(rules, (words = new Set()));
  return words;
}

export function scanTimes(article: Article): TimeScan {
  const pack = article.pack;
  const primary = compile(pack.dates);
  const rules = [primary];
  // Latin-script runs (tweet signatures, English names of months) are read with the English rules in any article.
  if (latinDates !== pack.dates) rules.push(compile(latinDates));
  const tokens = new TokenStream(article.text);
  const stemCache = new WindowCache<string[]>();
  const stemsOf = (i: number): string[] => {
    let stems = stemCache.get(i);
    if (stems) return stems;
    const t = tokens.at(i);
    stems = !t ? [] : t.kind === 'word' && isArabicLetter(t.fold.charCodeAt(0)) ? pack.stems(t.fold) : [t.fold];
    stemCache.set(i, stems);
    return stems;
  };
  const scan: Scan = {
    text: article.text,
    tok: (i) => tokens.at(i),
    stems: stemsOf,
    rules,
    numericDates: findNumericDates(article.text, pack),
    slotCache: new WindowCache(),
    inert: inertWordsOf(primary),
    pack,
    primary,
    dispatch: dispatchOf(article),
  };
  const found: FoundTime[] = [];
  let sentenceIndex = 0;
  const sentences = article.sentences;
  for (let i = 0; tokens.at(i); ) {
    // Nothing looks back more than a few tokens: release what lies behind so huge inputs stay light.
    tokens.release(i - LOOK_BEHIND);
    const token = tokens.at(i)!;
    // No expression starts with punctuation: skip it without classifying.
    if (token.kind === 'punct') {
      i++;
      continue;
    }
    // most words start nothing: ask the (cached) slots before building a parse frame for them
    const parsed = slotsAt(scan, i).length ? parseRun(scan, i) : null;
    if (!parsed || !resolvable(parsed.frame) || !supported(scan, parsed)) {
      i++;
      continue;
    }
    while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex].end <= token.start) sentenceIndex++;
    const sentence = sentences[sentenceIndex] ?? null;
    // The tense is read now, while the expression's tokens are in the window (the stream forgets them).
    found.push({ parsed, end: tokens.at(parsed.to - 1)!.end, sentence: sentenceIndex, tense: tenseAround(scan, parsed.from, parsed.to, sentence, bareWeekday(parsed.frame) || weekendPart(parsed.frame)) });
    i = Math.max(parsed.to, i + 1);
    const rangeEnd = pack.dates.abbreviatedRangeEnds ? abbreviatedRangeEnd(scan, parsed) : null;
    if (rangeEnd) {
      found.push({ parsed: rangeEnd, end: tokens.at(rangeEnd.to - 1)!.end, sentence: sentenceIndex, tense: found.at(-1)!.tense });
      i = rangeEnd.to;
    }
  }
  return { text: article.text, found };
}

/**
 * "from 1962-79": after a bare year (nothing but the year read, so not "May 2011-12") a hyphen or dash and two
 * digits later in the same century end a range; the two digits are that year. A number glued on after them
 * ("1962-79-3") or a longer one is something else.
 */
function abbreviatedRangeEnd(scan: Scan, p: Parsed): Parsed | null {
  const f = p.frame;
  if (f.year === undefined || f.yearCalendar !== 'gregory' || f.month !== undefined || f.day !== undefined || f.unit !== undefined || f.steps.at(-1) !== 'year') return null;
  const dash = scan.tok(p.to);
  const two = scan.tok(p.to + 1);
  if (!dash || !two || (dash.text !== '-' && dash.text !== '\u2013') || !/^\d\d$/u.test(two.fold)) return null;
  if (dash.start !== scan.tok(p.to - 1)!.end || two.start !== dash.end) return null;
  const after = scan.tok(p.to + 2);
  if (after && after.start === two.end && (after.kind === 'number' || /^[-\u2013/.:,]$/u.test(after.text) && /^\d/u.test(scan.tok(p.to + 3)?.fold ?? ''))) return null;
  const year = f.year - (f.year % 100) + Number(two.fold);
  if (year <= f.year) return null;
  return { frame: { year, yearCalendar: 'gregory', steps: ['year'] }, from: p.to + 1, to: p.to + 2, start: two.start };
}

/** Resolve a scan's expressions against the article's publication date. */
/** How far (characters) a weekday may follow the one whose tense it takes («الجمعة في كونيكتيكت بين …، والسبت …»). */
const WEEKDAY_SERIES_CHARS = 160;
/** The text before a weekday that opens its clause: a comma or semicolon, and at most a conjunction written on it. */
const WEEKDAY_OPENS_CLAUSE = /[,\u060C;\u061B]\s*[\p{L}]{0,2}$/u;

export function resolveTimes(article: Article, timeScan: TimeScan): TimeExpression[] {
  const pack = article.pack;
  const anchor = parseIso(article.published?.date ?? null);
  const out: TimeExpression[] = [];
  // The last year the text wrote out, and in which sentence: «في 1993 … انتهت في 31 يوليو» is 31 July 1993.
  let storyYear: { year: number; month: number | null; sentence: number } | null = null;
  // The last day (or month) the text named, for «في اليوم نفسه» and «الثامن من الشهر ذاته».
  let lastDay: string | null = null;
  let lastMonth: string | null = null;
  // The last calendar date the text named (any precision), for "34 years later" / "two days earlier".
  let lastTime: { value: string; sentence: number } | null = null;
  const lists = weekdayDayLists(timeScan, (pack.dates.weekdaySetHeads ?? []).map((w) => pack.fold(w)), pack.dates.conjunctions, pack.fold);
  for (const [index, { parsed, end, sentence: sentenceIndex, tense: foundTense }] of timeScan.found.entries()) {
    if (lists.absorbed.has(index)) continue;
    // «تقام المباريات الجمعة في …، والسبت في …»: a bare weekday whose own clause gives no tense takes the tense of
    // the bare weekday before it in the sentence (a schedule or a chronicle told day by day).
    let ownTense = foundTense;
    // Only a weekday that opens its clause («، والسبت في …»): one after a verb the pack cannot read keeps its own reading.
    if (ownTense === 'none' && bareWeekday(parsed.frame) && WEEKDAY_OPENS_CLAUSE.test(timeScan.text.slice(Math.max(0, parsed.start - 8), parsed.start))) {
      for (let k = index - 1; k >= 0 && timeScan.found[k].sentence === sentenceIndex; k--) {
        const before = timeScan.found[k];
        if (!bareWeekday(before.parsed.frame)) continue;
        if (parsed.start - before.end <= WEEKDAY_SERIES_CHARS) ownTense = before.tense;
        break;
      }
    }
    const tense = () => ownTense;
    const listed = lists.days.get(index);
    let frame: Frame = listed ?? (parsed.frame.same ? fromAntecedent(parsed.frame, parsed.frame.same === 'D' ? lastDay : lastMonth) : storyYear && storyYear.sentence === sentenceIndex && !sinceEarlierMonth(article, parsed, storyYear.month, timeScan.text) ? inYear(parsed.frame, storyYear.year) : parsed.frame);
    // «منذ يوم أمس الأربعاء», «اليوم (الخميس)»: a bare weekday right after a deictic day the scan read apart (only
    // weekday names and apposition marks between) is that day's name, as in «أمس الأربعاء»: the deictic's side of the
    // story's today, not the clause's tense, decides which such weekday it is.
    if (!listed && bareWeekday(frame) && frame.deictic === undefined) {
      const said = deicticBeforeDate(pack.dates, timeScan.text.slice(Math.max(0, parsed.start - 120), parsed.start));
      if (said && (said.weekday === undefined || said.weekday === frame.weekday)) frame = { ...frame, deictic: said.days };
    }
    let r: Resolved | null = resolve(frame, anchor, listed ? () => timeScan.found[lists.monthOf.get(index)!]!.tense : tense);
    if (r && listed) r = { ...r, rule: 'weekday-day-list' };
    // "in 1970 … 34 years later": counted from the time the story last named, at the unit's precision.
    if (r && (frame.fromStory || storyShiftApplies(frame)) && lastTime && sentenceIndex - lastTime.sentence <= STORY_REACH_SENTENCES) r = fromStoryTime(frame, lastTime.value) ?? r;
    if (r?.value && r.type === 'date' && /^\d{4}(?:-\d\d){0,2}$/u.test(r.value)) lastTime = { value: r.value, sentence: sentenceIndex };
    if (r?.value && /^\d{4}-\d\d/u.test(r.value)) {
      lastMonth = r.value.slice(0, 7);
      if (/^\d{4}-\d\d-\d\d/u.test(r.value)) lastDay = r.value.slice(0, 10);
    }
    const yearWritten = frame.steps.some((st) => st === 'year' || st === 'numeric' || st === 'numeric-hijri');
    if (r?.value && yearWritten && /^\d{4}(?:-\d\d){0,2}$/u.test(r.value)) storyYear = { year: +r.value.slice(0, 4), month: r.value.length >= 7 ? +r.value.slice(5, 7) : null, sentence: sentenceIndex };
    if (r) {
      const expr: TimeExpression = { span: [parsed.start, end], text: timeScan.text.slice(parsed.start, end), value: r.value, relative: r.relative, type: r.type, ...(r.rule === 'unit-shift' ? { unitShift: true } : {}), rule: `${pack.code}:${parsed.frame.same ? `same-${parsed.frame.same === 'D' ? 'day' : 'month'}` : r.rule}` };
      if (r.weekday !== undefined) expr.weekday = r.weekday;
      out.push(expr);
    }
  }
  return out;
}

/**
 * «أيام الأحد والاثنين والثلاثاء 3 و4 و5 رجب المقبل», "on Tuesday and Wednesday, 12 and 13 May": weekdays
 * joined in a list, then as many day numbers and a month. Each weekday is the day its number names in that month
 * (the weekdays only restate them); the month is part of those days, not a date of its own.
 */
function weekdayDayLists(scan: TimeScan, setHeads: string[], conjunctions: readonly string[], fold: (w: string) => string): { days: Map<number, Frame>; monthOf: Map<number, number>; absorbed: Set<number> } {
  const days = new Map<number, Frame>();
  const monthOf = new Map<number, number>();
  const absorbed = new Set<number>();
  const found = scan.found;
  for (let i = 0; i < found.length; i++) {
    if (!bareWeekday(found[i].parsed.frame) || found[i].parsed.frame.daypart !== undefined) continue;
    let j = i;
    while (j + 1 < found.length && bareWeekday(found[j + 1].parsed.frame) && joinsList(scan.text.slice(found[j].end, found[j + 1].parsed.start), conjunctions, fold)) j++;
    const next = found[j + 1];
    // «أيام الخميس والجمعة» (on Thursdays and Fridays): weekdays after a plural "days" recur, they date nothing.
    const before = /([\p{L}\p{M}]+)\s{1,3}$/u.exec(scan.text.slice(Math.max(0, found[i].parsed.start - 20), found[i].parsed.start))?.[1];
    const recurring = before !== undefined && setHeads.includes(fold(before));
    if (j === i || !next || next.parsed.frame.month === undefined || next.parsed.frame.weekday !== undefined) {
      if (recurring) for (let k = i; k <= j; k++) absorbed.add(k);
      i = j;
      continue;
    }
    const gap = scan.text.slice(found[j].end, next.parsed.start);
    const numbers = gap.length <= 40 ? dayList(gap, conjunctions, fold) : [];
    const withDay = next.parsed.frame.day !== undefined;
    if (numbers.length + (withDay ? 1 : 0) !== j - i + 1) {
      if (recurring) for (let k = i; k <= j; k++) absorbed.add(k);
      i = j;
      continue;
    }
    const month = next.parsed.frame;
    for (let k = i; k <= j; k++) {
      const day = k - i < numbers.length ? numbers[k - i] : month.day!;
      days.set(k, { ...month, day, steps: [...month.steps, 'day-list'] });
      monthOf.set(k, j + 1);
    }
    if (!withDay) absorbed.add(j + 1);
    i = j + 1;
  }
  return { days, monthOf, absorbed };
}

/**
 * The text between two weekdays of a list: at most a comma and a conjunction (the pack's; an Arabic one is written
 * on the next word, so it ends the gap): "Monday and Tuesday", «الأحد والاثنين», «السبت، الأحد».
 */
function joinsList(gap: string, conjunctions: readonly string[], fold: (w: string) => string): boolean {
  if (gap.length > 12) return false;
  const words = gap.split(LIST_PUNCT).filter((w) => w !== '');
  if ((gap.match(/[,\u060C]/gu)?.length ?? 0) > 1) return false;
  return words.length === 0 || (words.length === 1 && conjunctions.includes(fold(words[0])));
}

const LIST_PUNCT = /[\s,\u060C]+/u;
const DAY_NUMBER = /^[0-9\u0660-\u0669\u06F0-\u06F9]{1,2}$/u;

/**
 * The day numbers between a list of weekdays and their month, or none when the gap holds anything else: «3 و4 و5»,
 * "12, 13 and 14" (numbers, commas and the pack's conjunctions, alone or written on the number; two to seven numbers).
 */
function dayList(gap: string, conjunctions: readonly string[], fold: (w: string) => string): number[] {
  if (!/^\s/u.test(gap) || !/\s$/u.test(gap)) return [];
  const numbers: number[] = [];
  for (const word of gap.split(LIST_PUNCT)) {
    if (word === '' || conjunctions.includes(fold(word))) continue;
    const joined = conjunctions.find((c) => word.length > c.length && fold(word.slice(0, c.length)) === c && DAY_NUMBER.test(word.slice(c.length)));
    const digits = joined ? word.slice(joined.length) : word;
    if (!DAY_NUMBER.test(digits) || numbers.length === 7) return [];
    numbers.push(Number(asciiDigits(digits)));
  }
  return numbers;
}

/**
 * "fees rose from October 2008 … but have stayed flat since June": a bare month after "since" (the pack's
 * reference.since) that comes earlier in the calendar than the month the sentence named with its year cannot lie in
 * that year (a span since it would hold the later month); it is left to the publication date.
 */
function sinceEarlierMonth(article: Article, parsed: Parsed, storyMonth: number | null, text: string): boolean {
  const month = parsed.frame.month;
  const since = article.pack.dates.reference?.since;
  if (storyMonth === null || month === undefined || parsed.frame.year !== undefined || parsed.frame.monthCalendar === 'islamic' || month >= storyMonth || !since) return false;
  const word = /([\p{L}\p{M}]+)[^\p{L}\p{M}\p{N}]*$/u.exec(text.slice(Math.max(0, parsed.start - 24), parsed.start))?.[1];
  if (!word) return false;
  const forms = article.pack.stems(article.pack.fold(word));
  return since.some((w) => forms.includes(article.pack.fold(w)));
}

/** How many sentences back the story time of "34 years later" may have been named. */
const STORY_REACH_SENTENCES = 1;

/**
 * "34 years later" after "in 1970" is 2004: the count shifts the last named time, at the precision of the
 * unit (a year for years, a month for months, a day for days and weeks), when that time is at least as
 * precise. A vague count ("years later") or a coarser time leaves the duration.
 */
function fromStoryTime(f: Frame, last: string): Resolved | null {
  const unit = f.unit;
  const count = f.hasCount ? f.count : 1;
  const dir = f.ago ?? (storyShiftApplies(f) ? f.shift : undefined);
  if (dir === undefined || f.vague || count === null || count === undefined || unit === undefined) return null;
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/u.exec(last);
  if (!m) return null;
  const [y, mo, d] = [+m[1], m[2] ? +m[2] : null, m[3] ? +m[3] : null];
  const by = dir * count;
  let value: string | null = null;
  if (unit === 'Y') value = pad(y + by, 4);
  else if (unit === 'M' && mo !== null) value = shiftedValue([y, mo, 1], 'M', by);
  else if ((unit === 'D' || unit === 'W') && mo !== null && d !== null) value = unit === 'D' ? iso(addDays([y, mo, d], by)) : iso(addDays([y, mo, d], 7 * by));
  return value ? { value, type: 'date', relative: true, rule: f.ago !== undefined ? 'ago-story' : 'shift-story' } : null;
}

/** A story-relative shift of one unit: "the following year", "the previous month", "the next day" (not "the next year"). */
function storyShiftApplies(f: Frame): boolean {
  if (!f.storyShift || f.shift === undefined || f.shift === 0 || f.pluralShift || f.pluralUnit || f.hasCount && f.count !== 1) return false;
  return f.storyShift === 'always' || f.unit === 'D';
}

/** «في اليوم نفسه» → the last day named; «الثامن من الشهر نفسه» → that day of the last month named. Unresolved without one. */
function fromAntecedent(f: Frame, last: string | null): Frame {
  const m = last ? /^(\d{4})-(\d\d)(?:-(\d\d))?$/u.exec(last) : null;
  if (!m) return f;
  const [year, month, day] = [+m[1], +m[2], m[3] ? +m[3] : undefined];
  if (f.same === 'D' && day === undefined) return f;
  const at = f.same === 'D' ? { day } : {};
  return { ...f, same: undefined, year, yearCalendar: 'gregory', month, monthCalendar: 'gregory', ...at, steps: [...f.steps, 'antecedent'] };
}

/** A Gregorian day or month with no year and no shift, placed in the year its sentence already wrote out. */
function inYear(f: Frame, year: number): Frame {
  const bare = f.month !== undefined && f.monthCalendar !== 'islamic' && f.year === undefined && f.shift === undefined && f.yearShift === undefined && f.monthShift === undefined && f.deictic === undefined && !f.equivalent;
  return bare ? { ...f, year, yearCalendar: 'gregory' } : f;
}

/** Weak words need support: a month like "May" or «آب», the ambiguous «اليوم», a lone year. */
function supported(scan: Scan, p: Parsed): boolean {
  const f = p.frame;
  const onlyMonth = f.month !== undefined && f.day === undefined && f.year === undefined && f.shift === undefined && f.part === undefined;
  if (onlyMonth && f.monthNeedsSupport && !f.steps.includes('paired-month') && !f.steps.includes('introducer') && !leadBefore(scan, p.from)) return false;
  // «بعد يوم الراحة»: an indefinite unit noun followed by a definite word is a construct ("the rest day"), not an amount.
  if (f.unit !== undefined && !f.definiteUnit && !f.hasCount && f.shift === undefined && constructFollows(scan, p.to)) return false;
  // «منذ الأسبوع المنتهي…»: "since the week …" is not "a week ago".
  if (f.ago !== undefined && f.definiteUnit && !f.hasCount) return false;
  // "day after day", «يوما بعد يوم», «عاما بعد عام»: not a shift from the anchor.
  if (f.ago !== undefined && slotsAt(scan, p.from - 1).some((x) => x.atom.kind === 'unit')) return false;
  // A bare plural unit is a duration only after a lead: "for years", "within days", «منذ سنوات».
  if (f.unit !== undefined && f.pluralUnit && !f.hasCount && f.shift === undefined && f.ago === undefined && !f.every && !leadBefore(scan, p.from)) return false;
  if (adjectivalUse(scan, p.from)) return false;
  if (bareWeekday(f) && f.daypart === undefined && scan.stems(p.from - 1).some((stem) => scan.rules.some((c) => c.weekdayNameHeads.has(stem)))) return false;
  if (f.month !== undefined && f.year === undefined && f.weekday === undefined && namedByHead(scan, p.from, f.day === undefined)) return false;
  if (f.same && scan.rules.some((c) => c.rules.relativeWords?.some((w) => foldAny(w) === scan.tok(p.to)?.fold))) return false;
  if (f.weakDeictic && f.weekday === undefined && f.daypart === undefined && (!(leadBefore(scan, p.from) || dispatchToday(scan, p.from) || reportedBefore(scan, p.from, p.to)) || definiteWordAfter(scan, p.to))) return false;
  if (f.weakDeictic && f.weekday === undefined && f.daypart === undefined && untilNowBefore(scan, p.from)) return false;
  return true;
}

/** What a story with a dateline says about the dates engine: the folded words of its agency or outlet, if any. */
function dispatchOf(article: Article): string[] | null {
  const d = article.dateline;
  if (!d || (!d.place && !d.agency)) return null;
  return d.agency ? d.agency.split(/\s+/u).map((w) => foldAny(w)) : [];
}

/**
 * «أعلنت الهيئة اليوم أنه…»: in a filed dispatch (a dateline with a place or an agency) a weak «اليوم» is the
 * day of filing even with no lead word; news copy under a dateline reports, it does not muse on "nowadays".
 * Not when it ends the outlet's own name («لـ"عين اليوم"»).
 */
function dispatchToday(scan: Scan, i: number): boolean {
  const agency = scan.dispatch;
  if (!agency) return false;
  const t = scan.tok(i);
  if (agency.length > 1 && agency.at(-1) === t?.fold) {
    let k = i - 1;
    let j = agency.length - 2;
    while (j >= 0 && scan.tok(k)?.fold === agency[j]) {
      k--;
      j--;
    }
    if (j < 0) return false;
  }
  return true;
}

/** «في اليوم الثاني», «اليوم العالمي»: a definite adjective after «اليوم» makes it a noun phrase, not today. */
function definiteWordAfter(scan: Scan, i: number): boolean {
  const t = scan.tok(i);
  if (!t || t.kind !== 'word') return false;
  const prefix = scan.primary.rules.definitePrefix;
  if (scan.rules.some((c) => c.sameWords.has(t.fold))) return true;
  if (prefix === undefined || !t.fold.startsWith(prefix) || t.fold.length <= prefix.length + 1) return false;
  return !scan.primary.notAdjectiveEndings.some((e) => t.fold.endsWith(e));
}

function constructFollows(scan: Scan, i: number): boolean {
  const prefix = scan.primary.rules.definitePrefix;
  const t = scan.tok(i);
  if (!prefix || !t || t.kind !== 'word' || !t.fold.startsWith(prefix)) return false;
  return !slotsAt(scan, i).some((x) => x.atom.kind !== 'glue');
}

/** «الأمين العام», «الرأي العام»: after a definite noun the word is an adjective, not a time noun. */
function adjectivalUse(scan: Scan, i: number): boolean {
  const prefix = scan.primary.rules.definitePrefix;
  const t = scan.tok(i);
  const prev = scan.tok(i - 1);
  if (!prefix || !t || !prev || prev.kind !== 'word') return false;
  // «والأمين العام السابق»: a conjunction written on the noun (the pack's one-letter conjunctions) keeps it definite.
  const conjoined = scan.primary.rules.conjunctions.some((c) => c.length === 1 && prev.fold.startsWith(c + prefix));
  if (!prev.fold.startsWith(prefix) && !conjoined) return false;
  if (!scan.rules.some((c) => c.adjectivalAfterDefinite.has(t.fold))) return false;
  const next = scan.tok(i + 1);
  if (next && scan.rules.some((c) => c.timeAfterAdjectival.has(next.fold))) return false;
  return !slotsAt(scan, i - 1).some((x) => x.atom.kind !== 'glue');
}

/** An ago-expression followed (within two words) by «من»/«على»: counted from another event. */
function anchoredToEvent(scan: Scan, i: number): boolean {
  for (let k = i; k < i + 2; k++) {
    const t = scan.tok(k);
    if (!t || t.kind === 'punct') return false;
    if (scan.rules.some((c) => c.eventAnchors.has(t.fold))) return true;
  }
  return false;
}

/** «إلى اليوم», «حتى اليوم»: the word before is a lead that, before a bare weak deictic, means "up to now". */
/**
 * «ملعب 22 مايو», «ثورة 25 يناير»: a day number right after an indefinite place or movement noun (its construct) names
 * the place; the month after it too («22 | مايو»).
 */
function namedByHead(scan: Scan, from: number, bareMonth = false): boolean {
  const isHead = (k: number) => {
    const t = scan.tok(k);
    const prefix = scan.primary.rules.definitePrefix;
    return !!t && t.kind === 'word' && !(prefix && t.fold.startsWith(prefix)) && scan.stems(k).some((stem) => scan.rules.some((c) => c.dateNameHeads.has(stem)));
  };
  const digit = (k: number) => /^[0-9\u0660-\u0669\u06F0-\u06F9]{1,2}$/u.test(scan.tok(k)?.text ?? '');
  // «مستشفى مايو كلينيك», «ثورة يناير»: a month name with no day right after such a noun names it too.
  return (digit(from) && isHead(from - 1)) || (digit(from - 1) && isHead(from - 2)) || (bareMonth && isHead(from - 1));
}

/**
 * How many words back a past verb may stand before a weak deictic it dates («أعلنت وزارة الصحة اليوم …»); a verb that
 * opens a long subject («أطلقت وزارة الصحة بالتعاون مع الجمعيات الخيرية في المنطقة اليوم …») is read further back.
 */
const REPORT_REACH = 5;
const REPORT_REACH_FORM = 10;

/**
 * «أكد صندوق التنمية العقاري اليوم إطلاق …», «أعلنت الوزارة اليوم …»: a weak deictic after a past verb and its
 * subject, in the same clause, is the day the thing was done or said («دواعش اليوم» has no verb; a clause opener
 * such as «أن» between them ends the search: «قال إن شباب اليوم …»).
 */
function reportedBefore(scan: Scan, i: number, to: number): boolean {
  // «بدأ السوق اليوم يستعيد دوره»: a present verb right after it makes it "nowadays".
  if (cueOf(scan, to, true) === 'future') return false;
  for (let k = i - 1; k >= Math.max(0, i - REPORT_REACH_FORM); k--) {
    const t = scan.tok(k);
    if (!t || t.kind !== 'word' || scan.rules.some((c) => c.clauseOpeners.has(t.fold))) return false;
    // A listed cue: a past verb reports the day; a verb of a scheduled happening («يلتقي الفريقان اليوم», «ستعقد
    // اليوم», pack todayVerbs) is today's too; another future cue («تواجه المملكة اليوم تحديات») is "nowadays".
    if (k >= i - REPORT_REACH) {
      if (scan.stems(k).some((stem) => scan.rules.some((c) => c.todayVerbs.has(stem)))) return true;
      if (scan.rules.some((c) => c.rules.futureMarked?.(t.fold))) return true;
      const cue = cueOf(scan, k);
      if (cue) return cue === 'past';
    }
    // A perfect by its form that opens the sentence («أطلقت الوزارة … اليوم», «انخفضت درجات الحرارة … اليوم»): the verb of a news
    // lead, however long its subject (inside a sentence such a form is as often a noun or an imperfect: «تنبت»).
    if (opensSentence(scan, k) && scan.rules.some((c) => c.rules.verbTense?.(t.fold, undefined) === 'past' && !scan.stems(k).some((stem) => c.copulas.has(stem)))) return true;
  }
  return false;
}

/** Token k starts a sentence: nothing before it, a line break, or a full stop. */
function opensSentence(scan: Scan, k: number): boolean {
  const t = scan.tok(k);
  const prev = scan.tok(k - 1);
  if (!t || !prev) return !!t;
  return ['.', '!', '?', '؟'].includes(prev.text) || /[\n.!?؟]/u.test(scan.text.slice(prev.end, t.start));
}

function untilNowBefore(scan: Scan, i: number): boolean {
  const k = i - 1;
  if (k < 0 || (scan.tok(k)?.kind ?? 'punct') === 'punct') return false;
  return scan.stems(k).some((stem) => scan.rules.some((c) => c.untilNowLeads.has(stem)));
}

function leadBefore(scan: Scan, i: number): boolean {
  const k = i - 1;
  if (k < 0 || (scan.tok(k)?.kind ?? 'punct') === 'punct') return false;
  return scan.stems(k).some((stem) => scan.rules.some((c) => c.leads.has(stem)));
}

function parseIso(date: string | null): Ymd | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(date) : null;
  return m ? [+m[1], +m[2], +m[3]] : null;
}
