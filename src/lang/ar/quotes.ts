/**
 * Arabic quote data: speech verbs and lead-ins with their gender and number, source markers, the
 * particles that end a speaker phrase, documents, unnamed sources and title nouns. Words are written
 * naturally here and folded once at load, so the tables read like Arabic and match folded tokens.
 */
import type { Actor } from '../../types.js';
import type { Gender, GNumber, PronounEntry, QuoteRules, SpeechCue } from '../../extract/quotes.js';
import { foldArabic } from '../../text/normalise.js';
import { examples, counterExamples } from './quotes-examples.js';
import { actors } from './actors.js';

const fold = (w: string) => foldArabic(w).toLowerCase();

/**
 * Past-tense speech verbs (masculine singular) and, where the regular endings (ت, وا) do not apply, their
 * feminine and plural forms: [masculine, feminine, plural].
 */
const PAST_VERBS: readonly (string | [string, string, string])[] = [
  'قال', 'أضاف', 'أشار', 'لفت', 'شدد', 'أردف', 'أكد', 'أوضح', 'ذكر', 'أعلن', 'صرح', 'اعتبر', 'وصف',
  'اتهم', 'طالب', 'حذر', 'كشف', 'أفاد', 'كتب', 'غرد', 'أبلغ', 'أعرب', 'اعترف', 'زعم', 'نوه', 'استطرد',
  'علق', 'أجاب', 'تساءل', 'انتقد', 'رحب', 'أشاد', 'هاجم', 'حث', 'أقر', 'جدد', 'استدرك', 'لاحظ', 'أفصح',
  // طلب (asked): its noun «طلب» (a request) is bare only in construct («بناء على طلب الوزارة»), rarely before a quote.
  'طلب', 'تعهد', 'ناشد', 'شرح', 'ندد', 'استنكر', 'توقع', 'نبه',
  // explained, narrated; chanted and repeated (a crowd's words: «هتف المحتجون «…»», «ردد المشجعون «…»»)
  'فسر', 'هتف', 'ردد', ['روى', 'روت', 'رووا'],
  // showed (the Saudi press's «وأبان أن»), asked, proposed, recommended, wished
  'أبان', 'سأل', 'اقترح', ['أوصى', 'أوصت', 'أوصوا'], ['تمنى', 'تمنت', 'تمنوا'],
  ['رأى', 'رأت', 'رأوا'], ['نفى', 'نفت', 'نفوا'], ['دعا', 'دعت', 'دعوا'], ['أبدى', 'أبدت', 'أبدوا'],
];

/**
 * Verbs that are speech only before what was said (a complementiser, a colon or a quotation mark): «بين» (showed;
 * also "between"), «تابع» (went on; also "followed up"), «ختم» (concluded; also "sealed"), «رد» (replied; also "pushed back"),
 * «زاد» (added; also "increased"), «أكمل» (went on; also "completed"), «اختتم» (concluded; also "closed"), «أمل» (hoped
 * that; also the noun "hope"), «كرر» (reiterated; also "repeated" a win or a mistake).
 * («وجد التقرير أن» is left out: «وجد» is mostly "was present" («الذي وجد فلان في الصالة»), and a headline fragment
 * repeated in such a sentence would take its subject as speaker.)
 * («نصت المادة على أن» is left out: a clause of a law written before its verb («المادة نصت») would go to the last body named.)
 */
const CLAUSE_ONLY_VERBS = ['بين', 'تابع', 'ختم', 'رد', 'زاد', 'أكمل', 'اختتم', 'أمل', 'كرر'];

/** Present forms of the verbs above that are speech only before what was said («ويتابع: «…»»): [masculine, feminine]. */
const CLAUSE_ONLY_PRESENT: readonly [string, string][] = [['يتابع', 'تتابع']];

