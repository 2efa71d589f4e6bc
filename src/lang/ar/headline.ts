/**
 * Arabic lines that are not the headline (bylines, agency tags, dateline-only lines) and the tables the
 * dateline reader (src/text/dateline.ts) uses: agencies and outlets, dateline places, date words.
 */
import type { HeadlineRules, LineRule } from '../../extract/headline.js';
import type { DatelineRules } from '../../text/dateline.js';
import { actors } from './actors.js';
import { foldArabic } from '../../text/normalise.js';

/** Agencies and outlets that sign Arabic datelines and bylines. */
const AGENCIES = [
  'واس', 'وكالة الأنباء السعودية', 'رويترز', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'فرانس برس', 'فرانس پرس', 'د ب أ', 'د.ب.أ', 'أ ب', 'أسوشيتد برس',
  'يو بي آي', 'سانا', 'كونا', 'وام', 'قنا', 'بنا', 'العمانية', 'الأناضول', 'شينخوا', 'سبأ', 'وفا', 'أ ش أ', 'ومع', 'واج', 'وات', 'إرنا',
  'سي إن إن', 'CNN', 'بي بي سي', 'BBC', 'الشرق الأوسط', 'سبق', 'الوئام', 'عين اليوم', 'الاقتصادية', 'عكاظ', 'الوطن', 'الحياة',
  'الرياضية', 'الرياضي', 'الجزيرة', 'الخليج', 'البيان', 'الأهرام', 'الشروق', 'النهار', 'القدس العربي', 'العربية', 'سكاي نيوز عربية',
  'متابعات', 'متابعة', 'وكالات', 'خاص', 'رصد', 'الجزيرة نت',
] as const;

/** Places that open datelines: Saudi and Gulf cities, Arab and world capitals (as newsrooms spell them). */
const PLACES = [
  'الرياض', 'جدة', 'مكة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'الخبر', 'الظهران', 'الأحساء', 'الاحساء', 'القطيف', 'الطائف', 'تبوك', 'أبها',
  'جازان', 'جيزان', 'نجران', 'حائل', 'بريدة', 'عنيزة', 'القصيم', 'الباحة', 'عرعر', 'سكاكا', 'الجوف', 'ينبع', 'الخرج', 'المجمعة', 'الجبيل',
  'خميس مشيط', 'القنفذة', 'رابغ', 'حفر الباطن', 'الدوادمي', 'شرورة', 'بيشة', 'القاهرة', 'الإسكندرية', 'دمشق', 'بيروت', 'عمّان', 'عمان', 'بغداد',
  'البصرة', 'الموصل', 'أربيل', 'الكويت', 'الدوحة', 'المنامة', 'مسقط', 'أبوظبي', 'أبو ظبي', 'دبي', 'الشارقة', 'صنعاء', 'عدن', 'تعز', 'مأرب',
  'الحديدة', 'طرابلس', 'بنغازي', 'مصراتة', 'تونس', 'الجزائر', 'الرباط', 'الدار البيضاء', 'نواكشوط', 'الخرطوم', 'مقديشو', 'جيبوتي', 'القدس',
  'رام الله', 'غزة', 'حلب', 'حمص', 'إدلب', 'درعا', 'اللاذقية', 'لندن', 'باريس', 'واشنطن', 'نيويورك', 'موسكو', 'بكين', 'طوكيو', 'برلين',
  'روما', 'مدريد', 'أنقرة', 'إسطنبول', 'اسطنبول', 'أسطنبول', 'طهران', 'كابول', 'إسلام آباد', 'نيودلهي', 'جاكرتا', 'بروكسل', 'جنيف', 'فيينا',
  'لاهاي', 'أثينا', 'ستوكهولم', 'أوسلو', 'وارسو', 'كييف', 'سيول', 'بانكوك', 'كوالالمبور', 'سيدني', 'أوتاوا', 'نيروبي', 'أديس أبابا',
  'جوهانسبرغ', 'الفاتيكان', 'ميونيخ', 'ميلانو', 'مانشستر', 'ليفربول', 'برشلونة', 'الإسماعيلية', 'بورسعيد', 'نيودلهي', 'بروكسل',
] as const;

