/**
 * English time expressions: the words the dates engine (src/extract/dates.ts) composes. Data only.
 */
import type { DateAtom, DateRules, TimeUnit } from '../../extract/dates.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Month names that are also common words: a date only with a day, a year or a lead word ("in May"). */
const AMBIGUOUS_MONTHS = new Set(['March', 'May']);
const MONTH_ABBREVIATIONS: Array<[string, number]> = [
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8], ['Sep', 9], ['Sept', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const TENS: Array<[string, number]> = [['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100]];
const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

const UNITS: Array<[string[], TimeUnit]> = [
  [['day', 'days'], 'D'],
  [['week', 'weeks'], 'W'],
  [['month', 'months'], 'M'],
  [['year', 'years'], 'Y'],
  [['decade', 'decades'], 'DE'],
  [['century', 'centuries'], 'CE'],
  [['hour', 'hours'], 'H'],
  [['minute', 'minutes'], 'MIN'],
  // Not "quarter": "a quarter of workers" is a fraction far more often than three months in general news.
];

function lexicon(): Array<readonly [string, DateAtom]> {
  const out: Array<readonly [string, DateAtom]> = [];
  const add = (phrase: string, atom: DateAtom) => out.push([phrase, atom] as const);
  MONTHS.forEach((m, i) => add(m, { kind: 'month', month: i + 1, calendar: 'gregory', needsSupport: AMBIGUOUS_MONTHS.has(m) }));
  for (const [abbr, month] of MONTH_ABBREVIATIONS) add(abbr, { kind: 'month', month, calendar: 'gregory', needsSupport: true });
  WEEKDAYS.forEach((d, i) => add(d, { kind: 'weekday', weekday: i }));
  NUMBER_WORDS.forEach((w, n) => add(w, { kind: 'count', n }));
  for (const [w, n] of TENS) add(w, { kind: 'count', n });
  ORDINALS.forEach((w, i) => add(w, { kind: 'ordinal', n: i + 1 }));
  for (const unit of ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']) {
    add(`twenty-${unit}`, { kind: 'ordinal', n: 21 + ORDINALS.indexOf(unit) });
  }
  add('thirtieth', { kind: 'ordinal', n: 30 });
  add('thirty-first', { kind: 'ordinal', n: 31 });
  for (const w of ['a', 'an', 'one']) add(w, { kind: 'count', n: 1, onlyBeforeUnit: true });
  for (const w of ['several', 'few', 'a few', 'some', 'many', 'recent', 'coming']) add(w, { kind: 'count', n: null, onlyBeforeUnit: true });
  add('a couple of', { kind: 'count', n: 2, onlyBeforeUnit: true });
  for (const [words, unit] of UNITS) {
    add(words[0], { kind: 'unit', unit });
    add(words[1], { kind: 'unit', unit, plural: true });
  }
  add('fortnight', { kind: 'unit', unit: 'W', n: 2 });
  // "last weekend", "this weekend": the ISO week it belongs to.
  add('weekend', { kind: 'unit', unit: 'W' });
  add('weekends', { kind: 'unit', unit: 'W', plural: true });
  add('yesterday', { kind: 'deictic', days: -1 });
  add('today', { kind: 'deictic', days: 0 });
  add('tonight', { kind: 'deictic', days: 0 });
  add('tomorrow', { kind: 'deictic', days: 1 });
  add('the day before yesterday', { kind: 'deictic', days: -2 });
  add('the day after tomorrow', { kind: 'deictic', days: 2 });
  // English puts the shift before its noun ("last week"); "this Tuesday" never reads "Tuesday this".
  add('last', { kind: 'shift', dir: -1, position: 'before' });
  // "the previous year", "the following day": counted from the story's time; "following the talks" is a preposition.
  add('previous', { kind: 'shift', dir: -1, position: 'before', anaphoric: 'always' });
  add('preceding', { kind: 'shift', dir: -1, position: 'before', anaphoric: 'always', needsArticle: true });
  add('following', { kind: 'shift', dir: 1, position: 'before', anaphoric: 'always', needsArticle: true });
  add('past', { kind: 'shift', dir: -1, alone: 'past', position: 'before' });
  add('next', { kind: 'shift', dir: 1, position: 'before', anaphoric: 'withArticle' });
  for (const w of ['coming', 'upcoming']) add(w, { kind: 'shift', dir: 1, position: 'before' });
  for (const w of ['this', 'current', 'this fiscal', 'the current']) add(w, { kind: 'shift', dir: 0, position: 'before' });
  add('ago', { kind: 'ago', dir: -1, position: 'after' });
  add('from now', { kind: 'ago', dir: 1, position: 'after' });
  add('earlier', { kind: 'ago', dir: -1, position: 'after', narrative: true });
  add('later', { kind: 'ago', dir: 1, position: 'after', narrative: true });
  for (const w of ['early', 'earlier', 'beginning of', 'the beginning of', 'the start of', 'start of']) add(w, { kind: 'part', part: 'start' });
  for (const w of ['mid', 'the middle of', 'middle of']) add(w, { kind: 'part', part: 'mid' });
  for (const w of ['late', 'later', 'the end of', 'end of']) add(w, { kind: 'part', part: 'end' });
  for (const w of ['morning', 'this morning']) add(w, { kind: 'daypart', code: 'MO' });
  add('afternoon', { kind: 'daypart', code: 'AF' });
  add('evening', { kind: 'daypart', code: 'EV' });
  for (const w of ['night', 'overnight']) add(w, { kind: 'daypart', code: 'NI' });
  for (const w of ['every', 'each', 'per']) add(w, { kind: 'every' });
  const freq: Array<[string, TimeUnit]> = [['daily', 'D'], ['weekly', 'W'], ['monthly', 'M'], ['annually', 'Y'], ['yearly', 'Y'], ['hourly', 'H']];
  for (const [w, unit] of freq) add(w, { kind: 'frequency', unit });
  for (const w of ['now', 'currently', 'nowadays', 'at present', 'presently']) add(w, { kind: 'ref', ref: 'present' });
  // Only words that mostly name a time (TimeML annotates "recently" but rarely "previously" or "soon").
  for (const w of ['recently', 'lately']) add(w, { kind: 'ref', ref: 'past' });
  for (const w of ['in the future']) add(w, { kind: 'ref', ref: 'future' });
  for (const w of ['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some']) add(w, { kind: 'approx' });
  for (const w of ['more than', 'at least', 'less than']) add(w, { kind: 'vague' });
  add('of', { kind: 'glue' });
  add('the', { kind: 'glue', initial: true });
  add('noon', { kind: 'daypart', code: 'AF' });
  const holidays: Array<[string, number, number, 'gregory' | 'islamic', number?]> = [
    ['Christmas', 12, 25, 'gregory'], ['Christmas Day', 12, 25, 'gregory'], ['Christmas Eve', 12, 24, 'gregory'],
    ["New Year's Day", 1, 1, 'gregory'], ["New Year's Eve", 12, 31, 'gregory'], ["Valentine's Day", 2, 14, 'gregory'],
    ['Halloween', 10, 31, 'gregory'], ['Eid al-Fitr', 10, 1, 'islamic'], ['Eid al-Adha', 12, 10, 'islamic'],
    // A date that is a name: the September 11 attacks.
    ['9/11', 9, 11, 'gregory', 2001],
  ];
  for (const [name, month, day, calendar, year] of holidays) add(name, { kind: 'holiday', month, day, calendar, ...(year ? { year } : {}) });
  return out;
}

export const dates: DateRules = {
  lexicon,
  numericOrder: 'MDY',
  capitalisedNames: true,
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  numberSuffixes: { s: { decade: true }, am: { meridiem: 'am' }, pm: { meridiem: 'pm' } },
  conjunctions: ['and', 'or'],
  leads: ['in', 'on', 'since', 'until', 'till', 'by', 'during', 'from', 'to', 'before', 'after', 'through', 'between', 'early', 'late', 'mid', 'last', 'next', 'this', 'for', 'year', 'within', 'over', 'throughout'],
  nameWords: ['black', 'good', 'cyber', 'super', 'bloody', 'ash', 'holy', 'easter', 'palm', 'maundy', 'mr', 'mrs', 'ms', 'dr', 'man', 'girl'],
  adjectivalAfterDefinite: [],
  sameWords: ['same'],
  eventAnchors: [],
  // Also the reporting periods of business news: "fiscal 2004", "fourth-quarter 2004 profits", "first-half 2004 sales".
  // "a 2003 review", "an 1860 survey": the indefinite article, like the definite one, makes the year a modifier of its noun
  // (the article rules out a count: "a 2000 workers" is not English; "a further 2000 jobs" is kept out by the adjective).
  abbreviatedRangeEnds: true,
  yearObjectVerbs: ['enter', 'enters', 'entered', 'entering', 'start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'beginning',
    'end', 'ends', 'ended', 'ending', 'finish', 'finishes', 'finished', 'finishing', 'welcome', 'welcomed', 'welcoming'],
  yearObjectFollowers: ['with', 'on', 'in', 'as', 'at', 'by', 'and', 'strongly', 'well', 'badly'],
  // "the October surprise", "March Madness", "the October Revolution": the month names a thing, not a time.
  monthCompoundNouns: ['surprise', 'surprises', 'madness', 'revolution'],
  // A season before a year dates it at year precision wherever the clause goes on ("in autumn 2011 and again in 2013");
  // not "fall", a verb before counts ("shares fall 2000 points" is rare, but "fall" is mostly a verb).
  yearDeterminers: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', "'s", 'of', 'fiscal', 'quarter', 'half', 'spring', 'summer', 'autumn', 'winter'],
  periodWords: ['quarter', 'quarters', 'half', 'fiscal', 'financial', 'season', 'period', 'year', 'years'],
  yearModifierDeterminers: ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that'],
  // Past forms only: "2005 will be a big year" mostly restates a forecast the story gives elsewhere.
  anaphoricYearDeterminers: ['the'],
  yearSubjectVerbs: ['was', 'has', 'saw', 'brought', 'marked', 'proved', 'became'],
  quantityAdjectives: ['further', 'extra', 'additional', 'total', 'estimated', 'mere', 'record', 'staggering', 'whopping', 'reported', 'combined', 'net', 'gross', 'average', 'maximum', 'minimum', 'full', 'whole', 'remaining', 'approximate', 'expected', 'projected', 'massive', 'huge', 'modest', 'paltry', 'healthy', 'respectable'],
  // "ahead of Friday's summit", "with Wednesday's debate approaching": an event still to come
  futureCues: ['will', "'ll", 'shall', 'next', 'upcoming', 'scheduled', 'expected', 'plans', 'planned', 'due', 'later', 'going', 'set', 'coming', 'aims', 'intends', 'would', 'ahead', 'approaching', 'looming', 'must', 'come', 'await', 'awaits', 'awaiting'],
  pastCues: ['since', 'said', 'says', 'was', 'were', 'had', 'did', 'told', 'ago', 'last', 'announced', 'met', 'held', 'took', 'came', 'went', 'won', 'lost', 'began', 'made', 'gave', 'spoke', 'left', 'saw', 'died', 'fell', 'rose', 'hit', 'wrote',
    // Irregular past forms that are not also present forms (not "put", "cut", "read", "set", "let").
    'sent', 'brought', 'bought', 'caught', 'fought', 'sought', 'taught', 'thought', 'found', 'kept', 'led', 'paid', 'ran',
    'sold', 'spent', 'stood', 'struck', 'became', 'broke', 'chose', 'drew', 'drove', 'flew', 'grew', 'heard', 'knew', 'meant',
    'shot', 'sat', 'sank', 'stole', 'swore', 'threw', 'understood', 'wore', 'woke', 'withdrew', 'shook', 'fled', 'felt',
    'dealt', 'built', 'lent', 'got', 'forgot', 'hid', 'slid', 'sang', 'swam', 'rang'],
  // "said in an interview Monday that he plans to stay": the that-clause's verbs do not date the saying.
  clauseOpeners: ['that'],
  pastSuffixes: ['ed'],
  participleAuxiliaries: ['be', 'been', 'being'],
  reference: {
    comparison: ['than'],
    deadline: ['later', 'earlier', 'sooner'],
    since: ['since'],
    sinceReach: 4,
    record: ['highest', 'lowest', 'biggest', 'largest', 'smallest', 'best', 'worst', 'strongest', 'weakest', 'longest', 'shortest', 'fastest', 'slowest', 'sharpest', 'steepest', 'deepest', 'first', 'record'],
    baseline: ['from', 'against', 'compared', 'comparison', 'versus', 'vs'],
    openBound: ['beyond'],
    openBoundYear: ['before', 'after'],
    measureNouns: ['level', 'levels', 'figure', 'figures', 'prices', 'rates', 'values', 'terms', 'average', 'standards'],
    baselineLead: ['compared', 'comparison', 'versus', 'vs'],
    spanLeads: ['over', 'during', 'for', 'throughout', 'in', 'within'],
    spanArticles: ['the'],
    nowadays: ['today'],
    // "the 2004 model year", "the 2005 models": the year names a product line.
    // "between 1900 and 2000 GMT": a clock time on the 24-hour clock, not a year.
    // "a 2000 strong crowd", "a 1900 seat hall": a count before a measure word, not a year.
    labelNouns: ['model', 'models', 'gmt', 'bst', 'utc', 'cet', 'hrs', 'hours', 'strong', 'seat', 'seater', 'page', 'word', 'yard', 'metre', 'metres', 'meter', 'meters'],
    // "the 2002 hit", "her 1998 album", "the 1964 Disney movie": the year labels a work (not an event named by its year,
    // "the 2004 Olympics", nor a series or an edition, which in sport is a competition).
    // Also "her 1991 single", "a 2009 memoir", and with one lower-case word between ("her 1967 breakthrough album").
    productNouns: ['film', 'films', 'movie', 'movies', 'album', 'albums', 'hit', 'hits', 'sequel', 'remake', 'original', 'version', 'novel', 'song', 'songs', 'documentary', 'musical', 'blockbuster',
      'single', 'singles', 'ep', 'product', 'products', 'gadgets', 'book', 'books', 'memoir', 'memoirs', 'autobiography', 'biography', 'comedy', 'thriller', 'sitcom', 'drama', 'cartoon', 'anthem', 'ballad', 'soundtrack'],
    productNotAfter: ['in', 'on', 'at', 'by', 'since', 'from', 'until', 'till', 'during', 'before', 'after', 'of', 'throughout'],
    openBoundAfter: ['and beyond', 'or beyond'],
    // "compared with $1.1bn in the same period in 2003": the same period of another year is a baseline.
    samePeriod: ['same', 'corresponding', 'equivalent', 'comparable'],
    samePeriodNouns: ['period', 'quarter', 'month', 'week', 'half', 'season', 'time', 'stage', 'point'],
    samePeriodOf: ['in', 'of', 'during', 'last'],
    // "the release of October jobs data", "the March trade figures": the month names what the data cover.
    periodNouns: ['data', 'figures', 'statistics', 'numbers', 'report', 'payrolls'],
    periodDeterminers: ['of', 'the', 'its', 'their', "'s", 'this', 'last', 'latest'],
    examples: [
      { text: 'Wages grew faster than in 2011, the union said on Monday.', published: '2014-03-05', notEvents: ['2011'], events: ['Monday'] },
      { text: 'The party is weaker now than it was two years ago.', published: '2014-03-05', notEvents: ['two years ago'], events: [] },
      { text: 'The bonds hit their lowest yield since August 2009 on Friday.', published: '2014-03-07', notEvents: ['August 2009'], events: ['Friday'] },
      { text: 'Jobless claims hit their lowest level since records began in 1971, the office said in 2004.', published: null, notEvents: ['1971'], events: ['2004'] },
      { text: 'She won her first title since the Paris Open in 2001, and the club has grown since it moved in 1999.', published: null, notEvents: ['2001'], events: ['1999'] },
      { text: 'Gold rose above that mark for the first time since June.', published: '2014-03-07', notEvents: ['June'], events: [] },
      { text: 'The treaty binds members beyond 2030, and talks resume in 2015.', published: '2014-03-07', notEvents: ['2030'], events: ['2015'] },
      { text: 'Spending is still below its 1998 levels.', published: '2014-03-07', notEvents: ['1998'], events: [] },
      { text: 'Profit rose to $5m in 2004 from $3m a year earlier.', published: null, notEvents: ['a year earlier'], events: ['2004'] },
      { text: 'Losses were $12m in 2010, against $9m a year earlier.', published: null, notEvents: ['a year earlier'], events: ['2010'] },
    { text: 'Exports rose 6% in 2012, down from 9% the previous year.', published: null, notEvents: ['the previous year'], events: ['2012'] },
      { text: 'Millions may lose cover before 2030, and costs rose after 2009.', published: null, notEvents: ['2030', '2009'], events: [] },
      { text: 'The vote must come before May 2010, and rents rose after March 2008; the plant shut in April 2009.', published: null, notEvents: ['May 2010', 'March 2008'], events: ['April 2009'] },
      { text: 'Security spending grew after 9/11, and again after the March 2003 invasion.', published: null, notEvents: [], events: ['9/11', 'March 2003'] },
      { text: 'Growth slowed in 2003 after more than 10% in 2000.', published: null, notEvents: [], events: ['2003', '2000'] },
      // Deadlines and plain "since" stay events; a story's later happenings too.
      { text: 'The pact was signed in 1990. Twenty years later, it collapsed.', published: null, notEvents: [], events: ['1990', 'Twenty years later'] },
      { text: 'Bids must arrive no later than June 30, and the firm has grown since 2009.', published: '2014-03-07', notEvents: [], events: ['June 30', '2009'] },
      { text: 'The 2008 crash hit savers, and more than 10 years ago rates were higher.', published: '2014-03-07', notEvents: [], events: ['2008'] },
      // An amount measured from a date: the date is the baseline; with no amount, "from" starts a period.
      { text: 'Sales climbed to 9.2% this spring, up from just over 4% in 2010.', published: '2014-03-07', notEvents: ['2010'], events: [] },
      { text: 'The peso closed at 19.40, down from the 18.95 pesos late Monday.', published: '2014-03-05', notEvents: ['Monday'], events: [] },
      { text: 'Exports will grow from 40,000 tonnes in 2011 to 65,000 tonnes in 2015.', published: null, notEvents: ['2011'], events: ['2015'] },
      { text: 'The airline takes its first jets from 2016, and revenue swung from a loss of 12m euros in 2012.', published: null, notEvents: ['2012'], events: ['2016'] },
      { text: 'The bank cut its forecast to 1.9% from 2.4% in 2013.', published: null, notEvents: [], events: ['2013'] },
      { text: 'She returned from 12 years in exile in 2008 and left the party in 2011.', published: null, notEvents: [], events: ['2008', '2011'] },
      { text: 'Profit rose 12% compared to 2003, the firm said in 2004.', published: null, notEvents: ['2003'], events: ['2004'] },
      { text: 'Ticket sales reached $40m, compared to 2009\'s opening weekend.', published: null, notEvents: ['2009'], events: [] },
      { text: 'Its audience share fell last month in comparison with March 2010.', published: '2011-05-04', notEvents: ['March 2010'], events: [] },
      // "over the past year" runs up to now; bare "last year" is the calendar year.
      { text: 'Rents have climbed over the past year, and the council cut its budget last year.', published: '2014-03-07', notEvents: ['the past year'], events: ['last year'] },
      { text: 'Two ministers quit in the last month.', published: '2014-03-07', notEvents: ['the last month'], events: [] },
      // "Today," opening a present-tense sentence: in our time, not the day of publication.
      { text: 'Few women sat in the chamber in 1990. Today, they hold a third of the seats.', published: '2014-03-07', notEvents: ['Today'], events: ['1990'] },
      { text: 'Today, the minister signed the decree.', published: '2014-03-07', notEvents: [], events: ['Today'] },
      { text: 'Today, the council will vote on the plan, and rents today are high.', published: '2014-03-07', notEvents: [], events: ['Today'] },
      // A year that labels a product line, a month that labels the period of a data release.
      { text: 'The carmaker recalled sedans from the 2011 model year in 2012.', published: null, notEvents: ['2011'], events: ['2012'] },
      { text: 'The recall covers vans from the 2009 and 2010 model years, and trucks built in 2011.', published: null, notEvents: ['2009', '2010'], events: ['2011'] },
      { text: 'Spending fell back to 1998-1999 levels after it peaked in 2003.', published: null, notEvents: ['1998', '1999'], events: ['2003'] },
      { text: 'Both teams met in 2001 and 2002 finals before the league split in 2004.', published: null, notEvents: [], events: ['2001', '2002', '2004'] },
      { text: 'Viewers tuned in between 1900 and 2000 GMT, and the channel launched in 1998.', published: null, notEvents: ['1900', '2000'], events: ['1998'] },
      { text: 'The director, whose 2001 hit made him famous, shot the 1997 Paramount film in Spain and won an award in 2003.', published: null, notEvents: ['2001', '1997'], events: ['2003'] },
      { text: 'The studio plans a sequel to the 2004 original in 2007.', published: null, notEvents: ['2004'], events: ['2007'] },
      { text: 'The team won gold at the 2000 Olympics, and the 2006 edition of the race was cancelled.', published: null, notEvents: [], events: ['2000', '2006'] },
      { text: 'In 2002 Warner shut the plant.', published: null, notEvents: [], events: ['2002'] },
      { text: 'The storm, which in 2004 hit the coast, returned in 2005.', published: null, notEvents: [], events: ['2004', '2005'] },
      { text: 'The group kept its outlook for 2006 and beyond, after sales fell in 2005.', published: null, notEvents: ['2006'], events: ['2005'] },
      // The same period of another year is a baseline; "the same" before other nouns is not.
      { text: 'Operating profit was $40m in the quarter, compared with $52m in the same period in 2008.', published: null, notEvents: ['2008'], events: [] },
      { text: 'Sales rose 4% in the first half, against 2% in the corresponding half of 2010.', published: null, notEvents: ['2010'], events: [] },
      { text: 'The same thing happened in 2007, when the plant shut for a month.', published: null, notEvents: [], events: ['2007'] },
      { text: 'The same team won the cup in 2006.', published: null, notEvents: [], events: ['2006'] },
      { text: 'Investors await the release of November payrolls data after the bank cut rates in October.', published: '2014-12-03', notEvents: ['November'], events: ['October'] },
      { text: 'Markets fell after the March trade figures came out.', published: '2014-04-10', notEvents: ['March'], events: [] },
      // A work labelled by its year, also with one lower-case word between; a verb after the noun is not a work.
      { text: 'The singer, known for her 1991 single and a 2009 memoir, toured in 2012.', published: null, notEvents: ['1991', '2009'], events: ['2012'] },
      { text: 'His 1967 breakthrough album sold well, but the 1987 crash hit his savings.', published: null, notEvents: ['1967'], events: ['1987'] },
      // The indefinite article before a year and its noun: a dated happening; before a count word, a number.
      { text: 'The regulator said in a 2003 review that fees were too high, and a 1998 audit agreed.', published: null, notEvents: [], events: ['2003', '1998'] },
      { text: 'A 2000 strong crowd watched, in a 1900 seat hall.', published: null, notEvents: ['2000', '1900'], events: [] },
      { text: 'Prices fell in autumn 2003 and rose in the winter 2004 sales.', published: null, notEvents: [], events: ['2003', '2004'] },
      // A year as the period a verb enters or leaves; a count after such a verb stays a count.
      { text: 'Dealers will enter 2006 with full order books, after they ended 2005 on a high.', published: null, notEvents: [], events: ['2006', '2005'] },
      { text: 'The chain ended 1900 contracts and will start 2000 new jobs.', published: null, notEvents: ['1900', '2000'], events: [] },
      { text: "The fair showed the best of 2006's products.", published: null, notEvents: ['2006'], events: [] },
    ],
  },
  examples: [
    { text: 'The minister said on June 10, 2020 that talks would resume.', published: '2020-06-12', expect: [['June 10, 2020', '2020-06-10']] },
    { text: 'The report, dated 10 June 2020, was leaked.', published: '2020-06-12', expect: [['10 June 2020', '2020-06-10']] },
    { text: 'Shares fell on Jun. 10 after the warning.', published: '2020-06-12', expect: [['Jun. 10', '2020-06-10']] },
    { text: 'The filing is dated 2020-06-10 in the register.', published: null, expect: [['2020-06-10', '2020-06-10']] },
    { text: 'The court ruled on 6/10/2020 against the firm.', published: null, expect: [['6/10/2020', '2020-06-10']] },
    { text: 'The court ruled on 25/10/2020 against the firm.', published: null, expect: [['25/10/2020', '2020-10-25']] },
    { text: 'Output dropped in June 2020 and again in 2019.', published: '2021-01-05', expect: [['June 2020', '2020-06'], ['2019', '2019']] },
    { text: 'Output doubled between 1989 and 2003.', published: '2021-01-05', expect: [['1989', '1989'], ['2003', '2003']] },
    // A range with an abbreviated end year: two years (not "2010/11", one fiscal year).
    { text: 'She chaired the board from 1978-84 and again 1990-92.', published: '2021-01-05', expect: [['1978', '1978'], ['84', '1984'], ['1990', '1990'], ['92', '1992']] },
    { text: 'The budget for 2010/11 was cut, and in 2012/14 it grew.', published: '2021-01-05', expect: [['2012', '2012']] },
    { text: 'Inflation was high in the 1990s.', published: '2021-01-05', expect: [['the 1990s', '199']] },
    { text: 'The senator said on Tuesday that the bill was dead.', published: '2016-10-20', expect: [['Tuesday', '2016-10-18']] },
    { text: 'The committee will meet next Tuesday to vote.', published: '2016-10-20', expect: [['next Tuesday', '2016-10-25']] },
    { text: 'Leaders will meet on Friday in Brussels.', published: '2016-10-18', expect: [['Friday', '2016-10-21']] },
    { text: "With Thursday's vote approaching, party whips counted heads.", published: '2016-10-18', expect: [['Thursday', '2016-10-20']] },
    { text: "Ahead of Friday's summit, the ministers met in Rome.", published: '2016-10-18', expect: [['Friday', '2016-10-21']] },
    { text: 'The governor said in a radio interview Monday that he plans to run again.', published: '2016-10-18', expect: [['Monday', '2016-10-17']] },
    { text: 'The mayor will announce on Friday that the bridge has reopened.', published: '2016-10-18', expect: [['Friday', '2016-10-21']] },
    // A possessive weekday: the verb after its noun decides, not a reporting verb before it.
    { text: "Aides said Thursday's rally would draw thousands.", published: '2016-10-18', expect: [['Thursday', '2016-10-20']] },
    { text: 'Officials said Sunday\u2019s blast killed five people.', published: '2016-10-18', expect: [['Sunday', '2016-10-16']] },
    { text: "The judge criticised Monday's ruling, which the state will appeal.", published: '2016-10-18', expect: [['Monday', '2016-10-17']] },
    { text: 'Police said yesterday that two men were held; a hearing is set for tomorrow.', published: '2020-03-04', expect: [['yesterday', '2020-03-03'], ['tomorrow', '2020-03-05']] },
    { text: 'Sales rose last week, last month and last year.', published: '2013-03-22', expect: [['last week', '2013-W11'], ['last month', '2013-02'], ['last year', '2012']] },
    { text: 'The company was founded last February by two engineers.', published: '2020-06-10', expect: [['last February', '2020-02']] },
    { text: 'The company said two weeks ago that it was in talks; three days ago it confirmed them.', published: '2013-03-22', expect: [['two weeks ago', '2013-W10'], ['three days ago', '2013-03-19']] },
    { text: 'Prices rose earlier this month and may fall later this year.', published: '2013-03-22', expect: [['earlier this month', '2013-03'], ['later this year', '2013']] },
    { text: 'This year the harvest was poor.', published: '2013-03-22', expect: [['This year', '2013']] },
    // A year opening a sentence or a quotation as the subject of a verb.
    { text: 'Sales slowed. 2004 was a record year for the chain all the same.', published: null, expect: [['2004', '2004']] },
    { text: '"1990 was when I first stood for the council," she said.', published: null, expect: [['1990', '1990']] },
    { text: 'The centre had 2000 visitors. 2000 visitors came back.', published: null, expect: [] },
    { text: 'He served for three years and will stay over the next few months.', published: '2013-03-22', expect: [['three years', 'P3Y', 'duration'], ['the next few months', 'PXM', 'duration']] },
    { text: 'The council meets every week.', published: '2013-03-22', expect: [['every week', 'P1W', 'set']] },
    { text: 'The vote opened at 10am on Friday.', published: '2013-03-22', expect: [['10am', null, 'time'], ['Friday', '2013-03-22']] },
    { text: 'Markets have not recovered since 9/11, traders said on Christmas Eve.', published: '2004-12-27', expect: [['9/11', '2001-09-11'], ['Christmas Eve', '2004-12-24']] },
    { text: 'LONDON, June 10 (Reuters) - Oil prices fell.', published: '2020-06-10', expect: [['June 10', '2020-06-10']] },
    { text: 'The war shaped the 20th century, and the treaty was signed Tuesday last week.', published: '2013-03-22', expect: [['20th century', '19'], ['Tuesday last week', '2013-03-12']] },
    { text: 'Officials said recently that prices rise daily and will keep rising in the future.', published: '2013-03-22', expect: [['recently', null], ['daily', 'P1D', 'set'], ['in the future', null]] },
    { text: 'Profit rose 5% from a year earlier; 34 years later the plant closed.', published: '2013-03-22', expect: [['a year earlier', 'P1Y', 'duration'], ['34 years later', 'P34Y', 'duration']] },
    // Counted from the time the story last named (this or the previous sentence), at the unit's precision.
    { text: 'The plant opened in 1970. 34 years later it closed.', published: '2013-03-22', expect: [['1970', '1970'], ['34 years later', '2004']] },
    { text: 'The mine opened on June 3, 2001, and two days later it flooded.', published: null, expect: [['June 3, 2001', '2001-06-03'], ['two days later', '2001-06-05']] },
    { text: 'The firm was founded in 1990 and three weeks later it had a buyer.', published: null, expect: [['three weeks later', 'P3W', 'duration']] },
    { text: 'He was elected in 1998 and resigned the following year.', published: '2013-03-22', expect: [['1998', '1998'], ['the following year', '1999']] },
    { text: 'The ship sank on May 4, 2009; divers reached it the next day.', published: '2013-03-22', expect: [['the next day', '2009-05-05']] },
    // "following the …" is a preposition, not "the following": the past tense places the day.
    { text: 'Shares fell following the September 11 attacks.', published: '2013-03-22', expect: [['September 11', '2012-09-11']] },
    { text: 'The season began in 2012, a month earlier than usual.', published: null, expect: [['a month earlier', 'P1M', 'duration']] },
    { text: 'Rebels attacked the town four years ago.', published: '2013-03-21', expect: [['four years ago', '2009']] },
    { text: 'The plant closed in March last year; talks resume in October of next year.', published: '2013-06-10', expect: [['March last year', '2012-03'], ['October of next year', '2014-10']] },
    { text: 'Sales fell on March 3 last year and rose in May this year.', published: '2013-06-10', expect: [['March 3 last year', '2012-03-03'], ['May this year', '2013-05']] },
    { text: 'It was the best week for stocks since November.', published: '2013-03-13', expect: [['November', '2012-11']] },
    // A fronted weekday reads the tense of the clause after its comma.
    { text: 'On Wednesday, the mayor will open the new bridge.', published: '2016-10-25', expect: [['Wednesday', '2016-10-26']] },
    { text: 'Bids must be filed by Thursday, and the board sent its letter to members Friday.', published: '2016-11-02', expect: [['Thursday', '2016-11-03'], ['Friday', '2016-10-28']] },
    { text: 'The vote will be held on Friday in the capital.', published: '2016-11-02', expect: [['Friday', '2016-11-04']] },
    // A weekday and a month joined by "of" are two things: the month names the data, not the day.
    { text: 'Traders await the release Friday of October sales figures, which will show a rise.', published: '2016-11-02', expect: [['Friday', '2016-11-04']] },
    { text: 'Costs rose throughout 2004, and fourth-quarter 2005 profits fell, as did fiscal 2006 sales.', published: null, expect: [['2004', '2004'], ['2005', '2005'], ['2006', '2006']] },
    { text: 'She hopes for a marvellous 2005 season after the classic 1982 film was shown again.', published: null, expect: [['2005', '2005'], ['1982', '1982']] },
    { text: 'The deal closed in early August.', published: '2013-03-22', expect: [['early August', '2012-08']] },
    { text: 'Troops left in late July, officials said.', published: '2013-03-22', expect: [['late July', '2012-07']] },
  ],
  falsePositives: [
    { text: 'The firm will cut a further 2000 jobs, a total 1900 posts.', published: null },
    { text: 'Theresa May said she may resign.', published: '2019-05-01' },
    { text: 'Thousands joined the protest march and will march again.', published: '2019-05-01' },
    { text: 'He wrote for the Sunday Times and shopped on Black Friday deals with Mr Monday.', published: '2019-05-01' },
    { text: 'The firm runs a 24/7 service.', published: '2019-05-01' },
    { text: 'Aides feared an October surprise, and March Madness filled the bars.', published: '2019-05-01' },
    { text: 'Critics praised the film Fahrenheit 9/11 at the festival.', published: '2019-05-01' },
    { text: 'She finished third and he came second.', published: '2019-05-01' },
    { text: 'The budget is 2.5 trillion dollars and 2,000 people work there.', published: '2019-05-01' },
    { text: 'The factory employs 2000 workers.', published: '2019-05-01' },
    { text: 'Nearly a quarter of workers quit, day after day.', published: '2019-05-01' },
    { text: 'He wrote off losses against past and future income.', published: '2019-05-01' },
    { text: 'The ministers of Austria and Jan Novotny of the Slovak Republic met.', published: '2019-05-01' },
    // A deictic word ending a capitalised name is part of the name.
    { text: 'The figures were compiled by Metro Today and reported by Europe Today.', published: '2019-05-01' },
  ],
};