/** Present-tense forms: [masculine, feminine]. */
const PRESENT_VERBS: readonly [string, string][] = [
  ['يقول', 'تقول'], ['يضيف', 'تضيف'], ['يصف', 'تصف'], ['يتهم', 'تتهم'], ['ينفي', 'تنفي'], ['يرى', 'ترى'], ['يؤكد', 'تؤكد'], ['يشير', 'تشير'], ['يوضح', 'توضح'],
  // «بحسب ما يشرح الباحث», «كما تروي الكاتبة». («يذكر أن» is the impersonal "it is worth noting that": left out.)
  ['يشرح', 'تشرح'], ['يروي', 'تروي'],
  // («تعتبر» is mostly "is considered", «تشدد» a noun (strictness), «يتساءل» often a describing clause («الذي يتساءل
  // ويفكر»): left out.)
  ['يحذر', 'تحذر'], ['يطالب', 'تطالب'], ['يلفت', 'تلفت'], ['يهتف', 'تهتف'], ['يفسر', 'تفسر'],
];

/** Adverbial participles that continue the clause of the sentence's subject (masculine singular). */
const LEAD_INS = [
  'قائلا', 'مضيفا', 'مؤكدا', 'مشيرا', 'موضحا', 'لافتا', 'مشددا', 'معتبرا', 'متهما', 'محذرا', 'واصفا', 'معربا',
  'منوها', 'مبينا', 'داعيا', 'مطالبا', 'كاشفا', 'مستدركا', 'متابعا', 'مختتما', 'متسائلا', 'مردفا', 'منتقدا', 'معلنا', 'مذكرا',
  // the participles of the past verbs above that report an attitude in words (أبدى، أشاد، رحب، ناشد، استنكر، توقع …)
  // and of addressing someone («موجها شكره إلى … على …»)
  'مبديا', 'معبرا', 'مشيدا', 'مثمنا', 'مرحبا', 'مناشدا', 'مستنكرا', 'متوقعا', 'موجها', 'ملمحا', 'منبها', 'مقترحا',
  'متعهدا', 'معترفا', 'مستشهدا', 'مطمئنا',
  // repeating words («مرددين «…»»: a crowd's chant), explaining them. («هاتفا» is also a phone: left out.)
  'مرددا', 'مفسرا',
];

/**
 * Participles whose feminine is mostly a common noun or an adjective (مطالبة a demand, متابعة a follow-up,
 * صورة معبرة, النتائج متوقعة, رسالة موجهة, خطة مقترحة, نفس مطمئنة): the feminine is left out.
 */
const NOUN_LIKE_FEMININE = new Set(['مطالبا', 'متابعا', 'داعيا', 'كاشفا', 'مختتما', 'معبرا', 'متوقعا', 'موجها', 'مقترحا', 'مطمئنا']);

/**
 * Verbs whose next noun is their object, before «بأن»/«بـ»/«على» or the quote itself («ووصف الاتفاق بأنه «…»»,
 * «واعتبر القرار «…»», «واتهم المعارضة بـ«…»»): one unknown word after them is no subject.
 */
const TAKES_OBJECT = new Set(['وصف', 'اعتبر', 'اتهم', 'طالب', 'حث', 'ناشد', 'هاجم', 'انتقد', 'دعا']);