/** Month names (Gregorian, Levantine, Maghrebi, Hijri) and weekdays: words that make a dateline part a date. */
const DATE_WORDS = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت',
  'محرم', 'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعدة', 'الحجة',
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
] as const;

const DATE_FILLERS = ['هـ', 'ه', 'م', 'الموافق', 'لعام', 'عام', 'الأول', 'الثاني', 'الآخر', 'الأولى', 'الآخرة', 'ذو', 'ذي', 'من', 'يوم'] as const;

export const dateline: DatelineRules = {
  agencies: AGENCIES,
  places: PLACES,
  months: DATE_WORDS,
  dateFillers: DATE_FILLERS,
  capitalsArePlaces: false,
};

// ---------------------------------------------------------------- not-headline lines

/** A literal as a pattern tolerant of the usual spelling variants (hamza on alef, ى/ي, ة/ه). */
function loose(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    .replace(/[اأإآ]/gu, '[اأإآ]')
    .replace(/[يى]/gu, '[يى]')
    .replace(/[ةه]/gu, '[ةه]')
    .replace(/ /gu, '\\s');
}

const alternation = (list: readonly string[]) => `(?:${[...new Set(list)].sort((a, b) => b.length - a.length).map(loose).join('|')})`;

/**
 * A value built on its first use. The patterns below hold the agency, place and given-name lists: V8 parses a
 * regular expression when it is created, so building them when this module loads cost every run the parse of
 * hundreds of alternatives (and the spelling-variant rewriting of each word), while their guards keep most lines,
 * and most articles, from ever running them.
 */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
const AGENCY = once(() => alternation(AGENCIES));
const PLACE = once(() => alternation(PLACES));
/** Separators in bylines: dashes, colon, or a tatweel standing apart as a dash («جدة ـ فلان»), not «لـ». */
const SEP = '(?:\\s?[-\u2013\u2014:]{1,3}\\s?|\\s\u0640{1,3}\\s?|\u0640{1,3}\\s)';
/**
 * Letters and marks of the Arabic script, without tatweel (U+0640), as explicit ranges rather than
 * `[\p{L}\p{M}]`: these patterns repeat a name word up to four times and V8 compiles the class into every
 * copy, building a property union from ICU each time (the place-byline pattern took 200 ms to compile on its
 * first line; with these ranges, under 2 ms). A byline in an Arabic article names people in Arabic script.
 */
const ARABIC_LETTER = '[\\u0621-\\u063A\\u0641-\\u065F\\u066E-\\u06D3\\u06D5\\u06FA-\\u06FF\\u0750-\\u077F]';
/** A name word: letters without tatweel, not a preposition or particle (names have none; headlines do). */
const NAME_WORD = `(?!(?:في|من|على|إلى|الى|عن|مع|لا|لم|لن|بعد|قبل|أن|ان)(?:\\s|$))${ARABIC_LETTER}+`;
const NAME = `${NAME_WORD}(?:\\s${NAME_WORD}){0,3}`;
/** What follows an agency in a dateline: a place or a short name («واس - الرياض», «سبق - أبها:»). */
const SHORT_NAME = `${NAME_WORD}(?:\\s${NAME_WORD})?`;
const QUOTED = '[«"“][^»"”\\n]{1,30}[»"”]';

/**
 * Whether a part of the line between separators (dashes, colon, tatweel) is a listed dateline place: the place-byline
 * pattern needs one (its place alternation takes ~30 ms to compile), and a headline with a dash rarely has one.
 */
let placeSet: Set<string> | null = null;
function hasListedPlacePart(line: string): boolean {
  placeSet ??= new Set(PLACES.map((p) => foldArabic(p)));
  for (const part of line.split(/[-\u2013\u2014:\u0640]+/u)) if (placeSet.has(foldArabic(part.trim()))) return true;
  return false;
}

/** Bylines are short and hold a separator: the guard that keeps long place alternations off headlines. */
const SHORT_LINE_WITH_SEPARATOR = /^(?=[^\n]{3,70}$)[^\n]*?[-\u2013\u2014:\u0640]/u;

