/**
 * The language-pack contract. A pack is data plus the few functions that are truly language-specific;
 * the engines in src/extract/ read it. Adding a language = a folder src/lang/<code>/, one line in
 * src/lang/registry.ts and its tests.
 */
import type { DateRules } from '../extract/dates.js';
import type { ActorRules } from '../extract/actors.js';
import type { QuoteRules } from '../extract/quotes.js';
import type { HeadlineRules } from '../extract/headline.js';
import type { DatelineRules } from '../text/dateline.js';

export interface LanguagePack {
  code: string;
  /** English name of the language, for messages. */
  name: string;
  /** Writing direction of the script, for rendering. */
  direction: 'ltr' | 'rtl';
  /** Fold one word to its matching form (Arabic: hamza forms, ى/ي, ة/ه, diacritics, tatweel; Latin: lower case). */
  fold(word: string): string;
  /**
   * The folded word plus its forms without proclitics (Arabic و ف ب ل ك ال, in the orders they stack),
   * longest first. Languages without clitics return [folded].
   */
  stems(folded: string): string[];
  /**
   * The nouns a folded word may be with a possessive pronoun suffix taken off (Arabic «فرعها» → فرع). Languages
   * that write possessives as separate words leave it out.
   */
  possessedBases?(folded: string): string[];
  /** Words for "today" (folded) that, directly before a full date, state the publication date («اليوم الخميس 8 أكتوبر 2026»). */
  todayWords: readonly string[];
  /**
   * Articles written as words of their own (folded: the, a, an), which the engine steps over before a name or a
   * noun. Languages whose article is a prefix (Arabic «ال», taken off by `stems`) list none.
   */
  articles: ReadonlySet<string>;
  /** Abbreviations after which a full stop does not end a sentence (folded, without the dot). */
  abbreviations: ReadonlySet<string>;
  dates: DateRules;
  actors: ActorRules;
  quotes: QuoteRules;
  headline: HeadlineRules;
  /** Datelines and bylines that open a story («الرياض - واس:», «LONDON (Reuters) -»): agencies, places, months. */
  dateline: DatelineRules;
  /**
   * Set formulas written after a name, neither part of it nor words of the sentence (Arabic blessings: «صلى الله
   * عليه وسلم», «رحمه الله», «حفظه الله»). The actors and quotes stages read the tokens without them
   * (src/text/formulas.ts). Absent: none.
   */
  formulas?: readonly string[];
}