function verbCues(): SpeechCue[] {
  const out: SpeechCue[] = [];
  let object = false;
  const add = (form: string, gender: Gender, number: GNumber, role: SpeechCue['role'] = 'verb', present = false) =>
    out.push({ form: fold(form), role, gender, number, ...(present ? { present } : {}), ...(object ? { takesObject: true } : {}) });
  for (const v of PAST_VERBS) {
    const [m, f, pl] = typeof v === 'string' ? [v, v + 'ت', v + 'وا'] : v;
    object = TAKES_OBJECT.has(m);
    add(m, 'm', 'sg');
    add(f, 'f', 'sg');
    add(pl, 'm', 'pl');
    add(m + 'ا', 'm', 'pl'); // dual: قالا
  }
  object = false;
  // With the object pronoun «هذا ما قاله كارار»: [masculine, feminine].
  for (const [m, f] of [['قاله', 'قالته'], ['أكده', 'أكدته'], ['أعلنه', 'أعلنته'], ['وصفه', 'وصفته'], ['وصفها', 'وصفتها']]) {
    add(m, 'm', 'sg');
    add(f, 'f', 'sg');
    out[out.length - 1].objectPronoun = true;
    out[out.length - 2].objectPronoun = true;
  }
  for (const v of CLAUSE_ONLY_VERBS) {
    for (const [form, gender, number] of [[v, 'm', 'sg'], [v + 'ت', 'f', 'sg'], [v + 'وا', 'm', 'pl'], [v + 'ا', 'm', 'pl']] as const) {
      out.push({ form: fold(form), role: 'verb', gender, number, needsClause: true });
    }
  }
  for (const [m, f] of CLAUSE_ONLY_PRESENT) {
    out.push({ form: fold(m), role: 'verb', gender: 'm', number: 'sg', present: true, needsClause: true });
    out.push({ form: fold(f), role: 'verb', gender: 'f', number: 'sg', present: true, needsClause: true });
  }
  for (const [m, f] of PRESENT_VERBS) {
    add(m, 'm', 'sg', 'verb', true);
    add(f, 'f', 'sg', 'verb', true);
  }
  for (const l of LEAD_INS) {
    add(l, 'm', 'sg', 'lead-in');
    // The feminine of some participles is a common noun (مطالبة demand, متابعة follow-up): left out.
    if (!NOUN_LIKE_FEMININE.has(l)) add(l.slice(0, -1) + 'ة', 'f', 'sg', 'lead-in');
    add(l.slice(0, -1) + 'ين', 'm', 'pl', 'lead-in');
  }
  return out;
}

/** Organisations and places named by a feminine noun (البعثة, الحكومة, الوزارة) take feminine verbs. */
function defaultGender(actor: Actor): Gender {
  if (actor.type === 'person') return 'any';
  const head = fold(actor.name.split(/\s+/u)[0] ?? '');
  return head.endsWith('ه') ? 'f' : 'any';
}

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean).map(fold);

/**
 * Naming nouns that head a quoted name in construct («سهم «…»», «ملعب «…»», «مؤسسة «…»»): the actors pack's heads of
 * organisations, institutions, facilities, outlets, events, competitions and places, plus the things a story names in
 * quotation marks (shares, indices, products, drugs, apps, stadiums, horses, ships, storms).
 */
function nameHeads(): string[] {
  const out = new Set<string>();
  for (const list of [actors.orgHeads, actors.institutionHeads, actors.facilityHeads, actors.outletHeads, actors.eventHeads,
    actors.competitionHeads, actors.clubHeads, actors.quotedNameHeads, actors.placeWrappers]) for (const w of list ?? []) if (!/\s/u.test(w)) out.add(fold(w));
  for (const w of words(
    'سهم أسهم مؤشر مؤشرات ملعب استاد صندوق محفظة عقار دواء لقاح منتج منتجات تطبيق خدمة منصة علامة ماركة إصدار نسخة ' +
      'وسم هاشتاق لقب اسم باسم حصان فرس سفينة ناقلة طائرة صاروخ لعبة مطعم مقهى متجر محل فندق مول سوق مسرحية أوبريت ' +
      'مسابقة معركة إعصار عاصفة فيروس مرض متحف حي ' +
      // a make or a model («هاتف من نوع «…»»)
      'نوع ' +
      // events and seasons named in quotation marks («ضمن فعاليات «…»», «موسم «…»», «ملتقى «…»»)
      'فعالية فعاليات موسم ملتقى ' +
      // a banner's slogan («رفع المشجعون لافتة «…»»)
      'لافتة لافتات ' +
      // places and things a story names in quotation marks: a prison, a settlement, a dam, a warship, a tower, a field
      'سجن معتقل مستوطنة سد مدمرة بارجة برج حقل منجم مصنع',
  )) out.add(w);
  return [...out];
}

