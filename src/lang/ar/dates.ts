/**
 * Arabic time expressions: the words the dates engine (src/extract/dates.ts) composes. Data only.
 * Month names come from Intl in the four naming systems used across the Arab world (cached at build time
 * in intl-names.generated.ts, checked against Intl by a test); the spelling variants Intl does not give
 * are listed by hand. Matching is on folded forms
 * (hamza, ى/ي, ة/ه, diacritics) and on clitic-free stems, so «وفبراير», «بالأمس» match too.
 */
import type { DateAtom, DateRules, TimeUnit } from '../../extract/dates.js';
import { INTL_DATE_NAMES } from './intl-names.generated.js';
import { actors } from './actors.js';

/** Egyptian (يناير), Levantine/Iraqi (كانون الثاني), Maghrebi (جانفي), Moroccan (يوليوز) month names. */
const MONTH_LOCALES = ['ar-EG', 'ar-SY', 'ar-IQ', 'ar-TN', 'ar-DZ', 'ar-MA'] as const;

/** Spellings news uses that Intl does not produce. */
const MONTH_VARIANTS: Array<[string, number]> = [
  ['ابريل', 4], ['إبريل', 4], ['أبريل', 4], ['يونيه', 6], ['يوليه', 7], ['اغسطس', 8], ['أغسطس', 8], ['اغسطوس', 8],
  ['سبتمبر', 9], ['اكتوبر', 10], ['فبراير', 2], ['كانون ثاني', 1], ['كانون اول', 12], ['تشرين اول', 10], ['تشرين ثاني', 11],
  ['جويليه', 7], ['أفريل', 4], ['نوفمبر', 11], ['ديسمبر', 12],
];

/** Month names that are also common words (آب = father, مارس = he practised, نيسان = a car maker). */
const AMBIGUOUS_MONTHS = new Set(['آب', 'مارس', 'نيسان', 'ماي', 'أوت', 'تموز', 'جوان']);

/** Hijri month spellings besides Intl's. */
const HIJRI_VARIANTS: Array<[string, number]> = [
  ['ربيع الاول', 3], ['ربيع الثاني', 4], ['ربيع اخر', 4], ['جمادى الاولى', 5], ['جمادى الاول', 5], ['جمادى الثانية', 6], ['جمادى الآخر', 6],
  ['ذي القعدة', 11], ['ذو القعده', 11], ['ذي الحجة', 12], ['محرم الحرام', 1],
  // Written without the space: «6 ذوالقعدة».
  ['ذوالقعدة', 11], ['ذيالقعدة', 11], ['ذوالحجة', 12], ['ذيالحجة', 12],
];
/** Single-word Hijri months are also personal names or words (رمضان, صفر = zero, محرم = forbidden). */
const HIJRI_SINGLE_WORD_NEED_SUPPORT = true;

const WEEKDAY_VARIANTS: Array<[string, number]> = [['الإثنين', 1], ['الاثنين', 1]];

/** Ordinal day words: masculine, as Arabic writes days of the month («الثالث من يونيو»). */
const ORDINAL_UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];

const COUNTS: Array<[string[], number | null]> = [
  [['واحد'], 1], [['اثنين', 'اثنان'], 2], [['ثلاثة', 'ثلاث'], 3], [['أربعة', 'أربع'], 4], [['خمسة', 'خمس'], 5],
  [['ستة', 'ست'], 6], [['سبعة', 'سبع'], 7], [['ثمانية', 'ثماني', 'ثمان'], 8], [['تسعة', 'تسع'], 9], [['عشرة', 'عشر'], 10],
  [['عشرين', 'عشرون'], 20], [['ثلاثين', 'ثلاثون'], 30], [['عدة', 'بضعة', 'بضع'], null],
];

/** [singular, definite, plural forms, accusative (after 11+), dual forms, unit, can introduce a name]. */
const UNITS: Array<{ one: string; definite: string; plural: string[]; accusative: string; dual: string[]; unit: TimeUnit; introducer?: boolean }> = [
  { one: 'يوم', definite: '', plural: ['أيام', 'الأيام'], accusative: 'يوما', dual: ['يومين', 'يومان'], unit: 'D', introducer: true },
  { one: 'أسبوع', definite: 'الأسبوع', plural: ['أسابيع', 'الأسابيع'], accusative: 'أسبوعا', dual: ['أسبوعين', 'أسبوعان', 'الأسبوعين'], unit: 'W' },
  { one: 'شهر', definite: 'الشهر', plural: ['أشهر', 'شهور', 'الأشهر', 'الشهور'], accusative: 'شهرا', dual: ['شهرين', 'شهران', 'الشهرين'], unit: 'M', introducer: true },
  { one: 'عام', definite: 'العام', plural: ['أعوام', 'الأعوام'], accusative: 'عاما', dual: ['عامين', 'عامان', 'العامين'], unit: 'Y', introducer: true },
  { one: 'سنة', definite: 'السنة', plural: ['سنوات', 'سنين', 'السنوات'], accusative: 'سنة', dual: ['سنتين', 'سنتان'], unit: 'Y', introducer: true },
  { one: 'عقد', definite: 'العقد', plural: ['عقود', 'العقود'], accusative: 'عقدا', dual: ['عقدين', 'العقدين'], unit: 'DE' },
  { one: 'قرن', definite: 'القرن', plural: ['قرون'], accusative: 'قرنا', dual: ['قرنين'], unit: 'CE' },
  { one: 'ساعة', definite: '', plural: ['ساعات'], accusative: 'ساعة', dual: ['ساعتين'], unit: 'H' },
  { one: 'دقيقة', definite: '', plural: ['دقائق'], accusative: 'دقيقة', dual: ['دقيقتين'], unit: 'MIN' },
];