const AGENCY_ONLY = once(() => new RegExp(`^[(«"“]?${AGENCY()}[)»"”]?\\s?:?$`, 'u'));
const PLACE_BYLINE = once(() => new RegExp(`^${PLACE()}${SEP}${NAME}\\s?:?$|^${NAME}${SEP}${PLACE()}\\s?:?$`, 'u'));
const OUTLET_FROM_PLACE = once(() => new RegExp(`^${QUOTED}\\sمن\\s${PLACE()}$`, 'u'));

// Dateline-shaped lines («الرياض - واس:», «واس (الرياض)», «الرياض 25 شوال 1436 هـ … واس») are read by
// src/text/dateline.ts with table lookups; headline.ts skips a paragraph that is all dateline.
const rules: LineRule[] = [
  {
    name: 'ar-byline-word',
    guard: /^(?:كتب|كتبت|بقلم|إعداد|اعداد|تحرير|تقرير|متابعة|حوار|ترجمة|تصوير|عرض|رصد|إشراف|اشراف)[\s\-\u2013\u2014:\u0640]/u,
    // «كتب: …», «بقلم: …», «إعداد - …»: a byline word, a separator, a short name.
    pattern: new RegExp(`^(?:كتب|كتبت|بقلم|إعداد|اعداد|تحرير|تقرير|متابعة|حوار|ترجمة|تصوير|عرض|رصد|إشراف|اشراف)${SEP}${NAME}$|^بقلم\\s${NAME}$`, 'u'),
    examples: ['كتب: سالم العنزي', 'بقلم: محمد بن علي', 'إعداد - سارة القحطاني', 'بقلم خالد الفهد'],
    counterExamples: ['تقرير أممي يحذر من مجاعة في اليمن', 'كتب التاريخ تعود إلى المكتبات', 'حوار: لا حل بدون تفاوض'],
  },
  {
    name: 'ar-agency-only',
    guard: /^[^\n]{1,32}$/u,
    get pattern() {
      return AGENCY_ONLY();
    },
    examples: ['واس', '(رويترز)', 'أ ف ب', 'وكالات', '«الشرق الأوسط»'],
    counterExamples: ['رويترز تنشر تحقيقا عن الفساد'],
  },
  {
    name: 'ar-place-byline',
    guard: (line) => SHORT_LINE_WITH_SEPARATOR.test(line) && hasListedPlacePart(line),
    // «الرياض - محمد العتيبي», «أبها: مسعود الأحمري», «ناصر الشهري - جدة»: a dateline place and a reporter's name.
    get pattern() {
      return PLACE_BYLINE();
    },
    examples: ['الرياض - محمد العتيبي', 'أبها: مسعود الأحمري', 'ناصر الشهري - جدة', 'جدة ـ عبدالغني الشريف', 'القاهرة - سامي عادل:'],
    counterExamples: ['جدة: أمطار في الأحياء الشرقية', 'الرياض: لا تراجع عن القرار'],
  },
  {
    name: 'ar-outlet-from-place',
    guard: /^[«"“][^\n]{1,60}$/u,
    get pattern() {
      return OUTLET_FROM_PLACE();
    },
    examples: ['«الاقتصادية» من الرياض', '"الوطن" من جدة'],
  },
];

// ---------------------------------------------------------------- bylines without a byline word

/**
 * A given name opening a personal name: the actors pack's common given names, or a compound in «عبد» («عبدالله»,
 * «عبد الرحمن»). Names standing alone on a line above the headline are columnists' and reporters' bylines.
 */
const GIVEN = once(() => `(?:${alternation(actors.givenNames ?? [])}|عبد\\s?ال${ARABIC_LETTER}+)`);
/**
 * Another word of a name: not a present-tense verb («يقود», «تفتتح», «نستعد»; given names are listed apart), not a word
 * joined by «و» («سامي وسنوات …»), not a particle.
 */
const NAME_PART = `(?![يتنو]${ARABIC_LETTER}{2,}(?:\\s|$))${NAME_WORD}`;
const HONORIFIC = '(?:د\\.\\s?|د\\s|الدكتورة?\\s|المهندسة?\\s|الأستاذة?\\s)';
/**
 * The guard of the name bylines: some word is a listed given name or opens with «عبد» (PERSON needs one). The patterns
 * hold the whole given-name list and cost tens of milliseconds to compile; most first lines are headlines with no
 * given name in them, and a set lookup keeps those patterns from being compiled for them.
 */
let givenNames: Set<string> | null = null;
function hasGivenName(line: string): boolean {
  givenNames ??= new Set((actors.givenNames ?? []).map((n) => foldArabic(n)));
  for (const word of line.split(/[\s.]+/u)) {
    const folded = foldArabic(word);
    if (givenNames.has(folded) || folded.startsWith('عبد')) return true;
  }
  return false;
}
/** A personal name: an optional honorific, a given name, one to three more name words. */
const PERSON = once(() => `${HONORIFIC}?${GIVEN()}(?:\\s${NAME_PART}){1,3}`);
/** A place word or two («عسير», «الحد الجنوبي»), for bylines the place list does not hold. */
const PLACE_WORDS = `${NAME_PART}(?:\\s${NAME_PART})?`;

const NAME_ONLY = once(() => new RegExp(`^${PERSON()}$`, 'u'));
const NAME_PLACE = once(
  () => new RegExp(`^${PERSON()}(?:\\sمن\\s${PLACE_WORDS}|${SEP}${PLACE_WORDS}|\\s?\\(${PLACE_WORDS}\\))\\s?:?$|^${PLACE_WORDS}${SEP}${PERSON()}$`, 'u'),
);

rules.push(
  {
    name: 'ar-name-only',
    guard: (line) => line.length >= 3 && line.length <= 50 && !line.includes('\n') && hasGivenName(line),
    // «سالم الفلاني», «د. عامر بن محمد الفلاني» above a short line: a byline, the headline comes next.
    get pattern() {
      return NAME_ONLY();
    },
    onlyBeforeHeadline: true,
    examples: ['خالد الدوسري', 'د. عامر بن محمد الحسن', 'عبدالرحمن المطيري', 'أحمد عبد الرحمن الخالد', 'الدكتورة نورة الفايز'],
    counterExamples: ['محمد صلاح يقود ليفربول', 'خالد الفيصل يفتتح سوق عكاظ', 'المجلس يقر الميزانية', 'سلمان يستقبل الوفد', 'ماجد وسنوات الانتظار'],
  },
  {
    name: 'ar-name-place',
    guard: (line) => line.length >= 3 && line.length <= 60 && !line.includes('\n') && hasGivenName(line),
    // «سالم الفلاني من الرياض», «فلان الفلاني ـ عسير», «فلان الفلاني (جدة)», «الحد الجنوبي: فلان الفلاني».
    get pattern() {
      return NAME_PLACE();
    },
    onlyBeforeHeadline: true,
    examples: ['هشام الزامل من الدمام', 'عبدالرحمن القحطاني ـ عسير', 'سامي الحربي (جدة)', 'الحد الشمالي: حسين الشهري', 'علي الزهراني - الجبيل'],
    counterExamples: ['محمد صلاح يعود من لندن', 'الهلال: سلمان الفرج يغيب عن المباراة', 'فهد يتصدر - الترتيب'],
  },
  {
    name: 'ar-byline-colon',
    guard: /^[^\n]{3,60}:$/u,
    // A short line with a dash or tatweel separator that ends in a colon: a dateline with a place the list does not hold
    // («رفحاء - فلان الفلاني:», «مونتريال ـ الفرنسية:»). Headlines do not end in a colon.
    pattern: new RegExp(`^[^:\\n]{2,30}${SEP}[^:\\n]{2,40}:$`, 'u'),
    examples: ['رفحاء - حمود الشمري:', 'مونتريال ـ الفرنسية:', 'القاهرة - مكتب الصحيفة - طارق الحسن:'],
    counterExamples: ['جدة: أمطار في الأحياء الشرقية', 'الأسهم ترتفع - والنفط يتراجع'],
  },
);

export const headline: HeadlineRules = { notHeadline: rules };