/** Verbal nouns a speech verb takes as its object («وأكد عدم وجود خلل في …», «وأكد استمرار دعم …»): never a subject. */
const OBJECT_NOUNS = 'عدم وجود استمرار ضرورة حرص تمسك رفض دعم التزام سعي';

/**
 * Words that never stand in a person's name, for speakers the actors missed: the actors pack's titles (each word of
 * «رئيس الوزراء»), title modifiers, heads of organisations, places, groups, institutions and events, its function
 * words, plus indefinite nouns that describe a speaker without naming one (a witness, a resident, another).
 */
function notNames(): string[] {
  const lists = [actors.titles, actors.titleModifiers, actors.orgHeads, actors.placeWrappers, actors.groupHeads, actors.facilityHeads,
    actors.institutionHeads, actors.outletHeads, actors.eventHeads, actors.clubHeads, actors.competitionHeads, actors.stopwords, actors.honorifics,
    actors.honorificOwners ?? []];
  const out = new Set<string>();
  // Each word of a title, and the same without the article («الوزراء» → «وزراء»: «رئيس وزراء بلاده»).
  for (const list of lists) for (const entry of list ?? []) for (const w of entry.split(/\s+/u)) if (w) {
    out.add(fold(w));
    if (w.startsWith('ال') && w.length > 4) out.add(fold(w.slice(2)));
  }
  for (const w of words(
    'ناشط ناشطة عضو أحد إحدى آخر أخرى آخرون بعضهم أحدهم كثيرون مواطن مواطنة مواطنون مقيم مقيمة ساكن سكان طالب طالبة طبيب طبيبة ' +
      'معلم معلمة موظف موظفة لاعب مشجع شاهد رجل امرأة سيدة شاب فتاة طفل والد والدة شقيق شقيقة زوج زوجة ابنه ابنته ' +
      'قائلا مضيفا وزير وزيرة رئيس رئيسة مسؤول مسؤولة نائب نائبة خبير خبيرة محلل محللة مصدر مصادر دبلوماسي ' +
      'صحيفة جريدة مجلة وكالة قناة موقع شركة مجموعة منظمة هيئة لجنة حكومة دولة ' +
      // adverbs that stand alone between a verb and its quote («كتبت سابقا «…»»), and a country with its owner
      'سابقا لاحقا مجددا حاليا مؤخرا آنفا صراحة علنا رسميا مرارا تكرارا أخيرا أولا ثانيا بدوره بدورها بلاده بلادها بلادهم ' +
      // adverbs a writer sets in quotation marks for emphasis («بين المملكة «مثلا» ودول الخليج»)
      'مثلا أيضا فقط تقريبا ' +
      // descriptors in apposition after a name («فلانوفيتش الملقب بـ…», «المعروف بـ…»)
      'الملقب الملقبة المكنى المكناة المعروف المعروفة ' +
      // what was said, with its owner («وختم حديثه بالقول», «وختمت كلمتها»)
      'حديثه حديثها كلامه كلامها كلمته كلمتها تصريحه تصريحها تصريحاته ' +
      // broken plurals of people («وقال خبراء»)
      'خبراء علماء أطباء سكان أهالي عمال طلاب نشطاء وزراء سفراء قادة زعماء أعضاء رجال نساء شباب ' +
      // a pronoun opening a circumstantial clause («يقول وهو جالس», «وهي أن»), an adverb («يضيف فورا»), the speaker's
      // self or name («يصف نفسه قائلا», «بعد ذكر اسمه»), what was said («حسب قوله»), a publishing house («دار «…»»)
      'وهو وهي وهم وهما فورا حالا نفسه نفسها أنفسهم اسمه اسمها قوله قولها قولهم دار ' + OBJECT_NOUNS,
  )) out.add(w);
  return [...out];
}