function lexicon(): Array<readonly [string, DateAtom]> {
  const out: Array<readonly [string, DateAtom]> = [];
  const add = (phrase: string, atom: DateAtom) => out.push([phrase, atom] as const);
  const months = new Map<string, number>();
  // Intl's names, cached at build time (scripts/gen-intl-dates.mjs; a test checks they still match Intl).
  for (const locale of MONTH_LOCALES) INTL_DATE_NAMES.months[locale].forEach((n, i) => months.set(n, i + 1));
  for (const [n, m] of MONTH_VARIANTS) months.set(n, m);
  for (const [n, m] of months) add(n, { kind: 'month', month: m, calendar: 'gregory', needsSupport: AMBIGUOUS_MONTHS.has(n) });
  const hijriNames: Array<[string, number]> = INTL_DATE_NAMES.hijri.map((n, i) => [n, i + 1]);
  for (const [n, m] of [...hijriNames, ...HIJRI_VARIANTS]) {
    add(n, { kind: 'month', month: m, calendar: 'islamic', needsSupport: HIJRI_SINGLE_WORD_NEED_SUPPORT && !n.includes(' ') });
  }
  INTL_DATE_NAMES.weekdays.forEach((n, i) => add(n, { kind: 'weekday', weekday: i }));
  for (const [n, d] of WEEKDAY_VARIANTS) add(n, { kind: 'weekday', weekday: d });
  ORDINAL_UNITS.forEach((w, i) => add(w, { kind: 'ordinal', n: i + 1 }));
  // Feminine forms name hours («الساعة العاشرة»); as days they still need a month after them.
  ORDINAL_UNITS.forEach((w, i) => add(i === 0 ? 'الأولى' : `${w}ة`, { kind: 'ordinal', n: i + 1 }));
  add('الحادية عشرة', { kind: 'ordinal', n: 11 });
  add('الثانية عشرة', { kind: 'ordinal', n: 12 });
  add('أول', { kind: 'ordinal', n: 1 });
  // «غرة رمضان», «غرة شهر محرم»: the first day of the month (an ordinal, so it still needs its month).
  add('غرة', { kind: 'ordinal', n: 1 });
  // «فاتح يناير» (Maghrebi and Gulf press): the first of the month, like «غرة».
  add('فاتح', { kind: 'ordinal', n: 1 });
  ORDINAL_UNITS.slice(1, 9).forEach((w, i) => add(`${w} عشر`, { kind: 'ordinal', n: 12 + i }));
  add('الحادي عشر', { kind: 'ordinal', n: 11 });
  add('العشرين', { kind: 'ordinal', n: 20 });
  add('الثلاثين', { kind: 'ordinal', n: 30 });
  ['الحادي', ...ORDINAL_UNITS.slice(1, 9)].forEach((w, i) => {
    add(`${w} والعشرين`, { kind: 'ordinal', n: 21 + i });
    add(`${w} و العشرين`, { kind: 'ordinal', n: 21 + i });
  });
  add('الحادي والثلاثين', { kind: 'ordinal', n: 31 });
  for (const [words, n] of COUNTS) for (const w of words) add(w, { kind: 'count', n });
  for (const u of UNITS) {
    add(u.one, { kind: 'unit', unit: u.unit, filler: u.introducer });
    // «العام 2015»: the definite year noun also introduces a year.
    if (u.definite) add(u.definite, { kind: 'unit', unit: u.unit, definite: true, filler: u.unit === 'Y' });
    for (const p of u.plural) add(p, { kind: 'unit', unit: u.unit, plural: true });
    // The accusative singular follows counts of eleven and more («15 عاما»): never one unit on its own.
    add(u.accusative, { kind: 'unit', unit: u.unit, counted: u.accusative !== u.one });
    for (const d of u.dual) add(d, { kind: 'unit', unit: u.unit, n: 2, definite: d.startsWith('ال') });
  }
  // «عامي 2014 و2015»: the dual in construct introduces years.
  for (const w of ['عامي', 'سنتي']) add(w, { kind: 'unit', unit: 'Y', filler: true });
  for (const w of ['أمس', 'الأمس', 'البارحة', 'امس']) add(w, { kind: 'deictic', days: -1 });
  // «البارحة الأولى» is the night before last, as «أمس الأول» is the day before yesterday.
  for (const w of ['أول أمس', 'أول من أمس', 'أمس الأول', 'البارحة الأولى']) add(w, { kind: 'deictic', days: -2 });
  add('غدا', { kind: 'deictic', days: 1 });
  // «الغد المشرق» (a bright tomorrow): the noun is today's tomorrow only with a part of day or a lead («صباح الغد»).
  add('الغد', { kind: 'deictic', days: 1, weak: true });
  // «مساء غد», «صباح غد»: the bare noun is tomorrow after a part of day («إلى غد أفضل» is a better future).
  for (const w of ['صباح', 'ظهر', 'عصر', 'مساء', 'ليلة', 'فجر']) add(`${w} غد`, { kind: 'deictic', days: 1 });
  add('بعد غد', { kind: 'deictic', days: 2 });
  // «اليوم» is also "nowadays" («دواعش اليوم»): today only with a weekday, a part of the day or a lead word.
  add('اليوم', { kind: 'deictic', days: 0, weak: true });
  // Adjectives follow their noun («الأسبوع الماضي»); the demonstratives precede it («هذا العام»).
  for (const w of ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'السابق', 'المنقضي']) add(w, { kind: 'shift', dir: -1, position: 'after' });
  for (const w of ['الماضيين', 'الماضيان', 'الأخيرة', 'الأخيرين']) add(w, { kind: 'shift', dir: -1, plural: true, position: 'after' });
  for (const w of ['المقبل', 'المقبلة', 'القادم', 'القادمة']) add(w, { kind: 'shift', dir: 1, position: 'after' });
  for (const w of ['المقبلين', 'القادمين']) add(w, { kind: 'shift', dir: 1, plural: true, position: 'after' });
  for (const w of ['الحالي', 'الحالية', 'الجاري', 'الجارية', 'الراهن', 'الراهنة']) add(w, { kind: 'shift', dir: 0, position: 'after' });
  for (const w of ['هذا', 'هذه']) add(w, { kind: 'shift', dir: 0, position: 'before', needsDefiniteNoun: true });
  add('قبل', { kind: 'ago', dir: -1, position: 'before' });
  add('منذ', { kind: 'ago', dir: -1, position: 'before', since: true });
  // «بعد» is "in" (future) or "after" (a length of time): a date only with a future cue («سيتم افتتاحه بعد 3 سنوات»).
  add('بعد', { kind: 'ago', dir: 1, position: 'before', futureOnly: true });
  for (const w of ['مطلع', 'أوائل', 'بداية', 'مستهل', 'بدايات']) add(w, { kind: 'part', part: 'start' });
  for (const w of ['منتصف', 'أواسط']) add(w, { kind: 'part', part: 'mid' });
  for (const w of ['أواخر', 'نهاية', 'ختام', 'آخر']) add(w, { kind: 'part', part: 'end' });
  for (const w of ['صباح', 'صباحا', 'فجر', 'فجرا']) add(w, { kind: 'daypart', code: 'MO' });
  for (const w of ['ظهر', 'ظهرا', 'عصر', 'عصرا']) add(w, { kind: 'daypart', code: 'AF' });
  for (const w of ['مساء', 'مساءا']) add(w, { kind: 'daypart', code: 'EV' });
  for (const w of ['ليلة', 'ليل', 'ليلا']) add(w, { kind: 'daypart', code: 'NI' });
  add('كل', { kind: 'every' });
  const freq: Array<[string, TimeUnit]> = [['يوميا', 'D'], ['أسبوعيا', 'W'], ['شهريا', 'M'], ['سنويا', 'Y']];
  for (const [w, unit] of freq) add(w, { kind: 'frequency', unit });
  for (const w of ['حاليا', 'الآن', 'في الوقت الحالي', 'في الوقت الراهن']) add(w, { kind: 'ref', ref: 'present' });
  for (const w of ['مؤخرا', 'في الفترة الماضية', 'في الفترة الأخيرة', 'في وقت سابق']) add(w, { kind: 'ref', ref: 'past' });
  for (const w of ['قريبا', 'في الفترة المقبلة', 'في المستقبل', 'في الفترة القادمة']) add(w, { kind: 'ref', ref: 'future' });
  for (const w of ['نحو', 'حوالي', 'قرابة', 'زهاء', 'ما يقارب', 'ما يقرب من']) add(w, { kind: 'approx' });
  for (const w of ['أكثر من', 'أقل من', 'ما يزيد على', 'ما يزيد عن']) add(w, { kind: 'vague' });
  for (const w of ['هـ', 'ه']) add(w, { kind: 'era', calendar: 'islamic' });
  add('م', { kind: 'era', calendar: 'gregory' });
  for (const w of ['الموافق', 'الموافقة', 'الموافق ل']) add(w, { kind: 'equals' });
  add('من', { kind: 'glue' });
  const holidays: Array<[string, number, number, 'islamic' | 'gregory']> = [
    ['عيد الفطر', 10, 1, 'islamic'], ['عيد الأضحى', 12, 10, 'islamic'], ['يوم عرفة', 12, 9, 'islamic'], ['يوم عرفات', 12, 9, 'islamic'],
    ['المولد النبوي', 3, 12, 'islamic'], ['رأس السنة الهجرية', 1, 1, 'islamic'], ['عيد الميلاد المجيد', 12, 25, 'gregory'],
    ['رأس السنة الميلادية', 1, 1, 'gregory'],
  ];
  for (const [name, month, day, calendar] of holidays) add(name, { kind: 'holiday', month, day, calendar });
  ['أول', 'ثاني', 'ثالث', 'رابع'].forEach((w, i) => add(`${w} أيام`, { kind: 'dayOf', n: i + 1 }));
  ORDINAL_UNITS.slice(0, 4).forEach((w, i) => add(`اليوم ${w}`, { kind: 'dayOf', n: i + 1 }));
  add('يوم غد', { kind: 'deictic', days: 1 });
  // «الليلة الماضية» (last night) is yesterday's night; «الليلة قبل الماضية» the night before.
  // («ليلة أمس» composes from its parts.)
  add('الليلة الماضية', { kind: 'deictic', days: -1 });
  add('الليلة قبل الماضية', { kind: 'deictic', days: -2 });
  add('الساعة', { kind: 'clock' });
  // Anaphora: the day or month the text last named («واستدعت سفيرها في اليوم نفسه»).
  for (const w of ['اليوم نفسه', 'اليوم ذاته', 'اليوم عينه', 'نفس اليوم', 'ذات اليوم', 'ذلك اليوم']) add(w, { kind: 'same', unit: 'D' });
  for (const w of ['الشهر نفسه', 'الشهر ذاته', 'نفس الشهر', 'ذات الشهر']) add(w, { kind: 'same', unit: 'M' });
  return out;
}