/**
 * Participles of manner in the accusative, written without their tanween («مدافعا», «متهكما», «مستغربا», «ممازحا»): a
 * word of five to seven letters ending in «ا» that opens with «مت» or «مست» (forms V, VI and X) or has the shape
 * «م_ا__ا» (form III, «مخاطبا»). Foreign names in «ا» rarely open so («مارادونا», «ماريا» do not fit).
 */
const MANNER_PARTICIPLE = /^(?:\u0645\u0633?\u062A\p{L}{2,4}|\u0645\p{L}\u0627\p{L}{2})\u0627$/u;
/** Adverbs of time and manner that may stand between a speech verb and what was said («ويضيف فورا أن …»). */
const MANNER_ADVERBS = new Set(words('فورا حالا مجددا سابقا لاحقا حاليا مؤخرا آنفا صراحة علنا مرارا تكرارا'));
function isAdverbialParticiple(f: string): boolean {
  return MANNER_ADVERBS.has(f) || (f.length >= 5 && f.length <= 7 && MANNER_PARTICIPLE.test(f));
}

/**
 * Pronouns of honour («وقال سموه», «وأكد معاليه», «وأوضحت معاليها»): the honorific with the owner's pronoun stands for
 * a person the story titled accordingly: [honorific, the title words it is used for].
 */
const HONOUR_PRONOUNS: readonly [string, string][] = [
  ['سمو', 'أمير أميرة ولي ملك سمو'],
  ['جلالة', 'ملك ملكة جلالة سلطان'],
  ['فخامة', 'رئيس رئيسة فخامة'],
  ['معالي', 'وزير وزيرة معالي رئيس رئيسة مدير مديرة محافظ أمين نائب مستشار'],
  ['سماحة', 'مفتي شيخ سماحة إمام مرجع'],
  ['فضيلة', 'شيخ مفتي إمام خطيب قاضي داعية فضيلة'],
];

function honourPronouns(): PronounEntry[] {
  const out: PronounEntry[] = [];
  for (const [honorific, titles] of HONOUR_PRONOUNS) {
    const stem = honorific.endsWith('ة') ? honorific.slice(0, -1) + 'ت' : honorific;
    // («دولته» for a prime minister and «سعادته» for an ambassador are left out: they are mostly "his state" and "his
    // happiness", the object of «أبدى سعادته بـ…», «عبر عن سعادته».)
    out.push({ form: fold(stem + 'ه'), gender: 'm', number: 'sg', kinds: ['person'], titles: words(titles) });
    out.push({ form: fold(stem + 'ها'), gender: 'f', number: 'sg', kinds: ['person'], titles: words(titles) });
  }
  return out;
}