/**
 * The tense an Arabic verb's form shows, for a bare weekday (DateRules.verbTense). News tells what happened in the
 * perfect («قصفت», «تقدمت») and what is to come in the imperfect or the future («يلتقي», «تنطلق», «سيعقد»): a
 * weekday in a clause of the second kind is the coming one. Words are folded (ة → ه, أ → ا); a leading «و»/«ف» is
 * a conjunction. Nouns that share a verb's first letter are kept out by their shape: the article, a feminine or
 * plural ending, a long vowel second («ناصر», «تاريخ», «ياسر»), the verbal noun تفعيل («تقرير», «تعزيز»).
 */
const VERB_FORMS = {
  conjunctions: ['و', 'ف'],
  /** Imperfect prefixes (third person ي/ت, first plural ن). */
  present: ['ي', 'ت', 'ن'],
  /** The future prefix «سـ» on an imperfect: «سيعقد», «ستقام», «سنلعب». */
  future: ['سي', 'ست', 'سن'],
  /** «لم يحضر», «لما يصل»: a jussive after these is past. */
  pastNegators: ['لم', 'لما'],
  /** The perfect's feminine ending («قصفت», «أعلنت»); not the plural «ـات». */
  pastEnding: 'ت',
  /** Endings of nouns and adjectives: ة (folded ه), the plurals ـات/ـين. */
  nounEndings: ['ه', 'ات', 'ين'],
  /** The article and the noun «يوم» (يومي، يومين) open words that are no verbs. */
  nounStarts: ['ال', 'يوم'],
  /** A long vowel right after the prefix letter: «ناصر», «نايف», «تاريخ», «تابع» (a perfect), «ياسر», «سياسي». */
  nounSecond: ['ا'],
  /** Names, nouns and loanwords of news that look like imperfect verbs. */
  notVerbs: ['يورو', 'تويتر', 'نيويورك', 'يوسف', 'يحيي', 'تركيا', 'تركي', 'تونس', 'نظام', 'نحو', 'نحن', 'نفس', 'نواف', 'نوره', 'نبيل', 'نجم',
    'نصف', 'نقل', 'نوع', 'نسب', 'نهر', 'نور', 'نيل', 'تمام', 'تحت', 'تلك', 'تسع', 'تعز', 'تمر', 'تمور', 'تين', 'يمن', 'يسار', 'يمين',
    // Nouns shaped like a future-marked imperfect («سـ» + imperfect prefix).
    'سيدني', 'سيناء', 'سيول', 'سينما', 'سيمفونيه'],
  /** Letters of the shortest verb read («يصل», «تقع»). */
  minLength: 3,
  /**
   * Long vowels (ا و ي) inside a word, between its first letter and its last two, from which it is a transliterated
   * name, not a verb: «كونيكتيكت», «فيورنتينا», «بوليفيا» hold three; a verb's stem at most two («يستعيدون», «تتواصلون»).
   */
  loanwordVowels: 3,
} as const;
const NOT_VERBS = new Set<string>(VERB_FORMS.notVerbs);

export function verbTense(word: string, previous: string | undefined): 'past' | 'future' | null {
  const bare = (x: string) => (x.length > VERB_FORMS.minLength && VERB_FORMS.conjunctions.some((c) => x.startsWith(c)) ? x.slice(1) : x);
  const w = bare(word);
  if (w.length < VERB_FORMS.minLength || VERB_FORMS.nounStarts.some((n) => w.startsWith(n)) || NOT_VERBS.has(w)) return null;
  if (VERB_FORMS.nounEndings.some((e) => w.endsWith(e))) return null;
  // (Counted on the word as written when it opens with «ف»: names open with it more often than «فـ» + a verb does.)
  const counted = word.startsWith('ف') ? word : w;
  let vowels = 0;
  for (let i = 1; i < counted.length - 2; i++) if (counted[i] === 'ا' || counted[i] === 'و' || counted[i] === 'ي') vowels++;
  if (vowels >= VERB_FORMS.loanwordVowels) return null;
  if (w.endsWith(VERB_FORMS.pastEnding)) return 'past';
  if (w.length >= VERB_FORMS.minLength + 1 && VERB_FORMS.future.some((f) => w.startsWith(f)) && !VERB_FORMS.nounSecond.includes(w[2] as 'ا')) return 'future';
  if (!VERB_FORMS.present.some((p) => w.startsWith(p)) || VERB_FORMS.nounSecond.includes(w[1] as 'ا')) return null;
  // The verbal noun تفعيل («تقرير», «تطوير», «تشرين»): five letters, «ي» fourth.
  if (w.length === 5 && w[0] === 'ت' && w[3] === 'ي') return null;
  return previous !== undefined && (VERB_FORMS.pastNegators as readonly string[]).some((n) => n === previous || n === previous.slice(1)) ? 'past' : 'future';
}

/** «سيلقي», «وستشهد»: an imperfect with the future prefix «سـ» (verbTense says future, and the prefix is there). */
export function futureMarked(word: string): boolean {
  const w = word.length > VERB_FORMS.minLength && VERB_FORMS.conjunctions.some((c) => word.startsWith(c)) ? word.slice(1) : word;
  return VERB_FORMS.future.some((f) => w.startsWith(f)) && verbTense(word, undefined) === 'future';
}

export const dates: DateRules = {
  lexicon,
  numericOrder: 'DMY',
  capitalisedNames: false,
  ordinalSuffixes: [],
  // «2015م», «1436هـ» (written on the year or after a numeric date: «8/9/1436 هـ»; folded, the kashida goes)
  numberSuffixes: { 'م': { era: 'gregory' }, 'ه': { era: 'islamic' } },
  // «و», «أو» (folded)
  conjunctions: ['و', 'او'],
  // («وفي»: the stems keep three letters at least, so the conjunction on «في» is listed as written: «في يونيو … وفي مارس»)
  leads: ['في', 'وفي', 'ففي', 'منذ', 'خلال', 'حتى', 'بحلول', 'قبل', 'بعد', 'مع', 'عام', 'سنة', 'بين', 'شهر', 'تاريخ', 'من', 'إلى', 'الى', 'مطلع', 'نهاية', 'أواخر', 'منتصف', 'بداية', 'لعام', 'عن', 'وحتى',
    // Seasons before a year: «في صيف 2014» (the year, at the precision the contract allows).
    'صيف', 'شتاء', 'خريف'],
  untilNowLeads: ['إلى', 'الى', 'حتى', 'لغاية', 'لحد'],
  // «المهندس سامي الخميس»: a weekday right after a given name is a family name (الخميس, الجمعة, السبت are ones).
  nameWords: [...(actors.givenNames ?? [])],
  yearDeterminers: [],
  yearAfterNounIsName: true,
  relativeWords: ['الذي', 'التي', 'الذى', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي'],
  definitePrefix: 'ال',
  // «زادت المبيعات في رمضان 7 في المائة»: a number after a month name counts something; the day comes first («4 رمضان»).
  dayAfterMonth: false,
  notAdjectiveEndings: ['ة', 'ات', 'ين', 'ون'],
  adjectivalAfterDefinite: ['العام'],
  timeAfterAdjectival: ['الماضي', 'المقبل', 'القادم', 'الجاري', 'الحالي', 'المنصرم', 'الفائت', 'الراهن'],
  periodWords: ['الربع', 'ربع', 'النصف', 'نصف', 'الفصل', 'فصل', 'الموسم', 'موسم', 'المالي', 'المالية', 'الدورة', 'الفترة', 'فترة'],
  sameWords: ['ذاته', 'نفسه', 'عينه'],
  eventAnchors: ['من', 'على', 'عن'],
  futureCues: ['سوف', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'المقرر', 'المقررة', 'المتوقع', 'المتوقعة', 'المنتظر', 'المنتظرة', 'المرتقب', 'المرتقبة', 'المزمع', 'المزمعة', 'يعتزم', 'تعتزم', 'سيتم', 'ستكون', 'سيكون', 'ستعقد', 'سيعقد', 'ستبدأ', 'سيبدأ', 'ستجري', 'سيجري', 'ستقام', 'سيقام', 'ستنطلق', 'سينطلق',
    // Present-tense verbs of a scheduled fixture or visit: with a bare weekday in news they say what is to come
    // («في اللقاء الذي يجمع الفريقين الأربعاء», «يخوض المنتخب مساء الأربعاء مباراته»); the nearest cue still wins.
    'يخوض', 'تخوض', 'يجمع', 'تجمع', 'يلتقي', 'تلتقي', 'يواجه', 'تواجه', 'يستضيف', 'تستضيف', 'يستقبل', 'تستقبل', 'يحل', 'تحل',
    'تقام', 'يقام', 'تنطلق', 'ينطلق', 'يختتم', 'تختتم', 'يفتتح', 'تفتتح', 'يغادر', 'تغادر', 'يتوجه', 'تتوجه'],
  pastCues: [
    'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'كان', 'كانت', 'عقدت', 'جرى', 'جرت', 'شهد', 'شهدت', 'وقع', 'وقعت', 'بدأ', 'بدأت',
    'أقر', 'أقرت', 'قدم', 'قدمت', 'أصدر', 'أصدرت', 'توفي', 'قتل', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'صرح', 'أوضح', 'وصل', 'وصلت', 'التقى', 'استقبل', 'زار', 'زارت',
    // Perfects of the forms تفعّل and تفاعل open with «ت» like an imperfect («فتحدّث عن مقتل خمسة قبل غارات السبت»);
    // their imperfects open with «يت»/«تت», so the bare form is the past.
    'تقدم', 'تحدث', 'توجه', 'تسلم', 'تمكن', 'تعرض', 'تلقى', 'تولى', 'تبنى', 'تسبب', 'تعهد', 'تسلل', 'تعرف', 'تفقد', 'تصدر',
    'تكفل', 'تضمن', 'تجول', 'تحول', 'تفوق', 'توقف', 'تغلب', 'تعادل', 'تراجع', 'تواصل', 'تجاوز', 'تعاقد', 'تناول', 'تبادل', 'تزايد',
    // Masculine perfects that open news leads («دعا الوزير …», «أغلق المؤشر …»): no ending shows their tense.
    'دعا', 'طالب', 'أعرب', 'نفى', 'أشاد', 'رحب', 'استنكر', 'أدان', 'وافق', 'اعتمد', 'افتتح', 'دشن', 'أطلق', 'أغلق', 'أنهى',
    'ارتفع', 'انخفض', 'هبط', 'صعد', 'ترأس', 'شارك', 'أقام', 'نفذ', 'أشار', 'كشف', 'حذر',
  ],
  // «أعلن النادي الأربعاء أن الفريق يخوض …», «أبحر مساء الأربعاء على أن يعود …»: the verbs after «أن» are the report's
  // or the plan's content, not the tense of the clause the date stands in.
  // «لكنها انخفضت اليوم …»: «لكن» opens a clause of its own too.
  clauseOpeners: ['أن', 'بأن', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن'],
  pastSuffixes: [],
  verbTense,
  futureMarked,
  copulas: ['أصبحت', 'باتت', 'صارت', 'أضحت', 'أمست', 'ظلت', 'مازالت', 'كانت', 'ليست'],
  todayVerbs: ['يلتقي', 'تلتقي', 'يخوض', 'تخوض', 'تقام', 'يقام', 'تنطلق', 'ينطلق', 'يختتم', 'تختتم', 'يفتتح', 'تفتتح', 'يغادر', 'تغادر',
    'يتوجه', 'تتوجه', 'يبدأ', 'تبدأ', 'يعقد', 'تعقد', 'يصل', 'تصل', 'يزور', 'تزور', 'ستعقد', 'سيعقد', 'ستبدأ', 'سيبدأ', 'ستقام', 'سيقام', 'ستنطلق', 'سينطلق', 'ستجري', 'سيجري'],
  countNounEndings: ['ة', 'ات'],
  weekdaySetHeads: ['أيام'],
  // «ملعب 22 مايو», «ميدان 30 يونيو», «ثورة 25 يناير», «جامعة 6 أكتوبر»: a day and month after a place or movement noun name it.
  dateNameHeads: ['ملعب', 'استاد', 'شارع', 'ميدان', 'جسر', 'جامعة', 'مدينة', 'مستشفى', 'مدرسة', 'حي', 'ثورة', 'حركة', 'انتفاضة'],
  weekdayNameHeads: ['صلاة', 'خطبة', 'خطب', 'خطيب', 'منبر', 'منابر', 'إمام', 'سوق'],
  // Dates that only anchor a comparison (read by the events stage; the time expressions stay).
  reference: {
    // «مما» is also "which" («مما أدى إلى»): no comparison word a few words back.
    comparison: [],
    comparisonAfterElative: ['مما', 'عما'],
    // «أدنى من التي سجلت مطلع العام الماضي», «أعلى من تلك التي تحققت في 2013»: compared with what the relative clause dates.
    thanBeforeRelative: ['من', 'عن'],
    thanDemonstratives: ['تلك', 'ذلك', 'ذاك', 'هذه', 'هذا'],
    deadline: [],
    since: ['منذ'],
    // (with the conjunction written on them too: the list is read as written)
    sinceNegators: ['لم', 'لا', 'لن', 'ليس', 'ليست', 'لما', 'ولم', 'ولا', 'ولن', 'وليس', 'وليست', 'فلم', 'فلا'],
    // Superlatives (elative أفعل) and «أول»/«قياسي» before «منذ»: «أكبر هبوط أسبوعي منذ مارس», «لأول مرة منذ 2008».
    record: ['أكبر', 'أعلى', 'أدنى', 'أقل', 'أطول', 'أقصر', 'أسوأ', 'أفضل', 'أقوى', 'أضعف', 'أسرع', 'أبطأ', 'أشد', 'أعمق', 'أول', 'قياسي', 'قياسية', 'قياسيا'],
    recordSet: ['المسجل', 'المسجلة', 'مسجل', 'مسجلة'],
    baseline: ['مقارنة', 'مقابل'],
    baselineLead: ['مقارنة', 'مقابل'],
    // «ارتفعت من 11.1% بداية العام إلى 11.6% الآن»; «من» without an amount, or in «أكثر من», is no baseline.
    baselineWithAmount: ['من'],
    quantityBefore: ['أكثر', 'أقل', 'يزيد', 'يقل', 'يقرب', 'يقارب', 'أزيد'],
    // «إلى ما بعد سبتمبر 2016», «مستويات ما قبل 2008»: an open-ended bound, not a happening.
    openBound: ['ما بعد', 'ما قبل'],
    amountBaseline: ['عن'],
    // «وارتفعت الرسوم عن العام الماضي بنسبة 8 في المائة»: the amount after the date, opened by one of these.
    amountAfterLeads: ['بنسبة', 'بمقدار', 'بواقع', 'بنحو', 'بحوالي', 'بقيمة', 'بما'],
    samePeriod: ['نفسها', 'نفسه', 'ذاتها', 'ذاته', 'نفس', 'المماثلة', 'المماثل', 'المقابلة', 'المقابل'],
    samePeriodOf: ['من'],
    openBoundYear: [],
    measureNouns: [],
    // «بداية العام الدراسي», «العام المالي»: the academic or fiscal year is a label that spans two calendar years.
    // «مقارنة بنحو 296 مليار ريال في عام 2013م»: a numeral before a magnitude or currency word is an amount.
    amountWords: ['مليار', 'مليارات', 'مليون', 'ملايين', 'ألف', 'آلاف', 'ريال', 'ريالا', 'دولار', 'دولارا', 'يورو', 'جنيه', 'جنيها', 'درهم', 'دينار', 'بالمئة', 'بالمائة', 'المئة', 'المائة', 'نقطة', 'برميل'],
    // «من 12 في المائة مطلع 2013 إلى …», «مقارنة بنمو بنسبة 5.1 في المائة في العام 2012م»: a percentage.
    percentWords: ['في المائة', 'في المئة', 'بالمائة', 'بالمئة', 'بالمية'],
    yearSuffixes: ['م', 'هـ', 'ه'],
    // «الزوجة … مواليد عام 1989م»: the birth year in a description of a person, like an age. «عقود النحاس تسليم
    // ديسمبر»: a futures contract's delivery month names the contract, not a happening.
    // «الطبيب (المولود في 1979)»: the participle of «ولد» in a description, as «مواليد»; the verb («ولد في 1979») still dates.
    labelLeads: ['مواليد', 'تسليم', 'المولود', 'المولودة'],
    labelNouns: ['الدراسي', 'الدراسية', 'الجامعي', 'الجامعية', 'المالي', 'المالية', 'الأكاديمي'],
    // «حلوى بمناسبة عيد الفطر», «بعد إجازة عيد الفطر», «احتفالات البلدية بعيد الفطر»: the feast as an occasion, not a day
    // («في ثاني أيام عيد الفطر», «صلاة عيد الأضحى» still date). The multi-day feasts only, not «يوم عرفة».
    occasionNames: ['عيد الفطر', 'عيد الأضحى', 'المولد النبوي', 'رأس السنة الهجرية', 'عيد الميلاد المجيد', 'رأس السنة الميلادية'],
    occasionLeads: ['بمناسبة', 'مناسبة', 'إجازة', 'عطلة', 'تهنئة', 'التهنئة', 'معايدة', 'احتفالات', 'احتفال', 'الاحتفال', 'الاحتفالات', 'فرحة', 'أيام', 'أجواء', 'حلول', 'قدوم'],
    occasionClitics: ['ب', 'ل'],
    examples: [
      { text: 'وسجلت الأسهم أكبر خسارة أسبوعية لها منذ مارس آذار، وأعلنت الشركة نتائجها أمس.', published: '2015-08-07', notEvents: ['مارس'], events: ['أمس'] },
      { text: 'وارتفع المؤشر لأول مرة منذ عام 2008 في جلسة الخميس.', published: '2015-08-07', notEvents: ['2008'], events: ['الخميس'] },
      { text: 'وتراجعت الأسعار في أطول موجة من الخسائر منذ بداية العام.', published: '2015-08-07', notEvents: ['بداية العام'], events: [] },
      { text: 'وبلغت الأرباح 9.4 مليار ريال مقارنة بـ 8.1 مليار العام الماضي.', published: '2015-08-07', notEvents: ['العام الماضي'], events: [] },
      { text: 'وتراجعت المبيعات 3 في المائة مقارنة بالعام الماضي.', published: '2015-08-07', notEvents: ['العام الماضي'], events: [] },
      { text: 'وصعدت نسبة الادخار من 4.5 في المائة بداية العام إلى 5.2 في المائة حاليا.', published: '2015-08-07', notEvents: ['بداية العام'], events: [] },
      // A plain «منذ», «من» without an amount, a quantity with «أكثر من»: the date is a happening.
      { text: 'وتعمل الشركة في السوق منذ عام 2009، وانتقلت إدارتها من الرياض عام 2012.', published: '2015-08-07', notEvents: [], events: ['2009', '2012'] },
      { text: 'وحققت الشركة أرباحا بلغت أكثر من 2.5 مليار دولار العام الماضي.', published: '2015-08-07', notEvents: [], events: ['العام الماضي'] },
      { text: 'وتسلم الفريق 5 من اللاعبين الجدد أمس.', published: '2015-08-07', notEvents: [], events: ['أمس'] },
      { text: 'وأوصى التقرير بتأجيل القرار إلى ما بعد سبتمبر 2016، على أن يراجع في مارس 2016.', published: '2015-08-07', notEvents: ['سبتمبر 2016'], events: ['مارس 2016'] },
      // «عن» right after an amount, and «الفترة نفسها من …»: the baseline of a change.
      { text: 'وهبطت صادرات التمور في يونيو الماضي بنسبة 6.8 في المائة عن مايو الماضي، وارتفعت 11 في المائة مقارنة بالفترة ذاتها من العام الماضي.', published: '2015-08-01', notEvents: ['مايو', 'العام الماضي'], events: ['يونيو'] },
      { text: 'وارتفعت الصادرات 7% مقارنة بنفس الفترة من العام الماضي، وأعلن الوزير عن الأرقام أمس.', published: '2015-08-01', notEvents: ['العام الماضي'], events: ['أمس'] },
      // The end of a span that is a baseline is one too: «من 6.1 خلال الفترة 1990ـ1995 إلى 3.2 في 2010».
      { text: 'وتراجع معدل النمو من 6.1 في المائة خلال الفترة 1990ـ1995 إلى 3.2 في المائة في 2010.', published: '2015-08-01', notEvents: ['1990', '1995'], events: ['2010'] },
      // «مما» after an elative is "than": «أقل مما سجل قبل عام»; alone it is "which" («مما أدى إلى»).
      { text: 'وبلغ عدد العاطلين 2.5 مليون، وهو أقل مما سجل قبل عام، مما أدى قبل أسبوعين إلى تحسن الأسواق.', published: '2015-08-01', notEvents: ['قبل عام'], events: ['قبل أسبوعين'] },
      // «عن» with no amount before it is an ordinary preposition: «أعلن عن خطته أمس», «تحدث عن حرب 1973».
      { text: 'وتحدث الكاتب عن أحداث عام 1973 في محاضرة ألقاها أمس.', published: '2015-08-01', notEvents: [], events: ['1973', 'أمس'] },
      { text: 'وتبدأ الدراسة مع بداية العام الدراسي الجديد، وتنتهي الميزانية مع نهاية العام المالي، وافتتح المبنى هذا العام.', published: '2015-08-07', notEvents: ['بداية العام', 'نهاية العام'], events: ['هذا العام'] },
      { text: 'وفقدت العائلة أثر ابنها الطبيب (المولود في 1979) قبل أسبوع، وكان شقيقه قد ولد في 1983 في المدينة نفسها.', published: '2015-07-23', notEvents: ['1979'], events: ['1983'] },
      { text: 'وارتفعت عقود النحاس تسليم ديسمبر 2 في المائة في يوليو، ويتم تسليم الوحدات في أكتوبر.', published: '2015-08-07', notEvents: ['ديسمبر'], events: ['يوليو', 'أكتوبر'] },
      // The year a beaten record was set is the baseline of the new figure; the new figure's own year is a happening.
      { text: 'وبيع المنزل بمبلغ يفوق الرقم القياسي المسجل في الحي البالغ 30 مليون دولار عام 2010، وسجلت الشركة أرباحا في 2014.', published: '2015-08-07', notEvents: ['2010'], events: ['2014'] },
      { text: 'ويفوق السعر أفضل سعر مسجل في العاصمة البالغ 20 مليون دولار في 2012.', published: '2015-08-07', notEvents: ['2012'], events: [] },
      // A feast as the occasion of a happening; its days still date one.
      { text: 'ووزعت الجمعية أمس الحلوى على المرضى بمناسبة عيد الفطر، ضمن احتفالات البلدية بعيد الفطر.', published: '2015-07-25', notEvents: ['عيد الفطر'], events: ['أمس'] },
      { text: 'وعاد الموظفون إلى مكاتبهم بعد إجازة عيد الفطر، وتستعد الأسواق لعيد الأضحى بعروض جديدة.', published: '2015-07-25', notEvents: ['عيد الفطر', 'عيد الأضحى'], events: [] },
      { text: 'وعاد الحجاج إلى مدنهم في ثاني أيام عيد الأضحى، ويبدأ المهرجان في عيد الفطر المقبل.', published: '2015-07-25', notEvents: [], events: ['ثاني أيام عيد الأضحى', 'عيد الفطر المقبل'] },
    ],
  },
  examples: [
    // «وفي مارس»: the conjunction written on the lead.
    { text: 'ووقع الحريق الأول في يونيو في المصنع وفي مارس في المستودع.', published: '2015-07-23', expect: [['يونيو', '2015-06'], ['مارس', '2015-03']] },
    // A number after a month name is no day of it (dayAfterMonth: false); the day before it is.
    { text: 'وزادت المبيعات في رمضان 7 في المائة، ووزعت الجمعية خلال شهر شعبان 12 سلة غذائية، وبدأت الحملة في 4 رمضان.', published: '2015-07-23', expect: [['رمضان', '2015'], ['شهر شعبان', '2015'], ['4 رمضان', '2015-06-21']] },
    { text: 'التقى الوزير نظيره في 10 يونيو 2020 في العاصمة.', published: '2020-06-12', expect: [['10 يونيو 2020', '2020-06-10']] },
    { text: 'وصل الوفد في ١٠ يونيو إلى المدينة.', published: '2020-06-12', expect: [['١٠ يونيو', '2020-06-10']] },
    { text: 'اجتمعت اللجنة في الثالث من يونيو/ حزيران بحضور الطرفين.', published: '2020-06-10', expect: [['الثالث من يونيو/ حزيران', '2020-06-03']] },
    { text: 'وصدر القرار في الحادي والعشرين من مارس الماضي.', published: '2020-06-10', expect: [['الحادي والعشرين من مارس الماضي', '2020-03-21']] },
    { text: 'ووقعت الاتفاقية في حزيران/يونيو وفي يونيو (حزيران) جرى تعديلها.', published: '2020-08-01', expect: [['حزيران/يونيو', '2020-06'], ['يونيو (حزيران)', '2020-06']] },
    { text: 'وقدمت الحكومة خطتها في فبراير/ شباط الماضي.', published: '2020-06-10', expect: [['فبراير/ شباط الماضي', '2020-02']] },
    { text: 'وتبدأ الدراسة في سبتمبر أيلول القادم.', published: '2015-08-07', expect: [['سبتمبر أيلول القادم', '2015-09']] },
    { text: 'وانطلقت الحملة في جانفي وانتهت في يوليوز.', published: '2020-08-01', expect: [['جانفي', '2020-01'], ['يوليوز', '2020-07']] },
    { text: 'وتراجعت الأسعار منذ مطلع فبراير 2015 حتى منتصف الشهر الماضي.', published: '2015-08-03', expect: [['مطلع فبراير 2015', '2015-02'], ['منتصف الشهر الماضي', '2015-07']] },
    { text: 'صدر القرار بتاريخ 23-7-1435هـ وعُدل في 8/9/1436.', published: '2015-08-03', expect: [['23-7-1435هـ', '2014-05-22'], ['8/9/1436', '2015-06-25']] },
    { text: 'وأقيم الحفل يوم الأحد 15-8-1437 الموافق 22-5-2016م في الدمام.', published: '2016-06-01', expect: [['يوم الأحد 15-8-1437 الموافق 22-5-2016م', '2016-05-22']] },
    { text: 'وافتتح المعرض في 26 رمضان الماضي.', published: '2015-07-24', expect: [['26 رمضان الماضي', '2015-07-13']] },
    { text: 'ونشر التقرير في رمضان 1436 هـ.', published: '2015-08-03', expect: [['رمضان 1436 هـ', '2015']] },
    { text: 'وأعلنت الوزارة الأربعاء أن الوفد وصل الإثنين الماضي وسيغادر الأحد المقبل.', published: '2020-06-10', expect: [['الأربعاء', '2020-06-10'], ['الإثنين الماضي', '2020-06-08'], ['الأحد المقبل', '2020-06-14']] },
    { text: 'وصل الوزير أمس، ويغادر غدا، بعد زيارة بدأت أول من أمس.', published: '2015-07-23', expect: [['أمس', '2015-07-22'], ['غدا', '2015-07-24'], ['أول من أمس', '2015-07-21']] },
    { text: 'وتستأنف التدريبات مساء غد على ملعب النادي.', published: '2015-08-10', expect: [['مساء غد', '2015-08-11']] },
    { text: 'وتقام الصلاة اليوم الجمعة، وقد وصل الوفد صباح اليوم.', published: '2015-08-07', expect: [['اليوم الجمعة', '2015-08-07'], ['صباح اليوم', '2015-08-07', 'time']] },
    { text: 'ووقعت الهيئة اليوم الخميس 27 ربيع الآخر 1448هـ الموافق 8 أكتوبر 2026م عقدا جديدا.', published: '2026-10-08', expect: [['اليوم الخميس', '2026-10-08'], ['27 ربيع الآخر 1448هـ الموافق 8 أكتوبر 2026م', '2026-10-08']] },
    { text: 'وارتفعت الأسعار الأسبوع الماضي، والشهر الماضي، والعام الماضي.', published: '2015-08-03', expect: [['الأسبوع الماضي', '2015-W31'], ['الشهر الماضي', '2015-07'], ['العام الماضي', '2014']] },
    { text: 'وقع الحادث قبل يومين، وقبل ثلاثة أيام وقع آخر، ومنذ عام بدأت الأزمة.', published: '2015-08-03', expect: [['قبل يومين', '2015-08-01'], ['قبل ثلاثة أيام', '2015-07-31'], ['منذ عام', '2014']] },
    { text: 'وبدأ الهجوم قبل أكثر من عام، واستعادت القوات المدينة خلال الأسبوعين الماضيين.', published: '2020-06-10', expect: [['قبل أكثر من عام', null], ['الأسبوعين الماضيين', 'P2W', 'duration']] },
    { text: 'وسجن لمدة ثلاث سنوات.', published: '2020-06-10', expect: [['ثلاث سنوات', 'P3Y', 'duration']] },
    { text: 'وتعقد الجلسة الساعة العاشرة صباحا.', published: '2020-06-10', expect: [['الساعة العاشرة صباحا', null, 'time']] },
    { text: 'وأعلن المتحدث مؤخرا أن الخطة ستنفذ في الفترة المقبلة.', published: '2020-06-10', expect: [['مؤخرا', null], ['في الفترة المقبلة', null]] },
    { text: 'وحقق الفريق البطولة عام 2000 ثم لعام 2002 وبين 1989 و2003.', published: '2015-08-11', expect: [['عام 2000', '2000'], ['عام 2002', '2002'], ['1989', '1989'], ['2003', '2003']] },
    { text: 'وتضم اللجنة هذا العام مندوبين، وتجتمع هذا الأسبوع.', published: '2015-07-31', expect: [['هذا العام', '2015'], ['هذا الأسبوع', '2015-W31']] },
    { text: 'وأعلن عن المشروع في ديسمبر بعد دراسة طويلة.', published: '2020-06-10', expect: [['ديسمبر', '2019-12']] },
    { text: 'ويتوقع أن يبدأ التشغيل في السادس والعشرين من فبراير المقبل.', published: '2015-08-11', expect: [['السادس والعشرين من فبراير المقبل', '2016-02-26']] },
    { text: 'وعاد المسافرون في ثاني أيام عيد الفطر، بينما يبدأ الموسم في عيد الأضحى المقبل.', published: '2015-08-01', expect: [['ثاني أيام عيد الفطر', '2015-07-18'], ['عيد الأضحى المقبل', '2015-09-23']] },
    { text: 'وتضاعفت الصادرات في العام 2014 مقارنة بالعام السابق.', published: '2015-08-01', expect: [['العام 2014', '2014']] },
    { text: 'وارتفعت المبيعات خلال شهر رمضان بنسبة كبيرة.', published: '2015-08-02', expect: [['شهر رمضان', '2015']] },
    { text: 'وتأسست الشركة سنة 1436هـ وتوسعت عامي 2014 و2015م.', published: '2016-01-10', expect: [['سنة 1436هـ', null], ['عامي 2014', '2014'], ['2015م', '2015']] },
    { text: 'وصل خطابكم بتاريخ 4 / يوليو /2016م، ويبدأ الدوام يوم الأحد (5/شوال/ 1437هـ).', published: '2016-07-06', expect: [['4 / يوليو /2016م', '2016-07-04'], ['يوم الأحد (5/شوال/ 1437هـ', '2016-07-10']] },
    { text: 'ولعب للفريق (2005-2007) ثم اعتزل، ووصلت السفينة قبل أسبوع من موعد الافتتاح.', published: '2015-08-01', expect: [['2005', '2005'], ['2007', '2007'], ['قبل أسبوع', 'P1W', 'duration']] },
    { text: 'واستقال بعد أربعة أيام فقط على فوزه، وقد فاز قبل أربعة أيام.', published: '2015-08-11', expect: [['بعد أربعة أيام', 'P4D', 'duration'], ['قبل أربعة أيام', '2015-08-07']] },
    { text: 'وانسحبت القوات منذ نحو ثلاثة أسابيع.', published: '2015-08-03', expect: [['منذ نحو ثلاثة أسابيع', '2015-W29']] },
    { text: 'وانتقل اللاعب إلى الدوري الروسي في صيف 2014 ويعود في شتاء 2016.', published: '2015-08-07', expect: [['2014', '2014'], ['2016', '2016']] },
    { text: 'وضبطت الشحنة دوريات الشرطة العام الماضي قرب الميناء، وقال الأمين العام السابق للمنظمة إنه سيزورها العام المقبل.', published: '2015-08-07', expect: [['العام الماضي', '2014'], ['العام المقبل', '2016']] },
    { text: 'وعاد الخاتم المفقود إلى صاحبته بعد 22 عاماً، وسيتم افتتاح المصنع بعد ثلاث سنوات.', published: '2015-08-07', expect: [['بعد 22 عاماً', 'P22Y', 'duration'], ['بعد ثلاث سنوات', '2018']] },
    { text: 'وشن الجيش في 1993 عملية انتهت في 31 يوليو بانسحاب المسلحين.', published: '2015-07-25', expect: [['1993', '1993'], ['31 يوليو', '1993-07-31']] },
    { text: 'أحداث في مثل هذا اليوم:\n1969 - هبوط أول إنسان على سطح القمر.\n1976 - افتتاح الجسر الجديد.', published: '2015-07-20', expect: [['1969', '1969'], ['1976', '1976']] },
    { text: 'وبدأ تطبيق النظام في غرة شهر رمضان، ويعلن عن النتائج غرة محرم المقبل.', published: '2015-08-01', expect: [['غرة شهر رمضان', '2015-06-18'], ['غرة محرم المقبل', '2015-10-14']] },
    { text: 'وتبدأ المرحلة الثانية غرة الشهر المقبل.', published: '2015-08-10', expect: [['غرة الشهر المقبل', '2015-09-01']] },
    { text: 'وهو أكبر تراجع منذ أكتوبر من العام الماضي، وتنتهي المهلة في مارس من العام المقبل.', published: '2015-07-24', expect: [['أكتوبر من العام الماضي', '2014-10'], ['مارس من العام المقبل', '2016-03']] },
    { text: 'وتبدأ الهدنة يوم الأحد (26/شوال/ 1437هـ) الموافق (31/7/2016) وتستمر خمسة أيام.', published: '2016-07-30', expect: [['يوم الأحد (26/شوال/ 1437هـ) الموافق (31/7/2016)', '2016-07-31']] },
    { text: 'وأعلنت الحكومة الخطة الجمعة الماضية، واستدعت في اليوم نفسه سفيرها، وتعقد المؤتمر في 3 سبتمبر ثم في الثامن من الشهر ذاته.', published: '2015-07-31', expect: [['الجمعة الماضية', '2015-07-24'], ['اليوم نفسه', '2015-07-24'], ['3 سبتمبر', '2015-09-03'], ['الثامن من الشهر ذاته', '2015-09-08']] },
    { text: 'وأعدم الجاسوس في 15 تشرين الأول - أكتوبر بعد محاكمة، وسقط في يونيو - 15 قتيلا.', published: '2015-11-01', expect: [['15 تشرين الأول - أكتوبر', '2015-10-15'], ['يونيو', '2015-06']] },
    { text: 'وتعتزم الشركة طرح أسهمها في العام المقبل 2016.', published: '2015-08-01', expect: [['العام المقبل 2016', '2016']] },
    { text: 'ولعب المدافع لنادي الشباب (2012-2013) ثم اعتزل.', published: '2015-08-01', expect: [['2012', '2012'], ['2013', '2013']] },
    { text: 'وتصل الشحنة الأولى في العاشر من الشهر المقبل، بعد توقيع العقود في 3 من الشهر الماضي.', published: '2015-08-11', expect: [['العاشر من الشهر المقبل', '2015-09-10'], ['3 من الشهر الماضي', '2015-07-03']] },
    { text: 'ويتواصل المعرض من 4 شوال حتى 6 ذوالقعدة من العام الجاري.', published: '2015-07-24', expect: [['4 شوال', '2015-07-20'], ['6 ذوالقعدة من العام الجاري', '2015-08-21']] },
    { text: 'وذكر المتحدث في تصريح نشر الليلة قبل الماضية أن القصف توقف الليلة الماضية.', published: '2015-07-23', expect: [['الليلة قبل الماضية', '2015-07-21'], ['الليلة الماضية', '2015-07-22']] },
    { text: 'ويحضر المدرب المباراة المقررة الأربعاء في الرياض.', published: '2015-08-11', expect: [['الأربعاء', '2015-08-12']] },
    { text: 'ويتوج رئيس الاتحاد بطل الكأس في اللقاء الذي يجمع الفريقين الأربعاء في جدة، ويخوض المنتخب مساء الخميس مباراته الأولى.', published: '2015-08-11', expect: [['الأربعاء', '2015-08-12'], ['مساء الخميس', '2015-08-13', 'time']] },
    // Any imperfect or future verb form says the weekday is coming (verbTense); a perfect or «لم» + jussive, gone.
    { text: 'ويصل الوفد مساء الخميس قادما من جدة، ولم يحضر الوزير اجتماع الأربعاء.', published: '2015-08-11', expect: [['مساء الخميس', '2015-08-13', 'time'], ['الأربعاء', '2015-08-05']] },
    { text: 'وسيعود الوزراء خلال يومي الأحد والاثنين، وتقدمت القوات الجمعة.', published: '2015-07-24', expect: [['الأحد', '2015-07-26'], ['الاثنين', '2015-07-27'], ['الجمعة', '2015-07-24']] },
    { text: 'وافتتح المعرض البارحة الأولى.', published: '2015-08-11', expect: [['البارحة الأولى', '2015-08-09']] },
    // A weekend in a Monday's report with no tense cue near it is the one just gone; one still to come keeps its cue.
    { text: 'وهدم السيل عشرات المنازل في القرى الساحلية خلال عطلة نهاية الأسبوع.', published: '2015-08-10', expect: [['نهاية الأسبوع', '2015-W32']] },
    { text: 'وتعلن الوزارة النتائج النهائية نهاية الأسبوع.', published: '2015-08-10', expect: [['نهاية الأسبوع', '2015-W33']] },
    // A weak «اليوم» after the perfect that opens a news lead, however long its subject, is the day of the report; a
    // scheduled fixture's verb before it too. Inside a sentence a word shaped like a perfect is no such evidence.
    { text: 'أطلقت وزارة الصحة بالتعاون مع الجمعيات الخيرية في المنطقة اليوم حملة للتبرع بالدم.', published: '2015-07-31', expect: [['اليوم', '2015-07-31']] },
    { text: 'انخفضت درجات الحرارة في معظم مناطق المملكة الشمالية اليوم بعد موجة حر طويلة.', published: '2015-07-31', expect: [['اليوم', '2015-07-31']] },
    { text: 'ويلتقي الفريقان اليوم على ملعب المدينة، ويبدأ التسجيل في الدورة اليوم.', published: '2015-07-31', expect: [['اليوم', '2015-07-31'], ['اليوم', '2015-07-31']] },
    // A verb marked for the future with «سـ» before it: later today.
    { text: 'وسيلقي الوزير اليوم كلمة في حفل التخرج.', published: '2015-07-31', expect: [['اليوم', '2015-07-31']] },
    // A masculine perfect opening the lead (no ending shows it: pastCues), and a feminine or plural definite word after
    // «اليوم» (the clause's object, not an adjective of the day).
    { text: 'دعا المجلس البلدي اليوم المواطنين إلى ترشيد استهلاك المياه، وأشاد الوزير اليوم بجهود المتطوعين.', published: '2015-07-31', expect: [['اليوم', '2015-07-31'], ['اليوم', '2015-07-31']] },
    { text: 'وطالب الأهالي الأربعاء بإصلاح الطريق الذي يربط القريتين.', published: '2015-08-11', expect: [['الأربعاء', '2015-08-05']] },
    // A deictic with a weekday that is not its day (a paper's date a day or more off the day it was written): the
    // weekday wins, on the deictic's side of the publication date; a weekday that agrees changes nothing.
    { text: 'واجتمعت اللجنة الفنية أمس الثلاثاء لمراجعة الجدول.', published: '2015-07-21', expect: [['أمس الثلاثاء', '2015-07-21']] },
    { text: 'وافتتح المحافظ المعرض مساء أمس الخميس.', published: '2015-07-21', expect: [['مساء أمس الخميس', '2015-07-16', 'time']] },
    { text: 'وتنطلق البطولة غدا السبت في جدة، وقد وصلت الفرق أمس الجمعة.', published: '2015-08-01', expect: [['غدا السبت', '2015-08-01'], ['أمس الجمعة', '2015-07-31']] },
    { text: 'وقال المتحدث في بيان صدر اليوم الجمعة إن الحملة مستمرة.', published: '2015-08-09', expect: [['اليوم الجمعة', '2015-08-07']] },
    // The nearest cue wins: a past verb next to the weekday keeps it past.
    { text: 'وأعلن النادي الأربعاء أن الفريق يخوض مباراة ودية.', published: '2015-08-11', expect: [['الأربعاء', '2015-08-05']] },
    // «الراهن» is «الحالي»; «آخر» before a definite unit is its end («آخر الأسبوع» = the end of this week).
    { text: 'وزادت الأرباح خلال النصف الأول من العام الراهن، وتراجعت الأسهم في جلسة آخر الأسبوع.', published: '2015-08-07', expect: [['العام الراهن', '2015'], ['آخر الأسبوع', '2015-W32']] },
    { text: 'ويعمل الطبيب في المستشفى منذ عشر سنوات، وقد افتتح عيادته منذ عامين.', published: '2015-08-01', expect: [['منذ عشر سنوات', 'P10Y', 'duration'], ['منذ عامين', '2013']] },
    // The accusative «عاماً» follows a count even when the count is a word the grammar does not read: a span, not last year.
    { text: 'وحقق النادي أفضل نتائجه في العشرين عاماً الماضية.', published: '2015-08-01', expect: [['عاماً الماضية', 'PXY', 'duration']] },
    // A rising list of years, a bracketed year closing its clause, a tatweel as the dash of a range.
    { text: 'وأجرت الهيئة ثلاثة مسوح في السنوات التالية (1998، 2006، 2013)، وكان آخرها شاملا (2013).', published: '2015-08-01', expect: [['1998', '1998'], ['2006', '2006'], ['2013', '2013'], ['2013', '2013']] },
    { text: 'ويتوقع التقرير نموا بطيئا للفترة 2016ـ2020 بعد طفرة في 2012.', published: '2015-08-01', expect: [['2016', '2016'], ['2020', '2020'], ['2012', '2012']] },
    { text: 'وشارك اللاعب في بطولات 2004-2008 ثم في الـ2012.', published: '2015-08-01', expect: [['2004', '2004'], ['2008', '2008'], ['الـ2012', '2012']] },
  ],
  falsePositives: [
    { text: 'سقط 1436 قتيلا في المعارك وأصيب 5 أعضاء من اللجنة (5+5).', published: '2020-06-10' },
    { text: 'ويرى الباحث أن دواعش اليوم أخطر من سابقيهم.', published: '2020-06-10' },
    { text: 'وقال أحد المسؤولين إن أبا محمد مارس الضغط على أب الضحية.', published: '2020-06-10' },
    { text: 'واشترى سيارة نيسان بقيمة 2000 دولار.', published: '2020-06-10' },
    { text: 'وعقد الاجتماع الثالث من نوعه في الجولة الثالثة.', published: '2020-06-10' },
    { text: 'ويتحدث رمضان عبد الله عن الخطة.', published: '2020-06-10' },
    { text: 'وتتراجع الثقة يوما بعد يوم، ووصل عدد الأفلام إلى 1650 فيلما.', published: '2020-06-10' },
    { text: 'وحققت الأسهم أكبر مكاسبها منذ الأسبوع المنتهي في منتصف الموسم.', published: '2020-06-10' },
    { text: 'وعين الأمين العام السابق للجنة رئيسا، وكان الموظفون في اليوم ذاته في إجازة.', published: '2020-06-10' },
    { text: 'وراجعت اللجنة سجلات الموظفين في اليوم ذاته الذي وقع فيه الحادث.', published: '2020-06-10' },
    { text: 'ونتطلع إلى غد أفضل لأبنائنا.', published: '2020-06-10' },
    // «اليوم» = nowadays: a perfect-shaped word inside the sentence («تنبت») or a verb opening the clause after «لكن».
    { text: 'وفي الحديقة القديمة تنبت الأزهار البرية بكثرة اليوم.', published: '2020-06-10' },
    { text: 'وشارك الطلاب في فعاليات اليوم الدراسي المفتوح.', published: '2020-06-10' },
    { text: 'تواجه المملكة اليوم تحديات اقتصادية كبيرة.', published: '2020-06-10' },
    { text: 'وتختلف الحياة في سيدني اليوم عن الماضي.', published: '2020-06-10' },
    { text: 'وزادت أعداد الطلاب في الماضي لكنها تراجعت اليوم بسبب الهجرة.', published: '2020-06-10' },
    // The Friday sermon and prayer name a rite, not a day.
    { text: 'ويلقي الشيخ خطبة الجمعة في الجامع، ويؤدي المصلون صلاة الجمعة في المساجد.', published: '2020-06-10' },
    // «إلى اليوم», «حتى اليوم» alone: up to now, not a day.
    { text: 'ولا تزال المدينة إلى اليوم بلا خطة واضحة، ولم تصدر النتائج حتى اليوم بشكل رسمي.', published: '2020-06-10' },
    { text: 'وأصيب عدد آخر من الجنود في يوم آخر، وسجل هدفا في آخر دقيقة، وتبقى الضريبة الراهنة.', published: '2020-06-10' },
    { text: 'واستأنف الفريق تدريباته بعد يوم الراحة، وسجل الهدف قبل الدقيقة الأخيرة، ونتطلع إلى الغد المشرق.', published: '2020-06-10' },
    // A year glued to a noun names an edition or a plan, not a date.
    { text: 'ويستعد المنتخب لكأس آسيا 2019 بعد مشاركته في دورة إنشون 2014.', published: '2015-08-01' },
    { text: 'ويفتتح معرض الصور ٢٠١٥م بمشاركة واسعة، ويضم معرض "ألوان" ٢٠١٥م أعمالا كثيرة.', published: '2015-08-01' },
    // Bracketed counts and falling or out-of-range lists are quantities, not years (Saudi press brackets its figures).
    // After «إلى» a number before a counted noun is an amount.
    { text: 'وسيصل عدد العينات إلى 1920 عينة، وارتفع عدد الزوار إلى 2000 زيارة.', published: '2015-08-01' },
    // «أيام الخميس والجمعة»: weekdays after the plural «أيام» recur.
    { text: 'وتفتح الحدائق للعائلات أيام الخميس والجمعة، وتقام المحاضرات أيام الأحد.', published: '2015-08-11' },
    // A count joined to a count is no list of years.
    { text: 'وبلغ عدد المستفيدين 2015 مستفيدا و1998 طالبة.', published: '2015-08-01' },
    { text: 'واعتمد المجلس (2000) وظيفة، ومنح (1950) قرضا، وبلغ عدد الزوار (2000، 3000) زائر، وسجل 1500، 2000 حالة.', published: '2015-08-01' },
    // Two consecutive years are one fiscal year or season.
    { text: 'ولا منح جديدة خلال 2015 - 2016 وفي السنة المالية 2014/2015 تراجع العجز.', published: '2015-08-01' },
  ],
};