export const quotes: QuoteRules = {
  speechCues: verbCues(),
  // «بحسب ما تقول X»: a marker ending in «ما» (لما) is followed by a speech verb, then the source.
  // «وفقا لفلان»: the preposition may be written on the name.
  sourceMarkers: [
    ['بحسب', 'ما'], ['حسب', 'ما'], ['وفق', 'ما'], ['وفقا', 'لما'], ['طبقا', 'لما'],
    ['بحسب'], ['حسب'], ['وفقا', 'ل'], ['وفقا', 'لـ'], ['وفقا'], ['نقلا', 'عن'], ['طبقا', 'ل'], ['طبقا'], ['على', 'لسان'],
    // «…»، على حد تعبير فلان / على حد قول فلان (as he put it)
    ['على', 'حد', 'تعبير'], ['على', 'حد', 'قول'],
  ].map((m) => m.map(fold)),
  complementisers: words('أن إن أنه إنه أنها إنها أنهم إنهم أنهما بأن بأنه بأنها بأنهم'),
  subjectStops: words(
    'في إلى على خلال عن من أمام عبر له لها لهم لـ ل بـ ب بعد عقب قبل لدى حول بشأن أثناء أمس اليوم مساء صباح ضمن بالقول ' +
      'أيضا كذلك مع حيث تعليقا ردا بدوره بدورها بدورهم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت ثم إذ وفي لـه ' +
      // a preposition with a pronoun is the verb's object («طالبا منهم أن»), never its subject
      'منه منها منهم عنه عنها عنهم إليه إليها إليهم عليه عليها عليهم معه معها معهم ' +
      // what was said, on its preposition: «واستطرد بقوله: «…»» (the subject was dropped)
      'بقوله بقولها بقولهم ' +
      // the document the words are in, as a resumptive pronoun: «أصدرت بيانا قالت فيه: «…»», «تغريدة كتب فيها»
      'فيه فيها فيهم فيهما ' +
      // a clause of time after the verb («وقال حين انضم إلى النادي «…»», «قال عندما سئل»): no subject, its verb's
      // object neither
      'عند عندما حين حينما بعدما إثر فور ' +
      // a clause of manner, «قال متحدث باسم الشرطة دون أن يذكر اسمه»: it ends the speaker's words
      'دون بدون',
  ),
  // (and a circular, «وأوضح التعميم أن». «قرار» and «نص» are left out: «التعليق على قرار الحكم فلان» is a decision
  // of a referee, «وقال بالنص الصريح» says "verbatim".)
  documentNouns: words('بيان البيان تقرير رسالة مذكرة وثيقة تصريح بلاغ تغريدة منشور نشرة لائحة دراسة تعميم التعميم'),
  // «تقرير إحصائي من معهد «X»», «بيان صادر عن الوزارة», «دراسة أجرتها جامعة X»: the issuer after the link.
  documentIssuerLinks: words('من عن صادر صادرة الصادر الصادرة أصدره أصدرته أصدرتها أعده أعدته أعدتها أجراه أجرته أجرتها نشره نشرته نشرتها'),
  // A spokesman speaks for a body without being named: «متحدث باسم الجيش» is a source as written.
  // (and a person the story describes without naming: «تقول امرأة فقدت ابنها: «…»», «قال مواطن: «…»». «رجل» and «سيدة»
  // are left out: «رجل الأعمال فلان», «سيدة الأعمال فلانة» are titles before a name.)
  anonymousNouns: words('مصدر مصادر مسؤول مسؤولون مسؤولين شهود شاهد ناشطون ناشطين مراقبون متحدث متحدثة ناطق ناطقة امرأة فتاة مواطن مواطنة ' +
    // «وقال أحد المغردين», «وقالت إحدى الساكنات»: one of a group, unnamed
    'أحد إحدى ' +
    // «قال مندوب خليجي في أوبك», «قال دبلوماسي غربي», «قال ضابط في الشرطة», «قال متعاملون»: a delegate, a diplomat, an
    // officer, a paramedic, traders and bankers the story does not name («محلل» is left out: «محلل الأسواق فلان» names him)
    'مندوب مندوبة مندوبون دبلوماسي دبلوماسيون دبلوماسيين ضابط مسعف مسعفون متعاملون متعاملين مصرفيون مصرفيين'),
  sourceComplements: words('في من داخل لدى'),
  objectNouns: words(OBJECT_NOUNS),
  roleAsPrefix: 'ك',
  pronouns: [
    { form: fold('هو'), gender: 'm', number: 'sg', kinds: ['person'] },
    { form: fold('هي'), gender: 'f', number: 'sg', kinds: ['person', 'organization', 'group', 'location'] },
    ...honourPronouns(),
  ],
  conjunctions: words('ثم و'),
  titleCues: words(
    'حزب مؤتمر تنظيم كتاب فيلم برنامج حملة عملية مبادرة شعار مشروع جمعية حركة جبهة منظمة شركة صحيفة مجلة قناة ' +
      'موقع مسلسل رواية قصيدة عنوان بعنوان يسمى تسمى سمي سميت أسماه أسمته أسموه يعرف تعرف المسمى المسماة المعروف المعروفة الملقب الملقبة المكنى المكناة وكالة ائتلاف تحالف كتلة ندوة نظام قانون مهرجان جائزة ' +
      'قمة قاعدة مطار فئة طراز هاتف هاتفي هاتفا جهاز سيارة ' +
      // a work with its author's pronoun: «في كتابها «…»», «روايته «…»»
      'كتابه كتابها كتابهم روايته روايتها فيلمه فيلمها ديوان ديوانه ديوانها قصيدته قصيدتها مسرحية مسرحيته مسرحيتها ' +
      'أغنية أغنيته أغنيتها ألبوم ألبومه ألبومها ' +
      // an account or page on a network: «عبر حسابه على «…»», «في صفحتها على «…»»
      'حساب حسابه حسابها حسابهم صفحته صفحتها',
  ),
  transparent: words('قد بدوره بدورها أيضا كذلك'),
  // «ونفى رئيس اللجنة الانتخابية أن …»: the head of an office; unnamed, he speaks as written, not his body.
  personTitleHeads: words('رئيس رئيسة مدير مديرة نائب قائد أمين محافظ وزير وزيرة مستشار مستشارة عميد سفير سفيرة مدرب مؤسس'),
  // «وكان فلان قد قال», «وكانت فلانة أكدت»: the subject stands between the auxiliary and the verb.
  pastAuxiliaries: words('كان كانت وكان وكانت فكان فكانت'),
  // «لافتات كتب عليها «…»» (written on them: an inscription, a slogan), not someone writing.
  notSpeech: ['كتب عليها', 'كتب عليه', 'كتبت عليها', 'كتبت عليه'].map((p) => words(p).join(' ')),
  // A cue after these is a verbal noun: «عدم ذكر اسمه» (not mentioning), «رفض ذكر اسمه», «دون ذكر التفاصيل».
  // («إلى رد «…»»: after a preposition a cue is a noun, the response; no verb follows one. «من» is left out: «من قال إن».)
  nonFiniteBefore: words('عدم دون بدون رفض في إلى الى على عن'),
  factiveBefore: words('ما مما'),
  honorifics: words('السيد السيدة الدكتور الدكتورة د المهندس الشيخ الأستاذ الرئيس الوزير العميد اللواء العقيد الأمير الملك'),
  // («لقناة X», «لصحيفة X»: a media outlet spoken to, written on the preposition; «لحزب X» after a noun is "of", left out.)
  // («عبر «الإخبارية»», «عبر «تويتر»»: the channel spoken through, named after «عبر».)
  addresseeCues: words('ل لـ سؤال لسؤال مراسل لمراسل لقناة لصحيفة لمجلة لإذاعة لتلفزيون لموقع لوكالة لشبكة لجريدة عبر'),
  // «أكد في تصريحاته إلى «الوطن»», «قال في حديثه إلى «عكاظ»», «تحدث إلى «سبق»»
  addresseeAfterSpeech: { prepositions: words('إلى الى'), nouns: words('تصريح تصريحه تصريحها تصريحات تصريحاته تصريحاتها حديث حديثه حديثها حوار حواره حوارها مقابلة مقابلته مقابلتها تحدث تحدثت') },
  nameHeads: nameHeads(),
  // The actors pack's openers of place names («وادي», «جبل», «رأس»), less those that are everyday words in a phrase
  // («صلاح» righteousness, «ذات» self).
  // «أوشان كوميرشال بنك», «سامسونج جروب», «نيويورك تايمز»: heads written last in transliterated names
  trailingNameHeads: words('بنك بانك جروب غروب كوربوريشن كوربوريشين ليمتد ليميتد هولدينج هولدنج إنترناشيونال انترناشيونال كابيتال بارتنرز تايمز بوست'),
  // «أجهزة مثل «…»», «من قبيل «…»», «أبرزها «…»», «أشهرهم «…»»
  exampleMarkers: words('مثل قبيل أبرزها أبرزهم أشهرها أشهرهم'),
  // the honorifics below, and titles of scholars, artists and players that their names and by-names follow
  nameTitles: words('السيد السيدة الدكتور الدكتورة المهندس الشيخ الأستاذ الأمير الأميرة الملك الإمام الحافظ العلامة المحدث ' +
    'الفنان الفنانة المطرب المطربة الشاعر الشاعرة الكاتب الكاتبة الروائي الروائية اللاعب اللاعبة النجم النجمة الداعية القارئ المقرئ'),
  nameOpeners: (actors.placeNameStarters ?? []).filter((w) => w !== 'صلاح' && w !== 'ذات').map(fold),
  // «ضمن قوله تعالى «…»», «بعبارة «…»», «رددوا هتافات تقول «…»», «المقولة الشهيرة «…»»
  sayingNouns: words('قول قوله قولها قولهم قولهما عبارة عبارات مقولة مقولته هتاف هتافات هتافا شعارات نداء نداءات دعاء'),
  // «تلك «الشنة»», «هذا «المشروع»»: the writer pointing at a term
  demonstratives: words('هذا هذه ذلك تلك هؤلاء أولئك هذان هاتان ذاك'),
  relatives: words('الذي التي الذين'),
  // «فيما دعا له أحد المشجعين قائلا», «وقال لهم المدرب إن»: the verb's object pronoun on a preposition before its subject
  // («رسالة قال فيها الوزير إن …»: the document's resumptive pronoun, the same.)
  pronounObjects: words('له لها لهم لهما منه منها منهم عنه عنها عنهم إليه إليها إليهم عليه عليها عليهم معه معها معهم فيه فيها'),
  // («ابن» and «بن» open names, «وكيل» is also a deputy minister's title: left out.)
  // (the actors pack's kin nouns, the kin it leaves out there — «أب», «أم» are also "or" and a verb — and other relations)
  relationNouns: [...(actors.kinNouns ?? []).map(fold), ...words('أب أم عمة خالة نجل نجلة محامي محامية صديق صديقة جار جارة أقارب ذوو ذوي')],
  // An indefinite source takes its describing clause without «الذي»: «مسؤول رفض ذكر اسمه», «مصدر فضل عدم الكشف عن هويته».
  sourceClauseVerbs: words('رفض رفضت فضل فضلت طلب طلبت اشترط اشترطت تحدث تحدثت'),
  passiveAgent: null,
  titleCaseIsTitle: false,
  verbFirst: true,
  defaultGender,
  // The article, after an optional conjunction or preposition: البيان، والبيان، بالبيان، للبيان.
  reportedSaying: {
    nouns: words('قوله قولها قولهم قولهما'),
    feminineOwner: words('قولها'),
    pluralOwner: words('قولهم قولهما'),
    // («بقول»/«لقول»: the preposition is required, so the bare noun of «على حد قول» stays a source marker's)
    ownedBy: words('قول'),
    from: fold('عن'),
    // (and the narrators of a tradition: «روى فلان عن فلان أنه قال: «…»»)
    transmitters: words('نقل نقلت نقلوا نقلا روى روت رووا'),
  },
  constructState: { isDefinite: (f) => /^(?:[وف]?(?:[بك]?ال|لل))/u.test(f) },
  // A family name of origin closing a name: the article and a nisba ending («العلي», «الميسوري», «الحربي»).
  unknownNames: {
    notNames: notNames(),
    givenNames: (actors.givenNames ?? []).map(fold),
    compoundPrefix: fold(actors.compoundGivenPrefix ?? 'عبد'),
    familyName: (f) => f.length >= 5 && f.startsWith('ال') && f.endsWith('ي'),
    adverbial: isAdverbialParticiple,
  },
  examples,
  counterExamples,
};
